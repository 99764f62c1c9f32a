// A worker thread for test/shared-parser.test.ts: parses sentences with the parser tables another thread shared.
import { parentPort } from 'node:worker_threads';
import { loadParser, useSharedParser, type SharedParserModel } from '../../src/text/parser/model-file.js';

parentPort!.once('message', ({ model, sentences }: { model: SharedParserModel; sentences: string[][] }) => {
  useSharedParser(model);
  const parser = loadParser();
  parentPort!.postMessage(sentences.map((words) => {
    const p = parser.parse(words);
    return { head: [...p.head], deprel: p.deprel, upos: p.upos };
  }));
});
