// A queue worker: takes batches of article jobs, codes them (on a coder thread) and stores each batch with its jobs
// marked done in one transaction. While a batch is stored, the next one is fetched and coded (storing waits on the
// database and its write lock; the coder thread would otherwise sit idle meanwhile). Safe to kill at any point: an
// uncommitted batch leaves its jobs active, pg-boss offers them again once their timeout passes, and the store skips
// articles it already has, so nothing is lost and nothing is stored twice. stop() (SIGTERM) lets the batches in hand
// (the one being stored and the one being coded) finish.
import type PgBoss from 'pg-boss';
import type { ArticleCoder } from '../ingest/coding.js';
import type { ErrorLog } from '../ingest/errors-log.js';
import type { ArticleToStore } from '../store/store.js';
import type { PostgresStore } from '../store/postgres/pg-store.js';
import { QUEUE, queueCounts, type ArticleJob } from './article-queue.js';

export interface WorkerSummary {
  batches: number;
  stored: number;
  skipped: number;
  failed: number;
  events: number;
  seconds: number;
}

export interface WorkerOptions {
  batchSize: number;
  /** Exit once nothing is waiting or running (for batch jobs and tests); otherwise wait for more. */
  untilEmpty: boolean;
  coder: ArticleCoder;
  errors: ErrorLog;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  onBatch?: (s: WorkerSummary) => void;
  /** Called once the coder is loaded, before the first job is taken. */
  onReady?: () => void;
}

/** A batch taken off the queue and coded, not stored yet. */
interface CodedJobs {
  jobs: Array<PgBoss.Job<ArticleJob>>;
  /** Jobs whose article was stored already (by another worker or an earlier run). */
  stored: string[];
  batch: ArticleToStore[];
  /** Jobs of the articles in `batch`, in order. */
  toStore: string[];
  failed: Array<{ job: PgBoss.Job<ArticleJob>; error: string }>;
}

/** A one-line article coded before the first job is taken: loading the coder (seconds) does not hold fetched jobs. */
const WARM_UP = { id: 'worker-warm-up', date: '2000-01-01', text: 'Warm-up.' };

/**
 * Marks jobs done on the given connection (inside the caller's transaction). pg-boss 10's typings offer
 * complete(name, ids, options), but its code reads the third argument as the jobs' output: options there would be
 * ignored and the jobs completed on pg-boss's own connection, outside the transaction, so that a worker killed before
 * its commit lost the batch. The output (none) goes third, the connection fourth.
 */
function completeIn(boss: PgBoss, db: PgBoss.Db, ids: string[]): Promise<void> {
  const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<void>;
  return complete(QUEUE, ids, null, { db });
}

export class QueueWorker {
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(private readonly boss: PgBoss, private readonly store: PostgresStore, private readonly opts: WorkerOptions) {}

  /** Finish the batches in hand (the one being stored, the one being coded), then return from run(). */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  async run(): Promise<WorkerSummary> {
    const started = performance.now();
    const s: WorkerSummary = { batches: 0, stored: 0, skipped: 0, failed: 0, events: 0, seconds: 0 };
    await this.opts.coder.code([WARM_UP]);
    this.opts.onReady?.();
    let next: Promise<CodedJobs> | null = this.stopping ? null : this.take();
    while (next) {
      const taken = await next;
      next = null;
      if (!taken.jobs.length) {
        if (this.stopping) break;
        if (this.opts.untilEmpty) {
          const c = await queueCounts(this.boss);
          // Jobs still running elsewhere (or abandoned by a killed worker, until their timeout) may come back.
          if (c.waiting + c.running === 0) break;
        }
        await this.sleep((this.opts.pollSeconds ?? 1) * 1000);
        if (!this.stopping) next = this.take();
        continue;
      }
      // The next batch is fetched and coded while this one is stored.
      if (!this.stopping) {
        next = this.take();
        // A failure is met when its turn comes (awaited above), not reported early as unhandled.
        next.catch(() => {});
      }
      await this.save(taken, s);
      s.seconds = (performance.now() - started) / 1000;
      this.opts.onBatch?.(s);
    }
    s.seconds = (performance.now() - started) / 1000;
    return s;
  }

  /** Fetches a batch and codes the articles not stored yet (none when the queue is empty). */
  private async take(): Promise<CodedJobs> {
    const jobs = await this.boss.fetch<ArticleJob>(QUEUE, { batchSize: this.opts.batchSize });
    const taken: CodedJobs = { jobs, stored: [], batch: [], toStore: [], failed: [] };
    if (!jobs.length) return taken;
    // Articles stored meanwhile (another worker, an earlier run) are not coded again.
    const fresh: Array<PgBoss.Job<ArticleJob>> = [];
    const skips = await this.store.existingMany(jobs.map((j) => j.data.article));
    jobs.forEach((job, i) => {
      if (skips[i]) taken.stored.push(job.id); else fresh.push(job);
    });
    const { coded } = await this.opts.coder.code(fresh.map((j) => j.data.article));
    fresh.forEach((job, i) => {
      const { error, ...result } = coded[i]!;
      if (error) taken.failed.push({ job, error });
      else { taken.batch.push({ article: job.data.article, ...result }); taken.toStore.push(job.id); }
    });
    return taken;
  }

  /** Stores a coded batch and completes its jobs in the same transaction; reports and fails the articles the coder failed on. */
  private async save(taken: CodedJobs, s: WorkerSummary): Promise<void> {
    const done = [...taken.stored, ...taken.toStore];
    const r = await this.store.ingestBatch(taken.batch, {}, async (db) => {
      if (done.length) await completeIn(this.boss, db, done);
    });
    for (const { job, error } of taken.failed) {
      this.opts.errors.report({ file: job.data.file, line: job.data.line, message: error, record: JSON.stringify(job.data.article).slice(0, 500) });
      await this.boss.fail(QUEUE, job.id, { message: error });
    }
    s.batches++;
    s.stored += r.stored;
    s.skipped += taken.stored.length + r.skipped.length;
    s.failed += taken.failed.length;
    s.events += r.events;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => { clearTimeout(t); resolve(); };
    });
  }
}
