// A small on-disk cache for work that is the same on every start: dictionary phrases tokenized by wink-nlp,
// the GeoNames city table filtered to the places detente uses. Each entry is keyed by the versions of what produced
// it, so a new wink model or gazetteer package rebuilds it; a cache that cannot be read or written is just
// rebuilt in memory (read-only installs work, only slower to start).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** <package root>/.cache: two levels up from both src/dictionaries/ and dist/dictionaries/. */
const CACHE_DIR = fileURLToPath(new URL('../../.cache/', import.meta.url));

/** Reads `name` when it was written for the same `key`; null otherwise. */
export function readCache<T>(name: string, key: string): T | null {
  try {
    const data = JSON.parse(readFileSync(join(CACHE_DIR, name), 'utf8')) as { key: string; value: T };
    return data.key === key ? data.value : null;
  } catch {
    return null;
  }
}

/** Writes `name` atomically (a temporary file renamed into place); failures are ignored. */
export function writeCache(name: string, key: string, value: unknown): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ key, value }));
    renameSync(tmp, join(CACHE_DIR, name));
  } catch {
    // read-only install: keep going without a cache
  }
}
