// GET answers are computed on the server's reader thread, on a store connection of its own: the event loop goes on
// answering (cached answers, stale ones while they are refreshed) while a query runs, however long it takes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { buildServer } from '../src/server/index.js';
import { ReaderThread } from '../src/server/reader-threads.js';
import { storeLocation } from '../src/store/index.js';
import { eventually, FIXTURE_CORPUS, readJsonl, storeWith, testCoder } from './support/server-fixture.js';
import { PG_SKIP, postgresBackend } from './support/backends.js';

const articles = readJsonl(FIXTURE_CORPUS).slice(0, 20);

describe('reader thread (SQLite)', () => {
  test("reads do not use the server's own store connection; without the thread they do", async () => {
    for (const readerThread of [true, false]) {
      const fx = await storeWith(articles);
      const srv = await buildServer({ store: fx.store, coder: fx.coder, readerThread, cacheTtlMs: 0 });
      try {
        assert.equal((await srv.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
        // The server's connection closed: only a reader with a connection of its own still answers.
        fx.store.close();
        const res = await srv.inject({ method: 'GET', url: '/api/events?limit=5' });
        if (readerThread) {
          assert.equal(res.statusCode, 200, res.body);
          assert.equal(res.json().events.length, 5);
        } else {
          assert.equal(res.statusCode, 500, 'computed on the closed connection');
        }
        // Bad input is still a 400 that names the parameter, carried back from the thread.
        const bad = await srv.inject({ method: 'GET', url: '/api/relations?a=NOWHERE-LAND&b=RUS' });
        if (readerThread) {
          assert.equal(bad.statusCode, 400);
          assert.match(bad.json().message, /^a: /);
        }
      } finally {
        await srv.close();
        fx.dispose();
      }
    }
  });
});

describe('ReaderThread', () => {
  test('a thread that stops fails the requests it held, and the next request starts a new one', async () => {
    const fx = await storeWith(articles);
    const reader = new ReaderThread({ db: storeLocation(fx.store)!, version: 'test', readOnly: true });
    try {
      const health = async () => JSON.parse((await reader.answer({ route: '/api/health', query: {}, params: {} })).toString('utf8'));
      assert.equal((await health()).articles, articles.length);
      // The thread dies (as on running out of memory) while a request waits on it. (Its dying begins before the
      // request is posted: a thread that answered before the terminate took effect would make this test a race.)
      const dying = (reader as unknown as { thread: { worker: import('node:worker_threads').Worker } }).thread.worker.terminate();
      const held = reader.answer({ route: '/api/events', query: { limit: '5' }, params: {} });
      await dying;
      await assert.rejects(held, /reader thread stopped/);
      assert.equal((await health()).articles, articles.length, 'answered by a new thread');
      await assert.rejects(reader.answer({ route: '/api/relations', query: { a: 'NOWHERE-LAND', b: 'RUS' }, params: {} }), (e: Error & { statusCode?: number }) => {
        assert.equal(e.statusCode, 400);
        return /^a: /.test(e.message);
      });
    } finally {
      await reader.close();
      fx.dispose();
    }
  });
});

describe('reader thread (PostgreSQL)', { skip: PG_SKIP }, () => {
  const dbs = postgresBackend('reader');
  after(() => dbs.cleanup());

  test('while a refresh waits on a locked table the event loop is free, the stale answer is served, and the fresh one follows', async () => {
    const url = await dbs.newDatabase();
    const fx = await storeWith(articles, url);
    const srv = await buildServer({ store: fx.store, coder: fx.coder, cacheTtlMs: 200, cacheStaleLimitMs: 60_000 });
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    try {
      const total = async (path: string) => {
        const res = await srv.inject({ method: 'GET', url: path });
        assert.equal(res.statusCode, 200, res.body);
        return res.json().total as number;
      };
      const before = await total('/api/events?limit=5');
      // Another process writes (this thread's store connection), then holds a lock that stops every read of events.
      const coded = fx.coder.codeArticle({ id: 'reader-001', date: '2023-01-05', text: 'Moscow condemned Kyiv on Thursday.' });
      assert.ok(coded.length > 0);
      fx.store.ingestBatch([{ article: { id: 'reader-001', date: '2023-01-05', text: 'Moscow condemned Kyiv on Thursday.' }, events: coded, sentences: 1 }]);
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      await new Promise((r) => setTimeout(r, 250)); // past the TTL

      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const t0 = performance.now();
      assert.equal(await total('/api/events?limit=5'), before, 'the stale answer, at once');
      const staleMs = performance.now() - t0;
      // A key never answered waits for the thread, which waits for the lock.
      let coldDone = false;
      const cold = total('/api/events?limit=6').finally(() => { coldDone = true; });
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(coldDone, false, 'the cold answer waits for the locked table');
      assert.equal(await total('/api/events?limit=5'), before, 'still the stale answer while the refresh waits');
      await locker.query('COMMIT');
      assert.equal(await cold, before + coded.length);
      delay.disable();
      assert.ok(staleMs < 500, `the stale answer took ${staleMs.toFixed(0)} ms`);
      // A query on the event loop would have blocked it for the whole second.
      assert.ok(delay.max / 1e6 < 200, `event loop delay up to ${(delay.max / 1e6).toFixed(0)} ms during a 1 s refresh`);
      assert.equal(await eventually(() => total('/api/events?limit=5'), (n) => n === before + coded.length), before + coded.length, 'refreshed');
    } finally {
      await locker.end();
      await srv.close();
      fx.dispose();
    }
  });
});

// The coder is loaded once per process; referenced so that its load is not counted in the first test's timing.
testCoder();
