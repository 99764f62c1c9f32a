// Ingestion: read items → batches → code → store, one transaction per batch.
//
// Safe to kill at any point: a batch is committed whole or not at all, and the store skips what it already has
// (same id, URL or text), so re-running the same inputs stores what was missing and nothing twice. Articles the
// store already has are recognised before coding, so a re-run costs reading, not coding. With a coder on a thread
// of its own, batch k is stored while batch k+1 is coded.
import type { Article } from '../model.js';
import type { ArticleToStore, SkipReason, Store } from '../store/store.js';
import { inBatches, type ReadError, type ReadItem } from './readers.js';
import type { ErrorLog } from './errors-log.js';
import type { ArticleCoder } from './coding.js';

export const DEFAULT_BATCH_SIZE = 200;

export interface IngestSummary {
  /** Well-formed articles read. */
  read: number;
  /** Records that could not be read (reported with file and line). */
  malformed: number;
  stored: number;
  /** Of the stored, articles that replaced a stored version (with `replace`). */
  replaced: number;
  skipped: Record<SkipReason, number>;
  /** Stored articles that are near-duplicates of earlier ones (linked; their events do not count). */
  nearDuplicates: number;
  /** Sentences and events of the stored articles. */
  sentences: number;
  events: number;
  seconds: number;
  /** Time spent in the coder and in the store (the rest is reading and parsing). */
  codingSeconds: number;
  storingSeconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Re-store and re-code articles whose id is already stored (Store.ingestBatch with replace). */
  replace?: boolean;
  /** The coder: InlineCoder (this thread) or CodingThread (coding overlaps with storing). */
  coder: ArticleCoder;
  errors: ErrorLog;
  /** Called after each batch is stored, with the running totals and the last item of the batch. */
  onProgress?: (summary: IngestSummary, last: { file: string; line: number }) => void;
}

export const emptySummary = (): IngestSummary => ({
  read: 0, malformed: 0, stored: 0, replaced: 0, skipped: { 'same-id': 0, 'same-url': 0, 'same-text': 0 }, nearDuplicates: 0,
  sentences: 0, events: 0, seconds: 0, codingSeconds: 0, storingSeconds: 0,
});

type Pending = Array<{ article: Article; file: string; line: number }>;

export async function ingest(store: Store, items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary = emptySummary();
  const started = performance.now();
  let pending: Pending = [];
  /** A coded batch waiting to be stored (stored while the next batch is coded). */
  let ready: { batch: ArticleToStore[]; last: { file: string; line: number } } | null = null;

  const storeBatch = (r: NonNullable<typeof ready>) => {
    const t0 = performance.now();
    // The store checks again inside the transaction: the same article twice in one batch or in consecutive
    // batches (the second was checked before the first was stored), or another writer.
    const result = store.ingestBatch(r.batch, { replace: opts.replace });
    summary.storingSeconds += (performance.now() - t0) / 1000;
    summary.stored += result.stored;
    summary.replaced += result.replaced;
    for (const s of result.skipped) summary.skipped[s.reason]++;
    summary.nearDuplicates += result.nearDuplicates;
    summary.sentences += result.sentences;
    summary.events += result.events;
    summary.seconds = (performance.now() - started) / 1000;
    opts.onProgress?.(summary, r.last);
  };

  const flush = async () => {
    if (!pending.length) return;
    const last = pending.at(-1)!;
    const fresh: Pending = [];
    const t0 = performance.now();
    // Already stored (a re-run): skip without coding. Replacing codes every article; the store decides.
    const skips = opts.replace ? [] : store.existingMany(pending.map((p) => p.article));
    pending.forEach((item, i) => {
      const skip = skips[i];
      if (skip) summary.skipped[skip.reason]++;
      else fresh.push(item);
    });
    summary.storingSeconds += (performance.now() - t0) / 1000;
    pending = [];
    const coding = opts.coder.code(fresh.map((f) => f.article));
    if (ready) storeBatch(ready);
    const { coded, seconds } = await coding;
    summary.codingSeconds += seconds;
    const batch: ArticleToStore[] = [];
    fresh.forEach(({ article, file, line }, i) => {
      const { error, ...result } = coded[i]!;
      if (error) {
        summary.malformed++;
        opts.errors.report({ file, line, message: error, record: JSON.stringify(article).slice(0, 500) });
      } else batch.push({ article, ...result });
    });
    ready = { batch, last };
  };

  const malformed = (error: ReadError) => {
    summary.malformed++;
    opts.errors.report(error);
  };
  for await (const batch of inBatches(items, batchSize, malformed)) {
    summary.read += batch.length;
    pending = batch;
    await flush();
  }
  if (ready) storeBatch(ready);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
