// The Store interface: what every storage backend (SQLite now, PostgreSQL later) provides.
// Backends are tested with the same suite (test/store.test.ts), so this interface is the contract.
import type { Article, CodedEvent, PloverCategory, QuadClass } from '../model.js';

/** An article as stored, with ingestion bookkeeping. */
export interface StoredArticle extends Article {
  /** Hash of the normalised text (exact-duplicate detection). */
  textHash: string;
  /** When a near-duplicate of an earlier article: that article's id (its events count once, there). */
  duplicateOf: string | null;
  ingestedAt: string;
}

/** A stored event: a coded event plus cross-source bookkeeping (GDELT-style). */
export interface StoredEvent extends CodedEvent {
  /** Id of the merged event this mention belongs to (itself when it is the first report). */
  clusterId: string;
  /** For the representative of a cluster: how many mentions / distinct sources / distinct articles report it. */
  mentions: number;
  sources: number;
  articles: number;
  /** Source (outlet) and URL of the article. */
  articleSource: string | null;
  articleUrl: string | null;
}

export interface EventQuery {
  actor?: string;        // actor code (country/org), matches any actor of the event
  recipient?: string;    // recipient code
  category?: PloverCategory;
  cameo?: string;        // CAMEO prefix, e.g. "19" or "112"
  quadClass?: QuadClass;
  from?: string;         // YYYY-MM-DD inclusive
  to?: string;           // YYYY-MM-DD inclusive
  text?: string;         // text search in the sentence
  docId?: string;
  /** Only one event per cluster (the representative); default true. */
  dedup?: boolean;
  limit?: number;
  offset?: number;
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

/** Figures of one direction in one period. */
export interface DirectionFigures {
  events: number;
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

export interface DyadRank {
  a: string;
  b: string;
  events: number;
  goldsteinMean: number;
  goldsteinTotal: number;
  conflictEvents: number;
  cooperationEvents: number;
}

export interface IngestBatchResult {
  stored: number;
  skipped: Array<{ id: string; reason: 'same-id' | 'same-url' | 'same-text'; existing: string }>;
  nearDuplicates: number;
  events: number;
  sentences: number;
}

export interface Store {
  /** Stores articles with their events in one transaction; skips ones already stored. */
  ingestBatch(batch: Array<{ article: Article; events: CodedEvent[]; sentences: number }>): IngestBatchResult;
  /** Replaces an article's events (after dictionaries change). */
  replaceEvents(articleId: string, events: CodedEvent[]): void;
  article(id: string): StoredArticle | undefined;
  articles(opts?: { limit?: number; offset?: number }): Iterable<StoredArticle>;
  events(q: EventQuery): StoredEvent[];
  countEvents(q: EventQuery): number;
  relations(q: RelationsQuery): RelationsPeriod[];
  dyads(opts: { from?: string; to?: string; top?: number }): { conflict: DyadRank[]; cooperation: DyadRank[] };
  stats(): { articles: number; duplicates: number; events: number; clusters: number; firstDate: string | null; lastDate: string | null };
  close(): void;
}
