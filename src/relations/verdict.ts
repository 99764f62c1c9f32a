// Where a period stands in a pair's history. The verdict speaks only as far as the data allows: a period at the edge
// of the history whose 90 % interval clears the median is "the lowest (highest) since …"; one whose interval clears the
// median is "below (above) the pair's usual level"; anything else is typical; thin periods and short histories are
// not ranked at all. docs/relations.md gives the rules and why.
import type { Interval } from '../store/store.js';
import type { Interval90 } from './interval.js';
import { periodName } from './periods.js';
import { THIN_EVENTS, type PeriodMeasures } from './series.js';

/** Ranked periods (not thin) a history needs before a period is compared with its median at all. */
export const MIN_HISTORY = 6;
/** Ranked periods a history needs before a period can be "the lowest (highest) since": the edge of five months is
 *  just their minimum. */
export const MIN_EXTREME_HISTORY = 20;
/** A period at or below this percentile (or at or above 100 minus it) is at the edge of the history. */
export const EXTREME_PERCENTILE = 10;

/**
 * The score periods are ranked by: the cooperation–conflict balance of both directions, (coop − conf) / (coop + conf),
 * which does not grow with coverage; null when the period is not ranked (thin).
 */
export const periodScore = (p: PeriodMeasures): number | null => (p.thin ? null : p.both.balance);

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

export type Standing = 'lowest' | 'highest' | 'below' | 'above' | 'typical' | 'thin' | 'short-history';

export interface Verdict {
  period: string;
  standing: Standing;
  /** The balance of both directions (the ranked score) and its 90 % interval. */
  score: number;
  interval: Interval90;
  /** Mean Goldstein per event (per report when weighted) and its 90 % interval: the intensity beside the balance. */
  goldsteinMean: number;
  goldsteinInterval: Interval90;
  events: number;
  reports: number;
  cooperation: number;
  conflict: number;
  /** Percentile among the ranked periods of the history (itself included); null when thin. */
  percentile: number | null;
  /** Median score of the ranked periods of the history; null when there are none. */
  median: number | null;
  /** Ranked periods in the history (up to the period judged), and the first of them. */
  historyPeriods: number;
  firstPeriod: string | null;
  /** For lowest/highest: the latest earlier ranked period at least as low (high); null when none (on record). */
  since: string | null;
  /** When the period is thin: the verdict on the latest ranked period before it (null when there is none). */
  latestRanked: Verdict | null;
  /** One or two sentences for people, with the numbers behind them. */
  text: string;
}

/** Two decimals and a real minus sign: "−4.21", "+0.50", "0.00". */
export const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${(-x).toFixed(2)}` : '0.00');

const ordinal = (n: number) => {
  const r = Math.max(1, Math.min(99, Math.round(n)));
  const suffix = r % 100 >= 11 && r % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][r % 10] ?? 'th';
  return `${r}${suffix}`;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The verdict on the last period of `history` (periods with events, oldest first, up to the one judged).
 * `pair` names the pair ("USA–RUS"); `weighted`: figures count reports rather than events.
 */
export function verdictOf(history: PeriodMeasures[], interval: Interval, pair: string, weighted = false): Verdict | null {
  const latest = history.at(-1);
  if (!latest || latest.both.balance === null) return null;
  const ranked = history.filter((p) => periodScore(p) !== null);
  const values = ranked.map((p) => periodScore(p)!);
  const b = latest.both;
  const score = b.balance!;
  const [low, high] = b.balanceInterval!;
  const med = values.length ? median(values) : null;
  const pct = latest.thin || !values.length ? null : percentile(values, score);
  const unit = interval === 'week' ? 'week' : interval;
  const name = periodName(latest.period, interval);

  let standing: Standing;
  let since: string | null = null;
  if (latest.thin) standing = 'thin';
  else if (ranked.length < MIN_HISTORY) standing = 'short-history';
  else if (high < med!) standing = pct! <= EXTREME_PERCENTILE && ranked.length >= MIN_EXTREME_HISTORY ? 'lowest' : 'below';
  else if (low > med!) standing = pct! >= 100 - EXTREME_PERCENTILE && ranked.length >= MIN_EXTREME_HISTORY ? 'highest' : 'above';
  else standing = 'typical';
  if (standing === 'lowest' || standing === 'highest') {
    for (let i = ranked.length - 2; i >= 0; i--) {
      const v = values[i]!;
      if (standing === 'lowest' ? v <= score : v >= score) { since = ranked[i]!.period; break; }
    }
  }

  const cooperation = b.quad[0] + b.quad[1], conflict = b.quad[2] + b.quad[3];
  const counted = weighted ? 'reports' : 'events';
  const volume = weighted ? `${plural(b.events, 'event')}, ${plural(b.reports, 'report')}` : plural(b.events, 'event');
  const figures = `cooperation–conflict balance ${signed(score)} (90 % interval ${signed(low)} to ${signed(high)}; `
    + `${volume}: ${cooperation} cooperation, ${conflict} conflict ${conflict === 1 ? counted.slice(0, -1) : counted}; mean Goldstein ${signed(b.goldsteinMean!)})`;
  const rank = pct === null ? '' : `${ordinal(pct)} percentile of ${plural(ranked.length, unit)}`;
  let judgement: string;
  switch (standing) {
    case 'thin':
      judgement = `too few events to rank (a ${unit} needs at least ${THIN_EVENTS})`;
      break;
    case 'short-history':
      judgement = `too short a history to compare (${plural(ranked.length, `ranked ${unit}`)}; at least ${MIN_HISTORY} are needed)`;
      break;
    case 'lowest':
    case 'highest':
      judgement = since
        ? `the ${standing} since ${periodName(since, interval)} (${rank}; the pair's median is ${signed(med!)})`
        : `the ${standing} on record, since ${periodName(ranked[0]!.period, interval)} (${rank}; the pair's median is ${signed(med!)})`;
      break;
    case 'below':
    case 'above':
      judgement = `${standing} the pair's usual level (${rank}; its interval lies ${standing} the median, ${signed(med!)})`;
      break;
    case 'typical':
      judgement = `typical for the pair (${rank}; its interval holds the median, ${signed(med!)})`;
      break;
  }
  let latestRanked: Verdict | null = null;
  if (latest.thin) {
    let last = history.length - 1;
    while (last >= 0 && periodScore(history[last]!) === null) last--;
    if (last >= 0) latestRanked = verdictOf(history.slice(0, last + 1), interval, pair, weighted);
  }
  const text = `${pair}, ${name}: ${figures} — ${judgement}.`
    + (latestRanked ? ` The latest ranked ${unit}, ${latestRanked.text.slice(pair.length + 2)}` : '');
  return {
    period: latest.period, standing, score, interval: [low, high], goldsteinMean: b.goldsteinMean!, goldsteinInterval: b.goldsteinInterval!,
    events: b.events, reports: b.reports, cooperation, conflict, percentile: pct, median: med, historyPeriods: ranked.length,
    firstPeriod: ranked[0]?.period ?? null, since, latestRanked, text,
  };
}
