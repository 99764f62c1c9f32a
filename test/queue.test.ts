// The article queue and its workers on PostgreSQL (skipped without a server, see test/support/backends.ts): the real
// CLI enqueues, `detente worker` processes code and store. Two workers store every article exactly once; a worker
// killed with SIGKILL mid-run and a new one started after it leave no loss and no duplicates; SIGTERM finishes the
// batch. Every run is checked against the same input ingested by one process into SQLite.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import { runCli, startCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';
import { postgresBackend, sqliteBackend } from './support/backends.js';
import { syntheticArticle, syntheticJsonl } from '../bench/synthetic.js';
import { CodingThread } from '../src/ingest/coding.js';
import { ErrorLog } from '../src/ingest/errors-log.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { enqueue, openQueue } from '../src/queue/article-queue.js';
import { QueueWorker } from '../src/queue/worker.js';

const TOTAL = 120;
const dir = tempDir('queue');
const input = join(dir, 'in.jsonl');
const pgDbs = postgresBackend('queue');
const sqlite = sqliteBackend('queue');

/** What a store holds: counts and every event (id, article, counted or not). */
function contents(db: string) {
  const store = openStore(db);
  try {
    const { articles, duplicates, events } = store.stats();
    const ids = store.events({ dedup: false }).map((e) => `${e.id} ${e.counted}`).sort();
    return { articles, duplicates, events, ids };
  } finally {
    store.close();
  }
}

async function sql<T>(url: string, text: string): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(text)).rows[0] as T; } finally { await c.end(); }
}
const storedArticles = async (url: string) => Number((await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM articles')).n);
const queueCounts = (url: string) => {
  const r = runCli(['queue', '--db', url, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { waiting: number; running: number; done: number; failed: number };
};
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  if (child.exitCode !== null) resolve(child.exitCode);
  else child.once('exit', (code) => resolve(code));
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('article queue and workers (PostgreSQL)', { skip: pgDbs.skip }, () => {
  let expected: ReturnType<typeof contents>;
  before(async () => {
    let text = '';
    for (let i = 0; i < TOTAL; i++) text += syntheticJsonl(i, 7);
    writeFileSync(input, text);
    const control = await sqlite.newDatabase();
    assert.equal(runCli(['ingest', '--db', control, input]).status, 0);
    expected = contents(control);
    assert.equal(expected.articles, TOTAL);
  });
  after(async () => {
    await pgDbs.cleanup();
    await sqlite.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('enqueueing is idempotent; two workers on one queue store each article exactly once', async () => {
    const url = await pgDbs.newDatabase();
    const first = runCli(['ingest', '--queue', url, input]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`queued\\s+${TOTAL}\\n`));
    assert.match(runCli(['ingest', '--queue', url, input]).stdout, new RegExp(`queued\\s+0\\nalready queued\\s+${TOTAL}\\n`));
    assert.deepEqual(queueCounts(url), { waiting: TOTAL, running: 0, done: 0, failed: 0, cancelled: 0 });
    const workers = [0, 1].map(() => startCli(['worker', '--db', url, '--until-empty', '--batch-size', '10']));
    const outputs = workers.map((w) => { let s = ''; w.stdout!.on('data', (d) => { s += d; }); return () => s; });
    assert.deepEqual(await Promise.all(workers.map(exited)), [0, 0]);
    const storedBy = outputs.map((o) => Number(/(\d+) articles stored/.exec(o())![1]));
    assert.equal(storedBy[0]! + storedBy[1]!, TOTAL, `stored by each worker: ${storedBy.join(', ')}`);
    assert.deepEqual(contents(url), expected);
    assert.deepEqual(queueCounts(url), { waiting: 0, running: 0, done: TOTAL, failed: 0, cancelled: 0 });
    // Once stored, re-enqueueing adds nothing.
    assert.match(runCli(['ingest', '--queue', url, input]).stdout, new RegExp(`queued\\s+0\\n.*\\nalready stored\\s+${TOTAL}\\n`));
  });

  test('a worker killed with SIGKILL mid-run, then another started: no loss, no duplicates', async () => {
    const url = await pgDbs.newDatabase();
    // Jobs of a killed worker are offered again 3 s after it took them.
    assert.equal(runCli(['ingest', '--queue', url, '--job-timeout', '3', input]).status, 0);
    const doomed = startCli(['worker', '--db', url, '--batch-size', '10']);
    let atKill = -1, runningAtKill = 0;
    for (let tries = 0; tries < 600 && atKill < 0 && doomed.exitCode === null; tries++) {
      await sleep(100);
      const n = await storedArticles(url).catch(() => 0);
      if (n < 20) continue;
      const running = Number((await sql<{ n: string }>(url, "SELECT count(*) AS n FROM pgboss.job WHERE state = 'active'")).n);
      if (running === 0) continue;
      doomed.kill('SIGKILL');
      atKill = n;
      runningAtKill = running;
    }
    await exited(doomed);
    assert.ok(atKill >= 20 && atKill < TOTAL, `killed after ${atKill} of ${TOTAL} articles`);
    assert.ok(runningAtKill > 0);
    const rescuer = runCli(['worker', '--db', url, '--until-empty', '--batch-size', '10', '--check-seconds', '1']);
    assert.equal(rescuer.status, 0, rescuer.stderr);
    assert.deepEqual(contents(url), expected);
    assert.deepEqual(queueCounts(url), { waiting: 0, running: 0, done: TOTAL, failed: 0, cancelled: 0 });
  });

  test('a batch is stored and its jobs completed in one transaction: a failure before the commit leaves both undone', async () => {
    const url = await pgDbs.newDatabase();
    const store = await PostgresStore.open(url);
    const boss = await openQueue(url);
    const coder = new CodingThread();
    try {
      const articles = Array.from({ length: 10 }, (_, i) => syntheticArticle(i, 7));
      await enqueue(boss, store, articles.map((article, i) => ({ article, file: 'generated', line: i + 1 })));
      // The worker's writes in the transaction all run, then the transaction fails before it commits (as when the
      // process is killed there).
      const ingest = store.ingestBatch.bind(store);
      store.ingestBatch = (batch, opts, alsoInTransaction) => ingest(batch, opts, async (db) => {
        await alsoInTransaction!(db);
        throw new Error('killed before the commit');
      });
      const worker = new QueueWorker(boss, store, { batchSize: 10, untilEmpty: true, coder, errors: new ErrorLog(null), pollSeconds: 0.1 });
      await assert.rejects(worker.run(), /killed before the commit/);
      assert.equal(await storedArticles(url), 0);
      const states = await sql<{ active: string; completed: string }>(url,
        "SELECT count(*) FILTER (WHERE state = 'active') AS active, count(*) FILTER (WHERE state = 'completed') AS completed FROM pgboss.job WHERE name = 'detente-articles'");
      assert.deepEqual({ active: Number(states.active), completed: Number(states.completed) }, { active: 10, completed: 0 });
    } finally {
      await coder.close();
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  });

  test('a worker fetches and codes the next batch while it stores one', async () => {
    const url = await pgDbs.newDatabase();
    const store = await PostgresStore.open(url);
    const boss = await openQueue(url);
    const coder = new CodingThread();
    try {
      const articles = Array.from({ length: 40 }, (_, i) => syntheticArticle(i, 7));
      await enqueue(boss, store, articles.map((article, i) => ({ article, file: 'generated', line: i + 1 })));
      // What happened, in order: each fetch, and the start and end of each batch's storing.
      const steps: string[] = [];
      const fetch = boss.fetch.bind(boss);
      boss.fetch = ((...args: Parameters<typeof boss.fetch>) => { steps.push('fetch'); return fetch(...args); }) as typeof boss.fetch;
      const ingest = store.ingestBatch.bind(store);
      store.ingestBatch = async (...args: Parameters<typeof store.ingestBatch>) => {
        steps.push('store');
        try { return await ingest(...args); } finally { steps.push('stored'); }
      };
      const worker = new QueueWorker(boss, store, { batchSize: 10, untilEmpty: true, coder, errors: new ErrorLog(null), pollSeconds: 0.1 });
      const summary = await worker.run();
      assert.equal(summary.stored, 40);
      assert.equal(summary.batches, 4);
      // Every batch after the first was fetched before the one ahead of it began storing, and the store never ran two
      // batches at once.
      const batches = steps.filter((s) => s === 'store').length;
      assert.equal(batches, 4);
      for (let k = 0, seen = 0; k < steps.length; k++) {
        if (steps[k] !== 'store') continue;
        seen++;
        const fetchesBefore = steps.slice(0, k).filter((s) => s === 'fetch').length;
        assert.ok(fetchesBefore >= seen + 1, `batch ${seen} began storing after ${fetchesBefore} fetches: ${steps.join(' ')}`);
        assert.equal(steps[k + 1 + steps.slice(k + 1).findIndex((s) => s === 'store' || s === 'stored')], 'stored', steps.join(' '));
      }
    } finally {
      await coder.close();
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  });

  test('SIGTERM: the worker finishes its batch, leaves nothing running and exits', async () => {
    const url = await pgDbs.newDatabase();
    assert.equal(runCli(['ingest', '--queue', url, input]).status, 0);
    const worker = startCli(['worker', '--db', url, '--batch-size', '10']);
    for (let tries = 0; tries < 600 && worker.exitCode === null; tries++) {
      await sleep(100);
      if (await storedArticles(url).catch(() => 0) >= 10) break;
    }
    worker.kill('SIGTERM');
    assert.equal(await exited(worker), 0);
    const c = queueCounts(url);
    assert.equal(c.running, 0);
    assert.equal(c.done, await storedArticles(url));
    assert.ok(c.done < TOTAL && c.done % 10 === 0, `done ${c.done}`);
  });
});
