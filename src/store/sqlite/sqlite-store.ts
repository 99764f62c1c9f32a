// The SQLite store (better-sqlite3): WAL journal, prepared statements, one transaction per batch.
// A batch either lands whole or not at all, and every article is checked against what is stored (id, URL, text)
// inside the transaction, so a killed run re-run stores each article exactly once.
import Database from 'better-sqlite3';
import type { Article, CodedEvent } from '../../model.js';
import type {
  ArticleToStore, DeleteResult, DyadTotals, EventQuery, IngestBatchOptions, IngestBatchResult, Interval, PairDay, PairEvent, RelationsPeriod, RelationsQuery, Skip, Store, StoreStats,
  StoredArticle, StoredEvent,
} from '../store.js';
import { exactTextHash, urlKey } from '../../ingest/dedup.js';
import { periodOf, periodStart } from '../../relations/periods.js';
import { addSums, emptySums, figuresOf, type FigureSums } from '../../relations/figures.js';
import { actorCodes } from '../codes.js';
import { migrate } from './migrations.js';
import { ClusterIndex, type ClusterableEvent } from './clusters.js';
import { PAIR_DAY_COLUMNS, PAIR_DAYS_WHERE, pairDayOf } from '../dyad-days.js';
import { NearDuplicateIndex, fingerprint } from './near-duplicates.js';
import {
  ARTICLE_COLUMNS, ARTICLE_FROM, EVENT_COLUMNS, articleOf, eventOf, eventParams, eventWhere, type ArticleRow,
} from './rows.js';

export const DEFAULT_DB_FILE = 'detente.db';

/** What identifies an article besides its id: its URL and its normalised text. */
export interface ArticleKeys {
  urlKey: string | null;
  textHash: string;
}
export const articleKeys = (a: Article): ArticleKeys => ({ urlKey: a.url ? urlKey(a.url) : null, textHash: exactTextHash(a.text) });

/** Events read per step when rebuilding clusters (bounded memory on large stores). */
export const RECLUSTER_PAGE = 5000;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly clusters: ClusterIndex;
  private readonly nearDuplicates: NearDuplicateIndex;
  private readonly s: ReturnType<typeof statements>;

  constructor(readonly file: string = DEFAULT_DB_FILE) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL: a commit is durable once in the WAL; a killed process loses nothing committed (only power loss could).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -32768'); // 32 MB of pages: enough for the hot index pages, small beside the coder
    // Checkpoint the WAL every ~40 MB rather than every 4 MB: fewer fsyncs while ingesting, same durability.
    this.db.pragma('wal_autocheckpoint = 10000');
    migrate(this.db, file);
    this.db.function('detente_period', { deterministic: true }, (date: unknown, interval: unknown) =>
      periodOf(String(date), interval as 'day' | 'week' | 'month').key);
    this.clusters = new ClusterIndex(this.db);
    this.nearDuplicates = new NearDuplicateIndex(this.db);
    this.s = statements(this.db);
  }

  existing(article: Article): Skip | null {
    return this.existingByKeys(article, articleKeys(article));
  }

  existingMany(articles: Article[]): Array<Skip | null> {
    return articles.map((a) => this.existing(a));
  }

  /** Why an article would be skipped; when `replacing`, the stored article with its id does not count. */
  private existingByKeys(article: Article, keys: ArticleKeys, replacing = false): Skip | null {
    const hit = (stmt: 'byId' | 'byUrl' | 'byText', value: string) => {
      const id = (this.s[stmt].get(value) as { id: string } | undefined)?.id;
      return replacing && id === article.id ? undefined : id;
    };
    let existing = hit('byId', article.id);
    if (existing !== undefined) return { id: article.id, reason: 'same-id', existing };
    if (keys.urlKey !== null) {
      existing = hit('byUrl', keys.urlKey);
      if (existing !== undefined) return { id: article.id, reason: 'same-url', existing };
    }
    existing = hit('byText', keys.textHash);
    if (existing !== undefined) return { id: article.id, reason: 'same-text', existing };
    return null;
  }

  ingestBatch(batch: ArticleToStore[], opts: IngestBatchOptions = {}): IngestBatchResult {
    const run = this.db.transaction(() => {
      // New events are added to the full-text index with one statement per run of consecutive numbers: from here to
      // the last event, or up to a deletion (a replaced article's numbers may be reused).
      let unindexedFrom = this.lastEventSeq() + 1;
      const indexNew = () => this.s.indexText.run(unindexedFrom, this.lastEventSeq());
      const result: IngestBatchResult = { stored: 0, replaced: 0, skipped: [], nearDuplicates: 0, duplicateLinks: [], events: 0, sentences: 0 };
      const now = new Date().toISOString();
      for (const { article, events, sentences } of batch) {
        const keys = articleKeys(article);
        const skip = this.existingByKeys(article, keys, opts.replace);
        if (skip) { result.skipped.push(skip); continue; }
        const old = opts.replace ? this.s.articleSeq.get(article.id) as { seq: number } | undefined : undefined;
        if (old) {
          indexNew();
          this.deleteArticle(old.seq);
          unindexedFrom = this.lastEventSeq() + 1;
          result.replaced++;
        }
        const fp = fingerprint(article.text);
        const match = this.nearDuplicates.find(article.date, fp);
        // A copy dated before the stored original becomes the original (below): the earliest copy is the one that counts.
        const isCopy = match !== null && match.rootDate <= article.date;
        const seq = Number(this.s.insertArticle.run({
          id: article.id, date: article.date, title: article.title ?? null, text: article.text, source: article.source ?? null,
          url: article.url ?? null, url_key: keys.urlKey, text_hash: keys.textHash,
          duplicate_of: isCopy ? match.rootSeq : null, similarity: isCopy ? match.similarity : null, sentences, ingested_at: now,
        }).lastInsertRowid);
        this.nearDuplicates.add(seq, article.date, fp);
        this.insertEvents(seq, events, !isCopy);
        if (match && !isCopy) this.becomeOriginal(seq, match.rootSeq);
        if (match) {
          result.nearDuplicates++;
          result.duplicateLinks.push(isCopy
            ? { id: article.id, duplicateOf: match.rootId, similarity: match.similarity }
            : { id: match.rootId, duplicateOf: article.id, similarity: match.similarity });
        }
        result.stored++;
        result.events += events.length;
        result.sentences += sentences;
      }
      indexNew();
      return result;
    });
    return run.immediate();
  }

  deleteArticles(ids: string[]): DeleteResult {
    return this.db.transaction(() => {
      const result: DeleteResult = { deleted: [], events: 0, missing: [] };
      for (const id of new Set(ids)) {
        const a = this.s.articleSeq.get(id) as { seq: number } | undefined;
        if (!a) { result.missing.push(id); continue; }
        result.events += this.deleteArticle(a.seq);
        result.deleted.push(id);
      }
      return result;
    }).immediate();
  }

  /**
   * Removes an article, its events (out of their clusters and the relations index) and its band keys; its earliest
   * near-duplicate, if any, becomes the original of the others and its events are clustered. Returns the events removed.
   */
  private deleteArticle(seq: number): number {
    const events = this.s.articleEvents.all(seq) as Array<{ seq: number; cluster_seq: number | null }>;
    for (const e of events) {
      if (e.cluster_seq !== null) this.clusters.detach(e.seq, seq, e.cluster_seq);
      this.s.deleteEventActors.run(e.seq);
      this.s.deleteEventDyads.run(e.seq);
    }
    this.s.deleteEvents.run(seq);
    const { date, text } = this.s.articleDateText.get(seq) as { date: string; text: string };
    this.nearDuplicates.remove(seq, date, text);
    const [heir, ...others] = this.s.copiesByDate.all(seq) as Array<{ seq: number }>;
    if (heir) {
      this.s.relink.run(null, null, heir.seq);
      for (const c of others) this.s.relink.run(heir.seq, this.nearDuplicates.similarity(heir.seq, c.seq), c.seq);
      for (const e of this.s.clusterableEventsOf.all(heir.seq) as ClusterableEvent[]) this.clusters.attach(e);
    }
    this.s.deleteArticle.run(seq);
    return events.length;
  }

  /** Inserts an article's events; counted ones go into clusters and the relations index. */
  private insertEvents(articleSeq: number, events: CodedEvent[], counted: boolean): void {
    // Inside the (IMMEDIATE, single-writer) transaction the next rowid is known, so an event can be inserted with
    // its cluster already set instead of inserted and then updated.
    let seq = this.lastEventSeq();
    for (const e of events) {
      const row = { ...eventParams(e, articleSeq), seq: ++seq };
      const insert = (clusterSeq: number | null) => {
        this.s.insertEvent.run({ ...row, cluster_seq: clusterSeq });
        const actors = actorCodes(e.actor), recipients = actorCodes(e.recipient);
        for (const code of actors) this.s.insertEventActor.run(code, 'A', row.date, row.seq);
        for (const code of recipients) this.s.insertEventActor.run(code, 'R', row.date, row.seq);
        for (const a of actors) for (const r of recipients) this.s.insertEventDyad.run(a, r, row.date, row.seq);
      };
      if (counted) this.clusters.place(row, insert);
      else insert(null);
    }
  }

  private lastEventSeq(): number {
    return (this.s.lastEventSeq.get() as { seq: number }).seq;
  }

  /** A newly stored article is an earlier copy of `oldRoot`: it becomes the original of the old one and its copies. */
  private becomeOriginal(newSeq: number, oldRoot: number): void {
    for (const { seq } of this.s.copiesOf.all(oldRoot, oldRoot) as Array<{ seq: number }>) {
      this.s.relink.run(newSeq, this.nearDuplicates.similarity(newSeq, seq), seq);
    }
    for (const e of this.s.articleEvents.all(oldRoot) as Array<{ seq: number; cluster_seq: number | null }>) {
      if (e.cluster_seq !== null) this.clusters.detach(e.seq, oldRoot, e.cluster_seq);
    }
  }

  replaceEvents(batch: Array<{ articleId: string; events: CodedEvent[]; sentences: number }>): void {
    this.db.transaction(() => {
      for (const { articleId, events, sentences } of batch) {
        const a = this.s.articleSeq.get(articleId) as { seq: number; duplicate_of: number | null } | undefined;
        if (!a) throw new Error(`replaceEvents: no stored article "${articleId}"`);
        for (const e of this.s.articleEvents.all(a.seq) as Array<{ seq: number; cluster_seq: number | null }>) {
          if (e.cluster_seq !== null) this.clusters.detach(e.seq, a.seq, e.cluster_seq);
          this.s.deleteEventActors.run(e.seq);
          this.s.deleteEventDyads.run(e.seq);
        }
        this.s.deleteEvents.run(a.seq);
        const first = this.lastEventSeq() + 1;
        this.insertEvents(a.seq, events, a.duplicate_of === null);
        // Deleted events may leave their numbers to the new ones: index exactly the rows just inserted.
        this.s.indexText.run(first, this.lastEventSeq());
        this.s.setSentences.run(sentences, a.seq);
      }
    }).immediate();
  }

  recluster(): void {
    this.db.transaction(() => {
      this.db.exec(`UPDATE events SET cluster_seq = NULL WHERE cluster_seq IS NOT NULL; DELETE FROM clusters; DELETE FROM dyad_days;
        DELETE FROM cluster_sources; DELETE FROM cluster_articles;`);
      let cursor = { date: '', seq: 0 };
      for (;;) {
        const page = this.s.countedEventsPage.all(cursor) as ClusterableEvent[];
        for (const e of page) this.clusters.attach(e);
        if (page.length < RECLUSTER_PAGE) break;
        const last = page.at(-1)!;
        cursor = { date: last.date, seq: last.seq };
      }
    }).immediate();
  }

  article(id: string): StoredArticle | undefined {
    const row = this.s.article.get(id) as ArticleRow | undefined;
    return row && articleOf(row);
  }

  articles(opts: { limit?: number; offset?: number } = {}): StoredArticle[] {
    return (this.s.articles.all(opts.limit ?? -1, opts.offset ?? 0) as ArticleRow[]).map(articleOf);
  }

  private eventSelect(q: EventQuery): { sql: string; params: Record<string, string | number> } {
    const { from, sql, order, params } = eventWhere(q);
    let tail = ` ORDER BY ${order}`;
    if (q.limit !== undefined) { tail += ' LIMIT @limit'; params.limit = q.limit; }
    if (q.offset) { tail += (q.limit === undefined ? ' LIMIT -1' : '') + ' OFFSET @offset'; params.offset = q.offset; }
    return { sql: `SELECT ${EVENT_COLUMNS} FROM ${from} ${sql}${tail}`, params };
  }

  events(q: EventQuery): StoredEvent[] {
    const { sql, params } = this.eventSelect(q);
    return (this.db.prepare(sql).all(params) as Parameters<typeof eventOf>[0][]).map(eventOf);
  }

  *eachEvent(q: EventQuery): Iterable<StoredEvent> {
    const { sql, params } = this.eventSelect(q);
    for (const row of this.db.prepare(sql).iterate(params)) yield eventOf(row as Parameters<typeof eventOf>[0]);
  }

  countEvents(q: EventQuery, cap?: number): number {
    const { countFrom, sql, params } = eventWhere(q);
    const count = cap === undefined ? `SELECT count(*) AS n FROM ${countFrom} ${sql}`
      : `SELECT count(*) AS n FROM (SELECT 1 FROM ${countFrom} ${sql} LIMIT @countCap)`;
    return (this.db.prepare(count).get(cap === undefined ? params : { ...params, countCap: cap }) as { n: number }).n;
  }

  relations(q: RelationsQuery): RelationsPeriod[] {
    const w = q.weighted ? { n: 'mentions', q: 'mq', g: 'goldstein_w', p: 'plover_w' } : { n: 'events', q: 'q', g: 'goldstein', p: 'plover' };
    const rows = this.db.prepare(`SELECT detente_period(date, @interval) AS period, actor = @a AS forward,
        sum(${w.n}) AS n, sum(${w.q}1) AS q1, sum(${w.q}2) AS q2, sum(${w.q}3) AS q3, sum(${w.q}4) AS q4,
        sum(${w.g}) AS g, sum(${w.p}) AS p
      FROM dyad_days
      WHERE ((actor = @a AND recipient = @b) OR (actor = @b AND recipient = @a)) AND date >= @from AND date <= @to
      GROUP BY period, forward ORDER BY period`).all({
      interval: q.interval, a: q.a, b: q.b, from: q.from ?? '0000-00-00', to: q.to ?? '9999-99-99',
    }) as RelationsRow[];
    return relationsOf(rows, q.interval);
  }

  pairEvents(q: { a: string; b: string; from?: string; to?: string }): PairEvent[] {
    return this.s.pairEvents.all({ a: q.a, b: q.b, from: q.from ?? '0000-00-00', to: q.to ?? '9999-99-99' }) as PairEvent[];
  }

  pairDays(q: { a: string; b: string; from?: string; to?: string }): PairDay[] {
    return (this.s.pairDays.all({ a: q.a, b: q.b, from: q.from ?? '0000-00-00', to: q.to ?? '9999-99-99' }) as Parameters<typeof pairDayOf>[0][]).map(pairDayOf);
  }

  dyadTotals(opts: { from?: string; to?: string }): DyadTotals[] {
    return (this.s.dyadTotals.all({ from: opts.from ?? '0000-00-00', to: opts.to ?? '9999-99-99' }) as Parameters<typeof dyadTotalsOf>[0][]).map(dyadTotalsOf);
  }

  stats(): StoreStats {
    const one = <T>(sql: string) => this.db.prepare(sql).get() as T;
    const a = one<{ articles: number; duplicates: number }>('SELECT count(*) AS articles, count(duplicate_of) AS duplicates FROM articles');
    const e = one<{ events: number }>('SELECT count(*) AS events FROM events');
    const c = one<{ clusters: number }>('SELECT count(*) AS clusters FROM clusters');
    const first = one<{ d: string | null }>('SELECT min(date) AS d FROM events');
    const last = one<{ d: string | null }>('SELECT max(date) AS d FROM events');
    return { ...a, ...e, ...c, firstDate: first.d, lastDate: last.d };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** A row of a relations query: one direction's sums in one period (`forward`: from the query's a to its b). */
export interface RelationsRow { period: string; forward: number | boolean; n: number; q1: number; q2: number; q3: number; q4: number; g: number; p: number }

/** Relations rows (ordered by period) as figures per period. */
export function relationsOf(rows: RelationsRow[], interval: Interval): RelationsPeriod[] {
  const byPeriod = new Map<string, { aToB: FigureSums; bToA: FigureSums; start: string }>();
  for (const r of rows) {
    let entry = byPeriod.get(r.period);
    if (!entry) {
      entry = { aToB: emptySums(), bToA: emptySums(), start: periodStart(r.period, interval) };
      byPeriod.set(r.period, entry);
    }
    const sums: FigureSums = { events: r.n, quad: [r.q1, r.q2, r.q3, r.q4], goldstein: r.g, plover: r.p };
    if (r.forward) entry.aToB = sums; else entry.bToA = sums;
  }
  return [...byPeriod].map(([period, e]) => ({
    period, start: e.start, aToB: figuresOf(e.aToB), bToA: figuresOf(e.bToA), both: figuresOf(addSums(e.aToB, e.bToA)),
  }));
}

/** A dyad-totals row: quad counts gathered, float sums tidied (they drift by ~1e-12 as clusters come and go; scores
 *  have one decimal). */
export const dyadTotalsOf = (r: { a: string; b: string; events: number; q1: number; q2: number; q3: number; q4: number; g: number; p: number }): DyadTotals => {
  const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
  return { a: r.a, b: r.b, events: r.events, quad: [r.q1, r.q2, r.q3, r.q4], goldsteinTotal: tidy(r.g), ploverTotal: tidy(r.p) };
};

/** Prepared statements of the store (compiled once per connection). */
function statements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    byId: p('SELECT id FROM articles WHERE id = ?'),
    byUrl: p('SELECT id FROM articles WHERE url_key = ?'),
    byText: p('SELECT id FROM articles WHERE text_hash = ?'),
    insertArticle: p(`INSERT INTO articles (id, date, title, text, source, url, url_key, text_hash, duplicate_of, similarity, sentences, ingested_at)
      VALUES (@id, @date, @title, @text, @source, @url, @url_key, @text_hash, @duplicate_of, @similarity, @sentences, @ingested_at)`),
    insertEvent: p(`INSERT INTO events (seq, id, article_seq, date, day, sentence_index, text, event, mode, context, cameo, cameo_root,
      goldstein, plover_score, quad_class, actor_code, recipient_code, actors, recipients, event_text, event_start, event_end, pattern,
      confidence, location, event_date, cluster_seq)
      VALUES (@seq, @id, @article_seq, @date, @day, @sentence_index, @text, @event, @mode, @context, @cameo, @cameo_root,
      @goldstein, @plover_score, @quad_class, @actor_code, @recipient_code, @actors, @recipients, @event_text, @event_start, @event_end, @pattern,
      @confidence, @location, @event_date, @cluster_seq)`),
    lastEventSeq: p('SELECT coalesce(max(seq), 0) AS seq FROM events'),
    // Full-text rows for a range of new events, in one statement rather than a trigger per row.
    indexText: p('INSERT INTO events_fts (rowid, text) SELECT seq, text FROM events WHERE seq BETWEEN ? AND ?'),
    insertEventActor: p('INSERT OR IGNORE INTO event_actors (code, role, date, event_seq) VALUES (?, ?, ?, ?)'),
    insertEventDyad: p('INSERT OR IGNORE INTO event_dyads (actor, recipient, date, event_seq) VALUES (?, ?, ?, ?)'),
    articleSeq: p('SELECT seq, duplicate_of FROM articles WHERE id = ?'),
    articleEvents: p('SELECT seq, cluster_seq FROM events WHERE article_seq = ? ORDER BY seq'),
    deleteEventActors: p('DELETE FROM event_actors WHERE event_seq = ?'),
    deleteEventDyads: p('DELETE FROM event_dyads WHERE event_seq = ?'),
    deleteEvents: p('DELETE FROM events WHERE article_seq = ?'),
    setSentences: p('UPDATE articles SET sentences = ? WHERE seq = ?'),
    copiesOf: p('SELECT seq FROM articles WHERE seq = ? OR duplicate_of = ?'),
    copiesByDate: p('SELECT seq FROM articles WHERE duplicate_of = ? ORDER BY date, seq'),
    clusterableEventsOf: p(`SELECT seq, article_seq, actor_code, recipient_code, cameo_root, day, date, quad_class, goldstein, plover_score
      FROM events WHERE article_seq = ? ORDER BY seq`),
    articleDateText: p('SELECT date, text FROM articles WHERE seq = ?'),
    deleteArticle: p('DELETE FROM articles WHERE seq = ?'),
    relink: p('UPDATE articles SET duplicate_of = ?, similarity = ? WHERE seq = ?'),
    countedEventsPage: p(`SELECT e.seq, e.article_seq, e.actor_code, e.recipient_code, e.cameo_root, e.day, e.date, e.quad_class, e.goldstein, e.plover_score
      FROM events e JOIN articles a ON a.seq = e.article_seq
      WHERE a.duplicate_of IS NULL AND (e.date > @date OR (e.date = @date AND e.seq > @seq))
      ORDER BY e.date, e.seq LIMIT ${RECLUSTER_PAGE}`),
    // Clusters are the merged, counted events; their representative's date and scores are the cluster's.
    pairEvents: p(`SELECT date, actor_code AS actor, recipient_code AS recipient, quad_class AS quadClass, goldstein,
        plover_score AS plover, mentions
      FROM clusters
      WHERE ((actor_code = @a AND recipient_code = @b) OR (actor_code = @b AND recipient_code = @a)) AND date >= @from AND date <= @to
      ORDER BY date, seq`),
    pairDays: p(`SELECT ${PAIR_DAY_COLUMNS} FROM dyad_days WHERE ${PAIR_DAYS_WHERE} ORDER BY date, actor`),
    dyadTotals: p(`SELECT min(actor, recipient) AS a, max(actor, recipient) AS b, sum(events) AS events,
        sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(goldstein) AS g, sum(plover) AS p
      FROM dyad_days WHERE date >= @from AND date <= @to AND actor <> recipient
      GROUP BY 1, 2 HAVING sum(events) > 0 ORDER BY 1, 2`),
    article: p(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = ?`),
    articles: p(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} ORDER BY a.seq LIMIT ? OFFSET ?`),
  };
}
