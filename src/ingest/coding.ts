// The coder as ingestion uses it: events plus the number of sentences read, for batches of articles, in this thread
// (InlineCoder). Coding on worker threads (CodingThread, CodingPool) is in coding-threads.ts, which does not load
// the coder itself: a thread that only hands batches to coder threads (`detente code --jobs 2`) does not pay for
// the coder's modules and dictionaries. Its names are exported here too, so that one import serves both.
import type { Article, CodedEvent } from '../model.js';
import { EventCoder, type CoderOptions, type SentenceMatches } from '../events/coder.js';
import type { ArticleMemory } from '../events/mentions.js';
import type { Sentence } from '../text/nlp.js';
import type { ArticleCoder, CodedBatch } from './coding-threads.js';

export * from './coding-threads.js';

/**
 * An EventCoder that counts the sentences it codes. codeArticle calls codeSentence once per analysed sentence,
 * so counting there gives the coder's own sentence count for free (re-running the tokenizer would double the cost).
 */
export class SentenceCountingCoder extends EventCoder {
  private sentencesSeen = 0;

  static loadCounting(options: CoderOptions = {}): SentenceCountingCoder {
    return SentenceCountingCoder.from(EventCoder.load(options));
  }

  /** A counting coder sharing a loaded coder's dictionaries (the same coder when it counts already). */
  static from(coder: EventCoder): SentenceCountingCoder {
    return coder instanceof SentenceCountingCoder ? coder : new SentenceCountingCoder(coder.actors, coder.patterns, coder.cameo, coder.options);
  }

  // (Parameters spelled out: a rest parameter spread again on every sentence costs an array per call.)
  override codeSentence(s: Sentence, article: Pick<Article, 'id' | 'date'>, sentenceIndex: number, memory?: ArticleMemory, dating?: 'now' | 'later',
    read: SentenceMatches | null = this.matchSentence(s)): CodedEvent[] {
    this.sentencesSeen++;
    return super.codeSentence(s, article, sentenceIndex, memory, dating, read);
  }

  /** Codes an article and tells how many sentences it had. */
  codeWithSentences(article: Article): { events: CodedEvent[]; sentences: number } {
    const before = this.sentencesSeen;
    const events = this.codeArticle(article);
    return { events, sentences: this.sentencesSeen - before };
  }
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

