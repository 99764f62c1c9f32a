// The body of a reader thread (see ReaderThread): opens the server's store a second time, loads the actor dictionary,
// builds the same read routes as the server (api.ts readRoutes) and answers one request at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { ActorDictionary } from '../actors/dictionary.js';
import { ActorSearch } from '../actors/search.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { readRoutes } from './api.js';
import { readAnswer, routeTable, type ReadRequest } from './read-answer.js';
import { HttpError } from './routes.js';
import type { ReaderThreadData, ReaderReply } from './reader-threads.js';

const port = parentPort!;
const data = workerData as ReaderThreadData;
let store: Store | null = null;
let routes: ReturnType<typeof routeTable> | null = null;

/** Opens the store and builds the routes; a failure (the database unreachable) is tried again on the next request. */
function open(): ReturnType<typeof routeTable> {
  if (!routes) {
    store ??= openStore(data.db);
    routes = routeTable(readRoutes({ store, actors: new ActorSearch(ActorDictionary.load()), version: data.version, readOnly: data.readOnly }));
  }
  return routes;
}

// Opened now, so that the first request does not wait for it; a failure is reported with each request until it opens.
try {
  open();
} catch {
  // (reported by the request that tries again)
}

port.on('message', async (msg: { id: number; request: ReadRequest } | { close: true }) => {
  if ('close' in msg) {
    store?.close();
    port.close();
    return;
  }
  let reply: ReaderReply;
  try {
    const body = await readAnswer(open(), msg.request);
    port.postMessage({ id: msg.id, body } satisfies ReaderReply, [body.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    reply = e instanceof HttpError
      ? { id: msg.id, httpError: { statusCode: e.statusCode, message: e.message, headers: e.headers } }
      : { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
