// The walked rows of merged events (SQLite migration 8, PostgreSQL migration 6): rep_event_actors and
// rep_event_dyads hold the event_actors and event_dyads rows of the events that represent a cluster, the ones a
// listing shows by default (one event per merged event). A listing of an actor's or a pair's merged events walks
// these in (date, seq) order, and its count reads them alone; before, every row walked was checked against the
// clusters' index (on 10 million events in PostgreSQL, 34 ms of the 35 ms that counting USA's events up to 10,001
// took, see docs/scaling.md).
//
// Triggers on clusters keep them in step wherever a representative changes (a cluster made, its first report
// removed, the cluster removed), so the store code that clusters (src/store/sqlite/clusters.ts and PostgreSQL's
// detente_attach/detente_detach) needs no change. They copy the rows of event_actors and event_dyads: PostgreSQL
// inserts an event's rows with the event and clusters it afterwards, so a trigger on clusters finds them; SQLite
// makes a new cluster first and then inserts its first event into it (clusters.ts, place), so there rows inserted
// into event_actors and event_dyads for an event that already represents a cluster are copied too.

type Dialect = 'sqlite' | 'postgres';

const TABLES = [
  { table: 'rep_event_actors', from: 'event_actors', key: ['code', 'role', 'date', 'event_seq'] },
  { table: 'rep_event_dyads', from: 'event_dyads', key: ['actor', 'recipient', 'date', 'event_seq'] },
] as const;

/** The rows of `t`'s source table whose event is the representative `seq` (an SQL expression). */
const rowsOf = (t: (typeof TABLES)[number], seq: string) =>
  `SELECT ${t.key.join(', ')} FROM ${t.from} WHERE event_seq = ${seq}`;

/** The rows of representatives among the events numbered lo..hi, or all of them: for filling the tables in bulk. */
export function repRowsFill(range?: { lo: number; hi: number }): string[] {
  const where = range ? ` WHERE s.event_seq BETWEEN ${range.lo} AND ${range.hi}` : '';
  return TABLES.map((t) => `INSERT INTO ${t.table} (${t.key.join(', ')})
    SELECT ${t.key.map((k) => `s.${k}`).join(', ')} FROM ${t.from} s JOIN clusters k ON k.rep_event_seq = s.event_seq${where}`);
}

/** The migration: both tables, filled from the clusters there are (then indexed: faster than indexing row by row), and the triggers. */
export function repRowsMigration(dialect: Dialect): string {
  const text = dialect === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT';
  const role = dialect === 'postgres' ? 'CHAR(1)' : 'TEXT';
  const seq = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  const columns: Record<string, string> = { code: text, role, date: text, event_seq: seq, actor: text, recipient: text };
  const out: string[] = [];
  for (const t of TABLES) {
    if (dialect === 'postgres') {
      // PostgreSQL: filled before its key exists, then indexed in one pass.
      out.push(`CREATE TABLE ${t.table} (${t.key.map((k) => `${k} ${columns[k]} NOT NULL`).join(', ')})`);
    } else {
      out.push(`CREATE TABLE ${t.table} (${t.key.map((k) => `${k} ${columns[k]} NOT NULL`).join(', ')}, PRIMARY KEY (${t.key.join(', ')})) WITHOUT ROWID`);
    }
  }
  out.push(...repRowsFill());
  for (const t of TABLES) {
    if (dialect === 'postgres') out.push(`ALTER TABLE ${t.table} ADD CONSTRAINT ${t.table}_pkey PRIMARY KEY (${t.key.join(', ')})`);
    out.push(`CREATE INDEX ${t.table}_event ON ${t.table}(event_seq)`);
  }
  out.push(...(dialect === 'postgres' ? postgresTriggers() : sqliteTriggers()));
  if (dialect === 'postgres') out.push(...TABLES.map((t) => `ANALYZE ${t.table}`));
  return out.map((s) => `${s};`).join('\n');
}

function sqliteTriggers(): string[] {
  const add = (seq: string) => TABLES.map((t) => `INSERT OR IGNORE INTO ${t.table} ${rowsOf(t, seq)};`).join('\n  ');
  const remove = (seq: string) => TABLES.map((t) => `DELETE FROM ${t.table} WHERE event_seq = ${seq};`).join('\n  ');
  return [
    `CREATE TRIGGER clusters_rep_insert AFTER INSERT ON clusters BEGIN\n  ${add('new.rep_event_seq')}\nEND`,
    `CREATE TRIGGER clusters_rep_update AFTER UPDATE OF rep_event_seq ON clusters WHEN old.rep_event_seq <> new.rep_event_seq BEGIN
  ${remove('old.rep_event_seq')}\n  ${add('new.rep_event_seq')}\nEND`,
    `CREATE TRIGGER clusters_rep_delete AFTER DELETE ON clusters BEGIN\n  ${remove('old.rep_event_seq')}\nEND`,
    ...TABLES.map((t) => `CREATE TRIGGER ${t.from}_rep_insert AFTER INSERT ON ${t.from}
  WHEN EXISTS (SELECT 1 FROM clusters WHERE rep_event_seq = new.event_seq) BEGIN
  INSERT OR IGNORE INTO ${t.table} (${t.key.join(', ')}) VALUES (${t.key.map((k) => `new.${k}`).join(', ')});
END`),
  ];
}

function postgresTriggers(): string[] {
  const add = (seq: string) => TABLES.map((t) => `INSERT INTO ${t.table} ${rowsOf(t, seq)} ON CONFLICT DO NOTHING;`).join('\n    ');
  const remove = (seq: string) => TABLES.map((t) => `DELETE FROM ${t.table} WHERE event_seq = ${seq};`).join('\n    ');
  return [
    `CREATE FUNCTION detente_rep_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${add('NEW.rep_event_seq')}
  ELSIF TG_OP = 'DELETE' THEN
    ${remove('OLD.rep_event_seq')}
  ELSIF OLD.rep_event_seq <> NEW.rep_event_seq THEN
    ${remove('OLD.rep_event_seq')}
    ${add('NEW.rep_event_seq')}
  END IF;
  RETURN NULL;
END $$`,
    'CREATE TRIGGER clusters_rep_rows AFTER INSERT OR DELETE OR UPDATE OF rep_event_seq ON clusters FOR EACH ROW EXECUTE FUNCTION detente_rep_rows()',
  ];
}
