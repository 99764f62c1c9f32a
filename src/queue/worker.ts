// A queue worker: takes batches of article jobs, codes them (on a coder thread) and stores each batch with its jobs
// marked done in one transaction. Safe to kill at any point: an uncommitted batch leaves its jobs active, pg-boss
// offers them again once their timeout passes, and the store skips articles it already has, so nothing is lost and
// nothing is stored twice. stop() (SIGTERM) lets the current batch finish.
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
}

export class QueueWorker {
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(private readonly boss: PgBoss, private readonly store: PostgresStore, private readonly opts: WorkerOptions) {}

  /** Finish the current batch, then return from run(). */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  async run(): Promise<WorkerSummary> {
    const started = performance.now();
    const s: WorkerSummary = { batches: 0, stored: 0, skipped: 0, failed: 0, events: 0, seconds: 0 };
    while (!this.stopping) {
      const jobs = await this.boss.fetch<ArticleJob>(QUEUE, { batchSize: this.opts.batchSize });
      if (!jobs.length) {
        if (this.opts.untilEmpty) {
          const c = await queueCounts(this.boss);
          // Jobs still running elsewhere (or abandoned by a killed worker, until their timeout) may come back.
          if (c.waiting + c.running === 0) break;
        }
        await this.sleep((this.opts.pollSeconds ?? 1) * 1000);
        continue;
      }
      await this.process(jobs, s);
      s.seconds = (performance.now() - started) / 1000;
      this.opts.onBatch?.(s);
    }
    s.seconds = (performance.now() - started) / 1000;
    return s;
  }

  private async process(jobs: Array<PgBoss.Job<ArticleJob>>, s: WorkerSummary): Promise<void> {
    // Articles stored meanwhile (another worker, an earlier run) are not coded again.
    const fresh: Array<PgBoss.Job<ArticleJob>> = [];
    const done: string[] = [];
    const skips = await this.store.existingMany(jobs.map((j) => j.data.article));
    jobs.forEach((job, i) => {
      if (skips[i]) { done.push(job.id); s.skipped++; } else fresh.push(job);
    });
    const { coded } = await this.opts.coder.code(fresh.map((j) => j.data.article));
    const batch: ArticleToStore[] = [];
    const failed: Array<{ job: PgBoss.Job<ArticleJob>; error: string }> = [];
    fresh.forEach((job, i) => {
      const { error, ...result } = coded[i]!;
      if (error) failed.push({ job, error });
      else { batch.push({ article: job.data.article, ...result }); done.push(job.id); }
    });
    const r = await this.store.ingestBatch(batch, {}, async (db) => {
      if (done.length) await this.boss.complete(QUEUE, done, { db });
    });
    for (const { job, error } of failed) {
      this.opts.errors.report({ file: job.data.file, line: job.data.line, message: error, record: JSON.stringify(job.data.article).slice(0, 500) });
      await this.boss.fail(QUEUE, job.id, { message: error });
    }
    s.batches++;
    s.stored += r.stored;
    s.skipped += r.skipped.length;
    s.failed += failed.length;
    s.events += r.events;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => { clearTimeout(t); resolve(); };
    });
  }
}
