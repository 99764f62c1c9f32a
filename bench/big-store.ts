// Large generated stores for the query bench (issue 14: 1,000,000 events in SQLite, 10,000,000 in PostgreSQL),
// filled by the database itself: each table is one INSERT ... SELECT over a series of numbers (generate_series on
// PostgreSQL, a recursive CTE on SQLite), every value a hash of the row number looked up in small tables of actors,
// actions, days and outlets. No coder and no client round trip per row: minutes for ten million events.
//
// The schema is the store's own (its migrations run first), so the queries and indexes measured are the real ones.
// The distribution: 10 events per article, actors and recipients drawn with the Zipf weights of bench/synthetic.ts
// (a few dyads dominate, as in the news), the actions of bench/synthetic.ts, ten years of days with three times as
// much news at the end as at the start, one event in four a second report of the event before it (so merged
// events, i.e. clusters, number three quarters of the events). Not filled: lsh_bands, cluster_sources and
// cluster_articles, which only writes read.
import Database from 'better-sqlite3';
import pg from 'pg';
import { dateOfDay, dayNumber } from '../src/relations/periods.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { dyadDaysFromClusters } from '../src/store/dyad-days.js';
import { repRowsFill } from '../src/store/rep-rows.js';
import { ACTIONS, COUNTRIES, REASONS, SOURCES, ZIPF } from './synthetic.js';

export const BIG_FIRST_DATE = '2015-01-01';
/** Ten years of days: 2015-01-01 to 2024-12-31. */
export const BIG_DAYS = 3653;
export const BIG_EVENTS_PER_ARTICLE = 10;
const ACTOR_SLOTS = 1000;
const DAY_SLOTS = 10_000;
const ACTION_SLOTS = 100;

type Dialect = 'sqlite' | 'postgres';

/** A well-spread hash of a row number into [0, 1000003): the same expression on both databases (64-bit integers). */
const hash = (n: string, salt: number) => `((${n} * 2654435761 + ${salt * 97_531}) % 1000003)`;
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const actorJson = (name: string, code: string) => JSON.stringify([{ text: name, name, code, sector: null, start: 0, end: name.length }]);

/** The lookup tables (temporary: they live as long as the filling connection), as SQL statements. */
function lookupTables(dialect: Dialect): string[] {
  const real = dialect === 'postgres' ? 'DOUBLE PRECISION' : 'REAL';
  const rows = (table: string, values: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < values.length; i += 500) out.push(`INSERT INTO ${table} VALUES ${values.slice(i, i + 500).join(', ')}`);
    return out;
  };
  const actors = Array.from({ length: ACTOR_SLOTS }, (_, slot) => {
    const i = Math.min(COUNTRIES.length - 1, ZIPF.findIndex((c) => (slot + 0.5) / ACTOR_SLOTS <= c));
    const [name, code] = COUNTRIES[i]!;
    // The recipient when the draw gives the actor itself: the next country.
    const [altName, altCode] = COUNTRIES[(i + 1) % COUNTRIES.length]!;
    return `(${slot}, ${quote(code)}, ${quote(name)}, ${quote(actorJson(name, code))}, ${quote(altCode)}, ${quote(altName)}, ${quote(actorJson(altName, altCode))})`;
  });
  // Density of news over the ten years grows linearly, 1 at the start to 3 at the end: the slot at quantile u falls
  // on x = (sqrt(1 + 8u) - 1) / 2 of the way, the inverse of the distribution function (x + x²) / 2.
  const first = dayNumber(BIG_FIRST_DATE);
  const days = Array.from({ length: DAY_SLOTS }, (_, slot) => {
    const u = (slot + 0.5) / DAY_SLOTS;
    const day = first + Math.min(BIG_DAYS - 1, Math.floor(BIG_DAYS * (Math.sqrt(1 + 8 * u) - 1) / 2));
    return `(${slot}, ${quote(dateOfDay(day))}, ${day})`;
  });
  const actions = Array.from({ length: ACTION_SLOTS }, (_, slot) => {
    const [verb, cameo, event, goldstein, plover, quad] = ACTIONS[slot % ACTIONS.length]!;
    return `(${slot}, ${quote(verb)}, ${quote(cameo)}, ${quote(cameo.slice(0, 2))}, ${quote(event)}, ${goldstein}, ${plover}, ${quad})`;
  });
  return [
    `CREATE TEMP TABLE big_actor (slot INTEGER PRIMARY KEY, code TEXT, name TEXT, json TEXT, alt_code TEXT, alt_name TEXT, alt_json TEXT)`,
    ...rows('big_actor', actors),
    `CREATE TEMP TABLE big_day (slot INTEGER PRIMARY KEY, date TEXT, day INTEGER)`,
    ...rows('big_day', days),
    `CREATE TEMP TABLE big_action (slot INTEGER PRIMARY KEY, verb TEXT, cameo TEXT, root TEXT, event TEXT, goldstein ${real}, plover ${real}, quad INTEGER)`,
    ...rows('big_action', actions),
    `CREATE TEMP TABLE big_reason (slot INTEGER PRIMARY KEY, text TEXT)`,
    ...rows('big_reason', REASONS.map((r, i) => `(${i}, ${quote(r)})`)),
    `CREATE TEMP TABLE big_source (slot INTEGER PRIMARY KEY, name TEXT)`,
    ...rows('big_source', SOURCES.map((s, i) => `(${i}, ${quote(s)})`)),
  ];
}

/** Numbers lo..hi as the row source `s(n)`: a WITH prefix (SQLite) and a FROM item. */
function numbers(dialect: Dialect, lo: number, hi: number): { with: string; from: string } {
  return dialect === 'postgres'
    ? { with: '', from: `generate_series(${lo}, ${hi}) AS s(n)` }
    : { with: `WITH RECURSIVE s(n) AS (SELECT ${lo} UNION ALL SELECT n + 1 FROM s WHERE n < ${hi})`, from: 's' };
}

/** Articles lo..hi (their seq is their number). */
function articlesSql(dialect: Dialect, lo: number, hi: number): string {
  const s = numbers(dialect, lo, hi);
  return `${s.with} INSERT INTO articles (seq, id, date, title, text, source, url, url_key, text_hash, duplicate_of, similarity, sentences, ingested_at)
    SELECT n, 'big-' || n, d.date, NULL, 'Generated article ' || n || '.', o.name, NULL, NULL, 'big-' || n, NULL, NULL, ${BIG_EVENTS_PER_ARTICLE},
      '2025-01-01T00:00:00.000Z'
    FROM ${s.from} JOIN big_day d ON d.slot = ${hash('n', 3)} % ${DAY_SLOTS} JOIN big_source o ON o.slot = ${hash('n', 6)} % ${SOURCES.length}`;
}

/**
 * Events lo..hi: event n belongs to article (n - 1) / 10 + 1 and has its date; its actor, recipient and action come
 * from its story k (n itself, or n - 1 for every fourth event: a second report of the same event, in the same cluster).
 */
function eventsSql(dialect: Dialect, lo: number, hi: number): string {
  const s = numbers(dialect, lo, hi);
  const article = `((n - 1) / ${BIG_EVENTS_PER_ARTICLE} + 1)`;
  const story = `(n - CASE WHEN n % 4 = 3 THEN 1 ELSE 0 END)`;
  const same = 'r.code = a.code';
  const rCode = `CASE WHEN ${same} THEN a.alt_code ELSE r.code END`;
  const rName = `CASE WHEN ${same} THEN a.alt_name ELSE r.name END`;
  const rJson = `CASE WHEN ${same} THEN a.alt_json ELSE r.json END`;
  return `${s.with} INSERT INTO events (seq, id, article_seq, date, event_date, day, sentence_index, text, event, mode, context, cameo, cameo_root,
      goldstein, plover_score, quad_class, actor_code, recipient_code, actors, recipients, event_text, event_start, event_end, pattern,
      confidence, location, cluster_seq)
    SELECT n, 'big-' || n, ${article}, d.date, NULL, d.day, (n - 1) % ${BIG_EVENTS_PER_ARTICLE},
      a.name || ' ' || x.verb || ' ' || ${rName} || ' ' || y.text || '.', x.event, NULL, '[]', x.cameo, x.root,
      x.goldstein, x.plover, x.quad, a.code, ${rCode}, a.json, ${rJson}, x.verb, length(a.name) + 1, length(a.name) + 1 + length(x.verb), 'bench',
      0.8, NULL, ${story}
    FROM ${s.from}
      JOIN big_day d ON d.slot = ${hash(article, 3)} % ${DAY_SLOTS}
      JOIN big_actor a ON a.slot = ${hash(story, 1)} % ${ACTOR_SLOTS}
      JOIN big_actor r ON r.slot = ${hash(story, 2)} % ${ACTOR_SLOTS}
      JOIN big_action x ON x.slot = ${hash(story, 4)} % ${ACTION_SLOTS}
      JOIN big_reason y ON y.slot = ${hash('n', 5)} % ${REASONS.length}`;
}

/** What follows the events: clusters (one per story), actor rows, the relations index. */
function derivedSql(total: number, lo: number, hi: number): string[] {
  const range = `e.seq BETWEEN ${lo} AND ${hi}`;
  // A story of two reports when its second event exists (every fourth event, see eventsSql).
  const reports = `CASE WHEN e.seq % 4 = 2 AND e.seq < ${total} THEN 2 ELSE 1 END`;
  return [
    `INSERT INTO clusters (seq, rep_event_seq, actor_code, recipient_code, cameo_root, day, date, quad_class, goldstein, plover_score,
        mentions, sources, articles)
      SELECT e.seq, e.seq, e.actor_code, e.recipient_code, e.cameo_root, e.day, e.date, e.quad_class, e.goldstein, e.plover_score,
        ${reports}, ${reports}, ${reports}
      FROM events e WHERE ${range} AND e.seq % 4 <> 3`,
    `INSERT INTO event_actors (code, role, date, event_seq) SELECT e.actor_code, 'A', e.date, e.seq FROM events e WHERE ${range}`,
    `INSERT INTO event_actors (code, role, date, event_seq) SELECT e.recipient_code, 'R', e.date, e.seq FROM events e WHERE ${range}`,
    `INSERT INTO event_dyads (actor, recipient, date, event_seq) SELECT e.actor_code, e.recipient_code, e.date, e.seq FROM events e WHERE ${range}`,
  ];
}


/** Rows per statement: progress is reported between chunks, and each stays a manageable transaction on PostgreSQL. */
const CHUNK_EVENTS = 1_000_000;

/** Fills a new SQLite store at `file` with `events` generated events (the file must not exist). */
export function fillSqlite(file: string, events: number, log: (s: string) => void): void {
  new SqliteStore(file).close(); // the store's migrations: its schema and indexes
  const db = new Database(file);
  try {
    db.pragma('synchronous = OFF');
    for (const sql of lookupTables('sqlite')) db.exec(sql);
    const articles = Math.ceil(events / BIG_EVENTS_PER_ARTICLE);
    db.transaction(() => {
      db.exec(articlesSql('sqlite', 1, articles));
      for (let lo = 1; lo <= events; lo += CHUNK_EVENTS) {
        const hi = Math.min(events, lo + CHUNK_EVENTS - 1);
        db.exec(eventsSql('sqlite', lo, hi));
        // The store's triggers add the actor and dyad rows of merged events (src/store/rep-rows.ts) as these go in.
        for (const sql of derivedSql(events, lo, hi)) db.exec(sql);
        log(`  SQLite: ${hi.toLocaleString('en-US')} events`);
      }
      db.exec(dyadDaysFromClusters('sqlite')); // the relations index, as the store's migration rebuilds it
      // The full-text rows, as the store adds them per batch (migration 3).
      db.exec('INSERT INTO events_fts (rowid, text) SELECT seq, text FROM events');
    })();
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

/**
 * Fills the empty PostgreSQL database at `url` with `events` generated events. As for any bulk load, the secondary
 * indexes are dropped first and built again at the end from their own definitions (so the schema ends as the
 * migrations made it), and foreign keys are not checked row by row (the rows are consistent by construction).
 */
export async function fillPostgres(url: string, events: number, log: (s: string) => void): Promise<void> {
  await (await PostgresStore.open(url)).close(); // the store's migrations
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query('SET session_replication_role = replica');
    await client.query('SET synchronous_commit = off');
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ('articles', 'events', 'event_actors', 'event_dyads', 'rep_event_actors', 'rep_event_dyads',
        'clusters', 'dyad_days')
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`);
    for (const i of indexes) await client.query(`DROP INDEX ${i.indexname}`);
    for (const sql of lookupTables('postgres')) await client.query(sql);
    const articles = Math.ceil(events / BIG_EVENTS_PER_ARTICLE);
    for (let lo = 1; lo <= articles; lo += CHUNK_EVENTS) await client.query(articlesSql('postgres', lo, Math.min(articles, lo + CHUNK_EVENTS - 1)));
    log(`  PostgreSQL: ${articles.toLocaleString('en-US')} articles`);
    for (let lo = 1; lo <= events; lo += CHUNK_EVENTS) {
      const hi = Math.min(events, lo + CHUNK_EVENTS - 1);
      await client.query(eventsSql('postgres', lo, hi));
      for (const sql of derivedSql(events, lo, hi)) await client.query(sql);
      // The store's triggers are off during the fill (replica role): the rows of merged events as they would add them.
      for (const sql of repRowsFill({ lo, hi })) await client.query(sql);
      log(`  PostgreSQL: ${hi.toLocaleString('en-US')} events`);
    }
    await client.query(dyadDaysFromClusters('postgres'));
    // Identity columns continue after the generated rows, as if the store had numbered them.
    await client.query(`SELECT setval(pg_get_serial_sequence('articles', 'seq'), ${articles})`);
    await client.query(`SELECT setval(pg_get_serial_sequence('clusters', 'seq'), ${events})`);
    for (const i of indexes) {
      const t0 = performance.now();
      await client.query(i.indexdef);
      log(`  PostgreSQL: index ${i.indexname} built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
