// The ingestion pipeline with a coder that fails on one article: that article is reported with file and line,
// and the rest of its batch is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { ingest } from '../src/ingest/pipeline.js';
import { InlineCoder, SentenceCountingCoder } from '../src/ingest/coding.js';
import { ErrorLog } from '../src/ingest/errors-log.js';
import { openStore } from '../src/store/index.js';
import type { ReadItem } from '../src/ingest/readers.js';
import { tempDir } from './support/fixtures.js';

class CoderFailingOn extends SentenceCountingCoder {
  constructor(base: SentenceCountingCoder, private readonly badId: string) { super(base.actors, base.patterns, base.cameo, base.options); }
  override codeArticle(...args: Parameters<SentenceCountingCoder['codeArticle']>) {
    if (args[0].id === this.badId) throw new Error('simulated coder failure');
    return super.codeArticle(...args);
  }
}

test('an article the coder fails on is reported with file and line; the rest of the batch goes in', async () => {
  const dir = tempDir('pipeline');
  try {
    const store = openStore(join(dir, 'p.db'));
    const lines: string[] = [];
    const errors = new ErrorLog(null, (l) => lines.push(l));
    const articles = ['a', 'b', 'c'].map((id, i) => ({ id, date: '2021-03-0' + (i + 1), text: `Russia accused Ukraine of shelling, article ${id}.` }));
    async function* items(): AsyncGenerator<ReadItem> {
      for (const [i, article] of articles.entries()) yield { article, file: 'in.jsonl', line: i + 1 };
    }
    const coder = new InlineCoder(() => new CoderFailingOn(SentenceCountingCoder.loadCounting(), 'b'));
    const summary = await ingest(store, items(), { coder, errors, batchSize: 10 });
    assert.equal(summary.stored, 2);
    assert.equal(summary.malformed, 1);
    assert.deepEqual(lines, ['in.jsonl:2: the coder failed on this article: simulated coder failure\n']);
    assert.ok(store.article('a') && store.article('c') && !store.article('b'));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
