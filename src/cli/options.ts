// Option parsing shared by the commands: dates, numbers, choices, coder threads. Errors say which option. (The
// database options are in store-options.ts: commands that open no store do not load the stores' modules.)
import { isIsoDate } from '../relations/periods.js';
import { coresAvailable, defaultCoderThreads } from '../ingest/coding-threads.js';

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
