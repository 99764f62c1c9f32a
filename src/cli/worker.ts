// `detente worker --db postgres://…`: a queue worker (see src/queue/worker.ts). Start any number, on any machines.
import type { Command } from 'commander';
import { CodingThread } from '../ingest/coding.js';
import { ErrorLog } from '../ingest/errors-log.js';
import { PostgresStore } from '../store/postgres/pg-store.js';
import { isPostgresUrl } from '../store/index.js';
import { openQueue } from '../queue/article-queue.js';
import { QueueWorker, type WorkerSummary } from '../queue/worker.js';
import { wholeNumber } from './options.js';
import { DB_OPTION } from './store-options.js';
import { defaultErrorsFile } from './ingest.js';

export const DEFAULT_WORKER_BATCH = 50;
/** Written to stderr once the coder is loaded, before the first job is taken (the bench times the drain from it). */
export const READY = 'worker: ready';

interface WorkerCliOptions {
  db: string;
  untilEmpty?: boolean;
  batchSize?: string;
  errors?: string;
  statements?: boolean;
  checkSeconds?: string;
}

const line = (s: WorkerSummary) =>
  `worker: ${s.batches} batches, ${s.stored} articles stored, ${s.skipped} already stored, ${s.failed} failed, ${s.events} events, ${s.seconds.toFixed(1)} s\n`;

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take articles queued with `ingest --queue` off the queue, code and store them (PostgreSQL); SIGTERM finishes the batches in hand and exits')
    .option(...DB_OPTION)
    .option('--until-empty', 'exit once nothing is waiting or running')
    .option('--batch-size <n>', `articles per batch and transaction (default ${DEFAULT_WORKER_BATCH})`)
    .option('--errors <file>', 'JSON Lines file articles the coder fails on are appended to (default: detente-errors.jsonl)')
    .option('--statements', 'also code CAMEO 01 statements (PLOVER leaves them out)')
    .option('--check-seconds <n>', 'how often abandoned jobs (of killed workers) are looked for', '5')
    .action(async (opts: WorkerCliOptions) => {
      if (!isPostgresUrl(opts.db)) throw new Error(`worker: --db must be a postgres:// URL (the queue lives in PostgreSQL), got "${opts.db}"`);
      const batchSize = wholeNumber('--batch-size', opts.batchSize, DEFAULT_WORKER_BATCH) || DEFAULT_WORKER_BATCH;
      const checkSeconds = Math.max(1, wholeNumber('--check-seconds', opts.checkSeconds, 5));
      const store = await PostgresStore.open(opts.db);
      const boss = await openQueue(opts.db, { supervise: true, checkSeconds });
      const coder = new CodingThread({ includeStatements: opts.statements });
      const worker = new QueueWorker(boss, store, {
        batchSize, untilEmpty: opts.untilEmpty ?? false, coder, errors: new ErrorLog(opts.errors ?? defaultErrorsFile(opts.db)),
        onBatch: (s) => process.stderr.write(line(s)),
        onReady: () => process.stderr.write(`${READY}\n`),
      });
      const stop = () => worker.stop();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      try {
        const s = await worker.run();
        process.stdout.write(line(s));
        if (s.failed) process.exitCode = 2;
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        await coder.close();
        await boss.stop({ graceful: false, wait: true });
        await store.close();
      }
    });
}
