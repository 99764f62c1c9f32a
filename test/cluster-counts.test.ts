// Cluster counts (reports, outlets, articles) are kept incrementally as events join and leave clusters; here they are
// checked against counting every member from scratch after each kind of write, with two writers at once, on both
// backends.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Article } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ArticleToStore } from '../src/store/store.js';
import { prng } from '../src/random.js';
import { stored, type EventSpec } from './support/fixtures.js';
import { backends, type Backend } from './support/backends.js';
import { SQLITE_BEFORE_DATED_ACTORS } from './support/old-schemas.js';

const WORDS = ['border', 'talks', 'envoy', 'summit', 'sanctions', 'troops', 'harbour', 'pipeline', 'grain', 'treaty', 'drones',
  'ceasefire', 'election', 'refugees', 'embassy', 'frigate', 'customs', 'loan', 'vaccine', 'satellite', 'monsoon', 'tariff'];
const OUTLETS = ['Wire One', 'Daily Sample', 'Example Post', null, 'Mock Times'];
const DYADS: Array<[string, string, string]> = [['USA', 'RUS', '112'], ['USA', 'RUS', '111'], ['CHN', 'IND', '190'], ['ISR', 'IRN', '130']];

/** Articles over four days whose events fall into a few large clusters: several per outlet, several per article. */
function articles(n: number, seed: number, prefix: string): ArticleToStore[] {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    // Distinct texts (no near-duplicates): twenty random words each.
    const text = Array.from({ length: 20 }, () => pick(WORDS)).join(' ') + ` (${prefix}${i}).`;
    const source = pick(OUTLETS);
    const article: Article = { id: `${prefix}${i}`, date: `2020-03-0${1 + Math.floor(r() * 4)}`, text, ...(source ? { source } : {}) };
    const specs: EventSpec[] = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => {
      const [actor, recipient, cameo] = pick(DYADS);
      return { actor, recipient, cameo, goldstein: -2, plover: -2, quad: 3, sentence: k };
    });
    return stored(article, specs);
  });
}

const scratch = `SELECT c.seq, c.mentions, c.sources, c.articles,
    (SELECT count(*) FROM events e WHERE e.cluster_seq = c.seq) AS m,
    (SELECT count(DISTINCT coalesce(a.source, ' article ' || a.seq)) FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.cluster_seq = c.seq) AS s,
    (SELECT count(DISTINCT e.article_seq) FROM events e WHERE e.cluster_seq = c.seq) AS a
  FROM clusters c ORDER BY c.seq`;

/** Each cluster's counts as kept, and as counted from its members. */
async function counts(backend: Backend, db: string) {
  let rows: Array<{ seq: number; mentions: number; sources: number; articles: number; m: number; s: number; a: number }>;
  if (backend.name === 'sqlite') {
    const d = new Database(db, { readonly: true });
    rows = d.prepare(scratch).all() as typeof rows;
    d.close();
  } else {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    rows = (await c.query(scratch)).rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]))) as typeof rows;
    await c.end();
  }
  return {
    kept: rows.map((r) => [r.seq, r.mentions, r.sources, r.articles]),
    counted: rows.map((r) => [r.seq, r.m, r.s, r.a]),
    largest: Math.max(...rows.map((r) => r.mentions)),
  };
}

for (const backend of backends('counts')) {
  describe(`cluster counts on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    test('kept counts equal counting every member, after ingest, re-coding, replacing, deleting and reclustering', async () => {
      const db = await backend.newDatabase();
      const store = openStore(db);
      const check = async (stage: string) => {
        const c = await counts(backend, db);
        assert.deepEqual(c.kept, c.counted, `after ${stage}`);
        return c;
      };
      try {
        const batch = articles(60, 1, 'a');
        store.ingestBatch(batch.slice(0, 25));
        store.ingestBatch(batch.slice(25));
        const c = await check('ingest');
        assert.ok(c.largest >= 10, `large clusters (${c.largest} reports)`);
        store.replaceEvents(batch.slice(0, 8).map((b) => ({ articleId: b.article.id, events: b.events.slice(0, 1), sentences: 3 })));
        await check('re-coding');
        store.ingestBatch(articles(6, 2, 'a').map((b) => ({ ...b, article: { ...b.article, text: `${b.article.text} Updated.` } })), { replace: true });
        await check('replacing');
        store.deleteArticles(['a10', 'a11', 'a12', 'a30']);
        await check('deleting');
        const before = await counts(backend, db);
        store.recluster();
        const again = await check('reclustering');
        // Reclustering goes in date order, not storing order, so clusters may form differently; every report still counts once.
        const reports = (c: typeof before) => c.kept.reduce((n, r) => n + r[1]!, 0);
        assert.equal(reports(again), reports(before));
      } finally {
        store.close();
      }
    });

    test('two writers storing at once keep the counts right', async () => {
      const db = await backend.newDatabase();
      const mine = articles(40, 3, 'x'), theirs = articles(40, 4, 'y');
      if (backend.name === 'postgres') {
        // Two stores (two connection pools, as two worker processes have), batches interleaved and in flight together.
        const [one, two] = [await PostgresStore.open(db), await PostgresStore.open(db)];
        try {
          const writes = [];
          for (let i = 0; i < 40; i += 10) writes.push(one.ingestBatch(mine.slice(i, i + 10)), two.ingestBatch(theirs.slice(i, i + 10)));
          await Promise.all(writes);
        } finally {
          await one.close();
          await two.close();
        }
      } else {
        // Two connections to one file, alternating (SQLite lets one write at a time; each reads what the other wrote).
        const [one, two] = [new SqliteStore(db), new SqliteStore(db)];
        try {
          for (let i = 0; i < 40; i += 10) { one.ingestBatch(mine.slice(i, i + 10)); two.ingestBatch(theirs.slice(i, i + 10)); }
        } finally {
          one.close();
          two.close();
        }
      }
      const c = await counts(backend, db);
      assert.deepEqual(c.kept, c.counted);
      assert.ok(c.largest >= 20, `clusters shared by both writers (${c.largest} reports)`);
      const store = openStore(db);
      try {
        assert.equal(store.stats().events, [...mine, ...theirs].reduce((n, b) => n + b.events.length, 0));
      } finally {
        store.close();
      }
    });
  });
}

test('a store made before the member tables gets them filled from its clusters, and counts stay right after', async () => {
  const backend = backends('counts-upgrade')[0]!;
  const db = await backend.newDatabase();
  try {
    const batch = articles(50, 5, 'u');
    const store = new SqliteStore(db);
    store.ingestBatch(batch.slice(0, 30));
    store.close();
    // The database as migration 4 left it: no member tables (nor the dates of migration 6).
    const d = new Database(db);
    d.exec(SQLITE_BEFORE_DATED_ACTORS);
    d.exec('DROP TABLE cluster_sources; DROP TABLE cluster_articles; DELETE FROM schema_migrations WHERE version >= 5;');
    d.close();
    const upgraded = new SqliteStore(db);
    upgraded.ingestBatch(batch.slice(30));
    upgraded.deleteArticles(['u3', 'u4']);
    upgraded.close();
    const c = await counts(backend, db);
    assert.deepEqual(c.kept, c.counted);
    assert.ok(c.largest >= 10);
  } finally {
    await backend.cleanup();
  }
});
