// Option parsing shared by the store commands: database path, dates, codes, choices. Errors say which option.
import { isIsoDate } from '../relations/periods.js';
import { existsSync } from 'node:fs';
import { defaultDatabase, isPostgresUrl, openStore, type Store } from '../store/index.js';
import { coresAvailable, defaultCoderThreads } from '../ingest/coding-threads.js';

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

/** `--jobs N`: coder threads, at least one (default: defaultCoderThreads). */
export function jobsOption(value: string | undefined): number {
  const n = wholeNumber('--jobs', value, defaultCoderThreads());
  if (n < 1) throw new Error(`--jobs must be at least 1, got "${value}"`);
  return n;
}

export const JOBS_OPTION = ['--jobs <n>', `coder threads (default ${defaultCoderThreads()}; this machine has ${coresAvailable()} cores; each thread adds its dictionaries, about 180 MB; the parser model is shared)`] as const;

/** Opens the database of a read command: a missing file is an error here, not a new empty database. */
export function openExistingStore(db: string): Store {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new Error(`${db}: no such database; build one with \`detente ingest\` or \`detente demo\``);
  return openStore(db);
}
