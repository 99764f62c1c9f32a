// `detente ingest --queue`: read inputs and put their articles on the queue in batches (malformed records are
// reported with file and line, as by ingest); workers code and store them.
import type { ErrorLog } from '../ingest/errors-log.js';
import { inBatches, type ReadError, type ReadItem } from '../ingest/readers.js';
import { PostgresStore } from '../store/postgres/pg-store.js';
import { enqueue, openQueue, type EnqueueResult } from './article-queue.js';

const ENQUEUE_BATCH = 500;

export interface EnqueueSummary extends EnqueueResult {
  read: number;
  malformed: number;
  seconds: number;
}

export async function enqueueInputs(url: string, items: AsyncIterable<ReadItem>, opts: { errors: ErrorLog; timeoutSeconds?: number }): Promise<EnqueueSummary> {
  const started = performance.now();
  const summary: EnqueueSummary = { read: 0, malformed: 0, queued: 0, alreadyQueued: 0, alreadyStored: 0, seconds: 0 };
  const store = await PostgresStore.open(url);
  const boss = await openQueue(url);
  try {
    const malformed = (error: ReadError) => {
      summary.malformed++;
      opts.errors.report(error);
    };
    for await (const batch of inBatches(items, ENQUEUE_BATCH, malformed)) {
      summary.read += batch.length;
      const r = await enqueue(boss, store, batch, opts.timeoutSeconds);
      summary.queued += r.queued;
      summary.alreadyQueued += r.alreadyQueued;
      summary.alreadyStored += r.alreadyStored;
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
