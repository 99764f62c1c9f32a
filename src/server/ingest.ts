// Ingest of posted articles: code each new article and store it with its events in one transaction. Articles the
// store already has (same id, URL or text) are not coded at all; ingestBatch checks again inside its transaction.
import type { EventCoder } from '../events/coder.js';
import { SentenceCountingCoder } from '../ingest/coding.js';
import type { Article } from '../model.js';
import type { ArticleToStore, IngestBatchResult, Skip, Store } from '../store/store.js';

/** The coder as ingestion uses it (it also counts the sentences it reads), sharing the loaded dictionaries. */
function countingCoder(coder: EventCoder): SentenceCountingCoder {
  return coder instanceof SentenceCountingCoder ? coder : new SentenceCountingCoder(coder.actors, coder.patterns, coder.cameo, coder.options);
}

export function ingestArticles(store: Store, coder: EventCoder, articles: Article[]): IngestBatchResult {
  const counting = countingCoder(coder);
  const known: Skip[] = [];
  const batch: ArticleToStore[] = [];
  for (const article of articles) {
    const skip = store.existing(article);
    if (skip) known.push(skip);
    else batch.push({ article, ...counting.codeWithSentences(article) });
  }
  const result = store.ingestBatch(batch);
  return { ...result, skipped: [...known, ...result.skipped] };
}
