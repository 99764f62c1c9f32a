// The Store contract, run against both backends (SQLite; PostgreSQL when a server is given, see test/support/backends.ts):
// idempotent ingest, near-duplicate linking, event clustering, relations figures worked out by hand, dyads, event
// queries, re-coding, replacing and deleting articles, migrations. Events are written by hand here
// (test/support/fixtures.ts), so nothing depends on the coder.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Article } from '../src/model.js';
import { isPostgresUrl, openStore, type DirectionFigures, type Store } from '../src/store/index.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { relationsReport } from '../src/relations/report.js';
import { actorRef, stored } from './support/fixtures.js';
import { backends, type Backend } from './support/backends.js';
import { PG_BEFORE_REP_ROWS, SQLITE_BEFORE_REP_ROWS } from './support/old-schemas.js';

const art = (id: string, date: string, source: string, text: string, url = `https://news.invalid/${id}`): Article =>
  ({ id, date, title: `Title ${id}`, text, source, url });

// Eleven articles, January to March 2020; see the figures worked out in the tests below.
const A = {
  a1: art('a1', '2020-01-10', 'S1', 'Washington accused Moscow of meddling in the Kyrgyz election and summoned the Russian ambassador for an explanation.'),
  a2: art('a2', '2020-01-10', 'S2', 'State Department spokesman Ned Price said Russian hackers targeted voting systems, a charge the Kremlin denied.'),
  a3: art('a3', '2020-01-11', 'S1', 'American senators demanded new penalties after intelligence agencies blamed Russian military units for the breach.'),
  a4: art('a4', '2020-01-13', 'S3', 'The White House criticised Russia again on Monday over a separate espionage case involving a diplomat in Vienna.'),
  a5: art('a5', '2020-01-20', 'S1', 'Russian artillery shelled positions held by American trainers near the Syrian border town, wounding two soldiers.'),
  a6: art('a6', '2020-02-03', 'S2', 'The American envoy travelled to Moscow for consultations with Russian counterparts about prisoner issues.'),
  a7: art('a7', '2020-02-04', 'S2', 'Russia and the United States signed an agreement on nuclear arms control in Geneva on Tuesday. The deal limits deployed warheads for five more years. Officials on both sides praised the outcome of the long negotiations.'),
  a8: art('a8', '2020-02-20', 'S3', 'Russia delivered humanitarian supplies for American flood victims in Louisiana by military cargo plane.'),
  // A rewritten copy of a7: sentences reordered, "Russia" → "the Russian Federation", "the United States" → "the USA".
  a9: art('a9', '2020-02-05', 'S4', 'The deal limits deployed warheads for five more years. The Russian Federation and the USA signed an agreement on nuclear arms control in Geneva on Tuesday. Officials on both sides welcomed the outcome of the long negotiations.'),
  a10: art('a10', '2020-03-15', 'S1', 'Washington condemned the Russian detention of an American journalist in Yekaterinburg as baseless.'),
  a11: art('a11', '2020-01-05', 'S5', 'Indian troops fired across the Line of Control into Pakistani Kashmir overnight, local officials reported.'),
};

const accuse = (actor: string, recipient: string, cameo = '112', extra = {}) =>
  ({ actor, recipient, cameo, goldstein: -2, plover: -2, quad: 3 as const, ...extra });

/** The fixture batch: clusters C1 = {a1, a2, a3}, C2 = a4, C3 = a5, C4 = a6, C5 = a7 (+ uncounted copy a9), C6 = a8, C7 = a10, C8 = a11. */
function fixture() {
  return [
    stored(A.a11, [{ actor: 'IND', recipient: 'PAK', cameo: '190', goldstein: -10, plover: -10, quad: 4, category: 'ASSAULT' }]),
    stored(A.a1, [accuse('USA', 'RUS', '112', { text: 'The United States accused Russia of election meddling.' })]),
    stored(A.a2, [accuse('USA', 'RUS', '111')]),
    stored(A.a3, [accuse('USA', 'RUS', '112')]),
    stored(A.a4, [accuse('USA', 'RUS', '111')]),
    stored(A.a5, [{ actor: 'RUS', recipient: 'USA', cameo: '190', goldstein: -10, plover: -10, quad: 4, category: 'ASSAULT' }]),
    stored(A.a6, [{ actor: 'USA', recipient: 'RUS', cameo: '040', goldstein: 1, plover: 3, quad: 1 }]),
    stored(A.a7, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }]),
    stored(A.a8, [{ actor: 'RUS', recipient: 'USA', cameo: '070', goldstein: 7, plover: 7, quad: 2, category: 'AID' }]),
    stored(A.a9, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }]),
    stored(A.a10, [accuse('USA', 'RUS', '111')]),
  ];
}

const fig = (events: number, quad: [number, number, number, number], goldsteinTotal: number, ploverTotal: number): DirectionFigures => ({
  events, quad, goldsteinTotal, ploverTotal,
  goldsteinMean: events ? Math.round((goldsteinTotal / events) * 1e6) / 1e6 : null,
  ploverMean: events ? Math.round((ploverTotal / events) * 1e6) / 1e6 : null,
});
const NONE = fig(0, [0, 0, 0, 0], 0, 0);

for (const backend of backends('store')) {
  describe(`store contract on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    const newStore = async (): Promise<{ store: Store; file: string }> => {
      const file = await backend.newDatabase();
      return { store: openStore(file), file };
    };
    contract(newStore);
    migrations(backend, newStore);
  });
}

function contract(newStore: () => Promise<{ store: Store; file: string }>): void {
  test('ingest stores articles and events, and a re-ingest stores nothing twice', async () => {
    const { store } = await newStore();
    const first = store.ingestBatch(fixture());
    assert.equal(first.stored, 11);
    assert.equal(first.events, 11);
    assert.equal(first.sentences, 33);
    assert.deepEqual(first.skipped, []);
    const again = store.ingestBatch(fixture());
    assert.equal(again.stored, 0);
    assert.deepEqual(new Set(again.skipped.map((s) => s.reason)), new Set(['same-id']));
    assert.equal(again.skipped.length, 11);
    // Same URL written differently (scheme, host case, tracking parameter, trailing slash) under a new id.
    const sameUrl = store.ingestBatch([stored(art('b1', '2020-01-10', 'S9', 'Entirely different words about something else happening today in Paris.',
      'http://NEWS.invalid/a1/?utm_source=feed'), [])]);
    assert.deepEqual(sameUrl.skipped, [{ id: 'b1', reason: 'same-url', existing: 'a1' }]);
    // Same text up to case and spacing under a new id and URL.
    const sameText = store.ingestBatch([stored(art('b2', '2020-01-14', 'S9', `  ${A.a4.text.toUpperCase().replace(/ /g, '   ')} `), [])]);
    assert.deepEqual(sameText.skipped, [{ id: 'b2', reason: 'same-text', existing: 'a4' }]);
    // The same id twice in one batch: the second is skipped.
    const twice = store.ingestBatch([
      stored(art('c1', '2021-01-01', 'S1', 'Brazil and Argentina agreed on a new customs arrangement for their border crossings.'), []),
      stored(art('c1', '2021-01-01', 'S1', 'A different text under the same identifier, which must not be stored at all.', 'https://news.invalid/other'), []),
    ]);
    assert.equal(twice.stored, 1);
    assert.deepEqual(twice.skipped, [{ id: 'c1', reason: 'same-id', existing: 'c1' }]);
    assert.deepEqual(store.existing(A.a5), { id: 'a5', reason: 'same-id', existing: 'a5' });
    assert.equal(store.existing(art('new', '2020-01-01', 'S1', 'Nothing like this has been stored before in this database.')), null);
    // All at once, each against the store: by id, by URL (another id), by text (another id and URL), or new.
    assert.deepEqual(store.existingMany([
      A.a5, art('n1', '2020-01-01', 'S1', 'Some other text entirely, never stored.', A.a6.url), { ...A.a7, id: 'n2', url: 'https://news.invalid/n2' },
      art('new', '2020-01-01', 'S1', 'Nothing like this has been stored before in this database.'),
    ]), [
      { id: 'a5', reason: 'same-id', existing: 'a5' }, { id: 'n1', reason: 'same-url', existing: 'a6' },
      { id: 'n2', reason: 'same-text', existing: 'a7' }, null,
    ]);
    const st = store.stats();
    assert.deepEqual([st.articles, st.duplicates, st.events], [12, 1, 11]);
    store.close();
  });

  test('a rewritten copy (reordered sentences, Russia → Russian Federation, U.S. → USA) is linked and its events do not count', async () => {
    const { store } = await newStore();
    const result = store.ingestBatch(fixture());
    assert.equal(result.nearDuplicates, 1);
    assert.equal(result.duplicateLinks.length, 1);
    assert.equal(result.duplicateLinks[0]!.id, 'a9');
    assert.equal(result.duplicateLinks[0]!.duplicateOf, 'a7');
    assert.ok(result.duplicateLinks[0]!.similarity >= 0.5);
    const copy = store.article('a9')!;
    assert.equal(copy.duplicateOf, 'a7');
    assert.equal(store.article('a7')!.duplicateOf, null);
    // The copy's event is kept as evidence but does not count.
    const [copyEvent] = store.events({ docId: 'a9', dedup: false });
    assert.equal(copyEvent!.counted, false);
    assert.equal(copyEvent!.clusterId, copyEvent!.id);
    assert.equal(copyEvent!.mentions, 0);
    const [original] = store.events({ docId: 'a7' });
    assert.equal(original!.mentions, 1);
    store.close();
  });

  test('near-duplicates are found across batches and after reopening; an earlier copy becomes the original', async () => {
    const { store, file } = await newStore();
    store.ingestBatch([stored(A.a7, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1 }])]);
    store.close();
    const reopened = openStore(file);
    // Dated before a7: the copy becomes the original, a7 its near-duplicate, and the counted event moves to 2020-02-03.
    const earlier = { ...A.a9, id: 'a9early', date: '2020-02-03', url: 'https://news.invalid/a9early' };
    const r = reopened.ingestBatch([stored(earlier, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1 }])]);
    assert.equal(r.nearDuplicates, 1);
    assert.deepEqual(r.duplicateLinks.map((l) => [l.id, l.duplicateOf]), [['a7', 'a9early']]);
    assert.equal(reopened.article('a7')!.duplicateOf, 'a9early');
    assert.equal(reopened.article('a9early')!.duplicateOf, null);
    const counted = reopened.events({});
    assert.deepEqual(counted.map((e) => [e.docId, e.date]), [['a9early', '2020-02-03']]);
    const days = reopened.relations({ a: 'RUS', b: 'USA', interval: 'day' });
    assert.deepEqual(days.map((p) => [p.period, p.aToB.events]), [['2020-02-03', 1]]);
    // A later, third copy links to the (new) original.
    const third = { ...A.a7, id: 'a7bis', date: '2020-02-06', url: 'https://news.invalid/a7bis', text: `${A.a7.text} Markets barely moved.` };
    reopened.ingestBatch([stored(third, [])]);
    assert.equal(reopened.article('a7bis')!.duplicateOf, 'a9early');
    reopened.close();
  });

  test('reports of one event (same codes, CAMEO root, within a day) merge into a cluster with mentions, sources and articles', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const [rep] = store.events({ docId: 'a1' });
    assert.equal(rep!.clusterId, rep!.id);
    assert.deepEqual([rep!.mentions, rep!.sources, rep!.articles], [3, 2, 3]); // a1 (S1), a2 (S2), a3 (S1)
    const [member] = store.events({ docId: 'a2', dedup: false });
    assert.equal(member!.clusterId, rep!.id);
    assert.equal(member!.mentions, 3);
    // a2 is not a representative, so it is not listed once per cluster.
    assert.equal(store.events({ docId: 'a2' }).length, 0);
    // a4 is three days later: a cluster of its own.
    const [later] = store.events({ docId: 'a4' });
    assert.equal(later!.clusterId, later!.id);
    assert.equal(later!.mentions, 1);
    assert.equal(store.stats().clusters, 8);
    store.close();
  });

  test('events without both actor codes are never merged', async () => {
    const { store } = await newStore();
    const unknown = [actorRef(null as unknown as string, 'protesters')];
    store.ingestBatch([
      stored(art('u1', '2020-06-01', 'S1', 'Protesters marched through the capital demanding the resignation of the cabinet.'),
        [{ actor: unknown, recipient: 'FRA', cameo: '141', goldstein: -6.5, plover: -5, quad: 3 }]),
      stored(art('u2', '2020-06-01', 'S2', 'Demonstrators blocked roads in the south of the country for a third consecutive day.'),
        [{ actor: unknown, recipient: 'FRA', cameo: '141', goldstein: -6.5, plover: -5, quad: 3 }]),
    ]);
    assert.equal(store.stats().clusters, 2);
    assert.equal(store.relations({ a: 'FRA', b: 'USA', interval: 'month' }).length, 0);
    store.close();
  });

  test('relations per month, both directions, worked out by hand', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const months = store.relations({ a: 'USA', b: 'RUS', interval: 'month' });
    assert.deepEqual(months.map((p) => [p.period, p.start]), [['2020-01', '2020-01-01'], ['2020-02', '2020-02-01'], ['2020-03', '2020-03-01']]);
    // January: USA→RUS is C1 (a1+a2+a3, counted once) and C2 (a4): 2 verbal-conflict events at −2; RUS→USA is C3 (a5) at −10.
    assert.deepEqual(months[0]!.aToB, fig(2, [0, 0, 2, 0], -4, -4));
    assert.deepEqual(months[0]!.bToA, fig(1, [0, 0, 0, 1], -10, -10));
    assert.deepEqual(months[0]!.both, fig(3, [0, 0, 2, 1], -14, -14));
    assert.equal(months[0]!.both.goldsteinMean, -4.666667);
    // February: USA→RUS C4 (+1); RUS→USA C5 (+8, a9's copy not counted) and C6 (+7, material cooperation).
    assert.deepEqual(months[1]!.aToB, fig(1, [1, 0, 0, 0], 1, 3));
    assert.deepEqual(months[1]!.bToA, fig(2, [1, 1, 0, 0], 15, 13));
    assert.deepEqual(months[1]!.both, fig(3, [2, 1, 0, 0], 16, 16));
    assert.equal(months[1]!.bToA.goldsteinMean, 7.5);
    assert.equal(months[1]!.both.goldsteinMean, 5.333333);
    // March: C7 only.
    assert.deepEqual(months[2]!.aToB, fig(1, [0, 0, 1, 0], -2, -2));
    assert.deepEqual(months[2]!.bToA, NONE);
    // The reverse query swaps the directions.
    const reverse = store.relations({ a: 'RUS', b: 'USA', interval: 'month' });
    assert.deepEqual(reverse[1]!.aToB, months[1]!.bToA);
    // Weighted by mentions: C1 has 3 mentions, so January USA→RUS counts 4 reports and −2×3 −2×1 = −8.
    const weighted = store.relations({ a: 'USA', b: 'RUS', interval: 'month', weighted: true });
    assert.deepEqual(weighted[0]!.aToB, fig(4, [0, 0, 4, 0], -8, -8));
    assert.deepEqual(weighted[0]!.both, fig(5, [0, 0, 4, 1], -18, -18));
    assert.equal(weighted[0]!.both.goldsteinMean, -3.6);
    assert.deepEqual(weighted[1]!.both, months[1]!.both);
    // Date window: February only.
    const feb = store.relations({ a: 'USA', b: 'RUS', interval: 'month', from: '2020-02-01', to: '2020-02-29' });
    assert.deepEqual(feb.map((p) => p.period), ['2020-02']);
    store.close();
  });

  test('relations per ISO week and per day', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const weeks = store.relations({ a: 'USA', b: 'RUS', interval: 'week' });
    assert.deepEqual(weeks.map((p) => [p.period, p.start, p.both.events]), [
      ['2020-W02', '2020-01-06', 1], // C1 (10 January, a Friday)
      ['2020-W03', '2020-01-13', 1], // C2
      ['2020-W04', '2020-01-20', 1], // C3
      ['2020-W06', '2020-02-03', 2], // C4 and C5
      ['2020-W08', '2020-02-17', 1], // C6
      ['2020-W11', '2020-03-09', 1], // C7 (15 March, a Sunday)
    ]);
    assert.deepEqual(weeks[3]!.both, fig(2, [2, 0, 0, 0], 9, 9));
    const days = store.relations({ a: 'USA', b: 'RUS', interval: 'day', from: '2020-01-10', to: '2020-01-13' });
    assert.deepEqual(days.map((p) => [p.period, p.aToB.events]), [['2020-01-10', 1], ['2020-01-13', 1]]);
    store.close();
  });

  test('pair events: the merged events between two actors, both directions, as relations count them', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const rows = store.pairEvents({ a: 'USA', b: 'RUS' });
    // C1…C7 in date order; C1 has three reports (a1, a2, a3); C5's copy a9 is not counted, so C5 has one.
    assert.deepEqual(rows.map((e) => [e.date, e.actor, e.recipient, e.quadClass, e.goldstein, e.plover, e.mentions]), [
      ['2020-01-10', 'USA', 'RUS', 3, -2, -2, 3],
      ['2020-01-13', 'USA', 'RUS', 3, -2, -2, 1],
      ['2020-01-20', 'RUS', 'USA', 4, -10, -10, 1],
      ['2020-02-03', 'USA', 'RUS', 1, 1, 3, 1],
      ['2020-02-04', 'RUS', 'USA', 1, 8, 6, 1],
      ['2020-02-20', 'RUS', 'USA', 2, 7, 7, 1],
      ['2020-03-15', 'USA', 'RUS', 3, -2, -2, 1],
    ]);
    assert.deepEqual(store.pairEvents({ a: 'RUS', b: 'USA' }), rows, 'the order of the pair does not matter');
    assert.deepEqual(store.pairEvents({ a: 'USA', b: 'RUS', from: '2020-02-04', to: '2020-03-01' }).map((e) => e.date), ['2020-02-04', '2020-02-20']);
    assert.deepEqual(store.pairEvents({ a: 'USA', b: 'FRA' }), []);
    store.close();
  });

  test('the relations report is built from pair events and agrees with the store\'s relations index', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    for (const interval of ['day', 'week', 'month'] as const) {
      for (const weighted of [false, true]) {
        const index = store.relations({ a: 'USA', b: 'RUS', interval, weighted });
        const report = relationsReport(store, { a: 'USA', b: 'RUS', interval, weighted });
        assert.deepEqual(report.periods.map((p) => p.period), index.map((p) => p.period));
        report.periods.forEach((p, i) => {
          for (const dir of ['aToB', 'bToA', 'both'] as const) {
            const [mine, theirs] = [p[dir], index[i]![dir]];
            assert.deepEqual([mine.quad, mine.goldsteinTotal, mine.goldsteinMean, mine.ploverTotal, mine.ploverMean],
              [theirs.quad, theirs.goldsteinTotal, theirs.goldsteinMean, theirs.ploverTotal, theirs.ploverMean], `${interval} ${weighted} ${p.period} ${dir}`);
          }
        });
      }
    }
    // Monthly balances: January 3 conflict events → −1; February 3 cooperation → +1; March 1 conflict → −1. Every month
    // has fewer than 5 events, so all are thin: no percentile, and the verdict does not rank.
    const report = relationsReport(store, { a: 'USA', b: 'RUS', interval: 'month' });
    assert.deepEqual(report.periods.map((p) => [p.both.balance, p.thin, p.percentile]), [[-1, true, null], [1, true, null], [-1, true, null]]);
    assert.equal(report.historyPeriods, 0);
    assert.equal(report.verdict!.standing, 'thin');
    assert.equal(report.verdict!.latestRanked, null);
    // A window from February still sees January in the history behind it.
    const fromFeb = relationsReport(store, { a: 'USA', b: 'RUS', interval: 'month', from: '2020-02-15' });
    assert.deepEqual(fromFeb.periods.map((p) => p.period), ['2020-02', '2020-03']);
    store.close();
  });

  test('dyad totals: every pair with events in a window, both directions summed', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    // RUS–USA: C1…C7 — quad classes 1: C4, C5; 2: C6; 3: C1, C2, C7; 4: C3. Goldstein −2 −2 −10 +1 +8 +7 −2 = 0;
    // PLOVER −2 −2 −10 +3 +6 +7 −2 = 0. IND–PAK: one assault at −10.
    assert.deepEqual(store.dyadTotals({}), [
      { a: 'IND', b: 'PAK', events: 1, quad: [0, 0, 0, 1], goldsteinTotal: -10, ploverTotal: -10 },
      { a: 'RUS', b: 'USA', events: 7, quad: [2, 1, 3, 1], goldsteinTotal: 0, ploverTotal: 0 },
    ]);
    // February–March: C4, C5, C6, C7: +1 +8 +7 −2 = 14 and +3 +6 +7 −2 = 14.
    assert.deepEqual(store.dyadTotals({ from: '2020-02-01', to: '2020-03-31' }), [
      { a: 'RUS', b: 'USA', events: 4, quad: [2, 1, 1, 0], goldsteinTotal: 14, ploverTotal: 14 },
    ]);
    assert.deepEqual(store.dyadTotals({ from: '2021-01-01' }), []);
    store.close();
  });

  test('events: filters by actor, recipient, category, CAMEO prefix, dates and words; one per cluster unless asked', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const ids = (q: Parameters<Store['events']>[0]) => store.events(q).map((e) => e.docId);
    assert.deepEqual(ids({ actor: 'USA', recipient: 'RUS' }), ['a1', 'a4', 'a6', 'a10']);
    assert.equal(store.countEvents({ actor: 'USA', recipient: 'RUS' }), 4);
    // A capped count stops at the cap (listings count up to one), and is exact below it.
    assert.equal(store.countEvents({ actor: 'USA', recipient: 'RUS' }, 3), 3);
    assert.equal(store.countEvents({ actor: 'USA', recipient: 'RUS' }, 5), 4);
    assert.equal(store.countEvents({ actor: 'USA', recipient: 'RUS', dedup: false }, 5), 5);
    assert.deepEqual(ids({ actor: 'USA', recipient: 'RUS', dedup: false }), ['a1', 'a2', 'a3', 'a4', 'a6', 'a10']);
    assert.deepEqual(ids({ cameo: '11' }), ['a1', 'a4', 'a10']);
    assert.deepEqual(ids({ cameo: '111' }), ['a4', 'a10']);
    assert.deepEqual(ids({ category: 'ASSAULT' }), ['a11', 'a5']);
    assert.deepEqual(ids({ quadClass: 1 }), ['a6', 'a7']);
    assert.deepEqual(ids({ from: '2020-02-01', to: '2020-02-29' }), ['a6', 'a7', 'a8']);
    assert.deepEqual(ids({ text: 'meddling' }), ['a1']);
    assert.deepEqual(ids({ text: 'Election MEDDLING' }), ['a1']);
    assert.deepEqual(ids({ text: '"; DROP TABLE events; --' }), []);
    assert.deepEqual(ids({ actor: 'RUS', limit: 2, offset: 1 }), ['a7', 'a8']);
    assert.deepEqual([...store.eachEvent({ recipient: 'PAK' })].map((e) => e.docId), ['a11']);
    const [e] = store.events({ docId: 'a1' });
    assert.equal(e!.articleSource, 'S1');
    assert.equal(e!.articleUrl, 'https://news.invalid/a1');
    assert.equal(e!.text, 'The United States accused Russia of election meddling.');
    assert.deepEqual(e!.actor, [actorRef('USA')]);
    store.close();
  });

  test('keyset pages (after the last event of a page) list what offset pages list, ties on a date included', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    // A pair (its event_dyads rows), one actor (event_actors), no actor (events), each with and without merging.
    const queries: Parameters<Store['events']>[0][] = [
      { actor: 'USA', recipient: 'RUS' }, { actor: 'USA', recipient: 'RUS', dedup: false }, { recipient: 'USA', dedup: false },
      { actor: 'RUS' }, {}, { dedup: false, from: '2020-01-10', to: '2020-02-10' }, { cameo: '11', dedup: false },
    ];
    for (const q of queries) {
      const all = store.events(q).map((e) => e.seq);
      assert.ok(all.length >= 3, JSON.stringify(q));
      for (const limit of [1, 2, 3]) {
        const walked: number[] = [];
        let after: { date: string; seq: number } | undefined;
        for (;;) {
          const page = store.events({ ...q, limit, after });
          walked.push(...page.map((e) => e.seq));
          if (page.length < limit) break;
          after = { date: page.at(-1)!.date, seq: page.at(-1)!.seq };
        }
        assert.deepEqual(walked, all, `${JSON.stringify(q)}, pages of ${limit}`);
        assert.deepEqual(store.events({ ...q, limit, offset: limit }).map((e) => e.seq), all.slice(limit, 2 * limit));
      }
    }
    // Two events of one day (a1 and a2, 2020-01-10): after the first, the second; after the day's last, the next day.
    const day = store.events({ dedup: false, from: '2020-01-10', to: '2020-01-10' });
    assert.equal(day.length, 2);
    assert.deepEqual(store.events({ dedup: false, after: { date: day[0]!.date, seq: day[0]!.seq }, limit: 1 }).map((e) => e.docId), ['a2']);
    assert.deepEqual(store.events({ dedup: false, after: { date: day[1]!.date, seq: day[1]!.seq }, limit: 1 }).map((e) => e.docId), ['a3']);
    assert.deepEqual([...store.eachEvent({ dedup: false, after: { date: day[1]!.date, seq: day[1]!.seq } })].map((e) => e.docId).slice(0, 2), ['a3', 'a4']);
    store.close();
  });

  test('listings of merged events show each cluster\'s representative, through deletes, re-coding, replacing and reclustering', async () => {
    let { store } = await newStore();
    // A listing walks the actor or dyad rows of representatives (rep_event_actors, rep_event_dyads), kept by triggers
    // as clusters change: it must list exactly the events that represent their cluster, as every mention shows.
    const check = (when: string) => {
      const filters: Parameters<Store['events']>[0][] = [
        { actor: 'USA' }, { actor: 'RUS' }, { recipient: 'USA' }, { recipient: 'RUS' }, { actor: 'USA', recipient: 'RUS' },
        { actor: 'RUS', recipient: 'USA' }, { actor: 'IND', recipient: 'PAK' }, { actor: 'USA', recipient: 'CHN' },
      ];
      for (const f of filters) {
        const reps = store.events({ ...f, dedup: false }).filter((e) => e.counted && e.clusterId === e.id).map((e) => e.seq);
        assert.deepEqual(store.events(f).map((e) => e.seq), reps, `${when}: ${JSON.stringify(f)}`);
        assert.equal(store.countEvents(f), reps.length, `${when}: count of ${JSON.stringify(f)}`);
      }
    };
    store.ingestBatch(fixture());
    check('stored');
    // a1 represents C1 = {a1, a2, a3}: without its event, a2's represents the cluster.
    store.replaceEvents([{ articleId: 'a1', events: [], sentences: 2 }]);
    check('a1 re-coded to nothing');
    store.replaceEvents([{ articleId: 'a4', events: stored(A.a4, [{ actor: 'USA', recipient: 'CHN', cameo: '111', goldstein: -2, plover: -2, quad: 3 }]).events, sentences: 3 }]);
    check('a4 re-coded');
    // a7's copy a9 becomes the original when a7 goes; a2 goes with the cluster it represents now.
    store.deleteArticles(['a7', 'a2']);
    check('a7 and a2 deleted');
    store.ingestBatch([stored({ ...A.a3, text: `${A.a3.text} Corrected.` }, [accuse('USA', 'RUS', '111')], 2)], { replace: true });
    check('a3 replaced');
    store.ingestBatch([stored(A.a1, [accuse('USA', 'RUS', '112')]), stored(A.a7, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1 }])]);
    check('a1 and a7 stored again');
    store.recluster();
    check('reclustered');
    store.close();

    // A store from before these rows gets them filled from its clusters when opened.
    const { store: older, file } = await newStore();
    older.ingestBatch(fixture());
    older.deleteArticles(['a1']);
    older.close();
    if (!isPostgresUrl(file)) {
      const raw = new Database(file);
      raw.exec(SQLITE_BEFORE_REP_ROWS);
      raw.close();
    } else {
      const c = new pg.Client({ connectionString: file });
      await c.connect();
      await c.query(PG_BEFORE_REP_ROWS);
      await c.end();
    }
    store = openStore(file);
    check('upgraded');
    store.close();
  });

  test('organisations count under their organisation code, national bodies under their country', async () => {
    const { store } = await newStore();
    const nato = [actorRef('IGO', 'NATO', { org: 'NATO', sector: 'IGO' })];
    const hamas = [actorRef('PSE', 'Hamas', { org: 'HMS', sector: 'REB' })];
    store.ingestBatch([
      stored(art('o1', '2021-05-10', 'S1', 'NATO condemned Russian military manoeuvres close to the Baltic border on Monday.'),
        [{ actor: nato, recipient: 'RUS', cameo: '111', goldstein: -2, plover: -2, quad: 3 }]),
      stored(art('o2', '2021-05-10', 'S1', 'Hamas fighters fired rockets toward southern Israeli towns late in the evening.'),
        [{ actor: hamas, recipient: 'ISR', cameo: '190', goldstein: -10, plover: -10, quad: 4 }]),
    ]);
    assert.equal(store.relations({ a: 'NATO', b: 'RUS', interval: 'month' })[0]!.aToB.events, 1);
    assert.equal(store.relations({ a: 'PSE', b: 'ISR', interval: 'month' })[0]!.aToB.events, 1);
    assert.deepEqual(store.events({ actor: 'HMS' }).map((e) => e.docId), ['o2']);
    assert.deepEqual(store.events({ actor: 'IGO' }).map((e) => e.docId), ['o1']);
    store.close();
  });

  test('replacing events (re-coding) updates clusters and relations; reclustering gives the same figures', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    // a1 re-coded with no events: C1 keeps a2 (its new representative) and a3.
    store.replaceEvents([{ articleId: 'a1', events: [], sentences: 2 }]);
    assert.equal(store.article('a1')!.sentences, 2);
    const [rep] = store.events({ docId: 'a2' });
    assert.deepEqual([rep!.mentions, rep!.sources, rep!.articles], [2, 2, 2]);
    const check = () => {
      const months = store.relations({ a: 'USA', b: 'RUS', interval: 'month' });
      assert.deepEqual(months[0]!.aToB, fig(2, [0, 0, 2, 0], -4, -4));
      assert.deepEqual(store.relations({ a: 'USA', b: 'RUS', interval: 'month', weighted: true })[0]!.aToB, fig(3, [0, 0, 3, 0], -6, -6));
    };
    check();
    store.recluster();
    check();
    assert.equal(store.stats().clusters, 8);
    // Replacing with new events of another dyad moves the figures.
    const a4 = A.a4;
    store.replaceEvents([{ articleId: 'a4', events: stored(a4, [{ actor: 'USA', recipient: 'CHN', cameo: '111', goldstein: -2, plover: -2, quad: 3 }]).events, sentences: 3 }]);
    assert.equal(store.relations({ a: 'USA', b: 'RUS', interval: 'month' })[0]!.aToB.events, 1);
    assert.equal(store.relations({ a: 'USA', b: 'CHN', interval: 'month' })[0]!.aToB.events, 1);
    // The new events are searchable, the replaced ones are not (a10's events were the last stored: their numbers are reused).
    store.replaceEvents([{ articleId: 'a10', events: stored(A.a10, [{ ...accuse('USA', 'RUS', '111'), text: 'Washington condemned the detention of a reporter.' }]).events, sentences: 1 }]);
    assert.deepEqual(store.events({ text: 'reporter' }).map((e) => e.docId), ['a10']);
    store.replaceEvents([{ articleId: 'a10', events: stored(A.a10, [{ ...accuse('USA', 'RUS', '111'), text: 'Washington condemned the arrest of a journalist.' }]).events, sentences: 1 }]);
    assert.deepEqual(store.events({ text: 'reporter' }), []);
    assert.deepEqual(store.events({ text: 'journalist' }).map((e) => e.docId), ['a10']);
    assert.throws(() => store.replaceEvents([{ articleId: 'nope', events: [], sentences: 0 }]), /no stored article "nope"/);
    store.close();
  });

  test('replacing an article re-stores and re-codes it; counts, clusters and duplicates stay right', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    // a2 (a member of C1 with a1 and a3) corrected: dated 25 January, re-coded. C1 keeps a1 and a3; a2 is a cluster of its own.
    const a2 = { ...A.a2, date: '2020-01-25', title: 'Corrected' };
    const r = store.ingestBatch([stored(a2, [accuse('USA', 'RUS', '111')], 2)], { replace: true });
    assert.deepEqual([r.stored, r.replaced, r.events, r.skipped.length], [1, 1, 1, 0]);
    assert.equal(store.article('a2')!.date, '2020-01-25');
    assert.equal(store.article('a2')!.title, 'Corrected');
    assert.equal(store.article('a2')!.sentences, 2);
    const [c1] = store.events({ docId: 'a1' });
    assert.deepEqual([c1!.mentions, c1!.sources, c1!.articles], [2, 1, 2]); // a1 and a3, both S1
    const [moved] = store.events({ docId: 'a2' });
    assert.deepEqual([moved!.date, moved!.mentions, moved!.clusterId], ['2020-01-25', 1, moved!.id]);
    const st = store.stats();
    assert.deepEqual([st.articles, st.duplicates, st.events, st.clusters], [11, 1, 11, 9]);
    const january = () => store.relations({ a: 'USA', b: 'RUS', interval: 'month' })[0]!.aToB;
    assert.deepEqual(january(), fig(3, [0, 0, 3, 0], -6, -6));
    // Replacing again with the same content changes nothing; reclustering from scratch gives the same figures.
    store.ingestBatch([stored(a2, [accuse('USA', 'RUS', '111')], 2)], { replace: true });
    assert.deepEqual(store.stats(), st);
    store.recluster();
    assert.deepEqual(january(), fig(3, [0, 0, 3, 0], -6, -6));
    assert.equal(store.stats().clusters, 9);
    // A new version whose text is another article's is skipped, and the stored version stays.
    const clash = store.ingestBatch([stored({ ...A.a2, text: A.a4.text }, [])], { replace: true });
    assert.deepEqual(clash.skipped, [{ id: 'a2', reason: 'same-text', existing: 'a4' }]);
    assert.equal(store.article('a2')!.date, '2020-01-25');
    // Without replace, the same id is still skipped; with it, an id not stored yet is simply stored.
    assert.equal(store.ingestBatch([stored({ ...A.a2, date: '2020-01-26' }, [])]).skipped[0]!.reason, 'same-id');
    const fresh = store.ingestBatch([stored(art('n1', '2020-04-01', 'S1', 'Chile and Peru opened talks on fishing rights in the Pacific.'), [])], { replace: true });
    assert.deepEqual([fresh.stored, fresh.replaced], [1, 0]);
    store.close();
  });

  test('replacing an original with its copy dated earlier hands the count to the copy', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    // a7 (original of a9, 4 February) redated to 6 February: a9 (5 February) is now the earlier copy and counts.
    store.ingestBatch([stored({ ...A.a7, date: '2020-02-06' }, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }])], { replace: true });
    assert.equal(store.article('a9')!.duplicateOf, null);
    assert.equal(store.article('a7')!.duplicateOf, 'a9');
    assert.deepEqual(store.events({ from: '2020-02-04', to: '2020-02-06' }).map((e) => [e.docId, e.date]), [['a9', '2020-02-05']]);
    assert.deepEqual(store.relations({ a: 'RUS', b: 'USA', interval: 'month' })[1]!.aToB, fig(2, [1, 1, 0, 0], 15, 13));
    assert.deepEqual([store.stats().articles, store.stats().duplicates, store.stats().clusters], [11, 1, 8]);
    store.close();
  });

  test('deleting articles removes their events; clusters, relations, search and near-duplicates follow', async () => {
    const { store } = await newStore();
    store.ingestBatch(fixture());
    const r = store.deleteArticles(['a1', 'a7', 'zz', 'a1']);
    assert.deepEqual(r, { deleted: ['a1', 'a7'], events: 2, missing: ['zz'] });
    assert.equal(store.article('a1'), undefined);
    // C1 loses a1: a2 is its representative, with a3.
    const [rep] = store.events({ docId: 'a2' });
    assert.deepEqual([rep!.mentions, rep!.sources, rep!.articles], [2, 2, 2]);
    // a7's copy a9 becomes the original: its event counts, on its own date.
    assert.equal(store.article('a9')!.duplicateOf, null);
    const [copy] = store.events({ docId: 'a9' });
    assert.deepEqual([copy!.counted, copy!.date, copy!.mentions], [true, '2020-02-05', 1]);
    const st = store.stats();
    assert.deepEqual([st.articles, st.duplicates, st.events, st.clusters], [9, 0, 9, 8]);
    const check = () => {
      const months = store.relations({ a: 'USA', b: 'RUS', interval: 'month' });
      assert.deepEqual(months[0]!.aToB, fig(2, [0, 0, 2, 0], -4, -4));
      assert.deepEqual(store.relations({ a: 'USA', b: 'RUS', interval: 'month', weighted: true })[0]!.aToB, fig(3, [0, 0, 3, 0], -6, -6));
      assert.deepEqual(months[1]!.bToA, fig(2, [1, 1, 0, 0], 15, 13));
    };
    check();
    store.recluster();
    check();
    assert.deepEqual(store.events({ text: 'meddling' }), []);
    // A deleted article can be stored again: a7, dated before a9, is the original once more.
    const again = store.ingestBatch([stored(A.a7, [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }])]);
    assert.equal(again.stored, 1);
    assert.equal(store.article('a9')!.duplicateOf, 'a7');
    assert.deepEqual(store.events({ from: '2020-02-04', to: '2020-02-05' }).map((e) => e.docId), ['a7']);
    assert.deepEqual(store.deleteArticles([]), { deleted: [], events: 0, missing: [] });
    store.close();
  });
}

function migrations(backend: Backend, newStore: () => Promise<{ store: Store; file: string }>): void {
  test('migrations are versioned, applied once, and a newer database is refused', async () => {
    const { store, file } = await newStore();
    store.close();
    openStore(file).close();
    if (backend.name === 'sqlite') {
      const db = new Database(file);
      const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '')").run();
      db.close();
    } else {
      const c = new pg.Client({ connectionString: file });
      await c.connect();
      const { rows } = await c.query('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => r.version), PG_MIGRATIONS.map((m) => m.version));
      await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '')");
      await c.end();
    }
    assert.throws(() => openStore(file), /schema version 999 is newer/);
  });
}
