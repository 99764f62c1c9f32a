// Databases as older migrations left them, for upgrade tests: SQL that takes a store at the latest schema back to
// before a migration (the migration then runs again when the store is opened).
import { SQUARE_COLUMNS } from '../../src/store/dyad-days.js';

/** SQLite, before migration 8: no actor and dyad rows of merged events (src/store/rep-rows.ts). */
export const SQLITE_BEFORE_REP_ROWS = `
DROP TRIGGER clusters_rep_insert;
DROP TRIGGER clusters_rep_update;
DROP TRIGGER clusters_rep_delete;
DROP TRIGGER event_actors_rep_insert;
DROP TRIGGER event_dyads_rep_insert;
DROP TABLE rep_event_actors;
DROP TABLE rep_event_dyads;
DELETE FROM schema_migrations WHERE version >= 8;
`;

/** PostgreSQL, before migration 8: band keys referenced their article. */
export const PG_BEFORE_UNCHECKED_BANDS = `
ALTER TABLE lsh_bands ADD CONSTRAINT lsh_bands_article_seq_fkey FOREIGN KEY (article_seq) REFERENCES articles(seq) ON DELETE CASCADE;
DELETE FROM schema_migrations WHERE version >= 8;
`;

/** PostgreSQL, before migration 7: new events were clustered after they were stored (detente_attach). */
export const PG_BEFORE_PLACED_EVENTS = `${PG_BEFORE_UNCHECKED_BANDS}
DROP FUNCTION detente_place(events);
DELETE FROM schema_migrations WHERE version >= 7;
`;

/** PostgreSQL, before migration 6: no actor and dyad rows of merged events. */
export const PG_BEFORE_REP_ROWS = `${PG_BEFORE_PLACED_EVENTS}
DROP TRIGGER clusters_rep_rows ON clusters;
DROP FUNCTION detente_rep_rows();
DROP TABLE rep_event_actors;
DROP TABLE rep_event_dyads;
DELETE FROM schema_migrations WHERE version >= 6;
`;

/** SQLite, before migration 7: no sums of squares in dyad_days. */
export const SQLITE_BEFORE_SQUARES = `${SQLITE_BEFORE_REP_ROWS}
${SQUARE_COLUMNS.map((c) => `ALTER TABLE dyad_days DROP COLUMN ${c};`).join('\n')}
DELETE FROM schema_migrations WHERE version >= 7;
`;

/** PostgreSQL, before migration 5: no sums of squares in dyad_days. */
export const PG_BEFORE_SQUARES = `${PG_BEFORE_REP_ROWS}
${SQUARE_COLUMNS.map((c) => `ALTER TABLE dyad_days DROP COLUMN ${c};`).join('\n')}
DELETE FROM schema_migrations WHERE version >= 5;
`;

/** SQLite, before migration 6: event_actors without the event's date, and no event_dyads. */
export const SQLITE_BEFORE_DATED_ACTORS = `${SQLITE_BEFORE_SQUARES}
DROP TABLE event_dyads;
CREATE TABLE event_actors_undated (
  code      TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('A', 'R')),
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (code, role, event_seq)
) WITHOUT ROWID;
INSERT INTO event_actors_undated SELECT code, role, event_seq FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_undated RENAME TO event_actors;
CREATE INDEX event_actors_event ON event_actors(event_seq);
DELETE FROM schema_migrations WHERE version >= 6;
`;

/** PostgreSQL, before migration 4: event_actors without the event's date, and no event_dyads. */
export const PG_BEFORE_DATED_ACTORS = `${PG_BEFORE_SQUARES}
DROP TABLE event_dyads;
ALTER TABLE event_actors DROP CONSTRAINT event_actors_pkey;
ALTER TABLE event_actors DROP COLUMN date;
ALTER TABLE event_actors ADD CONSTRAINT event_actors_pkey PRIMARY KEY (code, role, event_seq);
DELETE FROM schema_migrations WHERE version >= 4;
`;
