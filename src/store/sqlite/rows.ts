// Rows ↔ objects, and the WHERE clause of event queries (parameterised: user input only ever goes in parameters).
import type { CodedEvent, PloverCategory, QuadClass } from '../../model.js';
import type { EventQuery, StoredArticle, StoredEvent } from '../store.js';
import { dayNumber } from '../../relations/periods.js';
import { firstActorKey } from '../codes.js';

export interface ArticleRow {
  seq: number;
  id: string;
  date: string;
  title: string | null;
  text: string;
  source: string | null;
  url: string | null;
  text_hash: string;
  duplicate_of_id: string | null;
  similarity: number | null;
  sentences: number;
  ingested_at: string;
}

export const ARTICLE_COLUMNS = `a.seq, a.id, a.date, a.title, a.text, a.source, a.url, a.text_hash, d.id AS duplicate_of_id,
  a.similarity, a.sentences, a.ingested_at`;
export const ARTICLE_FROM = 'articles a LEFT JOIN articles d ON d.seq = a.duplicate_of';

export function articleOf(r: ArticleRow): StoredArticle {
  const a: StoredArticle = {
    id: r.id, date: r.date, text: r.text, textHash: r.text_hash, duplicateOf: r.duplicate_of_id,
    similarity: r.similarity, sentences: r.sentences, ingestedAt: r.ingested_at,
  };
  if (r.title !== null) a.title = r.title;
  if (r.source !== null) a.source = r.source;
  if (r.url !== null) a.url = r.url;
  return a;
}

/** The columns of an event as inserted. */
export function eventParams(e: CodedEvent, articleSeq: number) {
  return {
    id: e.id,
    article_seq: articleSeq,
    date: e.date,
    day: dayNumber(e.date),
    sentence_index: e.sentenceIndex,
    text: e.text,
    event: e.event,
    mode: e.mode,
    context: JSON.stringify(e.context),
    cameo: e.cameo,
    cameo_root: e.cameo.slice(0, 2),
    goldstein: e.goldstein,
    plover_score: e.ploverScore,
    quad_class: e.quadClass,
    actor_code: firstActorKey(e.actor),
    recipient_code: firstActorKey(e.recipient),
    actors: JSON.stringify(e.actor),
    recipients: JSON.stringify(e.recipient),
    event_text: e.eventText,
    event_start: e.eventSpan[0],
    event_end: e.eventSpan[1],
    pattern: e.pattern,
    confidence: e.confidence,
    location: e.location ? JSON.stringify(e.location) : null,
    event_date: e.eventDate ?? null,
  };
}

export type EventInsertRow = ReturnType<typeof eventParams>;

interface EventRow {
  seq: number;
  id: string;
  doc_id: string;
  date: string;
  sentence_index: number;
  text: string;
  event: string;
  mode: string | null;
  context: string;
  cameo: string;
  goldstein: number;
  plover_score: number;
  quad_class: number;
  actors: string;
  recipients: string;
  event_text: string;
  event_start: number;
  event_end: number;
  pattern: string;
  confidence: number;
  location: string | null;
  event_date: string | null;
  cluster_id: string | null;
  mentions: number | null;
  sources: number | null;
  articles: number | null;
  article_source: string | null;
  article_url: string | null;
  ingested_at: string;
}

export const EVENT_COLUMNS = `e.seq, e.id, a.id AS doc_id, e.date, e.sentence_index, e.text, e.event, e.mode, e.context, e.cameo,
  e.goldstein, e.plover_score, e.quad_class, e.actors, e.recipients, e.event_text, e.event_start, e.event_end, e.pattern,
  e.confidence, e.location, e.event_date, r.id AS cluster_id, c.mentions, c.sources, c.articles, a.source AS article_source, a.url AS article_url,
  a.ingested_at`;
/** What a listed event is read with (after `events e`): its article, its cluster and the cluster's representative. */
const EVENT_JOINS = `JOIN articles a ON a.seq = e.article_seq
  LEFT JOIN clusters c ON c.seq = e.cluster_seq LEFT JOIN events r ON r.seq = c.rep_event_seq`;

export function eventOf(r: EventRow): StoredEvent {
  const counted = r.cluster_id !== null;
  return {
    seq: r.seq,
    id: r.id,
    docId: r.doc_id,
    date: r.date,
    eventDate: r.event_date,
    sentenceIndex: r.sentence_index,
    text: r.text,
    event: r.event as PloverCategory,
    mode: r.mode,
    context: JSON.parse(r.context) as string[],
    cameo: r.cameo,
    goldstein: r.goldstein,
    ploverScore: r.plover_score,
    quadClass: r.quad_class as QuadClass,
    actor: JSON.parse(r.actors),
    recipient: JSON.parse(r.recipients),
    eventText: r.event_text,
    eventSpan: [r.event_start, r.event_end],
    pattern: r.pattern,
    confidence: r.confidence,
    location: r.location === null ? null : JSON.parse(r.location),
    counted,
    clusterId: r.cluster_id ?? r.id,
    mentions: r.mentions ?? 0,
    sources: r.sources ?? 0,
    articles: r.articles ?? 0,
    articleSource: r.article_source,
    articleUrl: r.article_url,
    ingestedAt: r.ingested_at,
  };
}

/** The words of a full-text search (letters and digits; everything else separates them). */
export const searchWords = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** How a backend matches every word of a search: a condition on the named parameter @fts, and that parameter's value. */
export interface TextSearch {
  clause: string;
  value(words: string[]): string;
}

/** SQLite: the FTS5 table, each word a quoted string (so no FTS syntax gets through), all required. */
export const SQLITE_TEXT_SEARCH: TextSearch = {
  clause: 'e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @fts)',
  value: (words) => words.map((w) => `"${w}"`).join(' '),
};

/** An event query as SQL: what to read (`from`, `countFrom` for counting), the WHERE clause, the order, the parameters. */
export interface EventSql {
  from: string;
  countFrom: string;
  sql: string;
  order: string;
  params: Record<string, string | number>;
}

/**
 * The SQL of an event query. A pair's events (an actor and a recipient) are read from event_dyads, an actor's (or a
 * recipient's) alone from event_actors: their rows in date order, so that a page stops after its rows instead of
 * sorting every match; counting joins only what the filters need (no article unless by article, not the
 * representative's id).
 */
export function eventWhere(q: EventQuery, textSearch: TextSearch = SQLITE_TEXT_SEARCH): EventSql {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const pair = !q.countedAs && q.actor !== undefined && q.recipient !== undefined;
  const single = !q.countedAs && !pair && (q.actor !== undefined || q.recipient !== undefined);
  const dedup = q.dedup ?? true;
  // The rows walked in date order (alias w): the pair's in event_dyads, or the one actor's in event_actors; each
  // merged event once (dedup), the same rows of the events that represent a cluster (../rep-rows.ts).
  const rows = pair ? `${dedup ? 'rep_' : ''}event_dyads w` : single ? `${dedup ? 'rep_' : ''}event_actors w` : null;
  // Each merged event once, when no rows are walked: the event represents a cluster. Written as EXISTS (not as the
  // joined cluster's representative) so that PostgreSQL estimates how many pass (three in four events here, not one
  // in millions).
  if (dedup && !rows) where.push('EXISTS (SELECT 1 FROM clusters k WHERE k.rep_event_seq = e.seq)');
  if (q.actor) params.actor = q.actor;
  if (q.recipient) params.recipient = q.recipient;
  if (q.countedAs) {
    if (q.actor) where.push('e.actor_code = @actor');
    if (q.recipient) where.push('e.recipient_code = @recipient');
  } else if (pair) {
    where.push('w.actor = @actor AND w.recipient = @recipient');
  } else if (single) {
    where.push(q.actor ? "w.code = @actor AND w.role = 'A'" : "w.code = @recipient AND w.role = 'R'");
  }
  if (q.category) { where.push('e.event = @category'); params.category = q.category; }
  if (q.cameo) {
    // A prefix as a range: '19' ≤ code < '19~' ('~' sorts after every digit and letter).
    where.push('e.cameo >= @cameoLo AND e.cameo < @cameoHi');
    params.cameoLo = q.cameo;
    params.cameoHi = `${q.cameo}~`;
  }
  if (q.quadClass) { where.push('e.quad_class = @quad'); params.quad = q.quadClass; }
  // The date range of walked rows is on them (w.date, the event's date): saying it twice would make the planner count it twice.
  const date = rows ? 'w.date' : 'e.date';
  if (q.from) { where.push(`${date} >= @from`); params.from = q.from; }
  if (q.to) { where.push(`${date} <= @to`); params.to = q.to; }
  if (q.after) {
    // Spelled out rather than as a row value, so that SQLite too reads the index from the cursor on: the date bound
    // is a range on the walked key, the rest settles ties within the cursor's day.
    const seq = rows ? 'w.event_seq' : 'e.seq';
    where.push(`${date} >= @afterDate AND (${date} > @afterDate OR ${seq} > @afterSeq)`);
    params.afterDate = q.after.date;
    params.afterSeq = q.after.seq;
  }
  if (q.text !== undefined) {
    const words = searchWords(q.text);
    // A search with no words matches nothing rather than everything.
    if (words.length) { where.push(textSearch.clause); params.fts = textSearch.value(words); }
    else where.push('1 = 0');
  }
  if (q.docId !== undefined) { where.push('a.id = @docId'); params.docId = q.docId; }
  const events = rows ? `${rows} JOIN events e ON e.seq = w.event_seq` : 'events e';
  const articles = q.docId !== undefined ? ' JOIN articles a ON a.seq = e.article_seq' : '';
  // Counting walked rows needs the events themselves only for filters on their columns.
  const onEvents = q.category || q.cameo || q.quadClass || q.text !== undefined || q.docId !== undefined;
  return {
    from: `${events} ${EVENT_JOINS}`,
    countFrom: rows && !onEvents ? rows : `${events}${articles}`,
    sql: where.length ? `WHERE ${where.join(' AND ')}` : '',
    order: rows ? 'w.date, w.event_seq' : 'e.date, e.seq',
    params,
  };
}
