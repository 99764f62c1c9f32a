// The relations index on fixtures whose answers are worked out by hand (the arithmetic is in the comments): the
// figures of a period, the 90 % intervals, thin periods, the verdict's rules, a month whose coverage doubles, an empty
// stretch, and the dyad ranking. Pure functions over event rows, so both store backends share what is tested here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PairEvent } from '../src/store/store.js';
import type { QuadClass } from '../src/model.js';
import { measure } from '../src/relations/measures.js';
import { meanWithInterval, wilsonInterval } from '../src/relations/interval.js';
import { pairSeries } from '../src/relations/series.js';
import { reportFromEvents } from '../src/relations/report.js';
import { percentile, verdictOf } from '../src/relations/verdict.js';
import { rankDyads } from '../src/relations/dyads.js';
import { formatRelationsCompact } from '../src/cli/relations.js';

const close = (actual: number, expected: number, tolerance = 1e-4, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} ≠ ${expected} (±${tolerance})`);

const ev = (date: string, actor: string, recipient: string, quadClass: QuadClass, goldstein: number, mentions = 1): PairEvent =>
  ({ date, actor, recipient, quadClass, goldstein, plover: goldstein, mentions });

/** A month of `coop` cooperation events (+3, verbal cooperation) and `conf` conflict events (−4, verbal conflict),
 *  alternating USA→RUS and RUS→USA, on distinct days (so they are distinct merged events). */
function month(key: string, coop: number, conf: number): PairEvent[] {
  const out: PairEvent[] = [];
  for (let i = 0; i < coop + conf; i++) {
    const [a, b] = i % 2 ? ['RUS', 'USA'] : ['USA', 'RUS'];
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push(i < coop ? ev(`${key}-${day}`, a, b, 1, 3) : ev(`${key}-${day}`, a, b, 3, -4));
  }
  return out;
}

test('figures of a period: counts, totals, means, balance; weighted by reports', () => {
  const events = [
    ev('2020-01-02', 'USA', 'RUS', 1, 4),        // cooperation +4, one report
    ev('2020-01-05', 'RUS', 'USA', 3, -2),       // conflict −2
    ev('2020-01-09', 'USA', 'RUS', 4, -8, 3),    // conflict −8, three reports
  ];
  const f = measure(events, false);
  assert.deepEqual([f.events, f.reports, f.quad], [3, 5, [1, 0, 1, 1]]);
  // Σg = 4 − 2 − 8 = −6; mean −6 / 3 = −2. Balance (1 − 2) / 3 = −0.333333.
  assert.equal(f.goldsteinTotal, -6);
  assert.equal(f.goldsteinMean, -2);
  assert.equal(f.balance, -0.333333);
  // Wilson 90 % for a cooperation share of 1/3 (z = 1.644854, z² = 2.705543):
  // centre = (1/3 + z²/6) / (1 + z²/3) = 0.784257 / 1.901848 = 0.412366;
  // half = z / 1.901848 × √(1/3 · 2/3 / 3 + z²/36) = 0.864871 × √0.149228 = 0.334099 → share 0.07827 … 0.74647,
  // balance 2s − 1 = −0.84347 … +0.49293.
  close(f.balanceInterval![0], -0.84347, 1e-4, 'balance low');
  close(f.balanceInterval![1], 0.49293, 1e-4, 'balance high');
  // t interval of the mean: s = √((6² + 0² + 6²) / 2) = 6, SE = 6 / √3 = 3.464102, t(0.95, 2) = 2.919986,
  // half-width 10.115127 → −12.115127 … +8.115127, clipped to the score range: −10 … +8.115127.
  assert.deepEqual(f.goldsteinInterval, [-10, 8.115127]);

  // Weighted by reports: weights 1, 1, 3 → quad [1, 0, 1, 3]; Σwg = 4 − 2 − 24 = −22; mean −22 / 5 = −4.4;
  // balance (1 − 4) / 5 = −0.6. The thin threshold and the balance interval still count the 3 merged events.
  const w = measure(events, true);
  assert.deepEqual([w.events, w.reports, w.quad], [3, 5, [1, 0, 1, 3]]);
  assert.equal(w.goldsteinTotal, -22);
  assert.equal(w.goldsteinMean, -4.4);
  assert.equal(w.balance, -0.6);

  // No events: counts 0, no means, no intervals.
  const none = measure([], false);
  assert.deepEqual([none.events, none.goldsteinMean, none.goldsteinInterval, none.balance, none.balanceInterval], [0, null, null, null, null]);
});

/** A percentile bootstrap of a weighted mean (1,000 resamples, a fixed-seed LCG), to check the t interval against. */
function bootstrap(x: number[], w: number[]): [number, number] {
  let state = 12345;
  const next = () => (state = (Math.imul(state, 0x19660d) + 0x3c6ef35f) >>> 0) / 2 ** 32;
  const means: number[] = [];
  for (let r = 0; r < 1000; r++) {
    let sum = 0, total = 0;
    for (let i = 0; i < x.length; i++) { const j = Math.floor(next() * x.length); sum += w[j]! * x[j]!; total += w[j]!; }
    means.push(sum / total);
  }
  means.sort((a, b) => a - b);
  return [means[49]!, means[949]!];
}

test('intervals: Wilson at the edges; Student\'s t for means, worked by hand and beside a bootstrap', () => {
  // All 5 events conflict: the cooperation share is 0, but its 90 % interval is 0 … z²/(n + z²) = 2.705543 / 7.705543
  // = 0.351116, so the balance is −1 … −0.29777, not "exactly −1".
  const [lo, hi] = wilsonInterval(0, 5);
  assert.equal(lo, 0);
  close(hi, 0.351116, 1e-5);
  // Ten scores summing to −9.3: mean −0.93, s = 5.033234, SE = s / √10 = 1.591648, t(0.95, 9) = 1.833113,
  // half-width 2.917671 → −3.847671 … +1.987671.
  const values = [-10, -2, -2, 1, 3.4, 7, -4, 2.8, -6.5, 1];
  const t = meanWithInterval(values, values.map(() => 1))!;
  close(t.mean, -0.93, 1e-9);
  close(t.interval[0], -3.847671, 1e-5);
  close(t.interval[1], 1.987671, 1e-5);
  // Equal values: no spread, the interval is the value. One value: nothing to estimate the spread from, so the
  // whole score range. No values: nothing.
  assert.deepEqual(meanWithInterval([3, 3, 3], [1, 1, 1])!.interval, [3, 3]);
  assert.deepEqual(meanWithInterval([3], [1])!.interval, [-10, 10]);
  assert.equal(meanWithInterval([], []), null);
  // Weighted: weights count as repeated scores in the mean (Σwx / Σw = (2·4 − 2) / 3 = 2).
  assert.equal(meanWithInterval([4, -2], [2, 1])!.mean, 2);
  // Against a percentile bootstrap on 51 and 101 scores, symmetric and skewed, with uneven weights: within 0.1 (t is a
  // little wider at small n; the bootstrap's own noise at 1,000 resamples is a few hundredths here).
  for (const n of [51, 101]) {
    for (const sample of [
      Array.from({ length: n }, (_, i) => [-10, -4, -2, 1, 3.4, 7][i % 6]!),
      Array.from({ length: n }, (_, i) => (i % 10 === 0 ? -10 : i % 3 ? -2 : 1)),
    ]) {
      const w = sample.map((_, i) => 1 + (i % 3));
      const [bl, bh] = bootstrap(sample, w);
      const [tl, th] = meanWithInterval(sample, w)!.interval;
      close(tl, bl, 0.1, `n = ${n}, low`);
      close(th, bh, 0.1, `n = ${n}, high`);
    }
  }
});

test('thin periods: fewer than 5 events are shown but not ranked', () => {
  const series = pairSeries([...month('2020-01', 2, 2), ...month('2020-02', 3, 2)], 'USA', 'month', false);
  assert.deepEqual(series.map((p) => [p.period, p.both.events, p.thin]), [['2020-01', 4, true], ['2020-02', 5, false]]);
  // Directions: events alternate USA→RUS, RUS→USA, so January has 2 each way and February 3 and 2.
  assert.deepEqual(series.map((p) => [p.aToB.events, p.bToA.events]), [[2, 2], [3, 2]]);
  const r = reportFromEvents([...month('2020-01', 2, 2), ...month('2020-02', 3, 2)], { a: 'USA', b: 'RUS', interval: 'month' });
  assert.deepEqual(r.periods.map((p) => p.percentile), [null, 100 * 0.5]); // February alone in the ranking: mid-rank 50
});

// Ten months of a pair's history, modelled on the demo's USA–RUS: three lows with mostly conflict, a calm month.
// coop/conf per month → balance (coop − conf) / (coop + conf):
//   2014-03 0/10 → −1      2015-06 4/2 → +0.333333   2016-02 3/3 → 0        2017-04 1/9 → −0.8
//   2018-07 5/1 → +0.666667 2019-12 4/2 → +0.333333 (calm)  2020-06 3/2 → +0.2  2021-05 2/3 → −0.2
//   2022-02 1/9 → −0.8     2023-03 3/3 → 0
// Sorted: −1, −0.8, −0.8, −0.2, 0, 0, 0.2, 0.333, 0.333, 0.667 → median (0 + 0) / 2 = 0.
const HISTORY: Array<[string, number, number]> = [
  ['2014-03', 0, 10], ['2015-06', 4, 2], ['2016-02', 3, 3], ['2017-04', 1, 9], ['2018-07', 5, 1],
  ['2019-12', 4, 2], ['2020-06', 3, 2], ['2021-05', 2, 3], ['2022-02', 1, 9], ['2023-03', 3, 3],
];
const historyEvents = (calmCopies = 1) => HISTORY.flatMap(([key, coop, conf]) =>
  (key === '2019-12' ? month(key, coop * calmCopies, conf * calmCopies) : month(key, coop, conf)));

test('coverage doubles in a calm month: the normalised score, its rank and the lows do not move (the sum does)', () => {
  const q = { a: 'USA', b: 'RUS', interval: 'month' as const };
  const before = reportFromEvents(historyEvents(1), q);
  const after = reportFromEvents(historyEvents(2), q);
  const calm = (r: typeof before) => r.periods.find((p) => p.period === '2019-12')!;
  // December 2019: 4 cooperation (+3) and 2 conflict (−4) events, then 8 and 4. Balance (4 − 2) / 6 = (8 − 4) / 12
  // = 0.333333; mean Goldstein (12 − 8) / 6 = (24 − 16) / 12 = 0.666667; the sum goes from 4 to 8.
  assert.deepEqual([calm(before).both.events, calm(after).both.events], [6, 12]);
  assert.equal(calm(before).both.balance, 0.333333);
  assert.equal(calm(after).both.balance, 0.333333);
  assert.equal(calm(after).both.goldsteinMean, calm(before).both.goldsteinMean);
  assert.deepEqual([calm(before).both.goldsteinTotal, calm(after).both.goldsteinTotal], [4, 8]);
  // Its percentile stays 80: below it −1, −0.8, −0.8, −0.2, 0, 0, 0.2 (7), equal to it two (itself and 2015-06):
  // (7 + 2/2) / 10 = 80 %.
  assert.equal(calm(before).percentile, 80);
  assert.equal(calm(after).percentile, 80);
  // Ranked by sums instead, it would jump: sums −40, 4, −3, −33, 11, 4, 1, −6, −33, −3 → December's 4 is at
  // (7 + 2/2) / 10 = 80 %; doubled to 8 it passes 2015-06's 4: (8 + 1/2) / 10 = 85 %.
  const sums = (r: typeof before) => r.periods.map((p) => p.both.goldsteinTotal);
  assert.equal(percentile(sums(before), 4), 80);
  assert.equal(percentile(sums(after), 8), 85);
  // The evidence is firmer: 4/6 gives a balance interval of −0.30597 … +0.76545, 8/12 one of −0.13702 … +0.68103.
  close(calm(before).both.balanceInterval![0], -0.30597);
  close(calm(after).both.balanceInterval![0], -0.13702);
  // The lows stay below the pair's median (0) either way.
  for (const r of [before, after]) {
    assert.equal(r.historyMedian, 0);
    for (const low of ['2014-03', '2017-04', '2022-02']) {
      const p = r.periods.find((x) => x.period === low)!;
      assert.ok(p.both.balance! < r.historyMedian!, `${low}: ${p.both.balance} < ${r.historyMedian}`);
    }
  }
  // The latest month, March 2023 (3/3 → 0): 4 below, 2 equal → (4 + 1) / 10 = 50th percentile; its interval
  // (3 of 6: −0.55748 … +0.55748) holds the median, so it is typical.
  assert.equal(after.verdict!.standing, 'typical');
  assert.equal(after.verdict!.text, 'USA–RUS, March 2023: cooperation–conflict balance 0.00 (90 % interval −0.56 to +0.56; '
    + '6 events: 3 cooperation, 3 conflict events; mean Goldstein −0.50) — typical for the pair (50th percentile of 10 months; '
    + 'its interval holds the median, 0.00).');
});

test('the verdict: below the usual level, but not "the lowest since" on a short history', () => {
  // Up to February 2022: nine months, sorted −1, −0.8, −0.8, −0.2, 0, 0.2, 0.333, 0.333, 0.667 → median 0 (the 5th).
  // February 2022 (1/9 → −0.8): below 1, equal 2 → (1 + 1) / 9 = 22.2 %; Wilson 1 of 10: balance −0.95473 … −0.30456,
  // all below 0 → "below the pair's usual level". Nine ranked months are too few for "lowest since" (20 needed).
  const r = reportFromEvents(historyEvents(), { a: 'USA', b: 'RUS', interval: 'month', to: '2022-02-28' });
  const v = r.verdict!;
  assert.equal(v.period, '2022-02');
  assert.equal(v.standing, 'below');
  close(v.percentile!, 22.2222);
  assert.equal(v.median, 0);
  assert.equal(v.text, 'USA–RUS, February 2022: cooperation–conflict balance −0.80 (90 % interval −0.95 to −0.30; 10 events: '
    + '1 cooperation, 9 conflict events; mean Goldstein −3.30) — below the pair\'s usual level (22nd percentile of 9 months; '
    + 'its interval lies below the median, 0.00).');
});

/** 24 months, 2014-03 … 2016-02: the first all conflict, then 11 at 5/5 (0) and 11 at 6/4 (+0.2), then `last`. */
function longHistory(last: [number, number]): PairEvent[] {
  const keys = Array.from({ length: 24 }, (_, i) => `${2014 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`);
  return keys.flatMap((key, i) => (i === 0 ? month(key, 0, 10) : i === 23 ? month(key, ...last) : i % 2 ? month(key, 5, 5) : month(key, 6, 4)));
}

test('the verdict: "the lowest since", "highest on record", typical, thin with the latest ranked month, short history', () => {
  const q = { a: 'USA', b: 'RUS', interval: 'month' as const };
  // Latest (February 2016) 0/10 → −1. Ranked: −1 (March 2014), −1 (itself), eleven 0, eleven +0.2 → median 0 (12th and
  // 13th values are 0). Percentile (0 below + 2/2 equal) / 24 = 4.17 → 4th; Wilson 0 of 10: −1 … −0.57412, below 0;
  // ≤ 10th percentile with 24 ≥ 20 ranked months → the lowest since March 2014, the last month as low.
  const low = reportFromEvents(longHistory([0, 10]), q).verdict!;
  assert.equal(low.period, '2016-02');
  assert.equal(low.standing, 'lowest');
  assert.equal(low.since, '2014-03');
  assert.match(low.text, /— the lowest since March 2014 \(4th percentile of 24 months; the pair's median is 0\.00\)\.$/);
  // 2 of 10 → −0.6: only March 2014 is lower: (1 + 1/2) / 24 = 6.25 %, interval −0.86288 … −0.08159 < 0 → lowest,
  // and March 2014 was the last month at least as low.
  const lowish = reportFromEvents(longHistory([2, 8]), q).verdict!;
  assert.deepEqual([lowish.standing, lowish.since, lowish.percentile], ['lowest', '2014-03', 6.25]);
  // 10 of 10 → +1: above all 23 others → (23 + 1/2) / 24 = 97.9 %. The median is now that of −1, eleven 0, eleven
  // +0.2 and +1: the 12th and 13th values, 0 and +0.2 → +0.1. Wilson 10 of 10: low +0.57412 > +0.1 → highest on record.
  const high = reportFromEvents(longHistory([10, 0]), q).verdict!;
  assert.equal(high.standing, 'highest');
  assert.equal(high.since, null);
  assert.match(high.text, /the highest on record, since March 2014 \(98th percentile of 24 months; the pair's median is \+0\.10\)\.$/);
  // 5 of 10 → 0, the median itself: typical.
  assert.equal(reportFromEvents(longHistory([5, 5]), q).verdict!.standing, 'typical');
  // A thin latest month (0 of 3) is not ranked; the verdict names it and judges the latest ranked month before it.
  const thin = reportFromEvents([...longHistory([0, 10]), ...month('2016-03', 0, 3)], q).verdict!;
  assert.equal(thin.standing, 'thin');
  assert.equal(thin.percentile, null);
  assert.equal(thin.latestRanked!.period, '2016-02');
  assert.equal(thin.latestRanked!.standing, 'lowest');
  assert.match(thin.text, /^USA–RUS, March 2016: .*— too few events to rank \(a month needs at least 5\)\. The latest ranked month, February 2016: .* the lowest since March 2014/);
  // Five ranked months are too few to compare at all.
  const short = reportFromEvents(longHistory([0, 10]).filter((e) => e.date >= '2015-10'), q).verdict!;
  assert.equal(short.standing, 'short-history');
  assert.match(short.text, /too short a history to compare \(5 ranked months; at least 6 are needed\)/);
});

test('an empty stretch: months without events are not periods, not ranked, and shown as a gap', () => {
  // January and February 2020, then nothing until June: three periods; March–May are an empty stretch.
  const events = [...month('2020-01', 3, 2), ...month('2020-02', 1, 4), ...month('2020-06', 4, 1)];
  const r = reportFromEvents(events, { a: 'USA', b: 'RUS', interval: 'month' });
  assert.deepEqual(r.periods.map((p) => p.period), ['2020-01', '2020-02', '2020-06']);
  // Balances +0.2, −0.6, +0.6: three ranked months, fewer than 6 → no comparison.
  assert.deepEqual(r.periods.map((p) => p.both.balance), [0.2, -0.6, 0.6]);
  assert.equal(r.historyPeriods, 3);
  assert.equal(r.verdict!.standing, 'short-history');
  // The table says the stretch is empty instead of running February into June.
  const table = formatRelationsCompact(r);
  assert.match(table, /\n2020-02 .*\n  · no events: 2020-03…2020-05 \(3 months\)\n2020-06 /);
  // Weekly: 1–5 January 2020 (Wednesday to Sunday) are all in 2020-W01; 1–2 February (a weekend) in W05 and 3–5
  // February in W06; 1–5 June (Monday to Friday) in W23. Between W06 and W23 lie 16 empty weeks.
  const weeks = reportFromEvents(events, { a: 'USA', b: 'RUS', interval: 'week' });
  assert.deepEqual(weeks.periods.map((p) => [p.period, p.both.events, p.thin]),
    [['2020-W01', 5, false], ['2020-W05', 2, true], ['2020-W06', 3, true], ['2020-W23', 5, false]]);
  assert.match(formatRelationsCompact(weeks), /\n  · no events: 2020-W02…2020-W04 \(3 weeks\)\n[\s\S]*\n  · no events: 2020-W07…2020-W22 \(16 weeks\)\n/);
});

test('dyad ranking: by balance among pairs with enough events, ties broken by the mean Goldstein score', () => {
  const t = (a: string, b: string, quad: [number, number, number, number], goldsteinTotal: number) =>
    ({ a, b, events: quad[0] + quad[1] + quad[2] + quad[3], quad, goldsteinTotal, ploverTotal: goldsteinTotal });
  const totals = [
    t('RUS', 'USA', [30, 10, 40, 20], -150), // 100 events: (40 − 60) / 100 = −0.2, mean −1.5
    t('RUS', 'UKR', [5, 5, 30, 20], -300),   // 60: (10 − 50) / 60 = −0.666667, mean −5
    t('IND', 'PAK', [0, 0, 8, 4], -60),      // 12: (0 − 12) / 12 = −1, mean −5
    t('ARM', 'AZE', [0, 0, 10, 2], -40),     // 12: −1, mean −3.333333 (milder: ranked after IND–PAK)
    t('CHN', 'USA', [20, 5, 5, 0], 60),      // 30: (25 − 5) / 30 = +0.666667, mean +2
    t('FRA', 'DEU', [9, 1, 0, 0], 40),       // 10: +1, mean +4
    t('ISR', 'PSE', [0, 0, 3, 6], -60),      // 9 events: below the minimum of 10, not ranked despite −1
  ];
  const r = rankDyads(totals, { top: 10 });
  assert.deepEqual([r.minEvents, r.pairs, r.rankedPairs], [10, 7, 6]);
  assert.deepEqual(r.conflict.map((d) => `${d.a}-${d.b} ${d.balance}`), ['IND-PAK -1', 'ARM-AZE -1', 'RUS-UKR -0.666667', 'RUS-USA -0.2']);
  assert.deepEqual(r.cooperation.map((d) => `${d.a}-${d.b} ${d.balance}`), ['FRA-DEU 1', 'CHN-USA 0.666667']);
  // The pair with the most cooperation events (RUS–USA, 40) is not "the most cooperative": it leans to conflict.
  assert.equal(r.cooperation.some((d) => d.a === 'RUS' && d.b === 'USA'), false);
  // With a minimum of 5, ISR–PSE (−1, mean −60 / 9 = −6.67) comes first.
  assert.deepEqual(rankDyads(totals, { top: 1, minEvents: 5 }).conflict.map((d) => d.a), ['ISR']);
  assert.equal(rankDyads(totals, { top: 10, minEvents: 5 }).rankedPairs, 7);
});
