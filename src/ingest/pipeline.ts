// Ingestion: read items → batches → code → store, one transaction per batch.
//
// Safe to kill at any point: a batch is committed whole or not at all, and the store skips what it already has
// (same id, URL or text), so re-running the same inputs stores what was missing and nothing twice. Articles the
// store already has are recognised before coding, so a re-run costs reading, not coding.
import type { Article } from '../model.js';
import type { SkipReason, Store } from '../store/store.js';
import type { ArticleToStore } from '../store/store.js';
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
}

export interface IngestOptions {
  batchSize?: number;
  /** The coder, loaded on first need (a re-run that finds everything stored never loads it). */
  coder: () => SentenceCountingCoder;
  errors: ErrorLog;
  /** Called after each batch with the running totals and the last item read. */
  onProgress?: (summary: IngestSummary, last: { file: string; line: number }) => void;
}

export const emptySummary = (): IngestSummary => ({
  read: 0, malformed: 0, stored: 0, skipped: { 'same-id': 0, 'same-url': 0, 'same-text': 0 }, nearDuplicates: 0,
  sentences: 0, events: 0, seconds: 0, codingSeconds: 0, storingSeconds: 0,
});

export async function ingest(store: Store, items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary = emptySummary();
  const started = performance.now();
  let coder: SentenceCountingCoder | null = null;
  let pending: Array<{ article: Article; file: string; line: number }> = [];

  const flush = () => {
    if (!pending.length) return;
    const batch: ArticleToStore[] = [];
    for (const { article } of pending) {
      const t0 = performance.now();
      const skip = store.existing(article);
      summary.storingSeconds += (performance.now() - t0) / 1000;
      if (skip) { summary.skipped[skip.reason]++; continue; }
      coder ??= opts.coder();
      const t1 = performance.now();
      const { events, sentences } = coder.codeWithSentences(article);
      summary.codingSeconds += (performance.now() - t1) / 1000;
      batch.push({ article, events, sentences });
    }
    const t2 = performance.now();
    // The store checks again inside the transaction: the same article twice in one batch, or another writer.
    const result = store.ingestBatch(batch);
    summary.storingSeconds += (performance.now() - t2) / 1000;
    summary.stored += result.stored;
    for (const s of result.skipped) summary.skipped[s.reason]++;
    summary.nearDuplicates += result.nearDuplicates;
    summary.sentences += result.sentences;
    summary.events += result.events;
    const last = pending.at(-1)!;
    pending = [];
    summary.seconds = (performance.now() - started) / 1000;
    opts.onProgress?.(summary, last);
  };

  for await (const item of items) {
    if ('error' in item) {
      summary.malformed++;
      opts.errors.report(item.error);
      continue;
    }
    summary.read++;
    pending.push(item);
    if (pending.length >= batchSize) flush();
  }
  flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
