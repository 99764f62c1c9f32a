// The coder as ingestion uses it: events plus the number of sentences read, for batches of articles, either in
// this thread or on a worker thread of its own (so that storing one batch overlaps with coding the next).
import { Worker } from 'node:worker_threads';
import type { Article, CodedEvent } from '../model.js';
import { EventCoder, type CoderOptions } from '../events/coder.js';
import { workerEntry } from '../worker-entry.js';

/**
 * An EventCoder that counts the sentences it codes. codeArticle calls codeSentence once per analysed sentence,
 * so counting there gives the coder's own sentence count for free (re-running the tokenizer would double the cost).
 */
export class SentenceCountingCoder extends EventCoder {
  private sentencesSeen = 0;

  static loadCounting(options: CoderOptions = {}): SentenceCountingCoder {
    const base = EventCoder.load(options);
    return new SentenceCountingCoder(base.actors, base.patterns, base.cameo, base.options);
  }

  override codeSentence(...args: Parameters<EventCoder['codeSentence']>): CodedEvent[] {
    this.sentencesSeen++;
    return super.codeSentence(...args);
  }

  /** Codes an article and tells how many sentences it had. */
  codeWithSentences(article: Article): { events: CodedEvent[]; sentences: number } {
    const before = this.sentencesSeen;
    const events = this.codeArticle(article);
    return { events, sentences: this.sentencesSeen - before };
  }
}

export interface CodedBatch {
  /** One entry per article; `error` when the coder failed on that article (the others are unaffected). */
  coded: Array<{ events: CodedEvent[]; sentences: number; error?: string }>;
  /** Time spent in the coder. */
  seconds: number;
}

/** Codes batches of articles. */
export interface ArticleCoder {
  code(articles: Article[]): Promise<CodedBatch>;
  close(): Promise<void>;
}

/** Codes a batch in this thread (the coder is loaded on first use). */
export function codeBatch(coder: SentenceCountingCoder, articles: Article[]): CodedBatch {
  const t0 = performance.now();
  const coded = articles.map((a) => {
    try {
      return coder.codeWithSentences(a);
    } catch (e) {
      // One article the coder cannot read must not stop the batch: it is reported and left unstored.
      return { events: [], sentences: 0, error: `the coder failed on this article: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
  return { coded, seconds: (performance.now() - t0) / 1000 };
}

export class InlineCoder implements ArticleCoder {
  private coder: SentenceCountingCoder | null = null;

  constructor(private readonly load: () => SentenceCountingCoder) {}

  async code(articles: Article[]): Promise<CodedBatch> {
    if (articles.length) this.coder ??= this.load();
    return codeBatch(this.coder!, articles);
  }

  async close(): Promise<void> {}
}

/**
 * The coder's heap is capped: its dictionaries and models take about 90 MB and the rest is short-lived, so with a cap the
 * garbage collector keeps the thread small instead of letting the heap grow, and ingestion stays well under 500 MB.
 */
export const CODER_THREAD_HEAP_MB = 192;

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
      resourceLimits: { maxOldGenerationSizeMb: CODER_THREAD_HEAP_MB },
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
