// The figures of one direction of a pair in one period: counts by quad class, totals, and the volume-normalised means
// with 90 % intervals. They are computed from sums (DirectionSums), which add up the same whether they come from the
// merged events one by one (Store.pairEvents) or from the store's per-day sums (Store.pairDays). Pure.
import type { PairEvent, PairDay } from '../store/store.js';
import { addScoreSums, emptyScoreSums, meanOfSums, scoreSumsOf, tenths, wilsonInterval, type Interval90, type ScoreSums } from './interval.js';

export interface DirectionMeasures {
  /** Merged events (each counted once, whatever the weighting): what the thin-period threshold counts. */
  events: number;
  /** Reports of those events (the sum of their mentions). */
  reports: number;
  /** Verbal cooperation, material cooperation, verbal conflict, material conflict: events, or reports when weighted. */
  quad: [number, number, number, number];
  /** Σ wᵢgᵢ: net Goldstein (Goldstein 1992), w = 1 or the event's reports. Grows with coverage; not ranked by. */
  goldsteinTotal: number;
  /** Σ wᵢgᵢ / Σ wᵢ: Goldstein score per event (per report when weighted), −10 … +10, with its 90 % t interval. */
  goldsteinMean: number | null;
  goldsteinInterval: Interval90 | null;
  ploverTotal: number;
  ploverMean: number | null;
  ploverInterval: Interval90 | null;
  /**
   * (cooperation − conflict) / (cooperation + conflict), in events (reports when weighted), −1 … +1: what periods are
   * ranked by. Its interval is the Wilson interval of the cooperation share over the merged events, mapped to −1 … +1.
   */
  balance: number | null;
  balanceInterval: Interval90 | null;
}

/** Sums of floats drift by ~1e-12; scores have one decimal, so six keep every digit that means something. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;
const tidyInterval = (i: Interval90): Interval90 => [tidy(i[0]), tidy(i[1])];

/** What the figures of one direction in one period are computed from; scores in tenths (see interval.ts). */
export interface DirectionSums {
  /** Merged events, and their reports (Σ mentions). */
  events: number;
  reports: number;
  /** Events, and reports, by quad class. */
  quad: [number, number, number, number];
  quadReports: [number, number, number, number];
  /** Each score's sums with every event weighing 1 (plain) and weighing its reports (weighted). */
  goldstein: { plain: ScoreSums; weighted: ScoreSums };
  plover: { plain: ScoreSums; weighted: ScoreSums };
}

export const emptyDirectionSums = (): DirectionSums => ({
  events: 0, reports: 0, quad: [0, 0, 0, 0], quadReports: [0, 0, 0, 0],
  goldstein: { plain: emptyScoreSums(), weighted: emptyScoreSums() },
  plover: { plain: emptyScoreSums(), weighted: emptyScoreSums() },
});

const add4 = (a: number[], b: number[]): [number, number, number, number] => [a[0]! + b[0]!, a[1]! + b[1]!, a[2]! + b[2]!, a[3]! + b[3]!];

export function addDirectionSums(a: DirectionSums, b: DirectionSums): DirectionSums {
  return {
    events: a.events + b.events,
    reports: a.reports + b.reports,
    quad: add4(a.quad, b.quad),
    quadReports: add4(a.quadReports, b.quadReports),
    goldstein: { plain: addScoreSums(a.goldstein.plain, b.goldstein.plain), weighted: addScoreSums(a.goldstein.weighted, b.goldstein.weighted) },
    plover: { plain: addScoreSums(a.plover.plain, b.plover.plain), weighted: addScoreSums(a.plover.weighted, b.plover.weighted) },
  };
}

/** One merged event as sums. */
export function sumsOfEvent(e: PairEvent): DirectionSums {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  quad[e.quadClass - 1] = 1;
  return {
    events: 1,
    reports: e.mentions,
    quad,
    quadReports: quad.map((q) => q * e.mentions) as [number, number, number, number],
    goldstein: { plain: scoreSumsOf(e.goldstein, 1), weighted: scoreSumsOf(e.goldstein, e.mentions) },
    plover: { plain: scoreSumsOf(e.plover, 1), weighted: scoreSumsOf(e.plover, e.mentions) },
  };
}

/** A directed dyad's day as the store sums it (dyad_days): its merged events' sums. */
export function sumsOfDay(d: PairDay): DirectionSums {
  // The score totals are kept as floats (sums of one-decimal scores); in tenths they are whole numbers.
  const g = tenths(d.goldstein), gw = tenths(d.goldsteinWeighted), p = tenths(d.plover), pw = tenths(d.ploverWeighted);
  return {
    events: d.events,
    reports: d.mentions,
    quad: [...d.quad],
    quadReports: [...d.quadMentions],
    goldstein: {
      plain: { n: d.events, w: d.events, wx: g, w2: d.events, w2x: g, w2x2: d.goldsteinSq },
      weighted: { n: d.events, w: d.mentions, wx: gw, w2: d.mentionsSq, w2x: d.goldsteinW2, w2x2: d.goldsteinSqW2 },
    },
    plover: {
      plain: { n: d.events, w: d.events, wx: p, w2: d.events, w2x: p, w2x2: d.ploverSq },
      weighted: { n: d.events, w: d.mentions, wx: pw, w2: d.mentionsSq, w2x: d.ploverW2, w2x2: d.ploverSqW2 },
    },
  };
}

/** The figures of a set of merged events; `weighted` counts every event as often as it was reported. */
export function measure(events: PairEvent[], weighted: boolean): DirectionMeasures {
  return measureSums(events.map(sumsOfEvent).reduce(addDirectionSums, emptyDirectionSums()), weighted);
}

/** The figures from sums; `weighted` counts every event as often as it was reported. */
export function measureSums(s: DirectionSums, weighted: boolean): DirectionMeasures {
  const quad = weighted ? s.quadReports : s.quad;
  const goldsteinSums = weighted ? s.goldstein.weighted : s.goldstein.plain;
  const ploverSums = weighted ? s.plover.weighted : s.plover.plain;
  const goldstein = meanOfSums(goldsteinSums);
  const plover = meanOfSums(ploverSums);
  const weight = quad[0] + quad[1] + quad[2] + quad[3];
  const coopShare = weight ? (quad[0] + quad[1]) / weight : null;
  // The interval counts merged events, not reports: ten reports of one meeting are one piece of evidence.
  const shareInterval = coopShare === null ? null : wilsonInterval(coopShare * s.events, s.events);
  const toBalance = (share: number) => 2 * share - 1;
  return {
    events: s.events,
    reports: s.reports,
    quad: [...quad],
    goldsteinTotal: tidy(goldsteinSums.wx / 10),
    goldsteinMean: goldstein ? tidy(goldstein.mean) : null,
    goldsteinInterval: goldstein ? tidyInterval(goldstein.interval) : null,
    ploverTotal: tidy(ploverSums.wx / 10),
    ploverMean: plover ? tidy(plover.mean) : null,
    ploverInterval: plover ? tidyInterval(plover.interval) : null,
    balance: coopShare === null ? null : tidy(toBalance(coopShare)),
    balanceInterval: shareInterval && tidyInterval([toBalance(shareInterval[0]), toBalance(shareInterval[1])]),
  };
}
