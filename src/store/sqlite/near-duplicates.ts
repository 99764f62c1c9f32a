// Near-duplicate lookup over the persisted LSH band keys: candidates share a band key and are dated within the
// window; each candidate is confirmed on the exact Jaccard similarity of the word shingles of both texts.
import type Database from 'better-sqlite3';
import {
  LSH_BANDS, MIN_SHINGLES, NEAR_DUPLICATE_JACCARD, NEAR_DUPLICATE_WINDOW_DAYS, jaccard, lshKeys, minhash, shingles,
} from '../../ingest/dedup.js';
import { dateOfDay, dayNumber } from '../../relations/periods.js';

/**
 * Band keys are stored under the article's period of BUCKET_DAYS days: a batch of news from the same days writes to a
 * few neighbouring index pages, and a lookup seeks each key in the two or three periods its window can touch.
 */
const BUCKET_DAYS = 28;
export const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);
export const WINDOW_BUCKETS = Math.floor((2 * NEAR_DUPLICATE_WINDOW_DAYS) / BUCKET_DAYS) + 2;

/** Candidates checked per article, the ones sharing most bands first: bounds the work on template-like texts. */
export const MAX_CANDIDATES = 20;

export interface Fingerprint {
  shingles: Set<number>;
  /** LSH band keys; empty when the text is too short to fingerprint. */
  keys: number[];
}

export interface NearMatch {
  /** The matching stored article and its similarity. */
  seq: number;
  similarity: number;
  /** The original it belongs to: itself, or the article it is a near-duplicate of. */
  rootSeq: number;
  rootId: string;
  rootDate: string;
}

export function fingerprint(text: string): Fingerprint {
  const set = shingles(text);
  return { shingles: set, keys: set.size >= MIN_SHINGLES ? lshKeys(minhash(set)) : [] };
}

export class NearDuplicateIndex {
  private readonly candidates: Database.Statement;
  private readonly candidate: Database.Statement;
  private readonly addKeys: Database.Statement;
  private readonly textOf: Database.Statement;
  private readonly removeKey: Database.Statement;

  constructor(db: Database.Database) {
    const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    this.candidates = db.prepare(`SELECT l.article_seq AS seq, count(*) AS shared
      FROM lsh_bands l JOIN articles a ON a.seq = l.article_seq
      WHERE l.bucket IN (${list(WINDOW_BUCKETS)}) AND l.key IN (${list(LSH_BANDS)}) AND a.date BETWEEN ? AND ?
      GROUP BY l.article_seq ORDER BY shared DESC, l.article_seq LIMIT ${MAX_CANDIDATES}`);
    this.candidate = db.prepare(`SELECT a.text, coalesce(a.duplicate_of, a.seq) AS root_seq, r.id AS root_id, r.date AS root_date
      FROM articles a JOIN articles r ON r.seq = coalesce(a.duplicate_of, a.seq) WHERE a.seq = ?`);
    // One statement per article: the 32 rows go in with one call.
    this.addKeys = db.prepare(`INSERT OR IGNORE INTO lsh_bands (bucket, key, article_seq) VALUES ${Array.from({ length: LSH_BANDS }, () => '(?, ?, ?)').join(', ')}`);
    this.textOf = db.prepare('SELECT text FROM articles WHERE seq = ?');
    this.removeKey = db.prepare('DELETE FROM lsh_bands WHERE bucket = ? AND key = ? AND article_seq = ?');
  }

  /** The most similar stored article at or above the threshold, or null. */
  find(date: string, fp: Fingerprint): NearMatch | null {
    if (!fp.keys.length) return null;
    const day = dayNumber(date);
    const firstBucket = bucketOf(day - NEAR_DUPLICATE_WINDOW_DAYS), lastBucket = bucketOf(day + NEAR_DUPLICATE_WINDOW_DAYS);
    // The statement takes WINDOW_BUCKETS values; repeating the last bucket adds no seeks.
    const buckets = Array.from({ length: WINDOW_BUCKETS }, (_, k) => Math.min(firstBucket + k, lastBucket));
    const rows = this.candidates.all(...buckets, ...fp.keys, dateOfDay(day - NEAR_DUPLICATE_WINDOW_DAYS), dateOfDay(day + NEAR_DUPLICATE_WINDOW_DAYS)) as Array<{ seq: number }>;
    let best: NearMatch | null = null;
    for (const { seq } of rows) {
      const c = this.candidate.get(seq) as { text: string; root_seq: number; root_id: string; root_date: string };
      const similarity = jaccard(fp.shingles, shingles(c.text));
      if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) {
        best = { seq, similarity, rootSeq: c.root_seq, rootId: c.root_id, rootDate: c.root_date };
      }
    }
    return best;
  }

  add(articleSeq: number, date: string, fp: Fingerprint): void {
    if (!fp.keys.length) return;
    const bucket = bucketOf(dayNumber(date));
    this.addKeys.run(fp.keys.flatMap((key) => [bucket, key, articleSeq]));
  }

  /** Takes an article's keys out (they are computed again from its date and text: the table is keyed by them). */
  remove(articleSeq: number, date: string, text: string): void {
    const bucket = bucketOf(dayNumber(date));
    for (const key of fingerprint(text).keys) this.removeKey.run(bucket, key, articleSeq);
  }

  /** Jaccard similarity of two stored articles (after an original changes, for the links that move to it). */
  similarity(seqA: number, seqB: number): number {
    const text = (seq: number) => (this.textOf.get(seq) as { text: string }).text;
    return jaccard(shingles(text(seqA)), shingles(text(seqB)));
  }
}
