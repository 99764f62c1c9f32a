// Coding on worker threads: a worker thread of its own (so that storing one batch overlaps with coding the next), or
// a pool of such threads (CodingPool: a batch is split across them, and the results come back in input order).
// Nothing here loads the coder (coding.ts does, for coding in this thread).
import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Article, CodedEvent } from '../model.js';
import type { ReadArticle } from './readers.js';
import type { CoderOptions } from '../events/coder.js';
import { workerEntry } from '../worker-entry.js';
import { loadSharedParserModel, type SharedParserModel } from '../text/parser/model-file.js';
import type { PackedSentences } from '../text/sentences.js';

export interface CodedBatch {
  /** One entry per article; `error` when the coder failed on that article (the others are unaffected). */
  coded: Array<{ events: CodedEvent[]; sentences: number; error?: string }>;
  /** Time spent in the coder (on a pool: summed over its threads, i.e. coder CPU time, not wall time). */
  seconds: number;
}

/** What a batch gives for an article the coder failed on: no events, and why (the batch's other articles stand). */
export function failedArticle(e: unknown): CodedBatch['coded'][number] {
  return { events: [], sentences: 0, error: `the coder failed on this article: ${e instanceof Error ? e.message : String(e)}` };
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

/**
 * A worker thread that answers requests, each with the id it came with; when the thread fails or stops with requests
 * pending, every one of them fails with the reason.
 */
class ThreadCalls<Reply> {
  readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  failure: Error | null = null;
  readonly exited: Promise<void>;

  /** @param what the thread's name in errors ("coder", "sentence reader"); its requests' answers carry their id */
  constructor(entry: URL, options: WorkerOptions, what: string) {
    this.worker = new Worker(entry, options);
    this.worker.on('message', (reply: ({ id: number } & Reply) | { id: number; error: string }) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(`${what}: ${reply.error}`));
      else w.resolve(reply as Reply);
    });
    const fail = (e: Error) => {
      this.failure = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      // (Closed or not, a thread that has stopped answers nothing more: what is asked of it later fails at once.)
      fail(this.failure ?? new Error(`the ${what} thread stopped (exit code ${code})`));
      resolve();
    }));
  }

  /** Posts a request and waits for its answer (answers may come in any order: each carries its request's id). */
  call(message: object, transfer: ArrayBuffer[] = []): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message }, transfer);
    });
  }

  async close(): Promise<void> {
    this.worker.postMessage({ close: true });
    await this.exited;
  }
}

/**
 * Reads articles' sentences (wink-nlp's tokens and tags: text/sentences.ts) on a thread of its own and hands them back
 * packed: a coder thread given them starts at the dictionaries. With one coder thread, reading is then done on the
 * second core, which the coder thread leaves mostly idle, rather than before coding on the coder's own (docs/coder.md,
 * "Twenty-second round"). Its own thread, not the caller's, so that its heap is capped like the coders'.
 */
export class ReadingThread {
  private readonly calls = new ThreadCalls<{ packed: PackedSentences }>(workerEntry(import.meta.url, 'reading-thread'), {
    resourceLimits: { maxOldGenerationSizeMb: READING_THREAD_HEAP_MB, maxYoungGenerationSizeMb: READING_THREAD_YOUNG_MB },
  }, 'sentence reader');

  /** The sentences of these texts, packed (an article whose reading failed packed as its error). */
  async read(texts: string[]): Promise<PackedSentences> {
    return (await this.calls.call({ texts })).packed;
  }

  close(): Promise<void> {
    return this.calls.close();
  }
}

/** The reading thread's heap: wink-nlp's model takes about 40 MB; the rest is each batch's sentences, short-lived. */
export const READING_THREAD_HEAP_MB = 128;
export const READING_THREAD_YOUNG_MB = 16;

/**
 * What a coder thread may leave to others, for a caller that has a core to spare (`detente code`, whose own thread
 * only reads and writes), never for one whose thread must stay free to answer (the server) or is busy storing (ingest).
 */
export interface CodingThreadHelp {
  /** Reads the articles' sentences before they are handed over (the caller closes it); when it fails, the coder
   *  thread reads them itself. */
  reader?: ReadingThread | null;
  /** Date the coded events (dateEvents) on this thread, after the coder thread has coded them. */
  dateHere?: boolean;
}

/** Codes batches on a worker thread (coding-thread.ts), one batch at a time, in order. */
export class CodingThread implements ArticleCoder {
  private readonly calls: ThreadCalls<{ batch: CodedBatch }>;
  private readonly reader: ReadingThread | null;
  /** The dating stage, when this thread dates (loaded from the start, while the coder thread loads the coder). */
  private readonly dating: Promise<typeof import('../events/dating.js')> | null;

  constructor(options: CoderOptions = {}, help: CodingThreadHelp = {}) {
    this.reader = help.reader ?? null;
    this.dating = help.dateHere ? import('../events/dating.js') : null;
    this.calls = new ThreadCalls(workerEntry(import.meta.url, 'coding-thread'), {
      workerData: { options },
      resourceLimits: { maxOldGenerationSizeMb: CODER_THREAD_HEAP_MB, maxYoungGenerationSizeMb: CODER_THREAD_YOUNG_MB },
    }, 'coder');
  }

  /** Has the thread parse with these tables (shared memory) rather than load its own copy; before any batch. */
  shareParser(model: SharedParserModel): void {
    this.calls.worker.postMessage({ parser: model });
  }

  async code(articles: Article[]): Promise<CodedBatch> {
    if (this.calls.failure) throw this.calls.failure;
    if (!articles.length) return { coded: [], seconds: 0 };
    // (A batch the reader could not read is read by the coder thread: the same sentences, more slowly.)
    const sentences = this.reader && (await this.reader.read(articles.map((a) => a.text)).catch(() => null));
    const { batch } = await this.calls.call(
      { articles, ...(sentences ? { sentences } : {}), ...(this.dating ? { dating: 'later' } : {}) },
      sentences ? [sentences.shapes.buffer as ArrayBuffer, sentences.tokens.buffer as ArrayBuffer] : [],
    );
    if (this.dating) (await this.dating).dateArticles(batch.coded, articles.map((a) => a.date), failedArticle);
    return batch;
  }

  close(): Promise<void> {
    return this.calls.close();
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

  constructor(readonly size: number, private readonly options: CoderOptions = {}, private readonly help: CodingThreadHelp = {}) {
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
    const thread = new CodingThread(this.options, this.help);
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

/**
 * The coder for `jobs` threads: one CodingThread, or a CodingPool of them. With `spareCore` (the caller's thread only
 * reads and writes, and a core is left over), their sentences are read by a ReadingThread of their own (closed with
 * them) and their events dated on the caller's thread: see CodingThreadHelp.
 */
export function coderThreads(jobs: number, options: CoderOptions = {}, { spareCore = false } = {}): ArticleCoder {
  const reader = spareCore ? new ReadingThread() : null;
  const help: CodingThreadHelp = { reader, dateHere: spareCore };
  const coder = jobs === 1 ? new CodingThread(options, help) : new CodingPool(jobs, options, help);
  // (The parser's model too is then loaded here, while the coder thread loads the coder, and shared with it; a pool
  // shares one anyway.)
  if (spareCore && coder instanceof CodingThread) coder.shareParser(loadSharedParserModel());
  if (!reader) return coder;
  return {
    code: (articles) => coder.code(articles),
    close: async () => {
      await coder.close();
      await reader.close();
    },
  };
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
