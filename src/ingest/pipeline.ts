// Ingestion: read items → batches → code → store, one transaction per batch.
//
// Safe to kill at any point: a batch is committed whole or not at all, and the store skips what it already has
// (same id, URL or text), so re-running the same inputs stores what was missing and nothing twice. Articles the
// store already has are recognised before coding, so a re-run costs reading, not coding.
import type { Article } from '../model.js';
import type { ArticleToStore, IngestBatchResult, SkipReason, Store } from '../store/store.js';
import type { ReadItem } from './readers.js';
import type { ErrorLog } from './errors-log.js';
import type { SentenceCountingCoder } from './coding.js';

export const DEFAULT_BATCH_SIZE = 200;

export interface IngestSummary {
  /** Well-formed articles read. */
  read: number;
  /** Records that could not be read (reported with file and line). */
  malformed: number;
  stored: number;
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
  /** Whether the store worked on a thread of its own, at the same time as the coder. */
  storingOverlapped: boolean;
}

/** Stores one batch; with a background writer it resolves when the batch is committed. */
export type BatchWriter = (batch: ArticleToStore[]) => Promise<{ result: IngestBatchResult; seconds: number }>;

export interface IngestOptions {
  batchSize?: number;
  /** The coder, loaded on first need (a re-run that finds everything stored never loads it). */
  coder: () => SentenceCountingCoder;
  errors: ErrorLog;
  /**
   * Where batches go: by default store.ingestBatch on this thread; a BackgroundWriter stores batch k while the coder
   * works on batch k+1. Either way batches are committed in order, one transaction each.
   */
  write?: BatchWriter;
  /** Called after each batch with the running totals and the last item read. */
  onProgress?: (summary: IngestSummary, last: { file: string; line: number }) => void;
}

export const emptySummary = (): IngestSummary => ({
  read: 0, malformed: 0, stored: 0, skipped: { 'same-id': 0, 'same-url': 0, 'same-text': 0 }, nearDuplicates: 0,
  sentences: 0, events: 0, seconds: 0, codingSeconds: 0, storingSeconds: 0, storingOverlapped: false,
});

export async function ingest(store: Store, items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary = emptySummary();
  summary.storingOverlapped = opts.write !== undefined;
  const write: BatchWriter = opts.write ?? (async (batch) => {
    const t0 = performance.now();
    const result = store.ingestBatch(batch);
    return { result, seconds: (performance.now() - t0) / 1000 };
  });
  const started = performance.now();
  let coder: SentenceCountingCoder | null = null;
  let pending: Array<{ article: Article; file: string; line: number }> = [];
  /** The batch being stored while the next one is coded (at most one, so memory stays bounded). */
  let storing: Promise<void> | null = null;

  const code = (items: typeof pending): ArticleToStore[] => {
    const batch: ArticleToStore[] = [];
    for (const { article } of items) {
      const t0 = performance.now();
      // Already stored (a re-run): skip without coding. The store checks again when writing.
      const skip = store.existing(article);
      summary.storingSeconds += (performance.now() - t0) / 1000;
      if (skip) { summary.skipped[skip.reason]++; continue; }
      coder ??= opts.coder();
      const t1 = performance.now();
      const { events, sentences } = coder.codeWithSentences(article);
      summary.codingSeconds += (performance.now() - t1) / 1000;
      batch.push({ article, events, sentences });
    }
    return batch;
  };

  const flush = async () => {
    if (!pending.length) return;
    const last = pending.at(-1)!;
    const batch = code(pending);
    pending = [];
    if (storing) await storing;
    storing = write(batch).then(({ result, seconds }) => {
      summary.storingSeconds += seconds;
      summary.stored += result.stored;
      for (const s of result.skipped) summary.skipped[s.reason]++;
      summary.nearDuplicates += result.nearDuplicates;
      summary.sentences += result.sentences;
      summary.events += result.events;
      summary.seconds = (performance.now() - started) / 1000;
      opts.onProgress?.(summary, last);
    });
    if (!opts.write) await storing;
  };

  for await (const item of items) {
    if ('error' in item) {
      summary.malformed++;
      opts.errors.report(item.error);
      continue;
    }
    summary.read++;
    pending.push(item);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  if (storing) await storing;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
