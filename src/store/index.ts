// Opening a store. SQLite is the backend today; a PostgreSQL store will be chosen here by its URL
// (postgres://...) and must pass the same tests (test/store.test.ts).
import type { Store } from './store.js';
import { DEFAULT_DB_FILE, SqliteStore } from './sqlite/sqlite-store.js';

export { DEFAULT_DB_FILE };
export type * from './store.js';

export function openStore(dbPath: string = DEFAULT_DB_FILE): Store {
  if (/^postgres(ql)?:\/\//.test(dbPath)) throw new Error(`${dbPath}: PostgreSQL stores are not implemented yet; use a SQLite file path`);
  return new SqliteStore(dbPath);
}
