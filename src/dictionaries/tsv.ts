// Reading detente's plain-text dictionaries: TAB-separated columns, `#` comments, blank lines ignored.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project's dictionaries/ directory (two levels up from both src/<module>/ and dist/<module>/). */
export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

export interface TsvRow {
  /** Columns, trimmed; empty columns are kept as ''. */
  cols: string[];
  file: string;
  line: number;
}

/** A malformed dictionary line: names the file and the line. */
export class DictionaryError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Reads one TSV dictionary file. A `#` starts a comment unless it is inside a column value's word. */
export function readTsv(path: string, minCols = 1): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s+$/, '');
    if (!body.trim()) continue;
    const cols = body.split(/\t+/).map((c) => c.trim());
    if (cols.length < minCols) {
      throw new DictionaryError(path, i + 1, `expected at least ${minCols} TAB-separated columns, found ${cols.length}`);
    }
    rows.push({ cols, file: path, line: i + 1 });
  }
  return rows;
}

/** All `.tsv` files of a dictionaries/ subdirectory, in name order. */
export function tsvFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}

/** `a|b|c` → ['a','b','c'] (trimmed, empty parts dropped). */
export const alternatives = (col: string | undefined): string[] =>
  (col ?? '').split('|').map((s) => s.trim()).filter(Boolean);
