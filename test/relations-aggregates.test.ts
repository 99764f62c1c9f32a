// The relations report reads the relations index (dyad_days: a row per directed dyad and day, sums of squares
// included), not every merged event. Contract, on both backends: the report from the index is the report computed
// from the pair's merged events one by one (Store.pairEvents), figure for figure, for every interval, weighting and
// window; and stays so after near-duplicates turn originals, articles are deleted, events recoded and the clusters
// rebuilt, and in a store made before the sums of squares once the migration has added them.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SentenceCountingCoder } from '../src/ingest/coding.js';
import type { Article } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import type { ArticleToStore, Interval, RelationsQuery, Store } from '../src/store/store.js';
import { relationsReport, reportFromEvents } from '../src/relations/report.js';
import { syntheticArticle } from '../bench/synthetic.js';
import { postgresBackend, sqliteBackend, type Backend } from './support/backends.js';
import { PG_BEFORE_SQUARES, SQLITE_BEFORE_SQUARES } from './support/old-schemas.js';

const DEMO = fileURLToPath(new URL('../corpus/demo/articles.jsonl', import.meta.url));
const coder = SentenceCountingCoder.loadCounting();

/** Demo articles, near-duplicate copies of some (every other one dated a day before its original), generated articles. */
function corpus(): Article[] {
  const demo = readFileSync(DEMO, 'utf8').trim().split('\n').slice(0, 150).map((l) => JSON.parse(l) as Article);
  const shift = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
  const copies = demo.filter((_, i) => i % 10 === 0).map((a, k) => ({
    ...a, id: `${a.id}-copy`, url: undefined, source: `Copier ${k % 3}`,
    text: a.text.replace(/\bthe\b/, 'that'), date: shift(a.date, k % 2 ? -1 : 1),
  }));
  const generated = Array.from({ length: 240 }, (_, i) => syntheticArticle(i, 21));
  return [...demo, ...generated.slice(0, 120), ...copies, ...generated.slice(120)];
}

const INTERVALS: Interval[] = ['day', 'week', 'month'];

/** Every report asked of the busiest pairs, from the index and from the events; returns how many periods were compared. */
function compareReports(store: Store, label: string): number {
  const pairs = store.dyadTotals({}).sort((x, y) => y.events - x.events).slice(0, 6);
  assert.ok(pairs.length >= 4, `${label}: pairs to compare`);
  let periods = 0;
  for (const { a, b } of pairs) {
    const events = store.pairEvents({ a, b });
    for (const interval of INTERVALS) {
      for (const weighted of [false, true]) {
        const last = events.at(-1)!.date;
        const windows: Array<Partial<RelationsQuery>> = [{}, { from: events[Math.floor(events.length / 3)]!.date, to: last }, { to: events[Math.floor(events.length / 2)]!.date }];
        for (const w of windows) {
          const q: RelationsQuery = { a, b, interval, weighted, ...w };
          const fromIndex = relationsReport(store, q);
          assert.deepEqual(fromIndex, reportFromEvents(events, q), `${label}: ${a}–${b} ${interval}${weighted ? ' weighted' : ''} ${JSON.stringify(w)}`);
          periods += fromIndex.periods.length;
        }
      }
    }
  }
  return periods;
}

for (const backend of [sqliteBackend('aggregates'), postgresBackend('aggregates')] as Backend[]) {
  describe(`relations report from the relations index (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    test('the same figures as from the events, through inserts, copies, deletes, recoding, reclustering and a rebuild', async () => {
      const db = await backend.newDatabase();
      const articles = corpus();
      const coded: ArticleToStore[] = articles.map((article) => ({ article, ...coder.codeWithSentences(article) }));
      const store = openStore(db);
      try {
        for (let i = 0; i < coded.length; i += 60) store.ingestBatch(coded.slice(i, i + 60));
        const stats = store.stats();
        assert.ok(stats.duplicates >= 5, `near-duplicates (${stats.duplicates})`);
        // Merged events of several reports, so that the weighted sums differ from the plain ones.
        const top = store.dyadTotals({}).sort((x, y) => y.events - x.events)[0]!;
        assert.ok(store.pairEvents(top).some((e) => e.mentions > 1), 'merged events with several reports');
        const compared = compareReports(store, 'stored');
        assert.ok(compared > 100, `periods compared: ${compared}`);
        const ranked = relationsReport(store, { a: top.a, b: top.b, interval: 'month' }).periods.filter((p) => !p.thin && p.both.goldsteinInterval);
        assert.ok(ranked.some((p) => p.both.goldsteinInterval![0] > -10 && p.both.goldsteinInterval![1] < 10), 'intervals narrower than the score range');

        // Deleting originals (their earliest copies take over), recoding articles with fewer events, reclustering.
        const originals = articles.filter((a, i) => i < 150 && i % 20 === 0).map((a) => a.id);
        store.deleteArticles([...originals, ...articles.slice(160, 175).map((a) => a.id)]);
        compareReports(store, 'after deletes');
        store.replaceEvents(coded.slice(200, 230).map(({ article, events, sentences }) => ({ articleId: article.id, events: events.slice(1), sentences })));
        compareReports(store, 'after recoding');
        store.recluster();
        compareReports(store, 'after reclustering');
      } finally {
        store.close();
      }

      // A store made before the sums of squares: the migration adds them and rebuilds the index from the clusters.
      if (backend.name === 'sqlite') {
        const raw = new Database(db);
        raw.exec(SQLITE_BEFORE_SQUARES);
        raw.close();
      } else {
        const c = new pg.Client({ connectionString: db });
        await c.connect();
        await c.query(PG_BEFORE_SQUARES);
        await c.end();
      }
      const reopened = openStore(db);
      try {
        compareReports(reopened, 'after the migration');
      } finally {
        reopened.close();
      }
    });
  });
}
