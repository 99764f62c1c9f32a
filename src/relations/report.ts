// A relations report: the periods of a window, each ranked against the pair's whole history, and the verdict.
import type { RelationsPeriod, RelationsQuery, Store } from '../store/store.js';
import { periodEnd, periodOf } from './periods.js';
import { percentile, periodScore, verdictOf, type Verdict } from './verdict.js';

export interface RelationsReport {
  query: RelationsQuery;
  /** Periods of the window that have events, oldest first; percentile of the period's score in the history. */
  periods: Array<RelationsPeriod & { percentile: number | null }>;
  /** Periods with events in the pair's history up to the window's end (the ranking's base). */
  historyPeriods: number;
  verdict: Verdict | null;
}

export function relationsReport(store: Store, q: RelationsQuery): RelationsReport {
  // Periods count whole: --from and --to pick the periods that hold them. The history runs from the first record
  // whatever --from says, since "lowest since" looks back beyond the window.
  const history = store.relations({ ...q, from: undefined, to: q.to && periodEnd(q.to, q.interval) });
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
    verdict: periods.length ? verdictOf(history, q.interval, `${q.a}–${q.b}`, !!q.weighted) : null,
  };
}
