// The same coded articles stored in SQLite and in PostgreSQL give the same store: articles with their near-duplicate
// links, events with their clusters and counts, and relations. PostgreSQL stores runs of a batch with a few statements
// for the whole run (and an earlier copy of a stored original on its own), SQLite article by article: this is the
// check that both ways come to the same result, batch boundaries and in-batch duplicates included.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SentenceCountingCoder } from '../src/ingest/coding.js';
import type { Article } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import type { ArticleToStore, Store } from '../src/store/store.js';
import { PG_SKIP, postgresBackend, sqliteBackend } from './support/backends.js';

const lite = sqliteBackend('agree');
const post = postgresBackend('agree');
after(async () => { await lite.cleanup(); await post.cleanup(); });

const DEMO = fileURLToPath(new URL('../corpus/demo/articles.jsonl', import.meta.url));

/** The demo corpus's first articles, then rewritten copies of some of them: a day later, and a day earlier. */
function corpus(): Article[] {
  const articles = readFileSync(DEMO, 'utf8').trim().split('\n').slice(0, 160).map((l) => JSON.parse(l) as Article);
  const shift = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
  const copies = articles.filter((_, i) => i % 9 === 0).map((a, k) => ({
    ...a, id: `${a.id}-copy`, url: undefined, source: `Copier ${k % 3}`,
    // A word changed: not the same text, still a near-duplicate; every other one dated before the original.
    text: a.text.replace(/\bthe\b/, 'that'), date: shift(a.date, k % 2 ? -1 : 1),
  }));
  // Copies both inside the first batches (after their originals) and at the end (batches of their own).
  return [...articles.slice(0, 80), ...copies.slice(0, 4), ...articles.slice(80), ...copies.slice(4), articles[3]!];
}

function snapshot(store: Store) {
  const events = store.events({ dedup: false }).map(({ ingestedAt: _t, ...e }) => e);
  const articles = store.articles().map(({ ingestedAt: _t, ...a }) => a);
  const pairs = [['USA', 'RUS'], ['RUS', 'UKR'], ['CHN', 'USA'], ['ISR', 'IRN']] as const;
  return {
    stats: store.stats(),
    articles,
    events,
    relations: pairs.map(([a, b]) => store.relations({ a, b, interval: 'week', weighted: true })),
    pairEvents: pairs.map(([a, b]) => store.pairEvents({ a, b })),
    dyads: store.dyadTotals({}),
  };
}

test('SQLite and PostgreSQL store the same coded batches alike', { skip: PG_SKIP }, async () => {
  const coder = SentenceCountingCoder.loadCounting();
  const coded: ArticleToStore[] = corpus().map((article) => ({ article, ...coder.codeWithSentences(article) }));
  const results = [];
  const snapshots = [];
  for (const backend of [lite, post]) {
    const store = openStore(await backend.newDatabase());
    try {
      const batchResults = [];
      for (let i = 0; i < coded.length; i += 50) batchResults.push(store.ingestBatch(coded.slice(i, i + 50)));
      results.push(batchResults);
      snapshots.push(snapshot(store));
    } finally {
      store.close();
    }
  }
  const [sqlite, postgres] = snapshots;
  assert.ok(sqlite!.stats.duplicates >= 10, `near-duplicates to compare (${sqlite!.stats.duplicates})`);
  assert.ok(sqlite!.events.length > 200, 'events to compare');
  assert.ok(results[0]!.some((r) => r.duplicateLinks.some((l) => l.duplicateOf.endsWith('-copy'))), 'an earlier copy became the original');
  assert.deepEqual(results[1], results[0]);
  assert.deepEqual(postgres!.stats, sqlite!.stats);
  assert.deepEqual(postgres!.articles, sqlite!.articles);
  assert.deepEqual(postgres!.events, sqlite!.events);
  assert.deepEqual(postgres!.relations, sqlite!.relations);
  assert.deepEqual(postgres!.pairEvents, sqlite!.pairEvents);
  assert.deepEqual(postgres!.dyads, sqlite!.dyads);
});
