// A read endpoint's answer computed from the request's raw parts: input validation, the route's own handler (api.ts)
// and the JSON encoding. The server computes it on a reader thread (reader-threads.ts), or in its own thread
// (InlineReader) when the store cannot be opened a second time (an in-memory SQLite database).
import { parseInput, type Route } from './routes.js';

/** A GET request as a reader needs it: which route, and the query and path parameters as Fastify parsed them. */
export interface ReadRequest {
  /** The route's path pattern (`/api/articles/:id`). */
  route: string;
  query: unknown;
  params: unknown;
}

/** Computes read answers as encoded JSON; a bad request is an HttpError, as from the route's handler. */
export interface AnswerReader {
  answer(req: ReadRequest): Promise<Buffer>;
  close(): Promise<void>;
}

/** The read routes by path pattern. */
export function routeTable(routes: Route[]): Map<string, Route> {
  return new Map(routes.filter((r) => r.method === 'GET').map((r) => [r.url, r]));
}

/**
 * The JSON answer of a read route, encoded (a Uint8Array of its own, not a slice of Node's shared Buffer pool, so that a
 * thread can hand it over without copying).
 */
export async function readAnswer(routes: Map<string, Route>, req: ReadRequest): Promise<Uint8Array> {
  const r = routes.get(req.route);
  if (!r) throw new Error(`no read route ${req.route}`);
  const result = await r.handler({
    query: r.query ? parseInput(r.query, req.query, 'query') : undefined,
    params: r.params ? parseInput(r.params, req.params, 'path') : undefined,
    body: undefined,
  });
  return new TextEncoder().encode(JSON.stringify(result));
}

/** Computes answers in this thread: a store query then blocks the event loop while it runs. */
export class InlineReader implements AnswerReader {
  private readonly routes: Map<string, Route>;

  constructor(routes: Route[]) {
    this.routes = routeTable(routes);
  }

  async answer(req: ReadRequest): Promise<Buffer> {
    const bytes = await readAnswer(this.routes, req);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async close(): Promise<void> {}
}
