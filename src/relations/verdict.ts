// Where the latest period stands in a pair's history: its percentile and how long since it was this low (or high).
import type { Interval, RelationsPeriod } from '../store/store.js';

/**
 * The score a period is ranked by: net Goldstein, the sum of the Goldstein scores of its events in both directions
 * (Goldstein 1992's net cooperation). A sum, not a mean, so that a month of many hostile acts ranks below a month
 * with one; null when the period has no events.
 */
export const periodScore = (p: RelationsPeriod): number | null => (p.both.events ? p.both.goldsteinTotal : null);

/**
 * Mid-rank percentile of `x` among `values`: the share below it plus half the share equal to it, in percent.
 * A value in the middle of the history scores 50 whatever the ties.
 */
export function percentile(values: number[], x: number): number {
  if (!values.length) return NaN;
  let below = 0, equal = 0;
  for (const v of values) {
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return (100 * (below + equal / 2)) / values.length;
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Verdict {
  period: string;
  score: number;
  events: number;
  /** Percentile of the period's score among all periods of the history that have events (itself included). */
  percentile: number;
  median: number;
  historyPeriods: number;
  firstPeriod: string;
  /** "lowest" when the period is at or below the median, else "highest". */
  extreme: 'lowest' | 'highest';
  /** The latest earlier period at least as low (or as high); null when none: the lowest (highest) on record. */
  since: string | null;
  /** One line for people. */
  text: string;
}

const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
const ordinal = (n: number) => {
  const r = Math.round(n);
  const suffix = r % 100 >= 11 && r % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][r % 10] ?? 'th';
  return `${r}${suffix}`;
};

/**
 * The verdict on the last period of `history` (periods oldest first, as the store returns them). Periods without
 * events have no score and are left out of the ranking. Weighted figures count reports rather than events.
 */
export function verdictOf(history: RelationsPeriod[], interval: Interval, pair: string, weighted = false): Verdict | null {
  const scored = history.filter((p) => periodScore(p) !== null);
  const latest = scored.at(-1);
  if (!latest) return null;
  const score = periodScore(latest)!;
  const values = scored.map((p) => periodScore(p)!);
  const pct = percentile(values, score);
  const med = median(values);
  const extreme = score <= med ? 'lowest' : 'highest';
  let since: string | null = null;
  for (let i = scored.length - 2; i >= 0; i--) {
    const v = values[i]!;
    if (extreme === 'lowest' ? v <= score : v >= score) { since = scored[i]!.period; break; }
  }
  const unit = interval === 'week' ? 'weeks' : `${interval}s`;
  const where = scored.length === 1
    ? `the first ${interval} with events`
    : since ? `${extreme} since ${since}` : `${extreme} on record (since ${scored[0]!.period})`;
  const text = `${pair} ${latest.period}: net Goldstein ${signed(score)} over ${latest.both.events} ${weighted ? 'report' : 'event'}${latest.both.events === 1 ? '' : 's'}, `
    + `${ordinal(pct)} percentile of ${scored.length} ${unit} with events (median ${signed(med)}); ${where}.`;
  return {
    period: latest.period, score, events: latest.both.events, percentile: pct, median: med, historyPeriods: scored.length,
    firstPeriod: scored[0]!.period, extreme, since, text,
  };
}
