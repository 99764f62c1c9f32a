// Small helpers over node-postgres: a pool whose numbers come back as numbers, prepared statements by name,
// named parameters (@name, as the SQLite store writes them) turned into PostgreSQL's positional ones.
import pg from 'pg';

/** BIGINT (counts, sequence numbers) and NUMERIC (sums of BIGINTs) as JS numbers: they stay far below 2^53 here. */
const NUMERIC_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function newPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

export type Sql = pg.ClientBase | pg.Pool;

/**
 * Rows of a statement; `name` prepares it once per connection (for statements run per article or per event, whose
 * plan cannot go wrong). A statement run once per batch whose plan depends on the tables' sizes stays unnamed, so it
 * is planned for its values and the tables as they are: a prepared statement settles on a generic plan after five
 * runs, and one made while a fresh store's tables were nearly empty keeps scanning them as they grow (the batch's
 * near-duplicate lookup read every band key of its period per article that way, 10-30x slower).
 */
export async function all<T>(db: Sql, text: string, values: unknown[] = [], name?: string): Promise<T[]> {
  return (await db.query<T & pg.QueryResultRow>(name ? { name, text, values } : { text, values })).rows;
}

export async function first<T>(db: Sql, text: string, values: unknown[] = [], name?: string): Promise<T | undefined> {
  return (await all<T>(db, text, values, name))[0];
}

/** `@name` parameters → `$1, $2, ...` with their values in order (the same name reuses its number). */
export function positional(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  const text = sql.replace(/(?<![@\w])@([A-Za-z_]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for SQL parameter @${name}`);
    let n = numbers.get(name);
    if (n === undefined) {
      values.push(params[name]);
      n = values.length;
      numbers.set(name, n);
    }
    return `$${n}`;
  });
  return { text, values };
}

/** Runs `fn` in a transaction on a connection of its own; rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const result = await fn(c);
    await c.query('COMMIT');
    return result;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
