// The database options of the commands that open a store.
import { existsSync } from 'node:fs';
import { defaultDatabase, isPostgresUrl, openStore, type Store } from '../store/index.js';

export const DB_OPTION = ['--db <file|url>', 'SQLite database file, or postgres://user@host/database (default: $DATABASE_URL, else detente.db)', defaultDatabase()] as const;

/** Opens the database of a read command: a missing file is an error here, not a new empty database. */
export function openExistingStore(db: string): Store {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new Error(`${db}: no such database; build one with \`detente ingest\` or \`detente demo\``);
  return openStore(db);
}
