// The bar on the demo corpus (corpus/demo, coded by the real coder): by the normalised score — the cooperation–conflict
// balance — the US–Russia lows of March 2014, April 2017 and February 2022 are in the lower half of the pair's months,
// none above the median and at least two below it, and they stay there when coverage doubles in a calm month (every
// event of the pair's most cooperative ranked month reported twice as distinct events).
// (Since denials of an accusation are coded as rejections, July 2014 — the Kremlin denying any role in the downing of
// MH17 — is as low as April 2017, and October 2016 has enough events to rank: April 2017 is the pair's median month,
// tied with July 2014; docs/coder.md, "Thirty-fourth round".)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { relationsReport, reportFromEvents } from '../src/relations/report.js';
import { DEMO_CORPUS, readJsonl, storeWith, type TestStore } from './support/server-fixture.js';

let fx: TestStore;
before(async () => { fx = await storeWith(readJsonl(DEMO_CORPUS)); });
after(() => fx?.dispose());

const LOWS = ['2014-03', '2017-04', '2022-02'];

test('demo corpus: the US–Russia lows are below the pair\'s median balance, and the sum is not what ranks them', () => {
  const r = relationsReport(fx.store, { a: 'USA', b: 'RUS', interval: 'month' });
  assert.ok(r.historyMedian !== null && r.historyPeriods >= 5, `ranked months: ${r.historyPeriods}`);
  let below = 0;
  for (const key of LOWS) {
    const p = r.periods.find((x) => x.period === key);
    assert.ok(p, `${key} has events`);
    assert.equal(p.thin, false, `${key} has at least ${r.thinBelow} events (${p.both.events})`);
    assert.ok(p.both.balance! <= r.historyMedian!, `${key}: balance ${p.both.balance} <= median ${r.historyMedian}`);
    assert.ok(p.percentile! <= 50, `${key}: percentile ${p.percentile}`);
    if (p.both.balance! < r.historyMedian!) below++;
  }
  assert.ok(below >= 2, `${below} of the lows below the median`);
  // Every period's figures are consistent: both directions add up, the balance is (coop − conf) / events.
  for (const p of r.periods) {
    const [q1, q2, q3, q4] = p.both.quad;
    assert.equal(p.both.events, p.aToB.events + p.bToA.events);
    assert.ok(Math.abs(p.both.balance! - (q1 + q2 - q3 - q4) / p.both.events) < 1e-6);
  }
});

test('demo corpus: doubling the coverage of the calmest ranked month moves neither its score nor the lows', () => {
  const events = fx.store.pairEvents({ a: 'USA', b: 'RUS' });
  const q = { a: 'USA', b: 'RUS', interval: 'month' as const };
  const before = reportFromEvents(events, q);
  const calm = before.periods.filter((p) => !p.thin).reduce((a, b) => (b.both.balance! > a.both.balance! ? b : a));
  // Twice the reporting: each of the month's events again, as a distinct merged event (a day later, same scores).
  const doubled = events.flatMap((e) => (e.date.startsWith(calm.period) ? [e, { ...e, date: e.date.slice(0, 8) + String(Math.min(28, Number(e.date.slice(8)) + 1)).padStart(2, '0') }] : [e]))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const after = reportFromEvents(doubled, q);
  const calmAfter = after.periods.find((p) => p.period === calm.period)!;
  assert.equal(calmAfter.both.events, 2 * calm.both.events);
  assert.equal(calmAfter.both.balance, calm.both.balance);
  assert.equal(calmAfter.both.goldsteinMean, calm.both.goldsteinMean);
  assert.equal(calmAfter.percentile, calm.percentile);
  assert.equal(calmAfter.both.goldsteinTotal, Math.round(2 * calm.both.goldsteinTotal * 1e6) / 1e6, 'the sum doubles');
  assert.equal(after.historyMedian, before.historyMedian);
  for (const key of LOWS) {
    const p = after.periods.find((x) => x.period === key)!;
    assert.ok(p.both.balance! <= after.historyMedian!, `${key} after doubling: ${p.both.balance} <= ${after.historyMedian}`);
    assert.equal(p.both.balance, before.periods.find((x) => x.period === key)!.both.balance, `${key} unmoved by the doubling`);
  }
});
