// The figures of one direction of a pair in one period, from its merged events: counts by quad class, totals, and the
// volume-normalised means with 90 % intervals. Pure: both store backends feed it the same rows (Store.pairEvents).
import type { PairEvent } from '../store/store.js';
import { meanWithInterval, wilsonInterval, type Interval90 } from './interval.js';

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

/** The figures of a set of merged events; `weighted` counts every event as often as it was reported. */
export function measure(events: PairEvent[], weighted: boolean): DirectionMeasures {
  const weights = events.map((e) => (weighted ? e.mentions : 1));
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let goldsteinTotal = 0, ploverTotal = 0, reports = 0;
  events.forEach((e, i) => {
    quad[e.quadClass - 1] += weights[i]!;
    goldsteinTotal += weights[i]! * e.goldstein;
    ploverTotal += weights[i]! * e.plover;
    reports += e.mentions;
  });
  const goldstein = meanWithInterval(events.map((e) => e.goldstein), weights);
  const plover = meanWithInterval(events.map((e) => e.plover), weights);
  const weight = quad[0] + quad[1] + quad[2] + quad[3];
  const coopShare = weight ? (quad[0] + quad[1]) / weight : null;
  // The interval counts merged events, not reports: ten reports of one meeting are one piece of evidence.
  const shareInterval = coopShare === null ? null : wilsonInterval(coopShare * events.length, events.length);
  const toBalance = (share: number) => 2 * share - 1;
  return {
    events: events.length,
    reports,
    quad,
    goldsteinTotal: tidy(goldsteinTotal),
    goldsteinMean: goldstein ? tidy(goldstein.mean) : null,
    goldsteinInterval: goldstein ? tidyInterval(goldstein.interval) : null,
    ploverTotal: tidy(ploverTotal),
    ploverMean: plover ? tidy(plover.mean) : null,
    ploverInterval: plover ? tidyInterval(plover.interval) : null,
    balance: coopShare === null ? null : tidy(toBalance(coopShare)),
    balanceInterval: shareInterval && tidyInterval([toBalance(shareInterval[0]), toBalance(shareInterval[1])]),
  };
}
