// `npm run bench`: the coder's speed (`detente code` with 1 and 2 coder threads), ingest throughput into SQLite (and
// PostgreSQL) with 1 and 2 coder threads against the coder alone, relations latency over a store of a million events,
// peak memory while ingesting a large input streamed from another process, and HTTP load. Everything is generated
// (bench/synthetic.ts); nothing is downloaded. Environment:
//   BENCH_SCALE=0.2   sizes scaled (default 1; 0.2 for a quick run)
//   BENCH_ONLY=0,1    only these sections (P the parser, 0 the coder, 1 ingest, 2 relations, 3 memory, 4 HTTP,
//                     5 queue workers, 6 queries at scale)
//   BENCH_PG=postgres://user@host:port/db   a server where the bench may create and drop databases
//                     (detente_bench_*): section 1 then ingests the generated input into PostgreSQL too, each
//                     run right after the same one into SQLite (PostgreSQL / SQLite ingest rate), and section 5
//                     drains a queue with 1 and with 2 `detente worker` processes
//   BENCH_BIG=1       section 6: queries on 1,000,000 generated events in SQLite and (with BENCH_PG) 10,000,000 in
//                     PostgreSQL (database detente_bench_big). Minutes to fill and ~1 GB + ~11 GB of disk the first
//                     time; both stores are kept for later runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { freshPgDatabase } from './pg-database.js';
import { InlineCoder, SentenceCountingCoder, coderThreads, type ArticleCoder } from '../src/ingest/coding.js';
import { openStore } from '../src/store/index.js';
import { ErrorLog } from '../src/ingest/errors-log.js';
import { ingest, type IngestSummary } from '../src/ingest/pipeline.js';
import { readArticles } from '../src/ingest/readers.js';
import { relationsReport } from '../src/relations/report.js';
import { rankDyads } from '../src/relations/dyads.js';
import { formatTable } from '../src/cli/table.js';
import type { Store } from '../src/store/store.js';
import { prng, syntheticArticle, syntheticEvents, syntheticJsonl } from './synthetic.js';
import { benchServer } from './server.js';
import { rssOf, timed, type Run } from './process-stats.js';
import { benchParser } from './parser.js';
import { timeQuery } from './timing.js';
import { benchQueue, cliArgs } from './queue.js';
import { BIG_PG_EVENTS, BIG_SQLITE_EVENTS, bigPgStore, bigSqliteStore, timeBigQueries } from './big-queries.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const INGEST_ARTICLES = Math.round(8000 * SCALE);
const STORE_EVENTS = Math.round(1_000_000 * Math.min(1, SCALE));
const EVENTS_PER_ARTICLE = 10;
const RSS_ARTICLES = Math.round(60_000 * SCALE);
const RSS_LIMIT_MB = 500;
/** Articles on the queue of section 5: about a minute for one worker on a 2-core machine. */
const QUEUE_ARTICLES = Math.round(6000 * SCALE);
const work = join(tmpdir(), 'detente-bench');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (s: string) => process.stderr.write(`${s}\n`);
const fresh = (file: string) => { for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true }); };

// ---------------------------------------------------------------- 1. ingest throughput against the coder alone
/** BENCH_PG=postgres://… names a server where the bench may create (and drop) a database: section 1 then ingests into PostgreSQL too. */
const BENCH_PG = process.env.BENCH_PG || null;

/** A fresh empty database: a SQLite file, or a PostgreSQL database dropped and created again. */
async function freshDatabase(backend: 'sqlite' | 'postgres'): Promise<string> {
  if (backend === 'sqlite') {
    const file = join(work, 'ingest.db');
    fresh(file);
    return file;
  }
  return freshPgDatabase(BENCH_PG!, 'detente_bench_ingest');
}

async function ingestRun(db: string, input: string, coder: ArticleCoder): Promise<IngestSummary> {
  const store = openStore(db);
  try {
    return await ingest(store, readArticles(input), { coder, errors: new ErrorLog(null) });
  } finally {
    store.close();
  }
}

interface IngestBench { rows: string[][]; ratios: string[] }

async function benchIngest(): Promise<IngestBench> {
  const input = join(work, `ingest-${INGEST_ARTICLES}.jsonl`);
  let text = '';
  for (let i = 0; i < INGEST_ARTICLES; i++) text += syntheticJsonl(i, 7);
  writeFileSync(input, text);
  // Every coder is loaded and warmed up (JIT, caches) on other articles first, so no run pays for that.
  const warmup = Array.from({ length: 300 }, (_, i) => { const { planted: _p, ...a } = syntheticArticle(i, 99); return a; });
  const inline = SentenceCountingCoder.loadCounting();
  const rows: string[][] = [];
  const demo = join(ROOT, 'corpus/demo/articles.jsonl');
  const generated = `generated (${fmt(INGEST_ARTICLES)})`;
  type Mode = 'inline' | 1 | 2;
  const runs: Array<[string, string, Mode, 'sqlite' | 'postgres']> = [
    [generated, input, 'inline', 'sqlite'], [generated, input, 1, 'sqlite'], [generated, input, 2, 'sqlite'],
    ['demo corpus', demo, 'inline', 'sqlite'], ['demo corpus', demo, 1, 'sqlite'], ['demo corpus', demo, 2, 'sqlite'],
    // SQLite and PostgreSQL back to back, with the same coder threads, so that both see the same load.
  ];
  if (BENCH_PG) {
    runs.push([generated, input, 1, 'sqlite'], [generated, input, 1, 'postgres'], [generated, input, 2, 'sqlite'], [generated, input, 2, 'postgres']);
  }
  const rates = new Map<string, number[]>();
  for (const [corpus, file, mode, backend] of runs) {
    if (!existsSync(file)) continue;
    const coder: ArticleCoder = mode === 'inline' ? new InlineCoder(() => inline) : coderThreads(mode);
    await coder.code(warmup);
    const label = mode === 'inline' ? 'coder and store on one thread' : `${mode} coder thread${mode === 1 ? '' : 's'}${mode === 2 ? ' (--jobs 2)' : ''}`;
    log(`ingest: ${corpus}, ${label}, ${backend}…`);
    const db = await freshDatabase(backend);
    const cpu0 = process.cpuUsage();
    const s = await ingestRun(db, file, coder);
    const cpu = process.cpuUsage(cpu0);
    await coder.close();
    const coderRate = s.stored / s.codingSeconds;
    const ingestRate = s.read / s.seconds;
    const key = `${corpus} ${mode} ${backend}`;
    rates.set(key, [...(rates.get(key) ?? []), ingestRate]);
    rows.push([
      corpus, label, backend,
      fmt(s.read), fmt(s.sentences), fmt(s.events), `${s.seconds.toFixed(1)} s`, `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
      fmt(ingestRate), fmt(s.sentences / s.seconds), fmt(coderRate), fmt((s.sentences / s.codingSeconds)),
      `${fmt((100 * ingestRate) / coderRate)} %`,
      `${fmt(s.codingSeconds, 1)} / ${fmt(s.storingSeconds, 1)} s`,
      `${fmt((100 * s.storingSeconds) / (s.codingSeconds + s.storingSeconds))} %`,
      fmt(s.stored / s.storingSeconds),
    ]);
  }
  const rate = (key: string, k = 0) => rates.get(key)?.[k];
  const ratios: string[] = [];
  for (const corpus of [generated, 'demo corpus']) {
    const one = rate(`${corpus} 1 sqlite`), two = rate(`${corpus} 2 sqlite`);
    if (one && two) ratios.push(`${corpus}, SQLite: 2 coder threads / 1 coder thread = ${(two / one).toFixed(2)}× the ingest rate`);
  }
  for (const threads of [1, 2]) {
    const lite = rate(`${generated} ${threads} sqlite`, 1), post = rate(`${generated} ${threads} postgres`);
    if (lite && post) ratios.push(`${generated}, ${threads} coder thread${threads === 1 ? '' : 's'}: PostgreSQL / SQLite = ${(post / lite).toFixed(2)} of the ingest rate`);
  }
  return { rows, ratios };
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

async function benchRelations(): Promise<{ rows: string[][]; facts: string }> {
  const { file, builtIn } = millionEventStore();
  const store: Store = new SqliteStore(file);
  const st = store.stats();
  const year = Number(st.firstDate!.slice(0, 4)) + 2;
  const rows = [
    await timeQuery('relations USA RUS, monthly', () => store.relations({ a: 'USA', b: 'RUS', interval: 'month' })),
    await timeQuery('relations USA RUS, weekly', () => store.relations({ a: 'USA', b: 'RUS', interval: 'week' })),
    await timeQuery('relations USA RUS, daily', () => store.relations({ a: 'USA', b: 'RUS', interval: 'day' })),
    await timeQuery('relations RUS UKR, monthly, weighted', () => store.relations({ a: 'RUS', b: 'UKR', interval: 'month', weighted: true })),
    await timeQuery('relations CHN IND, 2016–2018, weekly', () => store.relations({ a: 'CHN', b: 'IND', interval: 'week', from: '2016-01-01', to: '2018-12-31' })),
    await timeQuery('relations report + verdict (CLI)', () => relationsReport(store, { a: 'USA', b: 'RUS', interval: 'month' }).periods),
    await timeQuery('events USA→RUS, first 50', () => store.events({ actor: 'USA', recipient: 'RUS', limit: 50 }), 10),
    await timeQuery(`dyads, ${year}, top 10`, () => rankDyads(store.dyadTotals({ from: `${year}-01-01`, to: `${year}-12-31` }), { top: 10 }).conflict, 5),
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
  const cli = cliArgs(ROOT);
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
 * The compiled `detente code` with one coder (--jobs 1) and with two coder threads (--jobs 2), dictionary loading
 * included, each a child process whose peak RSS is sampled, over the news sentences of the development set (or the demo corpus without it) repeated to
 * ~24,000 sentences; plus the coding-only rate of a warmed coder in this process. TABARI, the reference dictionary
 * coder, codes about 10,000 sentences/s on one core of these machines, loading included.
 */
async function benchCoder(): Promise<{ rows: string[][]; facts: string; ratio?: number }> {
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
  // --jobs 1 and --jobs 2 alternate, so both see the same load on a shared machine; the best of three each.
  const runs = new Map<number, Run[]>([[1, []], [2, []]]);
  for (let r = 0; r < 3; r++) for (const jobs of runs.keys()) runs.get(jobs)!.push(await timed([cli, 'code', '--jobs', String(jobs), input], ROOT));
  const best = (jobs: number) => runs.get(jobs)!.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const ratio = best(1).seconds / best(2).seconds;
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
      ...[1, 2].map((jobs) => [`detente code --jobs ${jobs}, compiled CLI, loading included (best of 3)`,
        `${best(jobs).seconds.toFixed(2)} s`, fmt(sentences / best(jobs).seconds), `${fmt(best(jobs).cpuSeconds, 1)} s`, `${fmt(best(jobs).peakMb)} MB`]),
      ['coding only (compiled coder, warmed, this process)', `${codingOnly.toFixed(2)} s`, fmt(sentences / codingOnly), '-', '-'],
      ['TABARI (reference, measured by the project owners, whole process)', '-', '9,200', '-', '-'],
    ],
    ratio,
  };
}

// ----------------------------------------------------------------
/** BENCH_ONLY=0,1 runs only the sections named (P, 0, 1, 2, 3, 4, 5, 6); all of them by default. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((x) => x.trim().toUpperCase())) : null;
const runs = (section: string) => !ONLY || ONLY.has(section);

async function main() {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(work, { recursive: true });
  const cores = (await import('node:os')).availableParallelism();
  const t0 = performance.now();
  const os = await import('node:os');
  // On a shared machine every rate depends on what else runs: the load average says how busy it was.
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const out = ['', `detente benchmark (scale ${SCALE}; ${process.version}; ${cores} CPUs; load average at start ${load()})`];
  if (runs('P')) {
    log('parser: detente parse against wink-nlp on ~24,000 sentences…');
    const parser = await benchParser(ROOT, work, Math.round(24_000 * Math.min(1, SCALE)));
    out.push('', `P. The parser: ${parser.facts}`, formatTable(['run', 'time', 'tokens/s', 'sentences/s', 'peak RSS'], parser.rows));
  }
  if (runs('0')) {
    log('coder: detente code --jobs 1 and --jobs 2 on ~24,000 sentences…');
    const coder = await benchCoder();
    out.push('', `0. The coder: ${coder.facts}`, formatTable(['run', 'time', 'sentences/s', 'CPU time', 'peak RSS'], coder.rows),
      ...(coder.ratio ? [`detente code --jobs 2 / --jobs 1: ${coder.ratio.toFixed(2)}× the speed (${cores} cores)`] : []));
  }
  if (runs('1')) {
    const ingestRows = await benchIngest();
    out.push('',
      `1. Ingest from a JSON Lines file into SQLite${BENCH_PG ? ' and PostgreSQL (BENCH_PG)' : ''}: generated articles (2–3 event sentences among 7–12) and the demo corpus (real text written for the project)`,
      formatTable(['corpus', 'mode', 'store', 'articles', 'sentences', 'events', 'wall', 'CPU (all threads)', 'articles/s', 'sentences/s', 'coder-only art/s',
        'coder-only sent/s', 'ingest/coder', 'coding / storing', 'storing share', 'store-only art/s'], ingestRows.rows),
      'ingest/coder: ingest throughput as a share of the coder-only rate measured in the same run (time in codeArticle, summed over the threads);',
      'storing share: storing time / (coding + storing time); with coder threads, storing a batch overlaps with coding the next.',
      'CPU: this process\'s CPU time during the run, every thread (PostgreSQL\'s own work is in its server processes, not here).',
      ...ingestRows.ratios.map((r) => `${r} (${cores} cores)`));
  }
  if (runs('2')) {
    const relations = await benchRelations();
    out.push('', `2. Relations latency: ${relations.facts}`, formatTable(['query', 'rows', 'p50 ms', 'p99 ms', 'max ms'], relations.rows));
  }
  let peak = 0;
  if (runs('3')) {
    const memory = await benchMemory();
    peak = memory.peak;
    out.push('', `3. Memory: ${memory.facts}`, formatTable(['progress', 'time', 'input read', 'RSS'], memory.rows));
  }
  if (runs('4')) {
    log('http: load on /api/relations and /api/events (demo store, 200 connections)…');
    const http = await benchServer({ seconds: Math.max(2, Math.round(10 * Math.min(1, SCALE))), print: false });
    out.push('', '4. HTTP load on loopback (autocannon, 200 connections; "cache on" is how the server runs, "off" computes every answer)',
      formatTable(['endpoint', 'cache', 'Accept-Encoding', 'kB/answer', 'requests/s', 'p50 ms', 'p99 ms', 'failures'],
        http.map((r) => [r.name, r.cache, r.encoding, String(r.kbPerAnswer), fmt(r.requestsPerSecond), r.latencyMs.p50.toFixed(1), r.latencyMs.p99.toFixed(1), String(r.failures)])));
  }
  if (runs('5')) {
    if (!BENCH_PG) out.push('', '5. Queue workers: skipped (set BENCH_PG to a PostgreSQL server the bench may create databases on)');
    else {
      const q = await benchQueue({ root: ROOT, work, serverUrl: BENCH_PG, articles: QUEUE_ARTICLES, batchSize: 50, log });
      const one = q.find((r) => r.workers === 1)!, two = q.find((r) => r.workers === 2)!;
      out.push('', `5. Queue workers: ${fmt(QUEUE_ARTICLES)} generated articles queued (\`ingest --queue\`), drained by \`detente worker --until-empty --batch-size 50\` processes on a fresh PostgreSQL database; wall: from starting the workers to the last exit (start-up included); drain: from the first worker ready (coder loaded) to the last exit`,
        formatTable(['workers', 'wall', 'drain', 'articles/s (drain)', 'events', 'stored per worker', 'CPU (workers)', 'peak RSS (one worker)', 'load average start / end'],
          q.map((r) => [String(r.workers), `${r.seconds.toFixed(1)} s`, `${r.drainSeconds.toFixed(1)} s`, fmt(r.stored / r.drainSeconds), fmt(r.events), r.perWorker.map((n) => fmt(n)).join(' + '),
            `${r.cpuSeconds.toFixed(1)} s`, `${fmt(r.peakMb)} MB`, `${r.loadStart.toFixed(1)} / ${r.loadEnd.toFixed(1)}`])),
        `2 workers / 1 worker: ${(one.seconds / two.seconds).toFixed(2)}× the rate with start-up, ${(one.drainSeconds / two.drainSeconds).toFixed(2)}× for the drain (${cores} cores; bar 1.6)`);
    }
  }
  if (runs('6')) {
    if (process.env.BENCH_BIG !== '1') out.push('', '6. Queries at scale: skipped (BENCH_BIG=1 turns it on: minutes and ~12 GB of disk the first time)');
    else {
      const stores = [bigSqliteStore(work, BIG_SQLITE_EVENTS, log)];
      if (BENCH_PG) stores.push(await bigPgStore(BENCH_PG, work, BIG_PG_EVENTS, log));
      const rows: string[][] = [];
      for (const big of stores) {
        log(`big: timing queries on ${big.db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}…`);
        rows.push(...await timeBigQueries(big, `${big.db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, ${fmt(big.events)}`));
      }
      const built = stores.map((b) => `${fmt(b.events)} events in ${b.db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'} ${b.builtIn === null ? 'reused from an earlier run' : `filled in ${b.builtIn.toFixed(0)} s`}`);
      out.push('', `6. Queries at scale (bars: relations < 200 ms, event listings and /api/events pages < 50 ms): ${built.join('; ')}${BENCH_PG ? '' : '; PostgreSQL skipped (no BENCH_PG)'}`,
        formatTable(['query', 'rows', 'p50 ms', 'p99 ms', 'max ms'], rows));
    }
  }
  out.push('', `total bench time ${((performance.now() - t0) / 1000).toFixed(0)} s; load average at the end ${load()}`, '');
  process.stdout.write(out.join('\n'));
  // Only the million-event store is kept (it takes a minute to build); the other databases go.
  for (const db of ['ingest.db', 'memory.db']) fresh(join(work, db));
  if (peak >= RSS_LIMIT_MB) process.exitCode = 1;
}

await main();
