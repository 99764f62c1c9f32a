// Stores batches on a worker thread (writer-thread.ts) so that storing overlaps with coding: the coder is
// single-threaded JavaScript, and SQLite work would otherwise wait for it and it for SQLite.
import { Worker } from 'node:worker_threads';
import type { ArticleToStore, IngestBatchResult } from '../store.js';

export interface WriteOutcome {
  result: IngestBatchResult;
  /** Time the writer spent storing the batch. */
  seconds: number;
}

/**
 * Running from source (tests, `node --import tsx`): on Node 20 a worker's own entry file does not go through the
 * TypeScript loader, so the thread starts from a small module that registers tsx and then imports the .ts entry.
 */
function tsxBootstrap(entry: URL): URL {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

type Reply = { id: number; result: IngestBatchResult; seconds: number } | { id: number; error: string };

export class BackgroundWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (o: WriteOutcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  private readonly exited: Promise<void>;

  constructor(file: string) {
    this.worker = import.meta.url.endsWith('.ts')
      ? new Worker(tsxBootstrap(new URL('./writer-thread.ts', import.meta.url)), { workerData: { file } })
      : new Worker(new URL('./writer-thread.js', import.meta.url), { workerData: { file } });
    this.worker.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(reply.error));
      else w.resolve({ result: reply.result, seconds: reply.seconds });
    });
    const fail = (e: Error) => {
      this.failure = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      if (this.waiting.size || code !== 0) fail(new Error(`the store writer thread stopped (exit code ${code})`));
      resolve();
    }));
  }

  write(batch: ArticleToStore[]): Promise<WriteOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, batch });
    });
  }

  /** Waits for the batches sent so far, then closes the writer's connection. */
  async close(): Promise<void> {
    this.worker.postMessage({ close: true });
    await this.exited;
  }
}
