// Ingest of posted articles: code each new article and store it with its events in one transaction. Articles the
// store already has (same id, URL or text) are not coded at all; ingestBatch checks again inside its transaction.
import type { EventCoder } from '../events/coder.js';
import type { Article } from '../model.js';
import type { ArticleToStore, IngestBatchResult, Skip, Store } from '../store/store.js';
import { newsSegments } from '../text/article.js';
import { analyze } from '../text/nlp.js';

/** Sentences the coder reads in an article (the store keeps the count for coverage figures). */
function countSentences(text: string): number {
  let n = 0;
  for (const seg of newsSegments(text)) n += analyze(seg.text).length;
  return n;
}

export function ingestArticles(store: Store, coder: EventCoder, articles: Article[]): IngestBatchResult {
  const known: Skip[] = [];
  const batch: ArticleToStore[] = [];
  for (const article of articles) {
    const skip = store.existing(article);
    if (skip) known.push(skip);
    else batch.push({ article, events: coder.codeArticle(article), sentences: countSentences(article.text) });
  }
  const result = store.ingestBatch(batch);
  return { ...result, skipped: [...known, ...result.skipped] };
}
