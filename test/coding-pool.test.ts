// Coding on several threads gives what one thread gives: the pool's results in input order, `detente code --jobs 2`
// byte for byte as `--jobs 1`, and `detente ingest --jobs 2` the same stored events as `--jobs 1`, on both backends.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodingPool, CodingThread, InlineCoder, PIECES_PER_THREAD, POOL_PIECE_ARTICLES, ReadingThread, SentenceCountingCoder, codeInOrder, coderThreads } from '../src/ingest/coding.js';
import type { ReadArticle } from '../src/ingest/readers.js';
import type { Article } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';
import { backends } from './support/backends.js';

const dir = tempDir('coding-pool');
after(() => rmSync(dir, { recursive: true, force: true }));

const DEMO = fileURLToPath(new URL('../corpus/demo/articles.jsonl', import.meta.url));
/** The demo corpus's first articles: real text, enough for several batches of every size used below. */
const demoArticles = (n: number): Article[] =>
  readFileSync(DEMO, 'utf8').trim().split('\n').slice(0, n).map((l) => JSON.parse(l) as Article);

test('a pool of two coder threads codes a batch as one coder does, in input order, and several batches at once', async () => {
  const articles = demoArticles(120);
  const inline = new InlineCoder(() => SentenceCountingCoder.loadCounting());
  const pool = new CodingPool(2);
  try {
    const one = await inline.code(articles);
    assert.ok(one.coded.reduce((n, c) => n + c.events.length, 0) > 50, 'the input has events to compare');
    const whole = await pool.code(articles);
    assert.deepEqual(whole.coded, one.coded);
    // Batches in flight together (as `detente code` keeps them) each come back whole and in order.
    const [a, b, c] = await Promise.all([pool.code(articles.slice(0, 7)), pool.code(articles.slice(7, 90)), pool.code(articles.slice(90))]);
    assert.deepEqual([...a.coded, ...b.coded, ...c.coded], one.coded);
    assert.ok(whole.seconds > 0);
  } finally {
    await pool.close();
  }
});

test('a coder thread helped by a reading thread and dating here codes what it codes alone, and reads for itself when its reader has stopped', async () => {
  const articles = [...demoArticles(40), { id: 'empty', date: '2021-03-12', text: '' }];
  const inline = new InlineCoder(() => SentenceCountingCoder.loadCounting());
  const reader = new ReadingThread();
  const fed = new CodingThread({}, { reader, dateHere: true });
  try {
    const one = await inline.code(articles);
    assert.ok(one.coded.reduce((n, c) => n + c.events.length, 0) > 20, 'the input has events to compare');
    const [a, b] = await Promise.all([fed.code(articles.slice(0, 13)), fed.code(articles.slice(13))]);
    assert.deepEqual([...a.coded, ...b.coded], one.coded);
    // A reader that has stopped leaves the coder thread to read for itself: the same events.
    await reader.close();
    assert.deepEqual((await fed.code(articles)).coded, one.coded);
  } finally {
    await fed.close();
  }
  // Both kinds of coder, as `detente code` makes them, with their reader.
  for (const jobs of [1, 2]) {
    const coder = coderThreads(jobs, {}, { spareCore: true });
    try {
      assert.deepEqual((await coder.code(articles.slice(0, 30))).coded, (await inline.code(articles.slice(0, 30))).coded);
    } finally {
      await coder.close();
    }
  }
});

test('a batch reads its events\' days after coding all its articles, giving each event the day codeArticle gives it', async () => {
  const coder = SentenceCountingCoder.loadCounting();
  const articles: Article[] = [
    ...demoArticles(30),
    { id: 'd1', date: '2021-03-12', text: 'MOSCOW (Reuters) - Russia expelled two Swedish diplomats on Tuesday, the foreign ministry said.' },
    { id: 'd2', date: '2021-03-12', text: 'KABUL (AP) - Taliban fighters attacked a police post in Kunduz province last month, officials said.' },
  ];
  const batch = await new InlineCoder(() => coder).code(articles);
  const one = articles.map((a) => coder.codeArticle(a));
  assert.deepEqual(batch.coded.map((c) => c.events), one);
  const days = batch.coded.slice(-2).map((c) => c.events.map((e) => e.eventDate));
  assert.deepEqual(days, [['2021-03-09'], ['2021-02-01']]);
});

test('a pool gives each thread its next piece up front, so the threads code on while this thread stores', async () => {
  // Storing blocks this thread (SQLite, SyncPostgresStore): a thread that finished its piece and waited here for the
  // next one would idle for as long. Every piece a thread may hold is handed out when the batch comes, before any is coded.
  const sent: CodingThread[] = [];
  const code = CodingThread.prototype.code;
  CodingThread.prototype.code = function (this: CodingThread, articles: Article[]) {
    sent.push(this);
    return code.call(this, articles);
  };
  const pool = new CodingPool(2);
  try {
    const articles = demoArticles(8 * POOL_PIECE_ARTICLES);
    const coding = pool.code(articles);
    assert.equal(sent.length, 2 * PIECES_PER_THREAD, 'pieces handed out at once');
    assert.equal(new Set(sent).size, 2, 'to both threads');
    assert.deepEqual([...new Set(sent)].map((t) => sent.filter((x) => x === t).length), [PIECES_PER_THREAD, PIECES_PER_THREAD]);
    assert.equal((await coding).coded.length, articles.length);
    assert.equal(sent.length, 8, 'the other pieces as the threads finish');
    // A batch of two pieces goes to two threads, not twice to one.
    sent.length = 0;
    await pool.code(articles.slice(0, 2));
    assert.equal(new Set(sent).size, 2);
  } finally {
    CodingThread.prototype.code = code;
    await pool.close();
  }
});

test('codeInOrder yields batches in input order with several in flight', async () => {
  const articles = demoArticles(60);
  async function* batches(): AsyncGenerator<ReadArticle[]> {
    for (let i = 0; i < articles.length; i += 8) yield articles.slice(i, i + 8).map((article, k) => ({ article, file: 'x', line: i + k + 1 }));
  }
  const pool = new CodingPool(2);
  const inline = new InlineCoder(() => SentenceCountingCoder.loadCounting());
  try {
    const lines: number[] = [];
    const events: unknown[] = [];
    for await (const { batch, coded } of codeInOrder(pool, batches(), 3)) {
      lines.push(...batch.map((b) => b.line));
      events.push(...coded.coded.map((c) => c.events));
    }
    assert.deepEqual(lines, articles.map((_, i) => i + 1));
    assert.deepEqual(events, (await inline.code(articles)).coded.map((c) => c.events));
  } finally {
    await pool.close();
  }
});

test('a pool needs at least one thread', () => {
  assert.throws(() => new CodingPool(0), /whole number of threads >= 1, got 0/);
});

test('detente code --jobs 2 writes byte for byte what --jobs 1 writes, and reports bad records with file and line', () => {
  const input = join(dir, 'code.jsonl');
  const lines = readFileSync(DEMO, 'utf8').trim().split('\n').slice(0, 260);
  lines.splice(130, 0, '{"id": "broken", "date": "2020-01-02", "text": '); // in the middle of the second batch
  writeFileSync(input, lines.join('\n') + '\n');
  const one = runCli(['code', '--jobs', '1', input]);
  const two = runCli(['code', '--jobs', '2', input]);
  assert.equal(one.status, 2, one.stderr);
  assert.equal(two.status, 2, two.stderr);
  for (const r of [one, two]) assert.match(r.stderr, new RegExp(`code\\.jsonl:131: `));
  assert.ok(one.stdout.split('\n').length > 500, 'events were written');
  assert.equal(two.stdout, one.stdout);
  const bad = runCli(['code', '--jobs', '0', input]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--jobs must be at least 1, got "0"/);
});

for (const backend of backends('pool')) {
  describe(`detente ingest --jobs on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    let input = '';
    before(() => {
      input = join(dir, `ingest-${backend.name}.jsonl`);
      writeFileSync(input, readFileSync(DEMO, 'utf8').trim().split('\n').slice(0, 200).join('\n') + '\n');
    });

    test('stores the same events, clusters and relations with 2 coder threads as with 1', async () => {
      const stores: Array<{ events: unknown[]; stats: unknown; relations: unknown }> = [];
      for (const jobs of ['1', '2']) {
        const db = await backend.newDatabase();
        const r = runCli(['ingest', '--jobs', jobs, '--batch-size', '30', '--db', db, input]);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /articles read\s+200\n/);
        const store = openStore(db);
        try {
          stores.push({
            // Everything but the time of storing, which differs between the runs.
            events: store.events({ dedup: false }).map(({ ingestedAt: _t, ...e }) => e),
            stats: store.stats(),
            relations: store.relations({ a: 'USA', b: 'RUS', interval: 'month' }),
          });
        } finally {
          store.close();
        }
      }
      assert.ok(stores[0]!.events.length > 300, 'the input has events to compare');
      assert.deepEqual(stores[1], stores[0]);
    });
  });
}
