// Near-duplicate lookup on PostgreSQL over the persisted LSH band keys: the method of ../sqlite/near-duplicates.ts
// (candidates share a band key and are dated within the window; each is confirmed on the exact Jaccard similarity).
import type pg from 'pg';
import { NEAR_DUPLICATE_JACCARD, NEAR_DUPLICATE_WINDOW_DAYS, jaccard, shingles } from '../../ingest/dedup.js';
import { dateOfDay, dayNumber } from '../../relations/periods.js';
import { MAX_CANDIDATES, bucketOf, fingerprint, type Fingerprint, type NearMatch } from '../sqlite/near-duplicates.js';
import { all, first } from './sql.js';

/** The dates a near-duplicate of an article dated `date` may have, and the band-key periods they fall in. */
export function windowOf(date: string): { buckets: number[]; lo: string; hi: string } {
  const day = dayNumber(date);
  const lo = day - NEAR_DUPLICATE_WINDOW_DAYS, hi = day + NEAR_DUPLICATE_WINDOW_DAYS;
  const buckets: number[] = [];
  for (let b = bucketOf(lo); b <= bucketOf(hi); b++) buckets.push(b);
  return { buckets, lo: dateOfDay(lo), hi: dateOfDay(hi) };
}

/** A stored article sharing `shared` band keys with the one looked up. */
export interface Candidate { seq: number; shared: number }

/** A stored article as a near-duplicate candidate: its text and the original it belongs to. */
export interface CandidateArticle { text: string; rootSeq: number; rootId: string; rootDate: string }

/** Ranks candidates as find() does: most shared band keys first, then the older; at most MAX_CANDIDATES. */
export const rankCandidates = (cs: Candidate[]): Candidate[] =>
  cs.sort((a, b) => b.shared - a.shared || a.seq - b.seq).slice(0, MAX_CANDIDATES);

export class PgNearDuplicateIndex {
  constructor(private readonly c: pg.ClientBase) {}

  /**
   * For each article of a batch (its date and fingerprint), the stored candidates find() would confirm — the same
   * query per article, all in one round trip (a lateral join over the batch).
   */
  async candidatesOfBatch(probes: Array<{ date: string; fp: Fingerprint }>): Promise<Candidate[][]> {
    const out = probes.map((): Candidate[] => []);
    const q = probes.flatMap((p, i) => (p.fp.keys.length ? [{ i, keys: p.fp.keys, ...windowOf(p.date) }] : []));
    if (!q.length) return out;
    const rows = await all<{ i: number; seq: number; shared: number }>(this.c, `
      SELECT q.i, c.seq, c.shared
      FROM jsonb_to_recordset($1::jsonb) AS q(i int, buckets int[], keys bigint[], lo text, hi text)
      CROSS JOIN LATERAL (
        SELECT h.article_seq AS seq, h.shared
        -- One probe of the primary key per period and band key: OFFSET 0 keeps each a subquery of its own, which no
        -- estimate can turn into a scan of the period's keys (a fresh store has no statistics; see all() in sql.ts).
        FROM (SELECT m.article_seq, count(*) AS shared
              FROM unnest(q.buckets) AS b(bucket) CROSS JOIN unnest(q.keys) AS k(key)
              CROSS JOIN LATERAL (SELECT article_seq FROM lsh_bands l WHERE l.bucket = b.bucket AND l.key = k.key OFFSET 0) m
              GROUP BY m.article_seq) h
        -- Each hit's date by its primary key: a join may be planned as a scan of every article per lookup.
        WHERE (SELECT a.date FROM articles a WHERE a.seq = h.article_seq) BETWEEN q.lo AND q.hi
        ORDER BY h.shared DESC, h.article_seq LIMIT ${MAX_CANDIDATES}) c
      ORDER BY q.i, c.shared DESC, c.seq`, [JSON.stringify(q)]);
    for (const r of rows) out[r.i]!.push({ seq: r.seq, shared: r.shared });
    return out;
  }

  /** Text and original of stored articles, by number. */
  async candidateArticles(seqs: number[]): Promise<Map<number, CandidateArticle>> {
    const rows = seqs.length ? await all<{ seq: number; text: string; root_seq: number; root_id: string; root_date: string }>(this.c, `
      SELECT a.seq, a.text, r.seq AS root_seq, r.id AS root_id, r.date AS root_date
      FROM articles a JOIN articles r ON r.seq = coalesce(a.duplicate_of, a.seq) WHERE a.seq = ANY($1::bigint[])`,
    [seqs]) : [];
    return new Map(rows.map((r) => [r.seq, { text: r.text, rootSeq: r.root_seq, rootId: r.root_id, rootDate: r.root_date }]));
  }

  /**
   * Band keys of new articles, in one statement. Two bands of an article may share a key: each key goes in once, so
   * the insert needs no ON CONFLICT (whose check for every row cost about a fifth of the statement).
   */
  async addAll(articles: Array<{ seq: number; date: string; fp: Fingerprint }>): Promise<void> {
    const rows = articles.flatMap((a) => [...new Set(a.fp.keys)].map((key) => [bucketOf(dayNumber(a.date)), key, a.seq] as const));
    if (!rows.length) return;
    await this.c.query({
      name: 'bands_add_all',
      text: 'INSERT INTO lsh_bands (bucket, key, article_seq) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bigint[])',
      values: [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    });
  }

  /** The most similar stored article at or above the threshold, or null. */
  async find(date: string, fp: Fingerprint): Promise<NearMatch | null> {
    if (!fp.keys.length) return null;
    const { buckets, lo, hi } = windowOf(date);
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
      ORDER BY c.shared DESC, c.seq`, [buckets, fp.keys, lo, hi]);
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
