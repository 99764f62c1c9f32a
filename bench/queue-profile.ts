// Where a queue worker's time goes: runs one worker (src/queue/worker.ts, as `detente worker --until-empty` does) on
// the queue of a database and prints, as one JSON line, the time spent in each step: fetching jobs, checking which
// articles are stored, coding, storing (and, inside storing, waiting for the store's write lock). The steps overlap
// (the next batch is fetched and coded while one is stored), so they add up to more than the run. Start two at once
// to see two workers contend:
//
//   node bin/detente.js ingest --queue postgres://…/db input.jsonl
//   node --import tsx bench/queue-profile.ts postgres://…/db & node --import tsx bench/queue-profile.ts postgres://…/db; wait
import type pg from 'pg';
import { CodingThread } from '../src/ingest/coding.js';
import { ErrorLog } from '../src/ingest/errors-log.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { openQueue } from '../src/queue/article-queue.js';
import { QueueWorker } from '../src/queue/worker.js';

const [url, batch = '50'] = process.argv.slice(2);
if (!url) throw new Error('usage: node --import tsx bench/queue-profile.ts postgres://… [batch size]');
const ms: Record<string, number> = {};
const add = (step: string, since: number) => { ms[step] = (ms[step] ?? 0) + performance.now() - since; };

/** Times every call of `object[method]` under `step`. */
function timeMethod<T extends object>(object: T, method: keyof T & string, step: string): void {
  const original = (object[method] as (...a: unknown[]) => Promise<unknown>).bind(object);
  (object as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    const t0 = performance.now();
    try { return await original(...args); } finally { add(step, t0); }
  };
}

const started = performance.now();
const store = await PostgresStore.open(url);
const boss = await openQueue(url, { supervise: true });
const coder = new CodingThread();
// The write lock is taken by the first statement of each storing transaction (PostgresStore.write).
const connect = store.pool.connect.bind(store.pool) as () => Promise<pg.PoolClient>;
const timedClients = new WeakSet<pg.PoolClient>();
(store.pool as { connect: unknown }).connect = (...args: unknown[]) => {
  if (args.length) return (connect as (...a: unknown[]) => unknown)(...args);
  return connect().then((client) => {
    // The pool hands the same clients out again: time each one's queries once.
    if (timedClients.has(client)) return client;
    timedClients.add(client);
    const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string };
      if (!(typeof first === 'string' ? first : first.text ?? '').includes('pg_advisory_xact_lock')) return query(...args);
      const t0 = performance.now();
      return query(...args).finally(() => add('lockWait', t0));
    };
    return client;
  });
};
let ready = 0;
const worker = new QueueWorker(boss, store, {
  batchSize: Number(batch), untilEmpty: true, coder, errors: new ErrorLog(null),
  // Loading the coder is start-up, not coding.
  onReady: () => { ready = performance.now(); delete ms.code; },
});
timeMethod(coder, 'code', 'code');
timeMethod(boss, 'fetch', 'fetch');
timeMethod(store, 'existingMany', 'check');
timeMethod(store, 'ingestBatch', 'store');
const summary = await worker.run();
const ended = performance.now();
await coder.close();
await boss.stop({ graceful: false, wait: true });
await store.close();
console.log(JSON.stringify({
  pid: process.pid, startupMs: Math.round(ready - started), runMs: Math.round(ended - ready), stored: summary.stored, batches: summary.batches,
  ...Object.fromEntries(Object.entries(ms).map(([k, v]) => [`${k}Ms`, Math.round(v)])),
}));
