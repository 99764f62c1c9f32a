// A relations report: the periods of a window, each ranked against the pair's whole history, and the verdict.
import type { PairDay, PairEvent, RelationsQuery, Store } from '../store/store.js';
import { periodEnd, periodOf } from './periods.js';
import { pairSeries, pairSeriesOfDays, THIN_EVENTS, type PeriodMeasures } from './series.js';
import { median, percentile, periodScore, verdictOf, type Verdict } from './verdict.js';

export interface RankedPeriod extends PeriodMeasures {
  /** Percentile of the period's score among the ranked periods of the history; null when thin. */
  percentile: number | null;
}

export interface RelationsReport {
  query: RelationsQuery;
  /** Periods of the window that have events, oldest first. */
  periods: RankedPeriod[];
  /** Ranked (not thin) periods in the pair's history up to the window's end: the base of every percentile. */
  historyPeriods: number;
  /** Median score of those periods; null when there are none. */
  historyMedian: number | null;
  /** Fewer merged events than this make a period thin. */
  thinBelow: number;
  /** The verdict on the window's latest period with events. */
  verdict: Verdict | null;
}

export function relationsReport(store: Store, q: RelationsQuery): RelationsReport {
  // Periods count whole: --from and --to pick the periods that hold them. The history runs from the first record
  // whatever --from says, since "lowest since" looks back beyond the window. It reads the relations index (a row per
  // day and direction), not the events: the same figures (test/relations-aggregates.test.ts) from far fewer rows.
  return reportFromDays(store.pairDays({ a: q.a, b: q.b, to: q.to && periodEnd(q.to, q.interval) }), q);
}

/** The report from the pair's merged events (what Store.pairEvents returns); events after the window's end are left out. */
export function reportFromEvents(events: PairEvent[], q: RelationsQuery): RelationsReport {
  const last = q.to ? periodEnd(q.to, q.interval) : null;
  return reportOfSeries(pairSeries(last ? events.filter((e) => e.date <= last) : events, q.a, q.interval, !!q.weighted), q);
}

/** The report from the pair's days in the relations index (Store.pairDays); days after the window's end are left out. */
export function reportFromDays(days: PairDay[], q: RelationsQuery): RelationsReport {
  const last = q.to ? periodEnd(q.to, q.interval) : null;
  return reportOfSeries(pairSeriesOfDays(last ? days.filter((d) => d.date <= last) : days, q.a, q.interval, !!q.weighted), q);
}

/** The report from the pair's history up to the window's end, period by period. */
function reportOfSeries(history: PeriodMeasures[], q: RelationsQuery): RelationsReport {
  const scores = history.map(periodScore).filter((s): s is number => s !== null);
  const firstKey = q.from ? periodOf(q.from, q.interval).key : null;
  const periods = history
    .filter((p) => firstKey === null || p.period >= firstKey)
    .map((p) => {
      const score = periodScore(p);
      return { ...p, percentile: score === null ? null : percentile(scores, score) };
    });
  return {
    query: q,
    periods,
    historyPeriods: scores.length,
    historyMedian: scores.length ? median(scores) : null,
    thinBelow: THIN_EVENTS,
    verdict: periods.length ? verdictOf(history, q.interval, `${q.a}–${q.b}`, !!q.weighted) : null,
  };
}
