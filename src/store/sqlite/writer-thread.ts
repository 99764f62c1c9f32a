// The body of the background writer (a worker thread): one SQLite connection that stores batches in order, so the
// main thread can code the next batch meanwhile. Messages are handled one at a time; each batch is a transaction.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleToStore } from '../store.js';
import { SqliteStore } from './sqlite-store.js';

export type WriterRequest = { id: number; batch: ArticleToStore[] } | { close: true };

const port = parentPort!;
const store = new SqliteStore((workerData as { file: string }).file);
port.on('message', (msg: WriterRequest) => {
  if ('close' in msg) {
    store.close();
    port.close();
    return;
  }
  const started = performance.now();
  try {
    const result = store.ingestBatch(msg.batch);
    port.postMessage({ id: msg.id, result, seconds: (performance.now() - started) / 1000 });
  } catch (e) {
    port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
