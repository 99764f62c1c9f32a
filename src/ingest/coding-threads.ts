// Coding on worker threads: a worker thread of its own (so that storing one batch overlaps with coding the next), or
// a pool of such threads (CodingPool: a batch is split across them, and the results come back in input order).
// Nothing here loads the coder (coding.ts does, for coding in this thread).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, CodedEvent } from '../model.js';
import type { ReadArticle } from './readers.js';
import type { CoderOptions } from '../events/coder.js';
import { workerEntry } from '../worker-entry.js';
import { loadSharedParserModel, type SharedParserModel } from '../text/parser/model-file.js';

export interface CodedBatch {
  /** One entry per article; `error` when the coder failed on that article (the others are unaffected). */
  coded: Array<{ events: CodedEvent[]; sentences: number; error?: string }>;
  /** Time spent in the coder (on a pool: summed over its threads, i.e. coder CPU time, not wall time). */
  seconds: number;
}

/** Codes batches of articles. */
export interface ArticleCoder {
  code(articles: Article[]): Promise<CodedBatch>;
  close(): Promise<void>;
}

/**
 * The coder's heap is capped: its dictionaries and models take about 90 MB and the rest is short-lived, so with a cap the
 * garbage collector keeps the thread small instead of letting the heap grow, and ingestion stays well under 500 MB.
 */
export const CODER_THREAD_HEAP_MB = 192;
/**
 * The young generation, where each sentence's short-lived objects are made: larger than V8's default, so that it
 * is collected less often and fewer objects still in use for the article at hand are copied, or moved to the heap
 * above, each time (see docs/coder.md, "Twentieth round").
 */
export const CODER_THREAD_YOUNG_MB = 48;

/** Codes batches on a worker thread (coding-thread.ts), one batch at a time, in order. */
export class CodingThread implements ArticleCoder {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (b: CodedBatch) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  private readonly exited: Promise<void>;

  constructor(options: CoderOptions = {}) {
    this.worker = new Worker(workerEntry(import.meta.url, 'coding-thread'), {
      workerData: { options },
      resourceLimits: { maxOldGenerationSizeMb: CODER_THREAD_HEAP_MB, maxYoungGenerationSizeMb: CODER_THREAD_YOUNG_MB },
    });
    this.worker.on('message', (reply: { id: number; batch: CodedBatch } | { id: number; error: string }) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(`coder: ${reply.error}`));
      else w.resolve(reply.batch);
    });
    const fail = (e: Error) => {
      this.failure = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      if (this.waiting.size || code !== 0) fail(new Error(`the coder thread stopped (exit code ${code})`));
      resolve();
    }));
  }

  /** Has the thread parse with these tables (shared memory) rather than load its own copy; before any batch. */
  shareParser(model: SharedParserModel): void {
    this.worker.postMessage({ parser: model });
  }

  code(articles: Article[]): Promise<CodedBatch> {
    if (this.failure) return Promise.reject(this.failure);
    if (!articles.length) return Promise.resolve({ coded: [], seconds: 0 });
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, articles });
    });
  }

  async close(): Promise<void> {
    this.worker.postMessage({ close: true });
    await this.exited;
  }
}

/**
 * Coder threads by default: one. The threads of a pool share the parser model, but each holds its own dictionaries
 * and heap (about 180 MB more per thread on a large input), so two go past the 400 MB a coding run may take and the
 * 500 MB of an ingest, and on the 2-core machines the project is measured on two threads were not measured faster
 * than one (docs/scaling.md): more threads are asked for with --jobs.
 */
export const defaultCoderThreads = (): number => 1;

/** The cores this process may use: what --jobs can usefully go up to. */
export const coresAvailable = (): number => availableParallelism();

/**
 * Articles per piece a pool hands to one thread: small enough that the threads finish a batch together (an uneven
 * split leaves one idle while the other ends), large enough that messaging costs nothing next to coding.
 */
export const POOL_PIECE_ARTICLES = 25;

/**
 * Pieces a pool gives one thread at a time: the next one waits in the thread's queue, so that the thread goes on to it
 * while this thread is busy (storing a batch blocks it: SQLite and SyncPostgresStore are synchronous) instead of
 * idling until this thread hands it one.
 */
export const PIECES_PER_THREAD = 2;

/**
 * Codes batches on `size` coder threads (CodingThread each, with the same options). A batch is cut into pieces,
 * each piece goes to the least busy thread (up to PIECES_PER_THREAD each), and the pieces are put back together in
 * input order, so the result is the one thread's: the coder codes each article on its own (nothing carries over from
 * one article to the next). Several batches may be in flight at once; their pieces are served in the order the batches came.
 */
export class CodingPool implements ArticleCoder {
  private readonly threads: CodingThread[] = [];
  /** Pieces given to each thread and not yet coded. */
  private readonly busy = new Map<CodingThread, number>();
  private readonly queue: Array<{ articles: Article[]; resolve: (b: CodedBatch) => void; reject: (e: Error) => void }> = [];
  /** The parser's model, loaded once in this thread and shared by all the coder threads (null with one thread). */
  private readonly model: SharedParserModel | null = null;

  constructor(readonly size: number, private readonly options: CoderOptions = {}) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a coder pool needs a whole number of threads >= 1, got ${size}`);
    // The first thread starts now and loads its dictionaries while this thread loads the parser's model; the others
    // start when a batch has work for them, so a small input does not pay for threads it never uses.
    this.addThread();
    if (size > 1) {
      this.model = loadSharedParserModel();
      this.threads[0]!.shareParser(this.model);
    }
  }

  private addThread(): void {
    const thread = new CodingThread(this.options);
    if (this.model) thread.shareParser(this.model);
    this.threads.push(thread);
    this.busy.set(thread, 0);
  }

  async code(articles: Article[]): Promise<CodedBatch> {
    if (!articles.length) return { coded: [], seconds: 0 };
    // As many pieces as threads at least, so a small batch still uses them all.
    const pieceSize = Math.max(1, Math.min(POOL_PIECE_ARTICLES, Math.ceil(articles.length / this.size)));
    const pieces: Array<Promise<CodedBatch>> = [];
    for (let i = 0; i < articles.length; i += pieceSize) {
      pieces.push(new Promise((resolve, reject) => this.queue.push({ articles: articles.slice(i, i + pieceSize), resolve, reject })));
    }
    this.dispatch();
    const done = await Promise.all(pieces);
    return { coded: done.flatMap((b) => b.coded), seconds: done.reduce((t, b) => t + b.seconds, 0) };
  }

  /** Gives waiting pieces to the least busy threads (an idle one first, a new one before a busy one). */
  private dispatch(): void {
    while (this.queue.length) {
      let thread = this.threads.reduce((a, b) => (this.busy.get(b)! < this.busy.get(a)! ? b : a));
      if (this.busy.get(thread)! > 0 && this.threads.length < this.size) {
        this.addThread();
        thread = this.threads.at(-1)!;
      }
      if (this.busy.get(thread)! >= PIECES_PER_THREAD) break;
      this.busy.set(thread, this.busy.get(thread)! + 1);
      const piece = this.queue.shift()!;
      thread.code(piece.articles).then(piece.resolve, piece.reject).finally(() => {
        this.busy.set(thread, this.busy.get(thread)! - 1);
        this.dispatch();
      });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}

/** The coder for `jobs` threads: one CodingThread, or a CodingPool of them. */
export function coderThreads(jobs: number, options: CoderOptions = {}): ArticleCoder {
  return jobs === 1 ? new CodingThread(options) : new CodingPool(jobs, options);
}

/**
 * Codes batches of read articles with up to `ahead` batches in flight (so the coder threads keep working while the
 * caller writes out the last results), yielding each batch with its results in input order. Memory stays bounded by
 * `ahead` batches whatever the input's size.
 */
export async function* codeInOrder(coder: ArticleCoder, batches: AsyncIterable<ReadArticle[]>, ahead: number)
  : AsyncGenerator<{ batch: ReadArticle[]; coded: CodedBatch }> {
  const inFlight: Array<Promise<{ batch: ReadArticle[]; coded: CodedBatch }>> = [];
  for await (const batch of batches) {
    const p = coder.code(batch.map((b) => b.article)).then((coded) => ({ batch, coded }));
    // A failure is met when its turn comes (awaited below), not reported early as unhandled.
    p.catch(() => {});
    inFlight.push(p);
    if (inFlight.length >= ahead) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
