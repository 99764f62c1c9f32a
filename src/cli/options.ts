// Option parsing shared by the store commands: database path, dates, codes, choices. Errors say which option.
import { isIsoDate } from '../relations/periods.js';
import { existsSync } from 'node:fs';
import { dictionaryActorSearch, resolveActor, UnknownActorError, type ResolvedActor } from '../actors/resolve.js';
import { defaultDatabase, isPostgresUrl, openStore, type Store } from '../store/index.js';
import { coresAvailable, defaultCoderThreads } from '../ingest/coding.js';

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

export const JOBS_OPTION = ['--jobs <n>', `coder threads (default ${defaultCoderThreads()}; this machine has ${coresAvailable()} cores; each thread takes about 190 MB)`] as const;

/**
 * An actor argument (code or name: RUS, Russia, Putin) as the code the store keys it by. `label` names the option in
 * errors (`--actor: Unknown actor 'Rusia'. Did you mean: RUS (Russia)?`); a name resolved to a code is said on
 * stderr, so the reader knows what was queried.
 */
export function resolveActorArgument(label: string | null, value: string): ResolvedActor {
  try {
    const resolved = resolveActor(dictionaryActorSearch(), value);
    if (resolved.via) process.stderr.write(`${label ? `${label} ` : ''}'${value.trim()}' is ${resolved.code} (${resolved.via.name}${resolved.via.name === resolved.name ? '' : `, counted as ${resolved.name}`})\n`);
    return resolved;
  } catch (err) {
    if (err instanceof UnknownActorError && label) throw new Error(`${label}: ${err.message}`);
    throw err;
  }
}

/** An optional actor option's code (undefined when the option is absent). */
export const actorOption = (label: string, value: string | undefined): string | undefined =>
  value === undefined ? undefined : resolveActorArgument(label, value).code;

/** Opens the database of a read command: a missing file is an error here, not a new empty database. */
export function openExistingStore(db: string): Store {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new Error(`${db}: no such database; build one with \`detente ingest\` or \`detente demo\``);
  return openStore(db);
}
