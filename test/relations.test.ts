// Periodisation, percentiles and the verdict: pure functions, checked on dates whose ISO weeks are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate, periodEnd, periodOf, periodStart } from '../src/relations/periods.js';
import { median, percentile, verdictOf } from '../src/relations/verdict.js';
import { figuresOf } from '../src/relations/figures.js';
import type { RelationsPeriod } from '../src/store/store.js';

test('ISO weeks: Monday starts, week 1 holds the first Thursday, years roll over', () => {
  const week = (d: string) => periodOf(d, 'week');
  assert.deepEqual(week('2020-01-10'), { key: '2020-W02', start: '2020-01-06' });
  assert.deepEqual(week('2019-12-30'), { key: '2020-W01', start: '2019-12-30' }); // Monday of 2020's first week
  assert.deepEqual(week('2020-12-31'), { key: '2020-W53', start: '2020-12-28' });
  assert.deepEqual(week('2021-01-03'), { key: '2020-W53', start: '2020-12-28' }); // a Sunday still in 2020-W53
  assert.deepEqual(week('2021-01-04'), { key: '2021-W01', start: '2021-01-04' });
  assert.deepEqual(week('2017-04-07'), { key: '2017-W14', start: '2017-04-03' });
  for (const d of ['2020-12-31', '2021-01-04', '2017-04-07', '2016-01-01']) assert.equal(periodStart(week(d).key, 'week'), week(d).start);
});

test('months and days; period ends', () => {
  assert.deepEqual(periodOf('2017-04-07', 'month'), { key: '2017-04', start: '2017-04-01' });
  assert.deepEqual(periodOf('2017-04-07', 'day'), { key: '2017-04-07', start: '2017-04-07' });
  assert.equal(periodStart('2017-04', 'month'), '2017-04-01');
  assert.equal(periodEnd('2020-02-10', 'month'), '2020-02-29');
  assert.equal(periodEnd('2021-02-10', 'month'), '2021-02-28');
  assert.equal(periodEnd('2020-12-31', 'week'), '2021-01-03');
  assert.equal(periodEnd('2020-12-31', 'day'), '2020-12-31');
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2023-02-29'));
  assert.ok(!isIsoDate('2023-2-28'));
});

test('mid-rank percentile and median', () => {
  assert.equal(percentile([1, 2, 3, 4], 1), 12.5);
  assert.equal(percentile([1, 2, 3, 4], 4), 87.5);
  assert.equal(percentile([2, 2, 2], 2), 50);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

const period = (key: string, goldsteinTotal: number, events = 1): RelationsPeriod => {
  const f = figuresOf({ events, quad: [0, 0, events, 0], goldstein: goldsteinTotal, plover: 0 });
  return { period: key, start: `${key}-01`, aToB: f, bToA: figuresOf({ events: 0, quad: [0, 0, 0, 0], goldstein: 0, plover: 0 }), both: f };
};

test('verdict: lowest since the last period as low, highest on record, first period', () => {
  const history = [period('2014-03', -5), period('2015-06', 3), period('2016-01', -1), period('2017-04', -4)];
  const v = verdictOf(history, 'month', 'USA–RUS')!;
  assert.equal(v.period, '2017-04');
  assert.equal(v.percentile, 37.5); // one of four below, itself equal
  assert.equal(v.median, -2.5);
  assert.equal(v.since, '2014-03');
  assert.equal(v.text, 'USA–RUS 2017-04: net Goldstein -4.00 over 1 event, 38th percentile of 4 months with events (median -2.50); lowest since 2014-03.');
  const high = verdictOf([...history, period('2018-07', 3, 2)], 'month', 'USA–RUS')!;
  assert.equal(high.extreme, 'highest');
  assert.equal(high.since, '2015-06');
  const top = verdictOf([...history, period('2018-07', 20, 2)], 'month', 'USA–RUS')!;
  assert.match(top.text, /over 2 events, 90th percentile .* highest on record \(since 2014-03\)\.$/);
  assert.match(verdictOf([period('2020-01', 1)], 'week', 'A–B')!.text, /the first week with events\.$/);
  assert.equal(verdictOf([], 'month', 'A–B'), null);
  // The score is a sum: two hostile acts of -3 (net -6) rank below one of -5, though their mean is milder.
  const busy = verdictOf([period('2014-03', -5), period('2017-04', -6, 2)], 'month', 'USA–RUS')!;
  assert.equal(busy.score, -6);
  assert.equal(busy.since, null);
});
