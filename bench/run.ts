// `npm run bench`: the coder's speed, ingest throughput into SQLite against the coder alone, relations latency over a
// store of a million events, peak memory while ingesting a large input streamed from another process, and HTTP load. Sizes can be scaled with
// BENCH_SCALE (default 1; 0.2 for a quick run). Everything is generated (bench/synthetic.ts); nothing is downloaded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { CodingThread, InlineCoder, SentenceCountingCoder, type ArticleCoder } from '../src/ingest/coding.js';
import { ErrorLog } from '../src/ingest/errors-log.js';
import { ingest, type IngestSummary } from '../src/ingest/pipeline.js';
import { readArticles } from '../src/ingest/readers.js';
import { relationsReport } from '../src/relations/report.js';
import { rankDyads } from '../src/relations/dyads.js';
import { formatTable } from '../src/cli/table.js';
import type { Store } from '../src/store/store.js';
import { prng, syntheticArticle, syntheticEvents, syntheticJsonl } from './synthetic.js';
import { benchServer } from './server.js';
import { rssOf } from './process-stats.js';
import { benchParser } from './parser.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const INGEST_ARTICLES = Math.round(8000 * SCALE);
const STORE_EVENTS = Math.round(1_000_000 * Math.min(1, SCALE));
const EVENTS_PER_ARTICLE = 10;
const RSS_ARTICLES = Math.round(60_000 * SCALE);
const RSS_LIMIT_MB = 500;
const work = join(tmpdir(), 'detente-bench');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (s: string) => process.stderr.write(`${s}\n`);
const fresh = (file: string) => { for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true }); };

// ---------------------------------------------------------------- 1. ingest throughput against the coder alone
async function ingestRun(file: string, input: string, coder: ArticleCoder): Promise<IngestSummary> {
  fresh(file);
  const store = new SqliteStore(file);
  try {
    return await ingest(store, readArticles(input), { coder, errors: new ErrorLog(null) });
  } finally {
    store.close();
  }
}

async function benchIngest(): Promise<string[][]> {
  const input = join(work, `ingest-${INGEST_ARTICLES}.jsonl`);
  let text = '';
  for (let i = 0; i < INGEST_ARTICLES; i++) text += syntheticJsonl(i, 7);
  writeFileSync(input, text);
  // Both coders are loaded and warmed up (JIT, caches) on other articles first, so neither run pays for that.
  const warmup = Array.from({ length: 300 }, (_, i) => { const { planted: _p, ...a } = syntheticArticle(i, 99); return a; });
  const inline = SentenceCountingCoder.loadCounting();
  const rows: string[][] = [];
  const demo = join(ROOT, 'corpus/demo/articles.jsonl');
  const runs: Array<[string, string, boolean]> = [
    [`generated (${fmt(INGEST_ARTICLES)})`, input, false], [`generated (${fmt(INGEST_ARTICLES)})`, input, true],
    ['demo corpus', demo, false], ['demo corpus', demo, true],
  ];
  for (const [corpus, file, threaded] of runs) {
    if (!existsSync(file)) continue;
    const coder: ArticleCoder = threaded ? new CodingThread() : new InlineCoder(() => inline);
    await coder.code(warmup);
    log(`ingest: ${corpus}, ${threaded ? 'coder on its own thread' : 'coder and store on one thread'}…`);
    const s = await ingestRun(join(work, 'ingest.db'), file, coder);
    await coder.close();
    const coderRate = s.stored / s.codingSeconds;
    const ingestRate = s.read / s.seconds;
    rows.push([
      corpus, threaded ? 'coder thread (default)' : 'one thread',
      fmt(s.read), fmt(s.sentences), fmt(s.events), `${s.seconds.toFixed(1)} s`,
      fmt(ingestRate), fmt(s.sentences / s.seconds), fmt(coderRate), fmt((s.sentences / s.codingSeconds)),
      `${fmt((100 * ingestRate) / coderRate)} %`,
      `${fmt(s.codingSeconds, 1)} / ${fmt(s.storingSeconds, 1)} s`,
      `${fmt((100 * s.storingSeconds) / (s.codingSeconds + s.storingSeconds))} %`,
    ]);
  }
  return rows;
}

// ---------------------------------------------------------------- 2. relations over a million events
/** Builds (or reuses, when a previous run left it) a store of STORE_EVENTS generated events. */
function millionEventStore(): { file: string; builtIn: number | null } {
  const version = MIGRATIONS.at(-1)!.version;
  const file = join(work, `relations-${STORE_EVENTS}-v${version}.db`);
  const marker = `${file}.complete`;
  if (existsSync(file) && existsSync(marker)) return { file, builtIn: null };
  fresh(file);
  log(`relations: building a store of ${fmt(STORE_EVENTS)} events (kept in ${work} for later runs)…`);
  const started = performance.now();
  const store = new SqliteStore(file);
  const r = prng(11);
  const articles = STORE_EVENTS / EVENTS_PER_ARTICLE;
  let batch = [];
  for (let i = 0; i < articles; i++) {
    const { planted: _planted, ...article } = syntheticArticle(i, 11);
    batch.push({ article, events: syntheticEvents(article, EVENTS_PER_ARTICLE, r), sentences: 10 });
    if (batch.length === 500) {
      store.ingestBatch(batch);
      batch = [];
      if (i % 20_000 < 500) log(`  ${fmt(((i + 1) * EVENTS_PER_ARTICLE))} events`);
    }
  }
  store.ingestBatch(batch);
  store.db.pragma('optimize');
  store.close();
  writeFileSync(marker, new Date().toISOString());
  return { file, builtIn: (performance.now() - started) / 1000 };
}

function timeQuery(label: string, run: () => unknown, times = 30): string[] {
  run(); // first call: statement preparation and cold pages
  const ms: number[] = [];
  let size = 0;
  for (let k = 0; k < times; k++) {
    const t0 = performance.now();
    const out = run();
    ms.push(performance.now() - t0);
    size = Array.isArray(out) ? out.length : typeof out === 'number' ? out : size;
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return [label, fmt(size), p(0.5).toFixed(1), p(0.99).toFixed(1), ms.at(-1)!.toFixed(1)];
}

function benchRelations(): { rows: string[][]; facts: string } {
  const { file, builtIn } = millionEventStore();
  const store: Store = new SqliteStore(file);
  const st = store.stats();
  const year = Number(st.firstDate!.slice(0, 4)) + 2;
  const rows = [
    timeQuery('relations USA RUS, monthly', () => store.relations({ a: 'USA', b: 'RUS', interval: 'month' })),
    timeQuery('relations USA RUS, weekly', () => store.relations({ a: 'USA', b: 'RUS', interval: 'week' })),
    timeQuery('relations USA RUS, daily', () => store.relations({ a: 'USA', b: 'RUS', interval: 'day' })),
    timeQuery('relations RUS UKR, monthly, weighted', () => store.relations({ a: 'RUS', b: 'UKR', interval: 'month', weighted: true })),
    timeQuery('relations CHN IND, 2016–2018, weekly', () => store.relations({ a: 'CHN', b: 'IND', interval: 'week', from: '2016-01-01', to: '2018-12-31' })),
    timeQuery('relations report + verdict (CLI)', () => relationsReport(store, { a: 'USA', b: 'RUS', interval: 'month' }).periods),
    timeQuery('events USA→RUS, first 50', () => store.events({ actor: 'USA', recipient: 'RUS', limit: 50 }), 10),
    timeQuery(`dyads, ${year}, top 10`, () => rankDyads(store.dyadTotals({ from: `${year}-01-01`, to: `${year}-12-31` }), { top: 10 }).conflict, 5),
  ];
  store.close();
  const facts = `store: ${fmt(st.events)} events in ${fmt(st.clusters)} merged events, ${fmt(st.articles)} articles, `
    + `${st.firstDate} to ${st.lastDate}${builtIn === null ? ' (reused from an earlier run)' : `, built in ${builtIn.toFixed(0)} s`}`;
  return { rows, facts };
}

// ---------------------------------------------------------------- 3. peak memory while ingesting a streamed input
async function benchMemory(): Promise<{ rows: string[][]; facts: string; peak: number }> {
  const db = join(work, 'memory.db');
  fresh(db);
  const compiled = existsSync(join(ROOT, 'dist/cli/main.js'));
  const cli = compiled ? [join(ROOT, 'bin/detente.js')] : ['--import', 'tsx', join(ROOT, 'test/support/cli-entry.ts')];
  log(`memory: ${fmt(RSS_ARTICLES)} generated articles streamed into \`detente ingest -\` (${compiled ? 'compiled CLI' : 'CLI from source'})…`);
  const generator = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/generate.ts'), String(RSS_ARTICLES), '5'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const ingester = spawn(process.execPath, [...cli, 'ingest', '--db', db, '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let bytes = 0;
  generator.stdout.on('data', (c: Buffer) => { bytes += c.length; });
  generator.stdout.pipe(ingester.stdin);
  let out = '';
  ingester.stdout.on('data', (c: Buffer) => { out += c; });
  const samples: Array<{ t: number; mb: number; bytes: number }> = [];
  let peak = 0;
  const started = performance.now();
  const timer = setInterval(() => {
    const m = rssOf(ingester.pid!);
    if (!m) return;
    peak = Math.max(peak, m.hwm, m.rss);
    if (m.rss > 0) samples.push({ t: (performance.now() - started) / 1000, mb: m.rss, bytes });
  }, 100);
  const code = await new Promise<number | null>((resolve) => ingester.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${out}`);
  const stored = /stored\s+(\d+)/.exec(out)?.[1] ?? '?';
  // RSS at each quarter of the run: flat once the coder's dictionaries are loaded, whatever has been read so far.
  const rows = [0.25, 0.5, 0.75, 1].map((q) => {
    const s = samples[Math.max(0, Math.ceil(q * samples.length) - 1)]!;
    return [`${q * 100} %`, `${s.t.toFixed(0)} s`, `${fmt(s.bytes / 1048576, 1)} MB`, `${fmt(s.mb)} MB`];
  });
  const facts = `${stored} articles stored from ${fmt(bytes / 1048576, 1)} MB of JSON Lines read from a pipe; `
    + `peak RSS ${fmt(peak)} MB (limit ${RSS_LIMIT_MB} MB)`;
  return { rows, facts, peak };
}

// ---------------------------------------------------------------- 0. the coder alone, as `detente code` runs it
/**
 * The compiled `detente code` on one core (a child process; the coder is single-threaded), dictionary loading
 * included, over the news sentences of the development set (or the demo corpus without it) repeated to
 * ~24,000 sentences; plus the coding-only rate of a warmed coder in this process. TABARI, the reference dictionary
 * coder, codes about 10,000 sentences/s on one core of these machines, loading included.
 */
async function benchCoder(): Promise<{ rows: string[][]; facts: string }> {
  const dev = join(ROOT, '../shared/eval/news-dev.jsonl');
  const source = existsSync(dev) ? dev : join(ROOT, 'corpus/demo/articles.jsonl');
  const texts = readFileSync(source, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  const input = join(work, 'coder-input.jsonl');
  const perArticle = 10;
  let out = '', sentences = 0, k = 0;
  while (sentences < 24_000) {
    for (let i = 0; i < texts.length && sentences < 24_000; i += perArticle) {
      const chunk = texts.slice(i, i + perArticle);
      out += JSON.stringify({ id: `b${k++}`, date: '2019-05-01', text: chunk.join(' ') }) + '\n';
      sentences += chunk.length;
    }
  }
  writeFileSync(input, out);
  const cli = join(ROOT, 'bin/detente.js');
  const compiled = existsSync(join(ROOT, 'dist/cli/main.js'));
  if (!compiled) return { rows: [], facts: 'skipped: no compiled CLI (run npm run build)' };
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const child = spawn(process.execPath, [cli, 'code', input], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`detente code exited with ${code}`);
    runs.push((performance.now() - t) / 1000);
  }
  const best = Math.min(...runs);
  // The compiled coder, as the CLI runs it (the source under tsx carries the transpiler's helpers).
  const distCoder = join(ROOT, 'dist/events/coder.js');
  const { EventCoder } = (await import(distCoder)) as typeof import('../src/events/coder.js');
  const coder = EventCoder.load();
  const articles = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string; text: string });
  for (const a of articles.slice(0, 300)) coder.codeArticle(a); // warm up
  const t = performance.now();
  for (const a of articles) coder.codeArticle(a);
  const codingOnly = (performance.now() - t) / 1000;
  return {
    facts: `${fmt(sentences)} sentences (${existsSync(dev) ? 'news-dev.jsonl texts' : 'demo corpus texts'}, repeated) in ${fmt(k)} articles`,
    rows: [
      ['detente code, compiled CLI, loading included (best of 3)', `${best.toFixed(2)} s`, fmt(sentences / best)],
      ['coding only (compiled coder, warmed, this process)', `${codingOnly.toFixed(2)} s`, fmt(sentences / codingOnly)],
      ['TABARI (reference, measured by the project owners, whole process)', '-', '9,200'],
    ],
  };
}

// ----------------------------------------------------------------
async function main() {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(work, { recursive: true });
  const t0 = performance.now();
  log('parser: detente parse against wink-nlp on ~24,000 sentences…');
  const parser = await benchParser(ROOT, work, Math.round(24_000 * Math.min(1, SCALE)));
  log('coder: detente code on ~24,000 sentences…');
  const coder = await benchCoder();
  const ingestRows = await benchIngest();
  const relations = benchRelations();
  const memory = await benchMemory();
  log('http: load on /api/relations and /api/events (demo store, 200 connections)…');
  const http = await benchServer({ seconds: Math.max(2, Math.round(10 * Math.min(1, SCALE))), print: false });
  const out = [
    '',
    `detente benchmark (scale ${SCALE}; ${process.version}; ${(await import('node:os')).cpus().length} CPUs)`,
    '',
    `P. The parser: ${parser.facts}`,
    formatTable(['run', 'time', 'tokens/s', 'sentences/s', 'peak RSS'], parser.rows),
    '',
    `0. The coder: ${coder.facts}`,
    formatTable(['run', 'time', 'sentences/s'], coder.rows),
    '',
    `1. Ingest into SQLite from a JSON Lines file: generated articles (2–3 event sentences among 7–12) and the demo corpus (real text written for the project)`,
    formatTable(['corpus', 'mode', 'articles', 'sentences', 'events', 'wall', 'articles/s', 'sentences/s', 'coder-only art/s',
      'coder-only sent/s', 'ingest/coder', 'coding / storing', 'storing share'], ingestRows),
    'ingest/coder: ingest throughput as a share of the coder-only rate measured in the same run (time in codeArticle);',
    'storing share: storing time / (coding + storing time); with the coder thread, storing a batch overlaps with coding the next.',
    '',
    `2. Relations latency: ${relations.facts}`,
    formatTable(['query', 'rows', 'p50 ms', 'p99 ms', 'max ms'], relations.rows),
    '',
    `3. Memory: ${memory.facts}`,
    formatTable(['progress', 'time', 'input read', 'RSS'], memory.rows),
    '',
    '4. HTTP load on loopback (autocannon, 200 connections; "cache on" is how the server runs, "off" computes every answer)',
    formatTable(['endpoint', 'cache', 'requests/s', 'p50 ms', 'p99 ms', 'failures'],
      http.map((r) => [r.name, r.cache, fmt(r.requestsPerSecond), r.latencyMs.p50.toFixed(1), r.latencyMs.p99.toFixed(1), String(r.failures)])),
    '',
    `total bench time ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    '',
  ].join('\n');
  process.stdout.write(out);
  // Only the million-event store is kept (it takes a minute to build); the other databases go.
  for (const db of ['ingest.db', 'memory.db']) fresh(join(work, db));
  if (memory.peak >= RSS_LIMIT_MB) process.exitCode = 1;
}

await main();
