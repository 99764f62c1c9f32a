// `detente migrate --from A --to B` end to end: a SQLite store copied to PostgreSQL (when a server is given) and to
// another SQLite file keeps every article, every event with its evidence, the near-duplicate links, the clusters
// and the relations figures; a second run copies nothing.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../src/model.js';
import { openStore, type Store } from '../src/store/index.js';
import { runCli } from './support/cli.js';
import { actorRef, stored } from './support/fixtures.js';
import { backends, sqliteBackend } from './support/backends.js';

const art = (id: string, date: string, source: string, text: string): Article => ({ id, date, title: `T ${id}`, text, source, url: `https://m.invalid/${id}` });
const agreement = 'Russia and the United States signed an agreement on nuclear arms control in Geneva on Tuesday. The deal limits deployed warheads for five more years. Officials on both sides praised the outcome.';

function build(store: Store): void {
  store.ingestBatch([
    stored(art('m1', '2020-01-10', 'S1', 'Washington accused Moscow of meddling in the election and summoned the ambassador.'),
      [{ actor: 'USA', recipient: 'RUS', cameo: '112', goldstein: -2, plover: -2, quad: 3, text: 'Washington accused Moscow of meddling.' }]),
    stored(art('m2', '2020-01-11', 'S2', 'Senators demanded penalties after agencies blamed Russian units for the breach of voting systems.'),
      [{ actor: 'USA', recipient: 'RUS', cameo: '112', goldstein: -2, plover: -2, quad: 3,
        location: { name: 'Geneva', countryCode: 'CHE', lat: 46.2, lon: 6.15 } as never }]),
    stored(art('m3', '2020-02-04', 'S1', agreement),
      [{ actor: [actorRef('RUS', 'Russia'), actorRef('USA', 'United States')], recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }]),
  ]);
  // An earlier-dated copy of m3 stored later: it becomes the original.
  store.ingestBatch([stored(art('m4', '2020-02-03', 'S3', `${agreement} Markets barely moved.`),
    [{ actor: 'RUS', recipient: 'USA', cameo: '057', goldstein: 8, plover: 6, quad: 1, category: 'AGREE' }])]);
}

function everything(store: Store) {
  return {
    stats: store.stats(),
    articles: store.articles().map(({ ingestedAt: _a, ...a }) => a),
    events: store.events({ dedup: false }).map(({ seq: _s, ingestedAt: _a, ...e }) => e),
    relations: store.relations({ a: 'USA', b: 'RUS', interval: 'day', weighted: true }),
  };
}

const source = sqliteBackend('migrate-src');
after(() => source.cleanup());

for (const target of backends('migrate')) {
  describe(`migrate SQLite → ${target.name}`, { skip: target.skip }, () => {
    after(() => target.cleanup());
    test('copies articles, events, evidence, duplicates, clusters and relations; a re-run copies nothing', async () => {
      const from = await source.newDatabase();
      const s = openStore(from);
      build(s);
      const expected = everything(s);
      s.close();
      assert.equal(expected.stats.duplicates, 1);
      const to = await target.newDatabase();
      const r = runCli(['migrate', '--from', from, '--to', to]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^copied 4 articles \(4 events\)/);
      assert.match(r.stdout, /clusters\s+(\d+)\s+\1\n/);
      const t = openStore(to);
      try {
        assert.deepEqual(everything(t), expected);
      } finally {
        t.close();
      }
      const again = runCli(['migrate', '--from', from, '--to', to]);
      assert.equal(again.status, 0, again.stderr);
      assert.match(again.stdout, /^copied 0 articles \(0 events\) in [\d.]+ s; 4 were already in the target/);
    });
  });
}

test('migrate refuses a missing source and the same database twice', () => {
  assert.match(runCli(['migrate', '--from', '/nonexistent/x.db', '--to', '/tmp/y.db']).stderr, /\/nonexistent\/x\.db: no such database/);
  assert.match(runCli(['migrate', '--from', 'a.db', '--to', 'a.db']).stderr, /--from and --to are the same database/);
});
