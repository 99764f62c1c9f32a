// Periodisation, percentiles and medians: pure functions, checked on dates whose ISO weeks are known. The relations
// measures, verdict and dyad ranking are in test/relations-index.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate, periodEnd, periodName, periodOf, periodsBetween, periodStart } from '../src/relations/periods.js';
import { median, percentile } from '../src/relations/verdict.js';

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

test('period names and the empty stretch between two periods', () => {
  assert.equal(periodName('2014-03', 'month'), 'March 2014');
  assert.equal(periodName('2017-W14', 'week'), 'the week of 3 April 2017');
  assert.equal(periodName('2017-04-07', 'day'), '7 April 2017');
  assert.deepEqual(periodsBetween('2020-02', '2020-06', 'month'), { first: '2020-03', last: '2020-05', count: 3 });
  assert.equal(periodsBetween('2020-02', '2020-03', 'month'), null);
  assert.deepEqual(periodsBetween('2019-11', '2020-02', 'month'), { first: '2019-12', last: '2020-01', count: 2 });
  // 2020 has 53 ISO weeks: between 2020-W52 and 2021-W02 lie 2020-W53 and 2021-W01.
  assert.deepEqual(periodsBetween('2020-W52', '2021-W02', 'week'), { first: '2020-W53', last: '2021-W01', count: 2 });
  assert.deepEqual(periodsBetween('2024-02-27', '2024-03-02', 'day'), { first: '2024-02-28', last: '2024-03-01', count: 3 });
});
