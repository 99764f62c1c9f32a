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

/** Answers reads on a worker thread, one at a time, in the order asked. */
export class ReaderThread implements AnswerReader {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  private readonly exited: Promise<void>;

  constructor(data: ReaderThreadData) {
    this.worker = new Worker(workerEntry(import.meta.url, 'reader-thread'), { workerData: data });
    this.worker.on('message', (reply: ReaderReply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if ('body' in reply) w.resolve(Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength));
      else if ('httpError' in reply) w.reject(new HttpError(reply.httpError.statusCode, reply.httpError.message, reply.httpError.headers));
      else w.reject(new Error(`reader thread: ${reply.error}`));
    });
    const fail = (e: Error) => {
      this.failure = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      if (this.waiting.size || code !== 0) fail(new Error(`the reader thread stopped (exit code ${code})`));
      resolve();
    }));
  }

  answer(request: ReadRequest): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    this.worker.postMessage({ close: true });
    await this.exited;
  }
}
