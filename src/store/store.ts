// The Store interface: what every storage backend (SQLite, PostgreSQL) provides.
// Backends are tested with the same suite (test/store.test.ts), so this interface is the contract.
import type { Article, CodedEvent, PloverCategory, QuadClass } from '../model.js';

/** An article as stored, with ingestion bookkeeping. */
export interface StoredArticle extends Article {
  /** Hash of the normalised text (exact-duplicate detection). */
  textHash: string;
  /** When a near-duplicate of an earlier article: that article's id (its events count once, there). */
  duplicateOf: string | null;
  /** Jaccard similarity of the word shingles with `duplicateOf`. */
  similarity: number | null;
  /** Sentences the coder read. */
  sentences: number;
  ingestedAt: string;
}

/** A stored event: a coded event plus cross-source bookkeeping (GDELT-style). */
export interface StoredEvent extends CodedEvent {
  /** Store-assigned number (the integer id GDELT-style exports need); a re-coded article's events get new ones. */
  seq: number;
  /**
   * False for events of near-duplicate articles: they are kept as evidence but do not count (their original's do).
   */
  counted: boolean;
  /**
   * Id of the merged event (cluster) this mention belongs to: the id of its representative, the first report stored.
   * An uncounted event is its own cluster id.
   */
  clusterId: string;
  /** The cluster's counts (0 when not counted): reports of the event, distinct outlets, distinct articles. */
  mentions: number;
  sources: number;
  articles: number;
  /** Source (outlet) and URL of the article. */
  articleSource: string | null;
  articleUrl: string | null;
  /** When the article was stored (ISO timestamp). */
  ingestedAt: string;
}

export interface EventQuery {
  actor?: string;        // actor code (country, or organisation code such as NATO), matches any actor of the event
  recipient?: string;    // recipient code, matches any recipient
  /** Match actor and recipient on the keys events are counted under in relations (first actor's and first
   *  recipient's), so the events listed are exactly those behind a relations figure. */
  countedAs?: boolean;
  category?: PloverCategory;
  cameo?: string;        // CAMEO prefix, e.g. "19" or "112"
  quadClass?: QuadClass;
  from?: string;         // YYYY-MM-DD inclusive
  to?: string;           // YYYY-MM-DD inclusive
  text?: string;         // words that must all occur in the sentence (full-text search)
  docId?: string;
  /** Only one event per cluster (the representative); default true. False lists every mention, near-duplicates' too. */
  dedup?: boolean;
  limit?: number;
  offset?: number;
  /**
   * Keyset paging: only events after this one in the listing's order (date, then seq), i.e. the page after the one
   * that ended with it. Unlike `offset`, a page reads only its own rows, however deep (src/store/listing.ts).
   */
  after?: EventKey;
}

/** Where an event stands in every listing's order: its date, then its store number. */
export interface EventKey {
  date: string;
  seq: number;
}

export type Interval = 'day' | 'week' | 'month';

export interface RelationsQuery {
  a: string;
  b: string;
  from?: string;
  to?: string;
  interval: Interval;
  /** Weight figures by mentions (how many reports an event has). */
  weighted?: boolean;
}

/** Figures of one direction in one period. Weighted: every count and score is multiplied by the event's mentions. */
export interface DirectionFigures {
  events: number;
  /** Events by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quad: [number, number, number, number];
  goldsteinTotal: number;
  goldsteinMean: number | null;
  ploverTotal: number;
  ploverMean: number | null;
}

export interface RelationsPeriod {
  period: string;   // e.g. 2017-04 (month), 2017-W14 (week), 2017-04-07 (day)
  start: string;    // first day of the period
  aToB: DirectionFigures;
  bToA: DirectionFigures;
  both: DirectionFigures;
}

/** One merged event (cluster) between a pair, as the relations report reads it: counted once, on its representative's
 *  date and scores, with its number of reports. */
export interface PairEvent {
  date: string;
  actor: string;
  recipient: string;
  quadClass: QuadClass;
  goldstein: number;
  plover: number;
  mentions: number;
}

/**
 * A directed dyad's day in the relations index (dyad_days): the sums of its merged events that the relations report
 * needs, so that a pair's report reads a row per day instead of every event. Scores in `…Sq` and `…W2` sums are in
 * whole tenths (src/relations/interval.ts); m is an event's reports (mentions), G and P its scores in tenths.
 */
export interface PairDay {
  date: string;
  actor: string;
  recipient: string;
  events: number;
  /** Σ m, Σ m² */
  mentions: number;
  mentionsSq: number;
  /** Events, and Σ m, by quad class. */
  quad: [number, number, number, number];
  quadMentions: [number, number, number, number];
  /** Σ g and Σ m·g (in score units, as floats). */
  goldstein: number;
  goldsteinWeighted: number;
  /** Σ G², Σ m²·G, Σ m²·G². */
  goldsteinSq: number;
  goldsteinW2: number;
  goldsteinSqW2: number;
  plover: number;
  ploverWeighted: number;
  ploverSq: number;
  ploverW2: number;
  ploverSqW2: number;
}

/** Sums of a pair's merged events in a window, both directions together; the pair in alphabetical order. */
export interface DyadTotals {
  a: string;
  b: string;
  events: number;
  /** Events by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quad: [number, number, number, number];
  goldsteinTotal: number;
  ploverTotal: number;
}

export type SkipReason = 'same-id' | 'same-url' | 'same-text';

/** Why an article is not stored: it is already there under `existing`. */
export interface Skip {
  id: string;
  reason: SkipReason;
  existing: string;
}

export interface NearDuplicate {
  id: string;
  duplicateOf: string;
  similarity: number;
}

export interface IngestBatchResult {
  /** Articles stored, replaced ones included. */
  stored: number;
  /** Of those, articles that replaced a stored article with the same id (ingestBatch with `replace`). */
  replaced: number;
  skipped: Skip[];
  /** Articles stored as near-duplicates of earlier ones (their events do not count). */
  nearDuplicates: number;
  duplicateLinks: NearDuplicate[];
  /** Events and sentences of the stored articles. */
  events: number;
  sentences: number;
}

export interface ArticleToStore {
  article: Article;
  events: CodedEvent[];
  /** Sentences the coder read. */
  sentences: number;
}

export interface IngestBatchOptions {
  /**
   * Re-store articles whose id is already stored (new text, date or metadata, re-coded): the stored article and its
   * events go and the new version is stored as if new. A new version whose URL or text is another article's is skipped.
   */
  replace?: boolean;
}

export interface DeleteResult {
  /** Ids of the articles removed, and how many events went with them. */
  deleted: string[];
  events: number;
  /** Ids that are not stored. */
  missing: string[];
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  events: number;
  clusters: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Store {
  /** Stores articles with their events in one transaction; skips ones already stored; links near-duplicates. */
  ingestBatch(batch: ArticleToStore[], opts?: IngestBatchOptions): IngestBatchResult;
  /** Whether an article would be skipped (so callers need not code it); ingestBatch checks again. */
  existing(article: Article): Skip | null;
  /** existing() for each of these articles, against what is stored (not against each other); one round trip on a server. */
  existingMany(articles: Article[]): Array<Skip | null>;
  /** Replaces the events of stored articles (after dictionaries change), in one transaction. */
  replaceEvents(batch: Array<{ articleId: string; events: CodedEvent[]; sentences: number }>): void;
  /**
   * Removes articles and their events in one transaction. Clusters and the relations index lose their share; when an
   * original with near-duplicates goes, its earliest copy becomes the original and its events count.
   */
  deleteArticles(ids: string[]): DeleteResult;
  /** Rebuilds every cluster and the relations index from the stored events, in date order. */
  recluster(): void;
  article(id: string): StoredArticle | undefined;
  /** Articles in the order they were stored. */
  articles(opts?: { limit?: number; offset?: number }): StoredArticle[];
  events(q: EventQuery): StoredEvent[];
  /** Streams matching events (for exports); do not write to the store while iterating. */
  eachEvent(q: EventQuery): Iterable<StoredEvent>;
  /** How many events match; with `cap`, counting stops there (a result equal to cap means cap or more). */
  countEvents(q: EventQuery, cap?: number): number;
  /** Figures per period that has events, oldest first. */
  relations(q: RelationsQuery): RelationsPeriod[];
  /** The merged events between two actors (both directions, counted ones only), oldest first. */
  pairEvents(q: { a: string; b: string; from?: string; to?: string }): PairEvent[];
  /** The relations index's days of two actors (both directions), oldest first: what the relations report reads. */
  pairDays(q: { a: string; b: string; from?: string; to?: string }): PairDay[];
  /** Every pair of distinct actors with events in the window, with their sums (ranked in src/relations/dyads.ts). */
  dyadTotals(opts: { from?: string; to?: string }): DyadTotals[];
  stats(): StoreStats;
  close(): void;
}
