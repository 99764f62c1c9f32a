// Near-duplicate lookup on PostgreSQL over the persisted LSH band keys: the method of ../sqlite/near-duplicates.ts
// (candidates share a band key and are dated within the window; each is confirmed on the exact Jaccard similarity).
import type pg from 'pg';
import { NEAR_DUPLICATE_JACCARD, NEAR_DUPLICATE_WINDOW_DAYS, jaccard, shingles } from '../../ingest/dedup.js';
import { dateOfDay, dayNumber } from '../../relations/periods.js';
import { MAX_CANDIDATES, bucketOf, fingerprint, type Fingerprint, type NearMatch } from '../sqlite/near-duplicates.js';
import { all, first } from './sql.js';

export class PgNearDuplicateIndex {
  constructor(private readonly c: pg.ClientBase) {}

  /** The most similar stored article at or above the threshold, or null. */
  async find(date: string, fp: Fingerprint): Promise<NearMatch | null> {
    if (!fp.keys.length) return null;
    const day = dayNumber(date);
    const lo = day - NEAR_DUPLICATE_WINDOW_DAYS, hi = day + NEAR_DUPLICATE_WINDOW_DAYS;
    const buckets: number[] = [];
    for (let b = bucketOf(lo); b <= bucketOf(hi); b++) buckets.push(b);
    const rows = await all<{ seq: number; text: string; root_seq: number; root_id: string; root_date: string }>(this.c, `
      WITH hits AS MATERIALIZED (
        -- Band keys first, on their own: probes of the primary key whatever the planner knows of the tables' sizes
        -- (joined with articles, a fresh store's missing statistics lead it to scan every article instead).
        SELECT article_seq, count(*) AS shared FROM lsh_bands
        WHERE bucket = ANY($1::int[]) AND key = ANY($2::bigint[]) GROUP BY article_seq),
      candidates AS (
        SELECT h.article_seq AS seq, h.shared FROM hits h JOIN articles a ON a.seq = h.article_seq
        WHERE a.date BETWEEN $3 AND $4 ORDER BY h.shared DESC, h.article_seq LIMIT ${MAX_CANDIDATES})
      SELECT c.seq, a.text, r.seq AS root_seq, r.id AS root_id, r.date AS root_date
      FROM candidates c JOIN articles a ON a.seq = c.seq JOIN articles r ON r.seq = coalesce(a.duplicate_of, a.seq)
      ORDER BY c.shared DESC, c.seq`, [buckets, fp.keys, dateOfDay(lo), dateOfDay(hi)]);
    let best: NearMatch | null = null;
    for (const c of rows) {
      const similarity = jaccard(fp.shingles, shingles(c.text));
      if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) {
        best = { seq: c.seq, similarity, rootSeq: c.root_seq, rootId: c.root_id, rootDate: c.root_date };
      }
    }
    return best;
  }

  async add(articleSeq: number, date: string, fp: Fingerprint): Promise<void> {
    if (!fp.keys.length) return;
    await this.c.query({
      name: 'bands_add',
      text: 'INSERT INTO lsh_bands (bucket, key, article_seq) SELECT $1, unnest($2::bigint[]), $3 ON CONFLICT DO NOTHING',
      values: [bucketOf(dayNumber(date)), fp.keys, articleSeq],
    });
  }

  /** Takes an article's keys out (recomputed from its date and text, the table's key). */
  async remove(articleSeq: number, date: string, text: string): Promise<void> {
    const keys = fingerprint(text).keys;
    if (!keys.length) return;
    await this.c.query({
      name: 'bands_remove',
      text: 'DELETE FROM lsh_bands WHERE bucket = $1 AND key = ANY($2::bigint[]) AND article_seq = $3',
      values: [bucketOf(dayNumber(date)), keys, articleSeq],
    });
  }

  /** Jaccard similarity of two stored articles. */
  async similarity(seqA: number, seqB: number): Promise<number> {
    const text = async (seq: number) => (await first<{ text: string }>(this.c, 'SELECT text FROM articles WHERE seq = $1', [seq], 'article_text'))!.text;
    return jaccard(shingles(await text(seqA)), shingles(await text(seqB)));
  }
}
