// The article queue on PostgreSQL (pg-boss): `detente ingest --queue` puts articles on it, `detente worker` processes
// take them off in batches, code them and store them. One job per article, its id derived from the article's id, so
// enqueueing an article that is already queued (or was lately) adds nothing, and one already stored is not enqueued.
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Article } from '../model.js';
import { first } from '../store/postgres/sql.js';
import type { PostgresStore } from '../store/postgres/pg-store.js';

export const QUEUE = 'detente-articles';
/** pg-boss keeps its tables in a schema of their own, beside the store's tables. */
export const QUEUE_SCHEMA = 'pgboss';
/** Seconds a batch may run before its jobs count as abandoned (a killed worker) and are offered again. */
export const DEFAULT_JOB_TIMEOUT = 300;
/** Attempts after the first before a job is failed for good. */
export const RETRY_LIMIT = 3;

export interface ArticleJob {
  article: Article;
  /** Where the article was read, for error reports. */
  file: string;
  line: number;
}

/** The job id of an article: a UUID made from a hash of its id (same article id, same job). */
export function jobId(articleId: string): string {
  const h = createHash('sha256').update(`detente-article:${articleId}`).digest('hex');
  // Version 5 and RFC 4122 variant bits, as a name-based UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Starts pg-boss on the database (creating its schema and the queue when new). */
export async function openQueue(url: string, opts: { supervise?: boolean; checkSeconds?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url, schema: QUEUE_SCHEMA, max: 2, schedule: false,
    // Workers supervise: expired jobs (a killed worker's) go back to the queue within checkSeconds.
    supervise: opts.supervise ?? false, maintenanceIntervalSeconds: opts.checkSeconds ?? 5,
  });
  boss.on('error', (e: Error) => process.stderr.write(`queue: ${e.message}\n`));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'standard', retryLimit: RETRY_LIMIT, retryDelay: 0 });
  return boss;
}

export interface EnqueueResult {
  queued: number;
  /** Already queued (or lately done), or already stored. */
  alreadyQueued: number;
  alreadyStored: number;
}

/** Enqueues articles: those already stored or queued are left out. */
export async function enqueue(boss: PgBoss, store: PostgresStore, jobs: ArticleJob[], timeoutSeconds = DEFAULT_JOB_TIMEOUT): Promise<EnqueueResult> {
  const result: EnqueueResult = { queued: 0, alreadyQueued: 0, alreadyStored: 0 };
  // One query for the batch's stored articles, not one per article.
  const stored = await store.existingMany(jobs.map((j) => j.article));
  const fresh = jobs.filter((_, i) => !stored[i]);
  result.alreadyStored = jobs.length - fresh.length;
  // Ids repeated within the batch collapse to one job, like ids already in the table (ON CONFLICT DO NOTHING).
  const byId = new Map(fresh.map((j) => [jobId(j.article.id), j]));
  const before = await countJobs(store, [...byId.keys()]);
  await boss.insert([...byId].map(([id, data]) => ({ id, name: QUEUE, data, expireInSeconds: timeoutSeconds, retryLimit: RETRY_LIMIT, retryDelay: 0 })));
  const after = await countJobs(store, [...byId.keys()]);
  result.queued = after - before;
  result.alreadyQueued = fresh.length - result.queued;
  return result;
}

async function countJobs(store: PostgresStore, ids: string[]): Promise<number> {
  const row = await first<{ n: number }>(store.pool, `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [QUEUE, ids]);
  return row!.n;
}

export interface QueueCounts {
  waiting: number;
  running: number;
  done: number;
  failed: number;
  cancelled: number;
}

/** Jobs by state (pg-boss moves finished jobs to its archive after a while: they are counted there too). */
export async function queueCounts(boss: PgBoss): Promise<QueueCounts> {
  const { rows } = await boss.getDb().executeSql(`SELECT state, count(*)::int AS n FROM (
      SELECT state FROM ${QUEUE_SCHEMA}.job WHERE name = $1 UNION ALL SELECT state FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) s
    GROUP BY state`, [QUEUE]) as { rows: Array<{ state: string; n: number }> };
  const n = (...states: string[]) => rows.filter((r) => states.includes(r.state)).reduce((a, r) => a + r.n, 0);
  return { waiting: n('created', 'retry'), running: n('active'), done: n('completed'), failed: n('failed'), cancelled: n('cancelled') };
}
