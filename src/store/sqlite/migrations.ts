// Versioned schema migrations. Each runs once, in order, in its own transaction, and is recorded in
// schema_migrations; a database written by a newer detente (a version this list does not know) is refused.
import type Database from 'better-sqlite3';
import { addSquareColumns, dyadDaysFromClusters } from '../dyad-days.js';
import { repRowsMigration } from '../rep-rows.js';

/**
 * Each cluster's reports per outlet and per article (see clusters.ts): joining or leaving a cluster changes one row of
 * each and the cluster's counts by at most one, instead of counting every member again. Filled from the clustered
 * events already stored. The SQL is the same on PostgreSQL (../postgres/migrations.ts).
 */
export const CLUSTER_MEMBER_TABLES = `
CREATE TABLE cluster_sources (
  cluster_seq BIGINT NOT NULL,
  source_key  TEXT NOT NULL,
  reports     INTEGER NOT NULL,
  PRIMARY KEY (cluster_seq, source_key)
);
CREATE TABLE cluster_articles (
  cluster_seq BIGINT NOT NULL,
  article_seq BIGINT NOT NULL,
  reports     INTEGER NOT NULL,
  PRIMARY KEY (cluster_seq, article_seq)
);
INSERT INTO cluster_sources (cluster_seq, source_key, reports)
  SELECT e.cluster_seq, coalesce(a.source, ' article ' || a.seq), count(*)
  FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.cluster_seq IS NOT NULL GROUP BY 1, 2;
INSERT INTO cluster_articles (cluster_seq, article_seq, reports)
  SELECT cluster_seq, article_seq, count(*) FROM events WHERE cluster_seq IS NOT NULL GROUP BY 1, 2;
`;

/**
 * Every (actor code, recipient code) pair of every event with its date: an actor and recipient filter (events --actor
 * X --recipient Y, /api/events?actor=X&recipient=Y) reads one range of it, the pair's events of those days, instead of
 * intersecting all of X's events with all of Y's. Filled from event_actors. The SQL is the same on PostgreSQL.
 */
export const EVENT_DYADS_TABLE = `
CREATE TABLE event_dyads (
  actor     TEXT NOT NULL,
  recipient TEXT NOT NULL,
  date      TEXT NOT NULL,
  event_seq BIGINT NOT NULL,
  PRIMARY KEY (actor, recipient, date, event_seq)
);
INSERT INTO event_dyads (actor, recipient, date, event_seq)
  SELECT a.code, r.code, a.date, a.event_seq FROM event_actors a JOIN event_actors r ON r.event_seq = a.event_seq AND r.role = 'R'
  WHERE a.role = 'A';
CREATE INDEX event_dyads_event ON event_dyads(event_seq);
`;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, events, clusters, dyad days',
    sql: `
-- Articles in the order they were stored (seq). duplicate_of points at the original of a near-duplicate.
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  date         TEXT NOT NULL,
  title        TEXT,
  text         TEXT NOT NULL,
  source       TEXT,
  url          TEXT,
  url_key      TEXT UNIQUE,
  text_hash    TEXT NOT NULL UNIQUE,
  duplicate_of INTEGER REFERENCES articles(seq),
  similarity   REAL,
  sentences    INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- LSH band keys of each article's MinHash signature: articles sharing a key are near-duplicate candidates.
-- Keys lead with the article's 28-day period (days since 1970 / 28): a batch of news from the same days writes to
-- a few neighbouring pages instead of one random page per key, and lookups only visit the periods of the window.
CREATE TABLE lsh_bands (
  bucket      INTEGER NOT NULL,
  key         INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (bucket, key, article_seq)
) WITHOUT ROWID;

-- Every coded event with its evidence. actor_code / recipient_code are the first resolved actor and recipient
-- (see actorKey); the full lists with their spans are JSON. cluster_seq is NULL for events that do not count
-- (those of near-duplicate articles).
CREATE TABLE events (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  article_seq    INTEGER NOT NULL REFERENCES articles(seq),
  date           TEXT NOT NULL,
  day            INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  text           TEXT NOT NULL,
  event          TEXT NOT NULL,
  mode           TEXT,
  context        TEXT NOT NULL,
  cameo          TEXT NOT NULL,
  cameo_root     TEXT NOT NULL,
  goldstein      REAL NOT NULL,
  plover_score   REAL NOT NULL,
  quad_class     INTEGER NOT NULL,
  actor_code     TEXT,
  recipient_code TEXT,
  actors         TEXT NOT NULL,
  recipients     TEXT NOT NULL,
  event_text     TEXT NOT NULL,
  event_start    INTEGER NOT NULL,
  event_end      INTEGER NOT NULL,
  pattern        TEXT NOT NULL,
  confidence     REAL NOT NULL,
  cluster_seq    INTEGER
);
CREATE INDEX events_article ON events(article_seq);
CREATE INDEX events_cluster ON events(cluster_seq) WHERE cluster_seq IS NOT NULL;
-- Listing is by date; category and CAMEO filters read along this index (they are not selective enough to pay for
-- their own index on every insert), and actors go through event_actors. Relations read dyad_days, not events.
CREATE INDEX events_date ON events(date, seq);

-- Every code of every actor (country, and organisation code when there is one), for --actor / --recipient filters.
CREATE TABLE event_actors (
  code      TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('A', 'R')),
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (code, role, event_seq)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_seq);

-- Full-text index of event sentences (external content: the text lives in events only). detail = none keeps no
-- word positions: searches are for words anywhere in the sentence, and the index is small and quick to update.
CREATE VIRTUAL TABLE events_fts USING fts5(text, content = 'events', content_rowid = 'seq', detail = none);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;

-- One row per merged event: the same actor and recipient codes and CAMEO root within a day of the representative
-- (the first report stored). The representative's date, codes and scores are the cluster's.
CREATE TABLE clusters (
  seq            INTEGER PRIMARY KEY,
  rep_event_seq  INTEGER NOT NULL UNIQUE,
  actor_code     TEXT,
  recipient_code TEXT,
  cameo_root     TEXT NOT NULL,
  day            INTEGER NOT NULL,
  date           TEXT NOT NULL,
  quad_class     INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  plover_score   REAL NOT NULL,
  mentions       INTEGER NOT NULL,
  sources        INTEGER NOT NULL,
  articles       INTEGER NOT NULL
);
CREATE INDEX clusters_key ON clusters(actor_code, recipient_code, cameo_root, day);

-- The relations index: per directed dyad and day, the sums of its clusters (each merged event once) and the same
-- sums weighted by mentions. Kept up to date as clusters change, so relations queries read a few thousand rows.
CREATE TABLE dyad_days (
  actor       TEXT NOT NULL,
  recipient   TEXT NOT NULL,
  date        TEXT NOT NULL,
  events      INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  goldstein   REAL NOT NULL,
  plover      REAL NOT NULL,
  mentions    INTEGER NOT NULL,
  mq1 INTEGER NOT NULL, mq2 INTEGER NOT NULL, mq3 INTEGER NOT NULL, mq4 INTEGER NOT NULL,
  goldstein_w REAL NOT NULL,
  plover_w    REAL NOT NULL,
  PRIMARY KEY (actor, recipient, date)
) WITHOUT ROWID;
CREATE INDEX dyad_days_date ON dyad_days(date);
`,
  },
  {
    version: 2,
    name: 'event locations',
    sql: `
-- Where the event took place when the sentence names a place (JSON EventLocation), else NULL.
ALTER TABLE events ADD COLUMN location TEXT;
`,
  },
  {
    version: 3,
    name: 'full-text rows added per batch',
    sql: `
-- A trigger per event row made full-text indexing a quarter of the cost of storing an event; the store now adds
-- new rows to events_fts with one INSERT ... SELECT per batch (same transaction).
DROP TRIGGER IF EXISTS events_fts_insert;
`,
  },
  {
    version: 4,
    name: 'event dates',
    sql: `
-- The day the act happened when the sentence says ("on Tuesday"), YYYY-MM-DD; NULL when it does not. The
-- article's publication date stays in date.
ALTER TABLE events ADD COLUMN event_date TEXT;
`,
  },
  {
    version: 5,
    name: 'cluster counts kept incrementally',
    sql: CLUSTER_MEMBER_TABLES,
  },
  {
    version: 6,
    name: 'actor rows carry the event date; event dyads',
    sql: `
-- An actor filter with a date range (events --actor X --from --to, /api/events) reads one range of this table: the
-- code's events of those days. Without the date it read every event of the code, ever.
CREATE TABLE event_actors_dated (
  code      TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('A', 'R')),
  date      TEXT NOT NULL,
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (code, role, date, event_seq)
) WITHOUT ROWID;
INSERT INTO event_actors_dated (code, role, date, event_seq)
  SELECT ea.code, ea.role, e.date, ea.event_seq FROM event_actors ea JOIN events e ON e.seq = ea.event_seq;
DROP TABLE event_actors;
ALTER TABLE event_actors_dated RENAME TO event_actors;
CREATE INDEX event_actors_event ON event_actors(event_seq);
${EVENT_DYADS_TABLE}
`,
  },
  {
    version: 7,
    name: 'sums of squares in the relations index',
    // The relations report's intervals need Σx² sums besides the totals (src/store/dyad-days.ts): with them it reads
    // a row per day of the pair, not every merged event. The index is rebuilt from the clusters, which it sums.
    sql: `
${addSquareColumns('sqlite')}
DELETE FROM dyad_days;
${dyadDaysFromClusters('sqlite')};
`,
  },
  {
    version: 8,
    name: 'actor and dyad rows of merged events',
    // A listing of merged events (the default) walks and counts these without a cluster probe per row (../rep-rows.ts).
    sql: repRowsMigration('sqlite'),
  },
];

/** Applies the migrations the database lacks; returns the schema version. */
export function migrate(db: Database.Database, file: string): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const versionNow = () => (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const latest = MIGRATIONS.at(-1)!.version;
  const current = versionNow();
  if (current > latest) {
    throw new Error(`${file}: database schema version ${current} is newer than this detente knows (${latest}); upgrade detente`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // IMMEDIATE takes the write lock first, and the version is read again under it: two processes opening a new
    // database at once apply each migration once.
    db.transaction(() => {
      if (versionNow() >= m.version) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return latest;
}
