// Inputs of `detente ingest`: files, directories (read recursively) and '-' for stdin, as one stream of read items.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadItem, ReadOptions } from './readers.js';

/** Extensions read when walking a directory; other files (a database, notes) are left alone. */
const INPUT_EXTENSION_LIST = ['jsonl', 'ndjson', 'json', 'txt', 'text', 'xml', 'rss', 'atom', 'csv'];
const INPUT_EXTENSIONS = new RegExp(`\\.(${INPUT_EXTENSION_LIST.join('|')})$`, 'i');

/** The files a list of paths stands for, in a stable order; unreadable paths come back as errors. */
export function expandPaths(paths: string[]): Array<{ file: string } | { error: string; file: string }> {
  const out: Array<{ file: string } | { error: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && INPUT_EXTENSIONS.test(entry.name)) out.push({ file: p });
    }
  };
  for (const p of paths) {
    if (p === '-') { out.push({ file: '-' }); continue; }
    try {
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ file: p });
    } catch (e) {
      out.push({ file: p, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message });
    }
  }
  return out;
}

/**
 * Checks the paths before any work: a missing or unreadable path, or a directory without input files, is an error
 * naming each one, so a mistyped path creates nothing (no database, no output file) rather than an empty result.
 */
export function checkInputs(paths: string[]): void {
  const problems: string[] = [];
  for (const p of paths) {
    const found = expandPaths([p]);
    for (const f of found) if ('error' in f) problems.push(`${f.file}: ${f.error}`);
    if (!found.length) problems.push(`${p}: no input files in this directory (looked for ${INPUT_EXTENSION_LIST.map((x) => `.${x}`).join(' ')})`);
  }
  if (problems.length) throw new Error(`${problems.join('; ')}; nothing was read`);
}

/** Reads every input in turn; a file that cannot be read is one error (line 0), and the others still go in. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  // (Loaded here, not with this module: `detente code` checks its paths before it starts the coder thread.)
  const { readArticles } = await import('./readers.js');
  for (const input of expandPaths(paths)) {
    if ('error' in input) { yield { error: { file: input.file, line: 0, message: input.error } }; continue; }
    const name = input.file === '-' ? '<stdin>' : input.file;
    try {
      yield* readArticles(input.file, opts);
    } catch (e) {
      yield { error: { file: name, line: 0, message: `cannot read: ${(e as Error).message}` } };
    }
  }
}
