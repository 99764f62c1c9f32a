// 90 % intervals: Student's t interval for weighted means of event scores, Wilson's score interval for shares.
//
// Why not a bootstrap: a percentile bootstrap (1,000 resamples) costs resamples × events for every period and
// direction; a daily series of 10 years with 15 events a day took 11 s on the development machine. The t interval
// costs one pass, and agrees within 0.1 Goldstein points with a seeded percentile bootstrap on samples of 51 and 101
// scores (test/relations-index.test.ts).
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Coverage of the intervals. */
export const INTERVAL_LEVEL = 0.9;
/** Scores run from −10 to +10 (Goldstein and PLOVER alike): a mean's interval never leaves that range. */
export const SCORE_RANGE: [number, number] = [-10, 10];
/** The standard normal quantile of 0.95: a 90 % two-sided interval. */
const Z90 = 1.6448536269514722;

/** t(0.95, df), kept per degree of freedom: the quantile costs ~0.1 ms and series repeat the same few counts. */
const tCache = new Map<number, number>();
function t95(df: number): number {
  let q = tCache.get(df);
  if (q === undefined) tCache.set(df, q = tQuantile(1 - (1 - INTERVAL_LEVEL) / 2, df));
  return q;
}

/** A 90 % interval: [low, high]. */
export type Interval90 = [number, number];

/**
 * The weighted mean Σ wᵢxᵢ / Σ wᵢ and its 90 % interval, mean ± t(0.95, n − 1) · SE, where SE is the standard error
 * of a weighted mean under resampling of items, SE² = n/(n − 1) · Σ wᵢ²(xᵢ − m)² / (Σ wᵢ)² (with equal weights,
 * s/√n). One item has no spread to estimate: its interval is the whole score range. Null without items.
 */
export function meanWithInterval(x: number[], w: number[]): { mean: number; interval: Interval90 } | null {
  const n = x.length;
  if (!n) return null;
  let sum = 0, total = 0;
  for (let i = 0; i < n; i++) { sum += w[i]! * x[i]!; total += w[i]!; }
  const mean = sum / total;
  if (n === 1) return { mean, interval: [...SCORE_RANGE] };
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (w[i]! * (x[i]! - mean)) ** 2;
  const half = t95(n - 1) * Math.sqrt((sq / (total * total)) * (n / (n - 1)));
  return { mean, interval: [Math.max(SCORE_RANGE[0], mean - half), Math.min(SCORE_RANGE[1], mean + half)] };
}

/**
 * The 90 % Wilson score interval of a share k/n, as [low, high]; k may be fractional (weighted counts scaled to n).
 * Unlike the normal interval it does not collapse to a point when every event is on one side: 5 conflict events out
 * of 5 give a cooperation share of 0 to 0.35, not "exactly 0".
 */
export function wilsonInterval(k: number, n: number): Interval90 {
  const p = k / n;
  const z2 = Z90 * Z90;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z90 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
