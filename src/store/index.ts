// Opening a store: a postgres:// (or postgresql://) URL opens the PostgreSQL store, anything else is a SQLite file.
// Both pass the same contract tests (test/store.test.ts).
import type { Store } from './store.js';
import { DEFAULT_DB_FILE, SqliteStore } from './sqlite/sqlite-store.js';
import { SyncPostgresStore } from './postgres/sync-store.js';

export { DEFAULT_DB_FILE };
export type * from './store.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

/** The database the commands use when --db is not given: $DATABASE_URL when set, else detente.db. */
export const defaultDatabase = (): string => process.env.DATABASE_URL || DEFAULT_DB_FILE;

/** Where a store can be opened again (by a reader thread): its SQLite file or PostgreSQL URL; null for an in-memory database. */
export function storeLocation(store: Store): string | null {
  if (store instanceof SyncPostgresStore) return store.url;
  if (store instanceof SqliteStore && store.file !== ':memory:' && store.file !== '') return store.file;
  return null;
}

export function openStore(db: string = DEFAULT_DB_FILE): Store {
  return isPostgresUrl(db) ? new SyncPostgresStore(db) : new SqliteStore(db);
}
