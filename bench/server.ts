// Load bench of the HTTP API: autocannon against /api/relations and /api/events on loopback, 200 concurrent
// connections for a bounded time each, reporting requests/s and p99 latency (target: p99 under 50 ms on the demo
// store). Runs on its own (`node --import tsx bench/server.ts [seconds]`) or from bench/run.ts through benchServer().
//
// The load generator runs in a worker thread so that it does not share the server's event loop; both still share
// the machine's cores, as a client on the same host does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { EventCoder } from '../src/events/coder.js';
import type { Article } from '../src/model.js';
import { buildServer } from '../src/server/index.js';
import { InlineCoder, SentenceCountingCoder } from '../src/ingest/coding.js';
import { ingestArticles } from '../src/server/ingest.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/store.js';

export interface ServerBenchOptions {
  /** A store to serve; default: a temporary store built from the demo corpus. */
  store?: Store;
  /** Seconds of load per endpoint (default 10). */
  seconds?: number;
  /** Concurrent connections (default 200). */
  connections?: number;
  /** Print a line per endpoint (default true). */
  print?: boolean;
  /**
   * Also load each endpoint with the server's answer cache off (default true), so that the cost of computing an
   * answer is measured, not only the cost of sending a cached one.
   */
  uncached?: boolean;
  /**
   * How the load generator asks for answers (default both): as they are (`identity`, autocannon's default), and
   * gzipped (`gzip`, as every browser asks with Accept-Encoding).
   */
  encodings?: Array<'identity' | 'gzip'>;
}

export interface EndpointResult {
  name: string;
  path: string;
  /** Whether the server reused cached answers (its default) or computed every answer. */
  cache: 'on' | 'off';
  /** The Accept-Encoding sent: none (identity) or gzip. */
  encoding: 'identity' | 'gzip';
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Non-2xx answers, socket errors and timeouts: a valid run has none. */
  failures: number;
  /** Bytes received per answer (headers included), in kB. */
  kbPerAnswer?: number;
  /**
   * How late the server's event loop ran its callbacks during the load (perf_hooks.monitorEventLoopDelay, 10 ms
   * resolution): a store query or any other long task on the loop shows here, as a wait every request then shares.
   */
  loopDelayMs: { p99: number; max: number };
}

const DEMO_CORPUS = fileURLToPath(new URL('../corpus/demo/articles.jsonl', import.meta.url));

/** Builds a store from the demo corpus in a temporary directory (the same coding and ingest path as the API). */
async function demoStore(): Promise<{ store: Store; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-server-'));
  const store = openStore(join(dir, 'bench.db'));
  const coder = new InlineCoder(() => SentenceCountingCoder.loadCounting());
  const articles = readFileSync(DEMO_CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
  for (let i = 0; i < articles.length; i += 100) await ingestArticles(store, coder, articles.slice(i, i + 100));
  return { store, dispose: () => { store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** The requests of the bench: the dashboard's two main reads. */
export const BENCH_ENDPOINTS = [
  { name: 'relations USA–RUS per month', path: '/api/relations?a=USA&b=RUS&interval=month' },
  { name: 'events, 50 per page', path: '/api/events?actor=USA&limit=50' },
];

/** Loads each endpoint in turn; resolves with the figures (and prints them unless print: false). */
export async function benchServer(opts: ServerBenchOptions = {}): Promise<EndpointResult[]> {
  const seconds = opts.seconds ?? 10;
  const connections = opts.connections ?? 200;
  const own = opts.store ? null : await demoStore();
  const store = opts.store ?? own!.store;
  const coder = EventCoder.load();
  const results: EndpointResult[] = [];
  try {
    for (const cache of opts.uncached === false ? ['on' as const] : ['off' as const, 'on' as const]) {
      const app = await buildServer({ store, coder, cacheTtlMs: cache === 'on' ? undefined : 0 });
      try {
        await app.listen({ port: 0, host: '127.0.0.1' });
        const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        for (const ep of BENCH_ENDPOINTS) {
          for (const encoding of opts.encodings ?? ['identity', 'gzip'] as const) {
            results.push(await loadEndpoint(base, ep, cache, encoding, connections, seconds, opts.print !== false));
          }
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    own?.dispose();
  }
  return results;
}

async function loadEndpoint(base: string, ep: { name: string; path: string }, cache: 'on' | 'off', encoding: 'identity' | 'gzip', connections: number,
  seconds: number, print: boolean): Promise<EndpointResult> {
  // A check before the load: a bench of error answers would measure nothing useful.
  const check = await fetch(base + ep.path);
  if (!check.ok) throw new Error(`${ep.path}: HTTP ${check.status} ${await check.text()}`);
  const headers: Record<string, string> = encoding === 'gzip' ? { 'accept-encoding': 'gzip' } : {};
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const r = await autocannon({ url: base + ep.path, connections, duration: seconds, workers: 1, headers });
  delay.disable();
  const result: EndpointResult = {
    name: ep.name,
    path: ep.path,
    cache,
    encoding,
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    failures: r.non2xx + r.errors + r.timeouts,
    loopDelayMs: { p99: Math.round(delay.percentile(99) / 1e6), max: Math.round(delay.max / 1e6) },
  };
  result.kbPerAnswer = Math.round(r.throughput.total / Math.max(1, r.requests.total) / 100) / 10;
  if (print) {
    process.stdout.write(`server  ${ep.name.padEnd(28)} cache ${cache.padEnd(3)} ${encoding.padEnd(8)} ${String(result.requestsPerSecond).padStart(6)} req/s  p50 ${result.latencyMs.p50} ms  `
      + `p99 ${result.latencyMs.p99} ms  max ${result.latencyMs.max} ms  ${result.kbPerAnswer} kB/answer  loop delay p99 ${result.loopDelayMs.p99} max ${result.loopDelayMs.max} ms  (${connections} connections, ${seconds} s, ${result.failures} failures)\n`);
  }
  return result;
}

// Run on its own: `node --import tsx bench/server.ts [seconds]`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seconds = process.argv[2] ? Number(process.argv[2]) : 10;
  if (!(seconds > 0 && seconds <= 120)) throw new Error('seconds must be a number from 1 to 120');
  const results = await benchServer({ seconds });
  const slow = results.filter((r) => r.cache === 'on' && r.latencyMs.p99 >= 50);
  process.stdout.write(slow.length ? `p99 target (< 50 ms, as served) missed by: ${slow.map((r) => `${r.name} (${r.encoding})`).join(', ')}\n`
    : 'p99 under 50 ms on every endpoint as served (cache on)\n');
}
