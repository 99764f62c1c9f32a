// The body of the sentence-reading thread (see ReadingThread): reads the sentences of batches of article texts with
// wink-nlp and hands them back packed, in the order asked.
import { parentPort } from 'node:worker_threads';
import { loadWink } from '../text/nlp.js';
import { readAndPack } from '../text/sentences.js';

const port = parentPort!;

port.on('message', (msg: { id: number; texts: string[] } | { close: true }) => {
  if ('close' in msg) {
    port.close();
    return;
  }
  try {
    const { packed, transfer } = readAndPack(msg.texts);
    port.postMessage({ id: msg.id, packed }, transfer);
  } catch (e) {
    port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});

// wink-nlp's model is loaded now, while the main thread reads the input, not when the first batch comes.
loadWink();
