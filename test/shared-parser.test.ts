// The parser's model shared between threads: read once into shared memory, the tables a worker thread receives are
// the same memory (no copy), and a parser over them parses exactly as a parser that loaded the model itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MODEL_PATH, decodeModel, parserFromModel } from '../src/text/parser/model-file.js';
import { analyze } from '../src/text/nlp.js';
import { workerEntry } from '../src/worker-entry.js';

const file = readFileSync(DEFAULT_MODEL_PATH);
const own = parserFromModel(decodeModel(file));
const shared = decodeModel(file, true);
/** Real sentences of the demo corpus, as the coder's tokens. */
const sentences = readFileSync(new URL('../corpus/demo/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').slice(0, 60)
  .flatMap((l) => analyze((JSON.parse(l) as { text: string }).text).map((s) => s.tokens.map((t) => t.text)));
const parsesOf = (parse: (words: string[]) => { head: Int32Array; deprel: string[]; upos: string[] }) =>
  sentences.map((words) => { const p = parse(words); return { head: [...p.head], deprel: p.deprel, upos: p.upos }; });

test('the shared model\'s weight tables are in shared memory', () => {
  const { tagger, parser } = shared;
  const tables = [tagger.first, tagger.second, tagger.tagDict, tagger.clusters, parser.transitions, parser.labelWeights].filter((t) => t !== null);
  assert.equal(tables.length, 6);
  for (const t of tables) for (const a of Object.values(t).filter(ArrayBuffer.isView)) assert.ok(a.buffer instanceof SharedArrayBuffer);
});

test('a parser over the shared tables parses as the parser that loaded the model', () => {
  assert.ok(sentences.length > 100, 'enough sentences to compare');
  const fromShared = parserFromModel(shared);
  assert.deepEqual(parsesOf((w) => fromShared.parse(w)), parsesOf((w) => own.parse(w)));
});

test('a worker thread given the shared tables parses as this thread does', async () => {
  const worker = new Worker(workerEntry(import.meta.url, 'support/parse-worker'));
  try {
    const reply = new Promise<unknown>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    worker.postMessage({ model: shared, sentences });
    assert.deepEqual(await reply, parsesOf((w) => own.parse(w)));
  } finally {
    await worker.terminate();
  }
});
