// Option parsing shared by the store commands: database path, dates, codes, choices. Errors say which option.
import { isIsoDate } from '../relations/periods.js';
import { existsSync } from 'node:fs';
import { defaultDatabase, isPostgresUrl, openStore, type Store } from '../store/index.js';

export const DB_OPTION = ['--db <file|url>', 'SQLite database file, or postgres://user@host/database (default: $DATABASE_URL, else detente.db)', defaultDatabase()] as const;

export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new Error(`${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function choice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new Error(`${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

export function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** Actor codes as the store keys them: upper case (RUS, NATO). */
export function actorCode(name: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]{1,11}$/.test(code)) throw new Error(`${name} must be an actor code such as RUS or NATO, got "${value}"`);
  return code;
}

/** Opens the database of a read command: a missing file is an error here, not a new empty database. */
export function openExistingStore(db: string): Store {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new Error(`${db}: no such database; build one with \`detente ingest\` or \`detente demo\``);
  return openStore(db);
}
