// The PostgreSQL store, asynchronous (node-postgres). It keeps the SQLite store's rules (../sqlite/sqlite-store.ts):
// one transaction per batch, every article checked against what is stored inside it, near-duplicates linked, events
// clustered and the relations index kept in step. Writers take a transaction-level advisory lock, so any number of
// processes (queue workers on many machines) can write at once and each batch sees the ones committed before it:
// coding runs in parallel, storing is serialised, and no two copies of an article are ever both counted.
// Readers are not blocked (MVCC). SyncPostgresStore (sync-store.ts) offers this class through the synchronous Store interface.
import type pg from 'pg';
import type { Article, CodedEvent } from '../../model.js';
import type {
  ArticleToStore, DeleteResult, DyadTotals, EventQuery, PairDay, PairEvent, IngestBatchOptions, IngestBatchResult, RelationsPeriod, RelationsQuery,
  Skip, StoreStats, StoredArticle, StoredEvent,
} from '../store.js';
import { actorCodes } from '../codes.js';
import { fingerprint, type Fingerprint } from '../sqlite/near-duplicates.js';
import {
  ARTICLE_COLUMNS, ARTICLE_FROM, EVENT_COLUMNS, articleOf, eventOf, eventParams, eventWhere, type ArticleRow, type TextSearch,
} from '../sqlite/rows.js';
import { RECLUSTER_PAGE, articleKeys, dyadTotalsOf, relationsOf, type ArticleKeys, type RelationsRow } from '../sqlite/sqlite-store.js';
import { WRITE_LOCK, migrate } from './migrations.js';
import { PAIR_DAY_COLUMNS, PAIR_DAYS_WHERE, pairDayOf } from '../dyad-days.js';
import { PgNearDuplicateIndex, rankCandidates, windowOf, type CandidateArticle } from './near-duplicates.js';
import { NEAR_DUPLICATE_JACCARD, jaccard, shingles } from '../../ingest/dedup.js';
import type { NearMatch } from '../sqlite/near-duplicates.js';
import { all, first, newPool, positional, transaction } from './sql.js';
import { safeUrl } from './url.js';

/** PostgreSQL full-text search: every word required, matched on the generated tsvector column (GIN index). */
const PG_TEXT_SEARCH: TextSearch = {
  clause: "e.text_search @@ plainto_tsquery('simple', @fts)",
  value: (words) => words.join(' '),
};

/** The period key of a date (as periodOf in relations/periods.ts): YYYY-MM-DD, ISO week YYYY-Www, or YYYY-MM. */
const PERIOD_SQL = {
  day: 'date',
  week: `to_char(date::date, 'IYYY-"W"IW')`,
  month: 'substr(date, 1, 7)',
} as const;

type EventRow = Parameters<typeof eventOf>[0];

/** Events read per round trip when streaming (exports). */
const STREAM_PAGE = 2000;


export class PostgresStore {
  private constructor(readonly pool: pg.Pool, readonly url: string) {}

  /** Connects and brings the schema up to date. */
  static async open(url: string, opts: { connections?: number } = {}): Promise<PostgresStore> {
    const pool = newPool(url, opts.connections);
    try {
      const c = await pool.connect();
      try {
        await migrate(c, safeUrl(url));
      } finally {
        c.release();
      }
    } catch (e) {
      await pool.end();
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(message.startsWith(safeUrl(url)) ? message : `${safeUrl(url)}: ${message}`);
    }
    return new PostgresStore(pool, url);
  }

  async existing(article: Article): Promise<Skip | null> {
    return existingByKeys(this.pool, article, articleKeys(article));
  }

  async existingMany(articles: Article[]): Promise<Array<Skip | null>> {
    const keys = articles.map(articleKeys);
    const stored = new KeyIndex(await keyRowsOf(this.pool, articles, keys));
    return articles.map((a, i) => stored.skip(a, keys[i]!));
  }

  /**
   * Stores a batch (see Store.ingestBatch). `alsoInTransaction` runs other writes in the same transaction before it
   * commits, on the same connection: a queue worker marks its jobs done there, so a batch is stored and its jobs
   * completed together, or neither.
   */
  async ingestBatch(batch: ArticleToStore[], opts: IngestBatchOptions = {},
    alsoInTransaction?: (db: { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<void>): Promise<IngestBatchResult> {
    return this.write(async (w) => {
      const result: IngestBatchResult = { stored: 0, replaced: 0, skipped: [], nearDuplicates: 0, duplicateLinks: [], events: 0, sentences: 0 };
      const now = new Date().toISOString();
      // Runs of articles go in with a few statements each (storeRun); an article that changes stored ones (replacing
      // a stored version, or an earlier copy of a stored original) goes in on its own (storeOne), in its place.
      let rest = batch;
      while (rest.length) {
        const done = opts.replace ? 0 : await w.storeRun(rest, result, now);
        if (done >= rest.length) break;
        await w.storeOne(rest[done]!, opts, result, now);
        rest = rest.slice(done + 1);
      }
      await alsoInTransaction?.({ executeSql: (text, values) => w.c.query(text, values) });
      return result;
    });
  }

  async deleteArticles(ids: string[]): Promise<DeleteResult> {
    return this.write(async (w) => {
      const result: DeleteResult = { deleted: [], events: 0, missing: [] };
      for (const id of new Set(ids)) {
        const a = await first<{ seq: number }>(w.c, 'SELECT seq FROM articles WHERE id = $1', [id], 'article_seq');
        if (!a) { result.missing.push(id); continue; }
        result.events += await w.deleteArticle(a.seq);
        result.deleted.push(id);
      }
      return result;
    });
  }

  async replaceEvents(batch: Array<{ articleId: string; events: CodedEvent[]; sentences: number }>): Promise<void> {
    await this.write(async (w) => {
      for (const { articleId, events, sentences } of batch) {
        const a = await first<{ seq: number; duplicate_of: number | null }>(w.c, 'SELECT seq, duplicate_of FROM articles WHERE id = $1', [articleId]);
        if (!a) throw new Error(`replaceEvents: no stored article "${articleId}"`);
        await w.deleteEvents(a.seq);
        await w.insertEvents([{ articleSeq: a.seq, events, counted: a.duplicate_of === null }]);
        await w.c.query('UPDATE articles SET sentences = $1 WHERE seq = $2', [sentences, a.seq]);
      }
    });
  }

  async recluster(): Promise<void> {
    await this.write(async (w) => {
      await w.c.query('UPDATE events SET cluster_seq = NULL WHERE cluster_seq IS NOT NULL');
      await w.c.query('DELETE FROM clusters');
      await w.c.query('DELETE FROM dyad_days');
      await w.c.query('DELETE FROM cluster_sources');
      await w.c.query('DELETE FROM cluster_articles');
      let cursor = { date: '', seq: 0 };
      for (;;) {
        const page = await all<{ seq: number; date: string }>(w.c, `SELECT e.seq, e.date
          FROM events e JOIN articles a ON a.seq = e.article_seq
          WHERE a.duplicate_of IS NULL AND (e.date > $1 OR (e.date = $1 AND e.seq > $2))
          ORDER BY e.date, e.seq LIMIT ${RECLUSTER_PAGE}`, [cursor.date, cursor.seq]);
        for (const e of page) await w.c.query({ name: 'attach', text: 'SELECT detente_attach($1)', values: [e.seq] });
        if (page.length < RECLUSTER_PAGE) break;
        const last = page.at(-1)!;
        cursor = { date: last.date, seq: last.seq };
      }
    });
  }

  async article(id: string): Promise<StoredArticle | undefined> {
    const row = await first<ArticleRow>(this.pool, `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = $1`, [id]);
    return row && articleOf(row);
  }

  async articles(opts: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    return (await all<ArticleRow>(this.pool, `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} ORDER BY a.seq LIMIT $1 OFFSET $2`,
      [opts.limit ?? null, opts.offset ?? 0])).map(articleOf);
  }

  async events(q: EventQuery): Promise<StoredEvent[]> {
    const { from, sql, order, params } = eventWhere(q, PG_TEXT_SEARCH);
    let tail = ` ORDER BY ${order}`;
    if (q.limit !== undefined) { tail += ' LIMIT @limit'; params.limit = q.limit; }
    if (q.offset) { tail += ' OFFSET @offset'; params.offset = q.offset; }
    const { text, values } = positional(`SELECT ${EVENT_COLUMNS} FROM ${from} ${sql}${tail}`, params);
    return (await all<EventRow>(this.pool, text, values)).map(eventOf);
  }

  /** Streams matching events page by page (keyset paging: each page is one indexed read, whatever the depth). */
  async *eachEvent(q: EventQuery): AsyncIterable<StoredEvent> {
    let left = q.limit ?? Infinity;
    let after = q.after;
    let offset = q.offset ?? 0;
    while (left > 0) {
      const page = await this.events({ ...q, limit: Math.min(STREAM_PAGE, left), offset, after });
      yield* page;
      if (page.length < Math.min(STREAM_PAGE, left)) return;
      left -= page.length;
      offset = 0;
      const last = page.at(-1)!;
      after = { date: last.date, seq: last.seq };
    }
  }

  async countEvents(q: EventQuery, cap?: number): Promise<number> {
    const { countFrom, sql, params } = eventWhere(q, PG_TEXT_SEARCH);
    const { text, values } = cap === undefined ? positional(`SELECT count(*) AS n FROM ${countFrom} ${sql}`, params)
      : positional(`SELECT count(*) AS n FROM (SELECT 1 FROM ${countFrom} ${sql} LIMIT @countCap) m`, { ...params, countCap: cap });
    return (await first<{ n: number }>(this.pool, text, values))!.n;
  }

  async relations(q: RelationsQuery): Promise<RelationsPeriod[]> {
    const w = q.weighted ? { n: 'mentions', q: 'mq', g: 'goldstein_w', p: 'plover_w' } : { n: 'events', q: 'q', g: 'goldstein', p: 'plover' };
    const rows = await all<RelationsRow>(this.pool, `SELECT ${PERIOD_SQL[q.interval]} AS period, actor = $1 AS forward,
        sum(${w.n}) AS n, sum(${w.q}1) AS q1, sum(${w.q}2) AS q2, sum(${w.q}3) AS q3, sum(${w.q}4) AS q4,
        sum(${w.g}) AS g, sum(${w.p}) AS p
      FROM dyad_days
      WHERE ((actor = $1 AND recipient = $2) OR (actor = $2 AND recipient = $1)) AND date >= $3 AND date <= $4
      GROUP BY 1, 2 ORDER BY 1`, [q.a, q.b, q.from ?? '0000-00-00', q.to ?? '9999-99-99']);
    return relationsOf(rows, q.interval);
  }

  async pairEvents(q: { a: string; b: string; from?: string; to?: string }): Promise<PairEvent[]> {
    // Clusters are the merged, counted events; their representative's date and scores are the cluster's.
    return all<PairEvent>(this.pool, `SELECT date, actor_code AS actor, recipient_code AS recipient, quad_class AS "quadClass",
        goldstein, plover_score AS plover, mentions
      FROM clusters
      WHERE ((actor_code = $1 AND recipient_code = $2) OR (actor_code = $2 AND recipient_code = $1)) AND date >= $3 AND date <= $4
      ORDER BY date, seq`, [q.a, q.b, q.from ?? '0000-00-00', q.to ?? '9999-99-99']);
  }

  async pairDays(q: { a: string; b: string; from?: string; to?: string }): Promise<PairDay[]> {
    const { text, values } = positional(`SELECT ${PAIR_DAY_COLUMNS} FROM dyad_days WHERE ${PAIR_DAYS_WHERE} ORDER BY date, actor`,
      { a: q.a, b: q.b, from: q.from ?? '0000-00-00', to: q.to ?? '9999-99-99' });
    return (await all<Parameters<typeof pairDayOf>[0]>(this.pool, text, values, 'pair_days')).map(pairDayOf);
  }

  async dyadTotals(opts: { from?: string; to?: string }): Promise<DyadTotals[]> {
    const rows = await all<{ a: string; b: string; events: number; q1: number; q2: number; q3: number; q4: number; g: number; p: number }>(this.pool, `SELECT
        least(actor, recipient) AS a, greatest(actor, recipient) AS b, sum(events) AS events,
        sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(goldstein) AS g, sum(plover) AS p
      FROM dyad_days WHERE date >= $1 AND date <= $2 AND actor <> recipient
      GROUP BY 1, 2 HAVING sum(events) > 0 ORDER BY 1, 2`, [opts.from ?? '0000-00-00', opts.to ?? '9999-99-99']);
    return rows.map(dyadTotalsOf);
  }

  async stats(): Promise<StoreStats> {
    const row = (await first<StoreStats>(this.pool, `SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(duplicate_of) FROM articles) AS duplicates,
      (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM clusters) AS clusters,
      (SELECT min(date) FROM events) AS "firstDate", (SELECT max(date) FROM events) AS "lastDate"`))!;
    return row;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs a write in one transaction holding the store's write lock. */
  private async write<T>(fn: (w: Writer) => Promise<T>): Promise<T> {
    return transaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      return fn(new Writer(c));
    });
  }
}

/** The keys a stored article is recognised by. */
interface KeyRow { id: string; url_key: string | null; text_hash: string }

/** Why an article would be skipped; when `replacing`, the stored article with its id does not count. */
async function existingByKeys(db: pg.ClientBase | pg.Pool, article: Article, keys: ArticleKeys, replacing = false): Promise<Skip | null> {
  const rows = await all<KeyRow>(db,
    'SELECT id, url_key, text_hash FROM articles WHERE id = $1 OR url_key = $2 OR text_hash = $3', [article.id, keys.urlKey, keys.textHash], 'article_existing');
  return skipOf(rows, article, keys, replacing);
}

/** Stored articles with any of the keys of these articles (one round trip for a batch). */
async function keyRowsOf(db: pg.ClientBase | pg.Pool, articles: Article[], keys: ArticleKeys[]): Promise<KeyRow[]> {
  return all<KeyRow>(db, `SELECT id, url_key, text_hash FROM articles
    WHERE id = ANY($1::text[]) OR url_key = ANY($2::text[]) OR text_hash = ANY($3::text[])`,
  [articles.map((a) => a.id), keys.flatMap((k) => (k.urlKey === null ? [] : [k.urlKey])), keys.map((k) => k.textHash)]);
}

/** Stored articles by each of their keys: what skipOf needs for any article, without a query each. */
class KeyIndex {
  private readonly byId = new Map<string, KeyRow>();
  private readonly byUrl = new Map<string, KeyRow>();
  private readonly byText = new Map<string, KeyRow>();

  constructor(rows: KeyRow[]) {
    for (const r of rows) this.add(r);
  }

  add(r: KeyRow): void {
    this.byId.set(r.id, r);
    if (r.url_key !== null) this.byUrl.set(r.url_key, r);
    this.byText.set(r.text_hash, r);
  }

  skip(article: Article, keys: ArticleKeys): Skip | null {
    const rows = [this.byId.get(article.id), keys.urlKey === null ? undefined : this.byUrl.get(keys.urlKey), this.byText.get(keys.textHash)];
    return skipOf(rows.filter((r): r is KeyRow => r !== undefined), article, keys);
  }
}

/** Why an article would be skipped, given the stored articles that share a key with it. */
function skipOf(rows: KeyRow[], article: Article, keys: ArticleKeys, replacing = false): Skip | null {
  const others = replacing ? rows.filter((r) => r.id !== article.id) : rows;
  const byId = others.find((r) => r.id === article.id);
  if (byId) return { id: article.id, reason: 'same-id', existing: byId.id };
  const byUrl = keys.urlKey === null ? undefined : others.find((r) => r.url_key === keys.urlKey);
  if (byUrl) return { id: article.id, reason: 'same-url', existing: byUrl.id };
  const byText = others.find((r) => r.text_hash === keys.textHash);
  if (byText) return { id: article.id, reason: 'same-text', existing: byText.id };
  return null;
}

/** The writes of one transaction (which holds the write lock, so event numbers can be handed out here). */
class Writer {
  readonly nearDuplicates: PgNearDuplicateIndex;
  /** The last event number used in this transaction (read once, at the first insert). */
  private lastSeq: number | null = null;

  constructor(readonly c: pg.ClientBase) {
    this.nearDuplicates = new PgNearDuplicateIndex(c);
  }

  /** Stores one article with a statement per step (see ingestBatch): the path for articles that change stored ones. */
  async storeOne({ article, events, sentences }: ArticleToStore, opts: IngestBatchOptions, result: IngestBatchResult, now: string): Promise<void> {
    const keys = articleKeys(article);
    const skip = await existingByKeys(this.c, article, keys, opts.replace);
    if (skip) { result.skipped.push(skip); return; }
    const old = opts.replace ? await first<{ seq: number }>(this.c, 'SELECT seq FROM articles WHERE id = $1', [article.id], 'article_seq') : undefined;
    if (old) {
      await this.deleteArticle(old.seq);
      result.replaced++;
    }
    const fp = fingerprint(article.text);
    const match = await this.nearDuplicates.find(article.date, fp);
    // A copy dated before the stored original becomes the original: the earliest copy is the one that counts.
    const isCopy = match !== null && match.rootDate <= article.date;
    const { seq } = (await first<{ seq: number }>(this.c, `INSERT INTO articles
      (id, date, title, text, source, url, url_key, text_hash, duplicate_of, similarity, sentences, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING seq`, [
      article.id, article.date, article.title ?? null, article.text, article.source ?? null, article.url ?? null, keys.urlKey,
      keys.textHash, isCopy ? match.rootSeq : null, isCopy ? match.similarity : null, sentences, now,
    ], 'article_insert'))!;
    await this.nearDuplicates.add(seq, article.date, fp);
    await this.insertEvents([{ articleSeq: seq, events, counted: !isCopy }]);
    if (match && !isCopy) await this.becomeOriginal(seq, match.rootSeq);
    if (match) noteNearDuplicate(result, article, match, isCopy);
    result.stored++;
    result.events += events.length;
    result.sentences += sentences;
  }

  /**
   * Stores the articles of a batch from the first on, with the same outcome as storeOne for each in turn, in about
   * eight round trips whatever their number: the stored articles they might repeat and their near-duplicate
   * candidates are read for all at once, each is then checked against those and against the articles before it in
   * the run (in memory), and the run is written with one statement per table. Stops before the first article that
   * is an earlier copy of a stored original (it changes stored articles: storeOne's case); returns how many it took.
   */
  async storeRun(items: ArticleToStore[], result: IngestBatchResult, now: string): Promise<number> {
    const keys = items.map((i) => articleKeys(i.article));
    const known = new KeyIndex(await keyRowsOf(this.c, items.map((i) => i.article), keys));
    const fps = items.map((i) => fingerprint(i.article.text));
    const stored = await this.nearDuplicates.candidatesOfBatch(items.map((i, k) => ({ date: i.article.date, fp: fps[k]! })));
    const storedArticles = await this.nearDuplicates.candidateArticles([...new Set(stored.flat().map((c) => c.seq))]);
    const seqs = (await all<{ seq: number }>(this.c, "SELECT nextval(pg_get_serial_sequence('articles', 'seq')) AS seq FROM generate_series(1, $1)",
      [items.length], 'article_seqs')).map((r) => r.seq).sort((a, b) => a - b);
    const shinglesOf = new Map<number, Set<number>>();
    /** Articles of this run, as near-duplicate candidates for the ones after them: by number, and by band key. */
    type InRun = { seq: number; date: string; fp: Fingerprint; root: Omit<CandidateArticle, 'text'> };
    const run = new Map<number, InRun>();
    const runByKey = new Map<number, InRun[]>();
    const rows: Array<Record<string, unknown>> = [];
    const withEvents: Array<{ articleSeq: number; events: CodedEvent[]; counted: boolean }> = [];
    let taken = 0;
    for (; taken < items.length; taken++) {
      const { article, events, sentences } = items[taken]!;
      const skip = known.skip(article, keys[taken]!);
      if (skip) { result.skipped.push(skip); continue; }
      const fp = fps[taken]!;
      let match: NearMatch | null = null;
      if (fp.keys.length) {
        const { lo, hi } = windowOf(article.date);
        // The run's articles sharing band keys with this one, and how many (as the stored ones are counted).
        const shared = new Map<InRun, number>();
        for (const k of new Set(fp.keys)) for (const r of runByKey.get(k) ?? []) shared.set(r, (shared.get(r) ?? 0) + 1);
        const before = [...shared].filter(([r]) => r.date >= lo && r.date <= hi).map(([r, n]) => ({ seq: r.seq, shared: n }));
        for (const { seq } of rankCandidates([...stored[taken]!, ...before])) {
          const inRun = run.get(seq);
          const candidate = inRun ? inRun.root : storedArticles.get(seq)!;
          let theirs = inRun?.fp.shingles ?? shinglesOf.get(seq);
          if (!theirs) shinglesOf.set(seq, theirs = shingles(storedArticles.get(seq)!.text));
          const similarity = jaccard(fp.shingles, theirs);
          if (similarity >= NEAR_DUPLICATE_JACCARD && (!match || similarity > match.similarity)) {
            match = { seq, similarity, rootSeq: candidate.rootSeq, rootId: candidate.rootId, rootDate: candidate.rootDate };
          }
        }
      }
      const isCopy = match !== null && match.rootDate <= article.date;
      if (match && !isCopy) break;
      const seq = seqs[rows.length]!;
      known.add({ id: article.id, url_key: keys[taken]!.urlKey, text_hash: keys[taken]!.textHash });
      const inRun: InRun = {
        seq, date: article.date, fp,
        root: isCopy ? { rootSeq: match!.rootSeq, rootId: match!.rootId, rootDate: match!.rootDate } : { rootSeq: seq, rootId: article.id, rootDate: article.date },
      };
      run.set(seq, inRun);
      for (const k of new Set(fp.keys)) {
        const list = runByKey.get(k);
        if (list) list.push(inRun);
        else runByKey.set(k, [inRun]);
      }
      rows.push({
        seq, id: article.id, date: article.date, title: article.title ?? null, text: article.text, source: article.source ?? null,
        url: article.url ?? null, url_key: keys[taken]!.urlKey, text_hash: keys[taken]!.textHash,
        duplicate_of: isCopy ? match!.rootSeq : null, similarity: isCopy ? match!.similarity : null, sentences, ingested_at: now,
      });
      withEvents.push({ articleSeq: seq, events, counted: !isCopy });
      if (match) noteNearDuplicate(result, article, match, true);
      result.stored++;
      result.events += events.length;
      result.sentences += sentences;
    }
    if (rows.length) {
      const names = Object.keys(rows[0]!);
      await this.c.query({
        name: 'articles_insert_batch',
        text: `INSERT INTO articles (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_populate_recordset(NULL::articles, $1::jsonb)`,
        values: [JSON.stringify(rows)],
      });
      await this.nearDuplicates.addAll([...run.values()]);
      await this.insertEvents(withEvents);
    }
    return taken;
  }

  /**
   * Inserts articles' events, numbered in order, with their actor codes; the events of counted articles go straight
   * into their clusters (the server-side detente_place of migration 7, the rules of ../sqlite/clusters.ts), those of
   * near-duplicates are stored but not counted. Two statements whatever the number of events.
   */
  async insertEvents(articles: Array<{ articleSeq: number; events: CodedEvent[]; counted: boolean }>): Promise<void> {
    if (!articles.some((a) => a.events.length)) return;
    this.lastSeq ??= (await first<{ seq: number }>(this.c, 'SELECT coalesce(max(seq), 0) AS seq FROM events', [], 'events_last'))!.seq;
    const rows = articles.flatMap(({ articleSeq, events }) => events.map((e) => ({ ...eventParams(e, articleSeq), seq: ++this.lastSeq! })));
    const all = articles.flatMap((a) => a.events);
    // The columns are those eventParams gives (the mapping SQLite uses too), so a column added there is stored here.
    const names = Object.keys(rows[0]!);
    const actors = all.flatMap((e, i) => [
      ...[...actorCodes(e.actor)].map((code) => [code, 'A', rows[i]!.date, rows[i]!.seq] as const),
      ...[...actorCodes(e.recipient)].map((code) => [code, 'R', rows[i]!.date, rows[i]!.seq] as const),
    ]);
    const dyads = all.flatMap((e, i) => [...actorCodes(e.actor)].flatMap((a) => [...actorCodes(e.recipient)].map((r) => [a, r, rows[i]!.date, rows[i]!.seq] as const)));
    // The actor rows first: a new cluster copies its representative's (the rep_event_* tables, ../rep-rows.ts). The
    // events are new (numbered here) and their codes sets, so no row can be there already: no ON CONFLICT to check.
    await this.c.query({
      name: 'event_actors_insert_dated',
      text: `WITH dyads AS (
          INSERT INTO event_dyads (actor, recipient, date, event_seq) SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::bigint[])
          RETURNING 1)
        INSERT INTO event_actors (code, role, date, event_seq) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])`,
      values: [...[0, 1, 2, 3].map((k) => actors.map((a) => a[k])), ...[0, 1, 2, 3].map((k) => dyads.map((d) => d[k]))],
    });
    // A function scan yields the rows in the array's order, so the events are placed one after the other, in order.
    await this.c.query({
      name: `events_insert_${names.length}_placed`,
      text: `INSERT INTO events (${names.join(', ')}, cluster_seq)
        SELECT ${names.map((n) => `r.${n}`).join(', ')}, CASE WHEN r.article_seq = ANY($2::bigint[]) THEN detente_place(r) END
        FROM jsonb_populate_recordset(NULL::events, $1::jsonb) AS r`,
      values: [JSON.stringify(rows), articles.filter((a) => a.counted).map((a) => a.articleSeq)],
    });
  }

  /**
   * Clusters every unclustered event of these articles, article after article (the order decides which report
   * represents a cluster), with one call of the server-side clustering (migration 2, the rules of ../sqlite/clusters.ts).
   */
  async attachArticles(articleSeqs: number[]): Promise<void> {
    if (!articleSeqs.length) return;
    // A function scan feeds the calls in the array's order (no sort, no parallel plan for a volatile function).
    await this.c.query({ name: 'attach_articles', text: 'SELECT detente_attach_article(s) FROM unnest($1::bigint[]) AS s', values: [articleSeqs] });
  }

  /** Removes an article's events from their clusters, the relations index and the actor index; returns how many. */
  async deleteEvents(articleSeq: number): Promise<number> {
    await this.detachArticle(articleSeq);
    const gone = await all<{ seq: number }>(this.c, 'DELETE FROM events WHERE article_seq = $1 RETURNING seq', [articleSeq], 'events_delete');
    if (gone.length) {
      await this.c.query({ name: 'event_actors_delete', text: 'DELETE FROM event_actors WHERE event_seq = ANY($1::bigint[])', values: [gone.map((g) => g.seq)] });
      await this.c.query({ name: 'event_dyads_delete', text: 'DELETE FROM event_dyads WHERE event_seq = ANY($1::bigint[])', values: [gone.map((g) => g.seq)] });
    }
    return gone.length;
  }

  /** Takes every clustered event of an article out of its cluster. */
  async detachArticle(articleSeq: number): Promise<void> {
    await this.c.query({ name: 'detach_article', text: 'SELECT detente_detach_article($1)', values: [articleSeq] });
  }

  /** Removes an article (see SqliteStore.deleteArticle): its earliest near-duplicate becomes the original. */
  async deleteArticle(seq: number): Promise<number> {
    const n = await this.deleteEvents(seq);
    const { date, text } = (await first<{ date: string; text: string }>(this.c, 'SELECT date, text FROM articles WHERE seq = $1', [seq]))!;
    await this.nearDuplicates.remove(seq, date, text);
    const [heir, ...others] = await all<{ seq: number }>(this.c, 'SELECT seq FROM articles WHERE duplicate_of = $1 ORDER BY date, seq', [seq]);
    if (heir) {
      await this.relink(heir.seq, null, null);
      for (const c of others) await this.relink(c.seq, heir.seq, await this.nearDuplicates.similarity(heir.seq, c.seq));
      await this.attachArticles([heir.seq]);
    }
    await this.c.query('DELETE FROM articles WHERE seq = $1', [seq]);
    return n;
  }

  /** A newly stored article is an earlier copy of `oldRoot`: it becomes the original of the old one and its copies. */
  async becomeOriginal(newSeq: number, oldRoot: number): Promise<void> {
    for (const { seq } of await all<{ seq: number }>(this.c, 'SELECT seq FROM articles WHERE seq = $1 OR duplicate_of = $1', [oldRoot])) {
      await this.relink(seq, newSeq, await this.nearDuplicates.similarity(newSeq, seq));
    }
    await this.detachArticle(oldRoot);
  }

  private async relink(seq: number, duplicateOf: number | null, similarity: number | null): Promise<void> {
    await this.c.query('UPDATE articles SET duplicate_of = $1, similarity = $2 WHERE seq = $3', [duplicateOf, similarity, seq]);
  }
}

/** Records a near-duplicate link in a batch's result: the new article is a copy, or the earlier copy of `match`'s original. */
function noteNearDuplicate(result: IngestBatchResult, article: Article, match: NearMatch, isCopy: boolean): void {
  result.nearDuplicates++;
  result.duplicateLinks.push(isCopy
    ? { id: article.id, duplicateOf: match.rootId, similarity: match.similarity }
    : { id: match.rootId, duplicateOf: article.id, similarity: match.similarity });
}
