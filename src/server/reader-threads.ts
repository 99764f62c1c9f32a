// Read answers computed on a worker thread of their own (reader-thread.ts). The SQLite store and SyncPostgresStore
// are synchronous: a query run by the server's thread blocks its event loop, and every request arriving meanwhile
// waits behind it (25–50 ms for a relations answer on a big store, docs/scaling.md). On a reader thread the query runs
// on its own connection while the event loop goes on sending cached answers.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry.js';
import type { AnswerReader, ReadRequest } from './read-answer.js';
import { HttpError } from './routes.js';

export interface ReaderThreadData {
  /** The store to open: a SQLite file or a postgres:// URL (the server's own store, opened again). */
  db: string;
  version: string;
  readOnly: boolean;
}

export type ReaderReply =
  | { id: number; body: Uint8Array }
  | { id: number; httpError: { statusCode: number; message: string; headers: Record<string, string> } }
  | { id: number; error: string };

/** One worker thread and the requests it has not answered yet. */
interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>;
  /** Why the thread stopped, once it has. */
  failure: Error | null;
  exited: Promise<void>;
}

/**
 * Answers reads on a worker thread, one at a time, in the order asked. A thread that stops (it crashed, or ran out of
 * memory) fails the requests it held, and the next request starts a new one: the server keeps answering.
 */
export class ReaderThread implements AnswerReader {
  private thread: Thread;
  private nextId = 0;

  constructor(private readonly data: ReaderThreadData) {
    this.thread = this.start();
  }

  private start(): Thread {
    const worker = new Worker(workerEntry(import.meta.url, 'reader-thread'), { workerData: this.data });
    const thread: Thread = { worker, waiting: new Map(), failure: null, exited: Promise.resolve() };
    worker.on('message', (reply: ReaderReply) => {
      const w = thread.waiting.get(reply.id);
      if (!w) return;
      thread.waiting.delete(reply.id);
      if ('body' in reply) w.resolve(Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength));
      else if ('httpError' in reply) w.reject(new HttpError(reply.httpError.statusCode, reply.httpError.message, reply.httpError.headers));
      else w.reject(new Error(`reader thread: ${reply.error}`));
    });
    const fail = (e: Error) => {
      thread.failure ??= e;
      for (const w of thread.waiting.values()) w.reject(e);
      thread.waiting.clear();
    };
    worker.on('error', fail);
    thread.exited = new Promise((resolve) => worker.once('exit', (code) => {
      if (thread.waiting.size || code !== 0) fail(new Error(`the reader thread stopped (exit code ${code})`));
      // Stopped on its own (not by close()): the next request starts another.
      thread.failure ??= new Error('the reader thread stopped');
      resolve();
    }));
    return thread;
  }

  answer(request: ReadRequest): Promise<Buffer> {
    if (this.thread.failure) this.thread = this.start();
    const { worker, waiting } = this.thread;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    this.thread.worker.postMessage({ close: true });
    await this.thread.exited;
  }
}
