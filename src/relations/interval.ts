// 90 % intervals of weighted means by the percentile bootstrap: resample a period's events with replacement, recompute
// the means, and take the 5th and 95th percentiles of the resampled means. Every call starts from the same seed, so a
// period's interval depends only on its own events (not on which other periods were asked for) and is reproducible.
// The bootstrap costs resamples × events; above BOOTSTRAP_MAX_EVENTS events the mean is close to normal and the
// normal interval of the same resampling scheme (mean ± 1.645 standard errors) is used instead.
import { quantileSorted } from 'd3-array';
import { randomInt, randomLcg } from 'd3-random';

/** Resamples per interval: enough for stable 5th/95th percentiles (±~0.02 on the Goldstein scale in our tests). */
export const BOOTSTRAP_RESAMPLES = 1000;
/** Seed of the linear congruential generator (d3-random's randomLcg takes a seed in [0, 1)). */
export const BOOTSTRAP_SEED = 0.13;
/** Coverage of the intervals. */
export const INTERVAL_LEVEL = 0.9;

/** Periods with more events get the normal interval (the two agree within 0.05 Goldstein points there: test/relations-interval). */
export const BOOTSTRAP_MAX_EVENTS = 400;
/** The standard normal quantile of 0.95: a 90 % two-sided interval. */
const Z90 = 1.6448536269514722;

/** A 90 % interval: [low, high]. */
export type Interval90 = [number, number];

/**
 * Weighted means of several variables over the same items, with bootstrap intervals.
 * `variables[k][i]` is variable k of item i; `weights[i]` its weight (1, or the event's number of reports).
 * Returns the means and their intervals, in the order of `variables`; null when there are no items.
 */
export function weightedMeansWithIntervals(variables: number[][], weights: number[]): Array<{ mean: number; interval: Interval90 } | null> {
  if (!weights.length) return variables.map(() => null);
  return weights.length > BOOTSTRAP_MAX_EVENTS ? normalIntervals(variables, weights) : bootstrapIntervals(variables, weights);
}

/** The percentile bootstrap (see the top of this file), for any number of items (at least one). */
export function bootstrapIntervals(variables: number[][], weights: number[]): Array<{ mean: number; interval: Interval90 }> {
  const n = weights.length;
  const means = variables.map((v) => weightedMean(v, weights, null));
  const draw = randomInt.source(randomLcg(BOOTSTRAP_SEED))(0, n);
  const resampled = variables.map(() => new Array<number>(BOOTSTRAP_RESAMPLES));
  const picks = new Int32Array(n);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    for (let i = 0; i < n; i++) picks[i] = draw();
    variables.forEach((v, k) => { resampled[k]![r] = weightedMean(v, weights, picks); });
  }
  const tail = (1 - INTERVAL_LEVEL) / 2;
  return means.map((mean, k) => {
    const sorted = resampled[k]!.sort((a, b) => a - b);
    // When all values are equal, resampled means can differ from the mean in the last bit: clamp so low ≤ mean ≤ high.
    const low = Math.min(mean, quantileSorted(sorted, tail)!);
    const high = Math.max(mean, quantileSorted(sorted, 1 - tail)!);
    return { mean, interval: [low, high] };
  });
}

/**
 * mean ± z·SE with the standard error of a weighted mean under resampling of items (the ratio-estimator variance
 * Σ wᵢ²(xᵢ − m)² / (Σ wᵢ)², times n/(n−1)): what the bootstrap converges to for large n. At least two items.
 */
export function normalIntervals(variables: number[][], weights: number[]): Array<{ mean: number; interval: Interval90 }> {
  const n = weights.length;
  let total = 0;
  for (const w of weights) total += w;
  return variables.map((x) => {
    const mean = weightedMean(x, weights, null);
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (weights[i]! * (x[i]! - mean)) ** 2;
    const se = Math.sqrt((sq / (total * total)) * (n / (n - 1)));
    return { mean, interval: [mean - Z90 * se, mean + Z90 * se] };
  });
}

/** Σ wᵢxᵢ / Σ wᵢ over all items, or over the items picked (with repeats) when `picks` is given. */
function weightedMean(x: number[], w: number[], picks: Int32Array | null): number {
  let sum = 0, total = 0;
  if (picks) {
    for (const i of picks) { sum += w[i]! * x[i]!; total += w[i]!; }
  } else {
    for (let i = 0; i < x.length; i++) { sum += w[i]! * x[i]!; total += w[i]!; }
  }
  return sum / total;
}

/**
 * The 90 % Wilson score interval of a share k/n, as [low, high]; k may be fractional (weighted counts scaled to n).
 * Unlike the bootstrap or the normal interval it does not collapse to a point when every event is on one side:
 * 5 conflict events out of 5 give a cooperation share of 0 to 0.35, not "exactly 0".
 */
export function wilsonInterval(k: number, n: number): Interval90 {
  const p = k / n;
  const z2 = Z90 * Z90;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z90 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
