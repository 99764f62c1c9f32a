// `detente serve`: one Fastify process serving the JSON API (/api/...) and the dashboard (/).
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { EventCoder } from '../events/coder.js';
import { CodingThread, type ArticleCoder } from '../ingest/coding.js';
import type { Store } from '../store/store.js';
import { ActorSearch } from '../actors/search.js';
import { apiRoutes, readRoutes, type ApiContext } from './api.js';
import { storeLocation } from '../store/index.js';
import { InlineReader, type AnswerReader } from './read-answer.js';
import { ReaderThread } from './reader-threads.js';
import { openApiDocument } from './openapi.js';
import { discardBody } from './discard-body.js';
import { ResponseCache } from './response-cache.js';
import { EncodedAnswer, encodingFor } from './encoded-answer.js';
import { HttpError, parseInput, type Route } from './routes.js';

export { ActorSearch } from '../actors/search.js';
export { HttpError } from './routes.js';

export interface ServerOptions {
  store: Store;
  coder: EventCoder;
  /** The bearer token that allows ingest (DETENTE_TOKEN). Without one the server is read-only. */
  token?: string;
  /** Rate limits per client address (defaults: live coding 60 and ingest 30 requests a minute). */
  rateLimits?: Partial<ApiContext['limits']>;
  /** Largest request body for routes without their own limit (default 1 MiB). */
  bodyLimit?: number;
  /** Fastify logger setting (default off). */
  logger?: boolean | { level: string };
  /**
   * Codes posted text and articles (default: a coder thread with the coder's options, started on the first post and
   * closed with the server). The caller closes a coder it passes.
   */
  postCoder?: ArticleCoder;
  /** Actor search index (default: built from the coder's dictionary). */
  actors?: ActorSearch;
  /**
   * How long GET answers are reused, in ms (default 2000; 0 turns the cache off). Ingest through the API clears it;
   * other processes' writes to the same database show within this time.
   */
  cacheTtlMs?: number;
  /**
   * How old a cached answer may be and still be served while its refresh runs, in ms (default 10 × cacheTtlMs). Past
   * it a request waits for the refresh.
   */
  cacheStaleLimitMs?: number;
  /**
   * Computes GET answers on a reader thread with a connection of its own, so that no store query blocks the event
   * loop (default: on when the store can be opened again, i.e. a SQLite file or a PostgreSQL URL, and the actor index
   * is the dictionary's own; otherwise answers are computed in this thread).
   */
  readerThread?: boolean;
}

const require = createRequire(import.meta.url);
const VERSION = (require('../../package.json') as { version: string }).version;

/** The dashboard's files: src/web when running from source, dist/web (copied by the build) when running from dist. */
export const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

/** Third-party browser files the dashboard loads, served from node_modules by fixed name (nothing else is exposed). */
const VENDOR_FILES: Record<string, { module: string; type: string }> = {
  'd3-array.min.js': { module: 'd3-array/dist/d3-array.min.js', type: 'text/javascript; charset=utf-8' },
  'd3-geo.min.js': { module: 'd3-geo/dist/d3-geo.min.js', type: 'text/javascript; charset=utf-8' },
  'topojson-client.min.js': { module: 'topojson-client/dist/topojson-client.min.js', type: 'text/javascript; charset=utf-8' },
  'countries-110m.json': { module: 'world-atlas/countries-110m.json', type: 'application/json; charset=utf-8' },
};

/** Resolves a file inside a package even when the package's `exports` map does not list it. */
function packageFile(spec: string): string {
  const [scopeOrName, ...rest] = spec.split('/');
  const name = scopeOrName!.startsWith('@') ? `${scopeOrName}/${rest.shift()}` : scopeOrName!;
  for (const dir of require.resolve.paths(name) ?? []) {
    const path = `${dir}/${name}/${rest.join('/')}`;
    if (existsSync(path)) return path;
  }
  throw new Error(`cannot find ${spec} in node_modules`);
}

const SECURITY_HEADERS: Record<string, string> = {
  // Everything is served by detente itself: no inline script or style, no third-party origin, no framing.
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

const JSON_TYPE = 'application/json; charset=utf-8';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

/** Compares tokens in constant time (hashing first makes the lengths equal). */
function tokenMatches(sent: string, expected: string): boolean {
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Builds the server without listening: tests drive it with `inject`. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    trustProxy: false,
    // Article ids can be long (URLs are common ids): let the route match them so that validation answers with a
    // message, instead of the router answering 404 past 100 characters.
    routerOptions: { maxParamLength: 1000 },
  });
  const token = opts.token || undefined;
  // Coding takes seconds for a large post: on a thread of its own, the event loop keeps answering reads meanwhile.
  let ownThread: CodingThread | null = null;
  const postCoder: ArticleCoder = opts.postCoder ?? {
    code: (articles) => (ownThread ??= new CodingThread(opts.coder.options)).code(articles),
    close: async () => ownThread?.close(),
  };
  if (!opts.postCoder) app.addHook('onClose', async () => postCoder.close());
  const ctx: ApiContext = {
    store: opts.store,
    coder: opts.coder,
    postCoder,
    actors: opts.actors ?? new ActorSearch(opts.coder.actors),
    version: VERSION,
    readOnly: !token,
    limits: {
      code: opts.rateLimits?.code ?? { max: 60, timeWindowMs: 60_000 },
      ingest: opts.rateLimits?.ingest ?? { max: 30, timeWindowMs: 60_000 },
    },
  };

  app.addHook('onSend', (_req, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });

  app.setErrorHandler(async (err: FastifyError | HttpError, req, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
    } else if (status >= 500) {
      req.log.error(err);
      message = 'internal error';
    } else if ((err as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      message = `request body is too large (limit ${req.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit} bytes)`;
    } else if (err instanceof SyntaxError || (err as FastifyError).code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      status = 400;
      message = `request body is not valid JSON: ${err.message}`;
    } else if ((err as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      message = `unsupported content type "${req.headers['content-type'] ?? ''}": send application/json`;
    }
    // An answer given before the body was read (too large, wrong type, refused by a hook): read the rest first, or
    // the client may meet a reset connection instead of the answer (see discard-body.ts).
    await discardBody(req.raw);
    return reply.code(status).send({ error: STATUS_NAMES[status] ?? 'Error', message });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: 'Not Found', message: `no such ${req.url.startsWith('/api/') ? 'endpoint' : 'page'}: ${req.method} ${req.url.split('?')[0]}` });
  });

  await app.register(fastifyRateLimit, {
    global: false,
    // The window comes from the route's own setting: the plugin's `context.after` is the time left until the window
    // resets, not the window.
    errorResponseBuilder: (req, context) => {
      const windowMs = (req.routeOptions.config as { rateLimit?: { timeWindow?: number } }).rateLimit?.timeWindow ?? 60_000;
      const per = windowMs === 60_000 ? 'minute' : `${windowMs / 1000} s`;
      return {
        statusCode: 429,
        error: 'Too Many Requests',
        message: `rate limit exceeded: at most ${context.max} requests per ${per}; retry in ${Math.ceil(context.ttl / 1000)} s`,
      };
    },
  });

  const cache = new ResponseCache({
    ttlMs: opts.cacheTtlMs ?? 2000,
    staleLimitMs: opts.cacheStaleLimitMs,
    onRefreshError: (key, err) => app.log.error({ err, url: key }, 'refreshing a cached answer failed; the stale answer is served until a refresh succeeds'),
  });
  // A reader thread opens the store again; it loads the dictionary's own actor index, so a server given another
  // index (opts.actors) computes its answers in this thread.
  const location = opts.actors ? null : storeLocation(opts.store);
  const reader: AnswerReader = opts.readerThread !== false && location
    ? new ReaderThread({ db: location, version: ctx.version, readOnly: ctx.readOnly })
    : new InlineReader(readRoutes(ctx));
  app.addHook('onClose', async () => reader.close());
  const routes = apiRoutes(ctx);
  for (const r of routes) registerRoute(app, r, token, cache, reader);
  const doc = openApiDocument(routes, { version: VERSION });
  app.get('/api/openapi.json', async () => doc);

  const vendor = new Map<string, { body: Buffer; type: string }>();
  for (const [name, f] of Object.entries(VENDOR_FILES)) vendor.set(name, { body: readFileSync(packageFile(f.module)), type: f.type });
  app.get<{ Params: { file: string } }>('/vendor/:file', async (req, reply) => {
    const f = vendor.get(req.params.file);
    if (!f) throw new HttpError(404, `no such file: /vendor/${req.params.file}`);
    return reply.type(f.type).header('cache-control', 'public, max-age=86400').send(f.body);
  });

  await app.register(fastifyStatic, { root: WEB_DIR, prefix: '/', index: 'index.html', cacheControl: true, maxAge: 0 });
  return app;
}

function registerRoute(app: FastifyInstance, r: Route, token: string | undefined, cache: ResponseCache, reader: AnswerReader): void {
  const onRequest = r.auth ? [authHook(token)] : [];
  app.route({
    method: r.method,
    url: r.url,
    bodyLimit: r.limits?.bodyLimit,
    config: r.limits?.rateLimit ? { rateLimit: { max: r.limits.rateLimit.max, timeWindow: r.limits.rateLimit.timeWindowMs } } : {},
    onRequest,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (r.method === 'GET') {
        // Reads are computed by the reader (off the event loop when it is a thread), once per key for every request
        // the cache serves.
        const compute = async () => new EncodedAnswer(await reader.answer({ route: r.url, query: request.query, params: request.params }));
        const { answer } = await cache.answer(request.url, compute);
        return sendAnswer(request, reply, answer);
      }
      let rawBody = request.body;
      if (r.plainTextField && typeof rawBody === 'string') rawBody = { [r.plainTextField]: rawBody };
      const input = {
        query: r.query ? parseInput(r.query, request.query, 'query') : undefined,
        params: r.params ? parseInput(r.params, request.params, 'path') : undefined,
        body: r.body ? parseInput(r.body, rawBody, 'body') : undefined,
        reply,
      };
      if (r.status) reply.code(r.status);
      const result = await r.handler(input);
      // A write changes what reads answer.
      cache.clear();
      return sendAnswer(request, reply, new EncodedAnswer(Buffer.from(JSON.stringify(result))));
    },
  });
}

/** Sends a JSON answer, gzipped when the client accepts it and it is worth it (encoded-answer.ts). */
function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: EncodedAnswer): FastifyReply {
  const { bytes, encoding } = encodingFor(answer, request.headers['accept-encoding']);
  // Shared caches between here and the client must keep the encodings apart.
  reply.header('vary', 'accept-encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.type(JSON_TYPE).send(bytes);
}

/** Bearer-token check for write routes: 403 on a read-only server, 401 without a token, 403 with a wrong one. */
function authHook(token: string | undefined) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!token) throw new HttpError(403, 'this server is read-only: start it with DETENTE_TOKEN set to accept writes');
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      throw new HttpError(401, header ? 'the Authorization header must be "Bearer <token>"' : 'this endpoint needs a token: send "Authorization: Bearer <DETENTE_TOKEN>"',
        { 'www-authenticate': 'Bearer realm="detente"' });
    }
    if (!tokenMatches(m[1]!, token)) throw new HttpError(403, 'the token is not valid');
  };
}

export interface StartOptions {
  db: string;
  port?: number;
  host?: string;
  /** Default: the DETENTE_TOKEN environment variable. */
  token?: string;
  logger?: ServerOptions['logger'];
}

/** Opens the store, loads the coder and listens. Resolves once the server accepts connections. */
export async function startServer(opts: StartOptions): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  const { openStore } = await import('../store/index.js');
  const store = openStore(opts.db);
  let postCoder: CodingThread | undefined;
  try {
    const coder = EventCoder.load();
    postCoder = new CodingThread(coder.options);
    // The thread loads its coder now, while the server starts, so that the first post does not wait for it.
    postCoder.code([{ id: 'warm-up', date: '2000-01-01', text: 'Warm-up.' }]).catch(() => {});
    const app = await buildServer({ store, coder, postCoder, token: opts.token ?? process.env.DETENTE_TOKEN, logger: opts.logger });
    const thread = postCoder;
    app.addHook('onClose', async () => {
      await thread.close();
      store.close();
    });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port ?? 8080, host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : opts.port;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
    return { app, url, close: () => app.close() };
  } catch (err) {
    await postCoder?.close();
    store.close();
    throw err;
  }
}
