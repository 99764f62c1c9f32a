// Ingest of posted articles: code each new article and store it with its events in one transaction. Articles the
// store already has (same id, URL or text) are not coded at all; ingestBatch checks again inside its transaction.
// The coding is done by an ArticleCoder: on the server, a coder thread, so that the event loop keeps answering reads
// while a large post is coded.
import type { ArticleCoder } from '../ingest/coding.js';
import type { Article } from '../model.js';
import type { ArticleToStore, IngestBatchResult, Skip, Store } from '../store/store.js';

export interface PostedIngestResult extends IngestBatchResult {
  /** Articles the coder failed on: not stored, the rest of the post is. */
  failed: Array<{ id: string; error: string }>;
}

export async function ingestArticles(store: Store, coder: ArticleCoder, articles: Article[]): Promise<PostedIngestResult> {
  const known: Skip[] = [];
  const fresh: Article[] = [];
  store.existingMany(articles).forEach((skip, i) => {
    if (skip) known.push(skip);
    else fresh.push(articles[i]!);
  });
  const { coded } = await coder.code(fresh);
  const batch: ArticleToStore[] = [];
  const failed: PostedIngestResult['failed'] = [];
  fresh.forEach((article, i) => {
    const { error, ...result } = coded[i]!;
    if (error) failed.push({ id: article.id, error });
    else batch.push({ article, ...result });
  });
  const result = store.ingestBatch(batch);
  return { ...result, skipped: [...known, ...result.skipped], failed };
}
