// Copying a store into another (SQLite → PostgreSQL or back): articles in the order they were stored, each with its
// coded events as stored (evidence spans, locations, scores), through the target's ingestBatch. Replaying the same
// articles in the same order rebuilds the same near-duplicate links, clusters and relations index, so nothing
// derived is copied, only what was coded. Articles the target already has are skipped: a stopped copy resumes.
import type { CodedEvent } from '../model.js';
import type { ArticleToStore, Store, StoreStats, StoredArticle, StoredEvent } from './store.js';

export const COPY_BATCH = 200;

export interface CopySummary {
  copied: number;
  skipped: number;
  events: number;
  from: StoreStats;
  to: StoreStats;
}

/** The article as it was given to the store (its bookkeeping dropped). */
export function articleOfStored(a: StoredArticle): ArticleToStore['article'] {
  const { textHash: _h, duplicateOf: _d, similarity: _s, sentences: _n, ingestedAt: _i, ...article } = a;
  return article;
}

/** The event as the coder gave it (the store's bookkeeping dropped). */
export function codedEventOfStored(e: StoredEvent): CodedEvent {
  const {
    seq: _q, counted: _c, clusterId: _k, mentions: _m, sources: _s, articles: _a, articleSource: _as, articleUrl: _au, ingestedAt: _i, ...event
  } = e;
  return event;
}

export function copyStore(from: Store, to: Store, opts: { batchSize?: number; onBatch?: (copied: number, skipped: number) => void } = {}): CopySummary {
  const batchSize = opts.batchSize ?? COPY_BATCH;
  const summary = { copied: 0, skipped: 0, events: 0 };
  for (let offset = 0; ; offset += batchSize) {
    const page = from.articles({ limit: batchSize, offset });
    const batch: ArticleToStore[] = page.map((a) => ({
      article: articleOfStored(a),
      events: from.events({ docId: a.id, dedup: false }).map(codedEventOfStored),
      sentences: a.sentences,
    }));
    if (batch.length) {
      const r = to.ingestBatch(batch);
      summary.copied += r.stored;
      summary.skipped += r.skipped.length;
      summary.events += r.events;
      opts.onBatch?.(summary.copied, summary.skipped);
    }
    if (page.length < batchSize) break;
  }
  return { ...summary, from: from.stats(), to: to.stats() };
}
