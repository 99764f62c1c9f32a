// A pair's merged events (or the store's per-day sums of them), grouped by period and direction and measured. Pure:
// the store only supplies the rows.
import type { Interval, PairDay, PairEvent } from '../store/store.js';
import { addDirectionSums, emptyDirectionSums, measureSums, sumsOfDay, sumsOfEvent, type DirectionMeasures, type DirectionSums } from './measures.js';
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

/** The periods that have events between `a` and the other actor, oldest first, from the merged events. */
export function pairSeries(events: PairEvent[], a: string, interval: Interval, weighted: boolean): PeriodMeasures[] {
  return seriesOfSums(events.map((e) => ({ date: e.date, forward: e.actor === a, sums: sumsOfEvent(e) })), interval, weighted);
}

/** The same series from the store's per-day sums of the pair (Store.pairDays). */
export function pairSeriesOfDays(days: PairDay[], a: string, interval: Interval, weighted: boolean): PeriodMeasures[] {
  return seriesOfSums(days.map((d) => ({ date: d.date, forward: d.actor === a, sums: sumsOfDay(d) })), interval, weighted);
}

/** Sums of one direction (`forward`: from `a`) on a date, added up per period and measured. */
function seriesOfSums(items: Array<{ date: string; forward: boolean; sums: DirectionSums }>, interval: Interval, weighted: boolean): PeriodMeasures[] {
  const byPeriod = new Map<string, { start: string; aToB: DirectionSums; bToA: DirectionSums }>();
  for (const { date, forward, sums } of items) {
    const { key, start } = periodOf(date, interval);
    let entry = byPeriod.get(key);
    if (!entry) byPeriod.set(key, entry = { start, aToB: emptyDirectionSums(), bToA: emptyDirectionSums() });
    if (forward) entry.aToB = addDirectionSums(entry.aToB, sums);
    else entry.bToA = addDirectionSums(entry.bToA, sums);
  }
  return [...byPeriod].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([period, p]) => ({
    period,
    start: p.start,
    thin: p.aToB.events + p.bToA.events < THIN_EVENTS,
    aToB: measureSums(p.aToB, weighted),
    bToA: measureSums(p.bToA, weighted),
    both: measureSums(addDirectionSums(p.aToB, p.bToA), weighted),
  }));
}
