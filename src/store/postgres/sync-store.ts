// The PostgreSQL store behind the synchronous Store interface (the one the CLI, the API and relations use, and the
// contract tests check). PostgresStore is asynchronous, so it runs on a thread of its own (store-thread.ts) and each
// call here waits for its reply with Atomics.wait: the same blocking model as better-sqlite3. Processes that can
// use promises (queue workers, migrate) use PostgresStore directly.
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Article, CodedEvent } from '../../model.js';
import type {
  ArticleToStore, DeleteResult, DyadTotals, EventQuery, PairDay, PairEvent, IngestBatchOptions, IngestBatchResult, RelationsPeriod, RelationsQuery,
  Skip, Store, StoreStats, StoredArticle, StoredEvent,
} from '../store.js';
import { workerEntry } from '../../worker-entry.js';

/** How long a reply may lag behind the wake-up that announces it (ms). */
const REPLY_LAG_MS = 5000;

/** Events fetched from the thread per step of eachEvent. */
const STREAM_STEP = 1000;

export class SyncPostgresStore implements Store {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private open = true;

  constructor(readonly url: string) {
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(workerEntry(import.meta.url, 'store-thread'), {
      workerData: { url, port: port2, signal: this.signal }, transferList: [port2],
    });
    // The thread must not keep the process alive; calls do not need the event loop (they read the port directly).
    this.worker.unref();
    this.port = port1;
    try {
      this.call('open');
    } catch (e) {
      this.stop();
      throw e;
    }
  }

  private call<T>(method: string, ...args: unknown[]): T {
    if (!this.open) throw new Error('the PostgreSQL store is closed');
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage({ method, args });
    Atomics.wait(this.signal, 0, 0);
    // (The thread posts its reply before it wakes this one, but on a loaded machine the message can reach this end of
    // the port a moment after the wake-up: it is waited for, a millisecond at a time, before the call is given up.)
    let received = receiveMessageOnPort(this.port);
    for (let waited = 0; !received && waited < REPLY_LAG_MS; waited++) {
      Atomics.wait(this.signal, 0, 1, 1);
      received = receiveMessageOnPort(this.port);
    }
    const reply = received?.message as { result?: T; error?: string } | undefined;
    if (!reply) throw new Error(`PostgreSQL store thread gave no answer to ${method}`);
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.result as T;
  }

  existing(article: Article): Skip | null { return this.call('existing', article); }
  existingMany(articles: Article[]): Array<Skip | null> { return this.call('existingMany', articles); }
  ingestBatch(batch: ArticleToStore[], opts?: IngestBatchOptions): IngestBatchResult { return this.call('ingestBatch', batch, opts); }
  deleteArticles(ids: string[]): DeleteResult { return this.call('deleteArticles', ids); }
  replaceEvents(batch: Array<{ articleId: string; events: CodedEvent[]; sentences: number }>): void { this.call('replaceEvents', batch); }
  recluster(): void { this.call('recluster'); }
  article(id: string): StoredArticle | undefined { return this.call('article', id); }
  articles(opts?: { limit?: number; offset?: number }): StoredArticle[] { return this.call('articles', opts); }
  events(q: EventQuery): StoredEvent[] { return this.call('events', q); }
  countEvents(q: EventQuery, cap?: number): number { return this.call('countEvents', q, cap); }
  relations(q: RelationsQuery): RelationsPeriod[] { return this.call('relations', q); }
  pairEvents(q: { a: string; b: string; from?: string; to?: string }): PairEvent[] { return this.call('pairEvents', q); }
  pairDays(q: { a: string; b: string; from?: string; to?: string }): PairDay[] { return this.call('pairDays', q); }
  dyadTotals(opts: { from?: string; to?: string }): DyadTotals[] { return this.call('dyadTotals', opts); }
  stats(): StoreStats { return this.call('stats'); }

  *eachEvent(q: EventQuery): Iterable<StoredEvent> {
    const cursor = this.call<number>('cursorOpen', q);
    let done = false;
    try {
      while (!done) {
        const page = this.call<StoredEvent[]>('cursorNext', cursor, STREAM_STEP);
        done = page.length < STREAM_STEP;
        yield* page;
      }
    } finally {
      if (!done && this.open) this.call('cursorClose', cursor);
    }
  }

  close(): void {
    if (!this.open) return;
    try {
      this.call('close');
    } finally {
      this.stop();
    }
  }

  private stop(): void {
    this.open = false;
    this.port.close();
    void this.worker.terminate();
  }
}
