// Queries at scale (issue 14): relations for a pair, `events --actor --recipient` over a date range, and /api/events
// pages, timed on a SQLite store of 1,000,000 generated events and a PostgreSQL store of 10,000,000 (bench/big-store.ts).
// The stores are kept for later runs (a marker says a fill finished); BENCH_BIG=1 turns the section on.
import { existsSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { EventCoder } from '../src/events/coder.js';
import { relationsReport } from '../src/relations/report.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import type { Store } from '../src/store/store.js';
import { fillPostgres, fillSqlite } from './big-store.js';
import { freshPgDatabase, pgDatabaseUrl } from './pg-database.js';
import { timeQuery } from './timing.js';

export const BIG_SQLITE_EVENTS = 1_000_000;
export const BIG_PG_EVENTS = 10_000_000;
const PG_DATABASE = 'detente_bench_big';

export interface BigStore { db: string; events: number; builtIn: number | null }

/** The SQLite store of `events` generated events in `work`, filled unless a finished one is there. */
export function bigSqliteStore(work: string, events: number, log: (s: string) => void): BigStore {
  const version = SQLITE_MIGRATIONS.at(-1)!.version;
  const file = join(work, `big-${events}-v${version}.db`);
  const marker = `${file}.complete`;
  if (existsSync(file) && existsSync(marker)) return { db: file, events, builtIn: null };
  // A finished store of an older schema: the store's migrations bring it up to date (minutes less than a new fill).
  for (let v = version - 1; v >= 1; v--) {
    const old = join(work, `big-${events}-v${v}.db`);
    if (!existsSync(old) || !existsSync(`${old}.complete`)) continue;
    log(`big: migrating the SQLite store of schema ${v} (${old})…`);
    new SqliteStore(old).close();
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${old}${suffix}`)) renameSync(`${old}${suffix}`, `${file}${suffix}`);
    renameSync(`${old}.complete`, marker);
    return { db: file, events, builtIn: null };
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  log(`big: filling SQLite with ${events.toLocaleString('en-US')} generated events (kept in ${work} for later runs)…`);
  const t0 = performance.now();
  fillSqlite(file, events, log);
  writeFileSync(marker, new Date().toISOString());
  return { db: file, events, builtIn: (performance.now() - t0) / 1000 };
}

/**
 * The PostgreSQL store of `events` generated events in the database detente_bench_big of the server `serverUrl`,
 * filled unless a finished one (same size, same schema version: the marker in `work`, and the rows) is there.
 */
export async function bigPgStore(serverUrl: string, work: string, events: number, log: (s: string) => void): Promise<BigStore> {
  const version = PG_MIGRATIONS.at(-1)!.version;
  const marker = join(work, `big-pg-${events}-v${version}.complete`);
  const url = pgDatabaseUrl(serverUrl, PG_DATABASE);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === url && await maxEventSeq(url) === events) return { db: url, events, builtIn: null };
  // A finished store of an older schema: the store's migrations bring it up to date (minutes, against an hour's fill).
  for (let v = version - 1; v >= 1; v--) {
    const old = join(work, `big-pg-${events}-v${v}.complete`);
    if (!existsSync(old) || readFileSync(old, 'utf8') !== url || await maxEventSeq(url) !== events) continue;
    log(`big: migrating the PostgreSQL store of schema ${v} (database ${PG_DATABASE})…`);
    await (await PostgresStore.open(url)).close();
    writeFileSync(marker, url);
    return { db: url, events, builtIn: null };
  }
  await checkPgDisk(serverUrl, events);
  log(`big: filling PostgreSQL with ${events.toLocaleString('en-US')} generated events (database ${PG_DATABASE}, kept for later runs)…`);
  const t0 = performance.now();
  await freshPgDatabase(serverUrl, PG_DATABASE);
  await fillPostgres(url, events, log);
  writeFileSync(marker, url);
  return { db: url, events, builtIn: (performance.now() - t0) / 1000 };
}

/** Bytes a generated event takes in PostgreSQL with its share of articles, clusters, actor rows and indexes (measured: see docs/scaling.md). */
const PG_BYTES_PER_EVENT = 1100;

/**
 * Refuses to fill when the server's data directory is on this machine and its disk lacks room for the store and as
 * much again (write-ahead log, index builds). A server elsewhere is not checked.
 */
async function checkPgDisk(serverUrl: string, events: number): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  let dir: string | null = null;
  try {
    dir = (await client.query('SHOW data_directory')).rows[0].data_directory as string;
  } catch {
    return; // not allowed to see it: not checked
  } finally {
    await client.end();
  }
  if (!dir || !existsSync(dir)) return;
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  const needed = 2 * PG_BYTES_PER_EVENT * events;
  if (free < needed) {
    throw new Error(`${dir} has ${(free / 1e9).toFixed(1)} GB free; filling ${events.toLocaleString('en-US')} events needs about ${(needed / 1e9).toFixed(1)} GB`);
  }
}

async function maxEventSeq(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return Number((await client.query('SELECT max(seq) AS n FROM events')).rows[0].n);
  } catch {
    return null; // no such database, or no store in it
  } finally {
    await client.end().catch(() => {});
  }
}

/** The filters timed: the busiest dyad of the generated news, in the first quarter of its last year. */
export const BIG_PAIR = { a: 'USA', b: 'RUS' };
export const BIG_RANGE = { from: '2024-01-01', to: '2024-03-31' };

/** Times the queries on one store; rows: query, rows, p50, p99, max (ms). */
export async function timeBigQueries(big: BigStore, label: string): Promise<string[][]> {
  const store: Store = openStore(big.db);
  const coder = EventCoder.load();
  // The answer cache off: every request is computed, as the first request for a URL is.
  const app = await buildServer({ store, coder, cacheTtlMs: 0 });
  const { a, b } = BIG_PAIR;
  const pairFilter = { actor: a, recipient: b, ...BIG_RANGE };
  const api = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body.slice(0, 200)}`);
    return (res.json() as { events?: unknown[]; periods?: unknown[] }).events ?? (res.json() as { periods: unknown[] }).periods;
  };
  const range = `from=${BIG_RANGE.from}&to=${BIG_RANGE.to}`;
  const at = (q: string) => `${label}: ${q}`;
  // The cursor that page 4 of the pair's listing gives: the request for page 5 a client paging on makes.
  const page4 = await app.inject({ method: 'GET', url: `/api/events?actor=${a}&recipient=${b}&${range}&limit=50&offset=150` });
  const page5 = (page4.json() as { nextCursor: string }).nextCursor;
  try {
    return [
      await timeQuery(at(`relations ${a} ${b}, monthly, all years`), () => store.relations({ a, b, interval: 'month' })),
      await timeQuery(at(`relations ${a} ${b}, daily, ${BIG_RANGE.from.slice(0, 4)}`), () => store.relations({ a, b, interval: 'day', from: '2024-01-01', to: '2024-12-31' })),
      await timeQuery(at(`relations report + verdict (CLI), monthly`), () => relationsReport(store, { a, b, interval: 'month' }).periods, 10),
      await timeQuery(at(`events --actor ${a} --recipient ${b} --from ${BIG_RANGE.from} --to ${BIG_RANGE.to}, first 50`), () => store.events({ ...pairFilter, limit: 50 })),
      await timeQuery(at('  and the count of all of them (CLI prints it)'), () => store.countEvents(pairFilter)),
      await timeQuery(at(`GET /api/relations?a=${a}&b=${b}&interval=month`), () => api(`/api/relations?a=${a}&b=${b}&interval=month`), 10),
      await timeQuery(at(`GET /api/events?actor=${a}&recipient=${b}&${range}&limit=50`), () => api(`/api/events?actor=${a}&recipient=${b}&${range}&limit=50`)),
      await timeQuery(at('  the same, page 5 (offset=200)'), () => api(`/api/events?actor=${a}&recipient=${b}&${range}&limit=50&offset=200`)),
      await timeQuery(at('  the same, page 5 (cursor: keyset paging)'), () => api(`/api/events?actor=${a}&recipient=${b}&${range}&limit=50&cursor=${page5}`)),
      // Every event of the actor is counted for `total`: seconds, so a few runs only.
      await timeQuery(at(`GET /api/events?actor=${a}&limit=50 (all years)`), () => api(`/api/events?actor=${a}&limit=50`), 5),
    ];
  } finally {
    await app.close();
    store.close();
  }
}
