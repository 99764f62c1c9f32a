// Where PostgreSQL ingest spends its time: stores the coded demo corpus (or another JSON Lines file) with
// PostgresStore.ingestBatch in batches of 200 and sums the client-side time of each statement, then stores the same
// batches in SQLite for comparison. With the server on this machine, also the CPU time its processes used (the
// server's own work, which the client's times include as waits). The database must exist and be empty:
//   node --import tsx bench/pg-store-profile.ts postgres://user@host:port/db [articles.jsonl]
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SentenceCountingCoder } from '../src/ingest/coding.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ArticleToStore } from '../src/store/store.js';

const [url, input = new URL('../corpus/demo/articles.jsonl', import.meta.url).pathname] = process.argv.slice(2);
if (!url) throw new Error('usage: bench/pg-store-profile.ts postgres://… [articles.jsonl]');
const coder = SentenceCountingCoder.loadCounting();
const batch: ArticleToStore[] = readFileSync(input, 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l)).map((article) => ({ article, ...coder.codeWithSentences(article) }));

// Every statement a pg client runs, timed from sending to its result, by name (or its first words).
const times = new Map<string, { ms: number; n: number }>();
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
  const q = args[0] as string | { name?: string; text: string };
  const key = (typeof q === 'string' ? q : q.name ?? q.text).replace(/\s+/g, ' ').trim().slice(0, 60);
  const t = performance.now();
  const r = query.apply(this, args);
  if (!(r instanceof Promise)) return r;
  return r.then((x) => {
    const e = times.get(key) ?? { ms: 0, n: 0 };
    e.ms += performance.now() - t;
    e.n++;
    times.set(key, e);
    return x;
  });
};

/** CPU seconds used so far by this machine's processes named postgres (Linux /proc), or null where there are none. */
function serverCpuSeconds(): number | null {
  let ticks = 0, found = false;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
      found = true;
    } catch { /* gone meanwhile */ }
  }
  return found ? ticks / 100 : null;
}

const store = await PostgresStore.open(url);
times.clear(); // the schema's migrations are not ingest
const server0 = serverCpuSeconds();
const client0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < batch.length; i += 200) await store.ingestBatch(batch.slice(i, i + 200));
const pgMs = performance.now() - t0;
const client = process.cpuUsage(client0);
const server1 = serverCpuSeconds();
await store.close();
const file = join(tmpdir(), `detente-profile-${process.pid}.db`);
const lite = new SqliteStore(file);
const t1 = performance.now();
for (let i = 0; i < batch.length; i += 200) lite.ingestBatch(batch.slice(i, i + 200));
const liteMs = performance.now() - t1;
lite.close();
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
const cpu = `client CPU ${((client.user + client.system) / 1e6).toFixed(1)} s${server0 === null || server1 === null ? '' : `, server CPU ${(server1 - server0).toFixed(1)} s`}`;
console.log(`${batch.length} articles: PostgreSQL ${pgMs.toFixed(0)} ms (${cpu}), SQLite ${liteMs.toFixed(0)} ms\n\n    ms  calls  statement`);
for (const [k, { ms, n }] of [...times].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${ms.toFixed(0).padStart(6)} ${String(n).padStart(6)}  ${k}`);
