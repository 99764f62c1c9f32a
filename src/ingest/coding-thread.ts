// The body of the coder thread (see CodingThread): loads the coder on the first batch and codes batches in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model.js';
import type { CoderOptions } from '../events/coder.js';
import { codeBatch, SentenceCountingCoder } from './coding.js';

const port = parentPort!;
const { options } = workerData as { options: CoderOptions };
let coder: SentenceCountingCoder | null = null;

port.on('message', (msg: { id: number; articles: Article[] } | { close: true }) => {
  if ('close' in msg) {
    port.close();
    return;
  }
  try {
    coder ??= SentenceCountingCoder.loadCounting(options);
    port.postMessage({ id: msg.id, batch: codeBatch(coder, msg.articles) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
