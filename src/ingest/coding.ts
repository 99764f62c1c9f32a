// The coder as ingestion uses it: events plus the number of sentences read, for batches of articles, in this thread
// (InlineCoder). Coding on worker threads (CodingThread, CodingPool) is in coding-threads.ts, which does not load
// the coder itself: a thread that only hands batches to coder threads (`detente code --jobs 2`) does not pay for
// the coder's modules and dictionaries. Its names are exported here too, so that one import serves both.
import type { Article, CodedEvent } from '../model.js';
import { dateEvents, EventCoder, type CoderOptions, type PreparedArticle } from '../events/coder.js';
import type { ArticleCoder, CodedBatch } from './coding-threads.js';

export * from './coding-threads.js';

/** The coder as ingestion uses it: events with the number of sentences the article had. */
export class SentenceCountingCoder extends EventCoder {
  static loadCounting(options: CoderOptions = {}): SentenceCountingCoder {
    return SentenceCountingCoder.from(EventCoder.load(options));
  }

  /** A counting coder sharing a loaded coder's dictionaries (the same coder when it counts already). */
  static from(coder: EventCoder): SentenceCountingCoder {
    return coder instanceof SentenceCountingCoder ? coder : new SentenceCountingCoder(coder.actors, coder.patterns, coder.cameo, coder.options);
  }

  /** Codes an article and tells how many sentences it had (its events' days read now, or by the caller later). */
  codeWithSentences(article: Article, prepared: PreparedArticle = this.prepareArticle(article), dating: 'now' | 'later' = 'now'): { events: CodedEvent[]; sentences: number } {
    return { events: this.codeArticle(article, prepared, dating), sentences: prepared.sentences.length };
  }
}

/** Codes a batch in this thread (the coder is loaded on first use). */
export function codeBatch(coder: SentenceCountingCoder, articles: Article[]): CodedBatch {
  const t0 = performance.now();
  // Every article read up to the stages that need no memory first, then each coded: one stage over many sentences in
  // a row keeps its tables in the processor's caches.
  const prepared = articles.map((a) => {
    try {
      return coder.prepareArticle(a);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
  const failed = (e: unknown) => ({ events: [], sentences: 0, error: `the coder failed on this article: ${e instanceof Error ? e.message : String(e)}` });
  const coded: CodedBatch['coded'] = articles.map((a, k) => {
    try {
      const p = prepared[k]!;
      if (p instanceof Error) throw p;
      return coder.codeWithSentences(a, p, 'later');
    } catch (e) {
      // One article the coder cannot read must not stop the batch: it is reported and left unstored.
      return failed(e);
    }
  });
  // The days of all the batch's events last, one stage over many sentences again (see dateEvents).
  for (let k = 0; k < coded.length; k++) {
    const c = coded[k]!;
    if (c.error) continue;
    try {
      dateEvents(c.events, articles[k]!.date);
    } catch (e) {
      coded[k] = failed(e);
    }
  }
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

