// The body of the coder thread (see CodingThread): loads the coder as soon as it starts (while the main thread reads
// the input), takes the parser's shared tables when the main thread hands them over, and codes batches in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model.js';
import type { CoderOptions } from '../events/coder.js';
import { useSharedParser, type SharedParserModel } from '../text/parser/model-file.js';
import { unpackSentences, type PackedSentences } from '../text/sentences.js';
import { codeBatch, SentenceCountingCoder } from './coding.js';

const port = parentPort!;
const { options } = workerData as { options: CoderOptions };
let coder: SentenceCountingCoder | null = null;
let loadError: unknown = null;

type Message = { id: number; articles: Article[]; sentences?: PackedSentences; dating?: 'later' } | { parser: SharedParserModel } | { close: true };

port.on('message', (msg: Message) => {
  if ('close' in msg) {
    port.close();
    return;
  }
  if ('parser' in msg) {
    // Sent before any batch, so every sentence this thread parses uses the shared tables.
    useSharedParser(msg.parser);
    return;
  }
  try {
    if (loadError) throw loadError;
    coder ??= SentenceCountingCoder.loadCounting(options);
    port.postMessage({ id: msg.id, batch: codeBatch(coder, msg.articles, msg.sentences && unpackSentences(msg.sentences), msg.dating ?? 'now') });
  } catch (e) {
    port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});

// Loaded now rather than on the first batch: the main thread is still reading input. A failure is reported with the
// first batch, as if the coder had been loaded then.
try {
  coder = SentenceCountingCoder.loadCounting(options);
} catch (e) {
  loadError = e;
}
