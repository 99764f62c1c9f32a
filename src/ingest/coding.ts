// The coder as ingestion uses it: events plus the number of sentences read, for batches of articles, in this thread
// (InlineCoder). Coding on worker threads (CodingThread, CodingPool) is in coding-threads.ts, which does not load
// the coder itself: a thread that only hands batches to coder threads (`detente code --jobs 2`) does not pay for
// the coder's modules and dictionaries. Its names are exported here too, so that one import serves both.
import type { Article, CodedEvent } from '../model.js';
import { EventCoder, type CoderOptions, type PreparedArticle } from '../events/coder.js';
import { dateArticles } from '../events/dating.js';
import { failedArticle, type ArticleCoder, type CodedBatch } from './coding-threads.js';
import type { Sentence } from '../text/nlp.js';

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

/**
 * Codes a batch in this thread (the coder is loaded on first use). `read`: the articles' sentences when another thread
 * has read them already (see text/sentences.ts), an Error where reading one failed.
 */
export function codeBatch(coder: SentenceCountingCoder, articles: Article[], read?: ReadonlyArray<Sentence[] | Error>, dating: 'now' | 'later' = 'now'): CodedBatch {
  const t0 = performance.now();
  // Every article read up to the stages that need no memory first, then each coded: one stage over many sentences in
  // a row keeps its tables in the processor's caches.
  const prepared = articles.map((a, k) => {
    try {
      const sentences = read?.[k];
      if (sentences instanceof Error) throw sentences;
      return coder.prepareArticle(a, sentences);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
  const coded: CodedBatch['coded'] = articles.map((a, k) => {
    try {
      const p = prepared[k]!;
      if (p instanceof Error) throw p;
      return coder.codeWithSentences(a, p, 'later');
    } catch (e) {
      // One article the coder cannot read must not stop the batch: it is reported and left unstored.
      return failedArticle(e);
    }
  });
  // The days of all the batch's events last, one stage over many sentences again (see dateEvents); or by the caller,
  // with `dating: 'later'` (CodingThread, on a thread with a core to spare).
  if (dating === 'now') dateArticles(coded, articles.map((a) => a.date), failedArticle);
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

