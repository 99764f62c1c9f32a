// A pair's merged events, grouped by period and direction and measured. Pure: the store only supplies the rows.
import type { Interval, PairEvent } from '../store/store.js';
import { measure, type DirectionMeasures } from './measures.js';
import { periodOf } from './periods.js';

/**
 * A period with fewer merged events than this (both directions together) is thin: its figures are shown but it is
 * not ranked, gets no percentile and is never "the lowest since". With 5 events whose Goldstein scores have the
 * spread typical of a dyad (standard deviation ≈ 4), the 90 % interval of the mean is already about ±3 wide.
 */
export const THIN_EVENTS = 5;

export interface PeriodMeasures {
  period: string;   // e.g. 2017-04 (month), 2017-W14 (ISO week), 2017-04-07 (day)
  start: string;    // first day of the period
  /** Fewer than THIN_EVENTS merged events: not ranked. */
  thin: boolean;
  aToB: DirectionMeasures;
  bToA: DirectionMeasures;
  both: DirectionMeasures;
}

/** The periods that have events between `a` and the other actor, oldest first. `events` are in date order. */
export function pairSeries(events: PairEvent[], a: string, interval: Interval, weighted: boolean): PeriodMeasures[] {
  const byPeriod = new Map<string, { start: string; aToB: PairEvent[]; bToA: PairEvent[] }>();
  for (const e of events) {
    const { key, start } = periodOf(e.date, interval);
    let entry = byPeriod.get(key);
    if (!entry) byPeriod.set(key, entry = { start, aToB: [], bToA: [] });
    (e.actor === a ? entry.aToB : entry.bToA).push(e);
  }
  return [...byPeriod].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([period, p]) => ({
    period,
    start: p.start,
    thin: p.aToB.length + p.bToA.length < THIN_EVENTS,
    aToB: measure(p.aToB, weighted),
    bToA: measure(p.bToA, weighted),
    both: measure([...p.aToB, ...p.bToA], weighted),
  }));
}
