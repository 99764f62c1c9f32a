// The thread behind SyncPostgresStore: runs PostgresStore's asynchronous methods one request at a time and wakes the
// caller (blocked in Atomics.wait) when the reply is on the port. Everything is loaded by dynamic import, so that a
// failure to load is also a reply rather than a silent dead thread.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { StoredEvent } from '../store.js';

const { url, port, signal } = workerData as { url: string; port: MessagePort; signal: Int32Array };

type Request = { method: string; args: unknown[] };

function reply(message: { result?: unknown; error?: string }): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

const loading = import('./pg-store.js');
let store: import('./pg-store.js').PostgresStore | null = null;
/** Open streams of events (eachEvent), by number. */
const cursors = new Map<number, AsyncIterator<StoredEvent>>();
let nextCursor = 1;

async function handle({ method, args }: Request): Promise<unknown> {
  if (method === 'open') {
    store = await (await loading).PostgresStore.open(url);
    return undefined;
  }
  if (!store) throw new Error('the store is not open');
  switch (method) {
    case 'cursorOpen': {
      const id = nextCursor++;
      cursors.set(id, store.eachEvent(args[0] as Parameters<typeof store.eachEvent>[0])[Symbol.asyncIterator]());
      return id;
    }
    case 'cursorNext': {
      const [id, n] = args as [number, number];
      const it = cursors.get(id);
      const page: StoredEvent[] = [];
      if (!it) return page;
      while (page.length < n) {
        const r = await it.next();
        if (r.done) { cursors.delete(id); break; }
        page.push(r.value);
      }
      return page;
    }
    case 'cursorClose':
      await cursors.get(args[0] as number)?.return?.();
      cursors.delete(args[0] as number);
      return undefined;
    case 'close':
      await store.close();
      store = null;
      return undefined;
    default:
      return (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
  }
}

port.on('message', (request: Request) => {
  handle(request).then(
    (result) => reply({ result }),
    (e: unknown) => reply({ error: e instanceof Error ? e.message : String(e) }),
  ).finally(() => {
    // Once closed, the port lets the thread end.
    if (request.method === 'close') port.close();
  });
});
