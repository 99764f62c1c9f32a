// Stores for the server tests: a temporary SQLite database filled through the same path as POST /api/articles
// (code each article, then Store.ingestBatch).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventCoder } from '../../src/events/coder.js';
import type { Article } from '../../src/model.js';
import { InlineCoder, SentenceCountingCoder } from '../../src/ingest/coding.js';
import { ingestArticles } from '../../src/server/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';

export const DEMO_CORPUS = fileURLToPath(new URL('../../corpus/demo/articles.jsonl', import.meta.url));
export const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/server-articles.jsonl', import.meta.url));

let sharedCoder: EventCoder | null = null;
/** The coder, loaded once per test process (loading the dictionaries takes a while). */
export function testCoder(): EventCoder {
  sharedCoder ??= EventCoder.load();
  return sharedCoder;
}

export function readJsonl(path: string): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
}

export interface TestStore {
  store: Store;
  coder: EventCoder;
  dispose(): void;
}

/** A new store holding the given articles (coded in this thread): in a temporary directory, or the (empty) database given. */
export async function storeWith(articles: Article[], db?: string): Promise<TestStore> {
  const dir = db ? null : mkdtempSync(join(tmpdir(), 'detente-server-test-'));
  const store = openStore(db ?? join(dir!, 'test.db'));
  const coder = testCoder();
  const inline = new InlineCoder(() => SentenceCountingCoder.from(coder));
  for (let i = 0; i < articles.length; i += 100) await ingestArticles(store, inline, articles.slice(i, i + 100));
  return {
    store,
    coder,
    dispose() {
      store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks until the answer passes the check (a background refresh is done), for at most 10 s. */
export async function eventually<T>(ask: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await ask();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}
