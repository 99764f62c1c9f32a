// Relations figures of one direction in one period, from sums (what the store aggregates) to means.
import type { DirectionFigures } from '../store/store.js';

/** What the store sums per period and direction: event counts, quad-class counts and score totals. */
export interface FigureSums {
  events: number;
  quad: [number, number, number, number];
  goldstein: number;
  plover: number;
}

export const emptySums = (): FigureSums => ({ events: 0, quad: [0, 0, 0, 0], goldstein: 0, plover: 0 });

export function addSums(a: FigureSums, b: FigureSums): FigureSums {
  return {
    events: a.events + b.events,
    quad: [a.quad[0] + b.quad[0], a.quad[1] + b.quad[1], a.quad[2] + b.quad[2], a.quad[3] + b.quad[3]],
    goldstein: a.goldstein + b.goldstein,
    plover: a.plover + b.plover,
  };
}

/** Sums of floats kept in the store drift by ~1e-12 when events are added and removed; scores have one decimal. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Totals and means (null when there are no events). */
export function figuresOf(s: FigureSums): DirectionFigures {
  const goldsteinTotal = tidy(s.goldstein);
  const ploverTotal = tidy(s.plover);
  return {
    events: s.events,
    quad: s.quad,
    goldsteinTotal,
    goldsteinMean: s.events ? tidy(goldsteinTotal / s.events) : null,
    ploverTotal,
    ploverMean: s.events ? tidy(ploverTotal / s.events) : null,
  };
}
