// The coder as ingestion uses it: events plus the number of sentences read, without analysing the text twice.
import type { Article, CodedEvent } from '../model.js';
import { EventCoder, type CoderOptions } from '../events/coder.js';

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
