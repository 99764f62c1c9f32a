// The SQL a PostgreSQL store sends, captured as it is sent: bench/pg-explain.ts and bench/pg-jit.ts re-run each
// captured query under EXPLAIN or with other settings.
import type { PostgresStore } from '../src/store/postgres/pg-store.js';

export interface SentQuery { text: string; values: unknown[] }

/** Wraps the store's pool so that every query it sends is appended to the returned list. */
export function captureQueries(store: PostgresStore): SentQuery[] {
  const sent: SentQuery[] = [];
  const query = store.pool.query.bind(store.pool) as (...a: unknown[]) => Promise<unknown>;
  (store.pool as { query: unknown }).query = (...args: unknown[]) => {
    const q = args[0] as string | { text: string; values?: unknown[] };
    sent.push(typeof q === 'string' ? { text: q, values: (args[1] as unknown[]) ?? [] } : { text: q.text, values: q.values ?? [] });
    return query(...args);
  };
  return sent;
}
