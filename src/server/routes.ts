// The API's routes, declared once as data: method, path, schemas and handler. The server registers them and the
// OpenAPI document is generated from them (src/server/openapi.ts), so both always agree.
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** An error with an HTTP status whose message is safe and useful to show the client. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export interface RouteLimits {
  /** Rate limit per client address. */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Largest request body in bytes (default: the server's limit). */
  bodyLimit?: number;
}

export interface RouteInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  /** The reply being built, for a write route to set its status. Absent for reads: their answers are computed apart
   *  from any one request (on a reader thread, once for every request the cache serves). */
  reply?: FastifyReply;
}

export interface Route<Q = unknown, P = unknown, B = unknown> {
  method: 'GET' | 'POST';
  /** Fastify path syntax (`/api/articles/:id`). */
  url: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: z.ZodType<B>;
  /** Also accept the body as text/plain (mapped to this field of the JSON body). */
  plainTextField?: string;
  /** Requires `Authorization: Bearer <DETENTE_TOKEN>`. */
  auth?: boolean;
  limits?: RouteLimits;
  /** Status of a successful response (default 200) and its schema. */
  status?: number;
  response: z.ZodType;
  /** Other statuses this route answers with, beyond the common 400/429/500. */
  errors?: Record<number, string>;
  handler(input: RouteInput<Q, P, B>): unknown | Promise<unknown>;
}

/** Declares a route with its handler's inputs typed by the schemas' outputs. */
export function route<Q = undefined, P = undefined, B = undefined>(r: Route<Q, P, B>): Route<any, any, any> {
  return r as Route<any, any, any>;
}

/** Validates input against a schema; a failure is a 400 whose message lists every problem by field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, where: 'query' | 'path' | 'body'): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return `unknown ${where === 'query' ? 'parameter' : 'field'}${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    const field = i.path.join('.');
    if (i.code === 'invalid_type' && valueAt(value, i.path) === undefined) return `${field || where}: is required`;
    return field ? `${field}: ${i.message}` : i.message;
  });
  throw new HttpError(400, `invalid ${where}: ${problems.join('; ')}`);
}

/** The value at a path of a parsed request part (undefined when absent). */
function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
