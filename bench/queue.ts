// Queue throughput (issue 14): the same queue of generated articles drained by 1 `detente worker` process, then by 2,
// each run on a fresh PostgreSQL database. The time runs from starting the workers until the last one exits with
// --until-empty, so it includes each worker's start-up (loading the coder, about 3 s); the drain alone runs from the
// first worker's "ready" line (coder loaded, before its first job) to the last exit. Needs BENCH_PG.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { freshPgDatabase } from './pg-database.js';
import { cpuSecondsOf, rssOf, timed } from './process-stats.js';
import { syntheticJsonl } from './synthetic.js';
import { READY } from '../src/cli/worker.js';

export interface QueueBenchOptions {
  root: string;
  work: string;
  /** A server where the bench may create and drop the database detente_bench_queue. */
  serverUrl: string;
  articles: number;
  /** Articles per worker batch (the worker's --batch-size). */
  batchSize: number;
  log: (s: string) => void;
}

export interface QueueRun {
  workers: number;
  seconds: number;
  /** From the first worker ready (coder loaded) to the last exit: the drain without start-up. */
  drainSeconds: number;
  stored: number;
  events: number;
  /** Articles each worker stored: how the queue spread the work. */
  perWorker: number[];
  /** CPU seconds of the worker processes, summed (sampled every 100 ms). */
  cpuSeconds: number;
  peakMb: number;
  loadStart: number;
  loadEnd: number;
}

/** The CLI as a `node` argument list: the compiled one when built, else the sources through tsx. */
export function cliArgs(root: string): string[] {
  return existsSync(join(root, 'dist/cli/main.js')) ? [join(root, 'bin/detente.js')] : ['--import', 'tsx', join(root, 'test/support/cli-entry.ts')];
}

/** A worker's last line: "worker: B batches, S articles stored, K already stored, F failed, E events, T s". */
function parseSummary(stdout: string): { stored: number; events: number } {
  const m = /worker: \d+ batches, (\d+) articles stored, \d+ already stored, (\d+) failed, (\d+) events/.exec(stdout);
  if (!m) throw new Error(`no summary line in the worker's output: ${stdout.slice(0, 300)}`);
  if (Number(m[2])) throw new Error(`a worker failed on ${m[2]} articles: ${stdout.slice(0, 300)}`);
  return { stored: Number(m[1]), events: Number(m[3]) };
}

/** Starts `workers` worker processes on the queue of `url` and waits for all to exit. */
async function drain(opts: QueueBenchOptions, url: string, workers: number): Promise<Omit<QueueRun, 'loadStart' | 'loadEnd'>> {
  const cli = cliArgs(opts.root);
  const errors = join(opts.work, 'queue-errors.jsonl');
  const started = performance.now();
  const procs = Array.from({ length: workers }, () => {
    const child = spawn(process.execPath, [...cli, 'worker', '--db', url, '--until-empty', '--batch-size', String(opts.batchSize), '--errors', errors],
      { cwd: opts.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    const stats = { cpu: 0, peak: 0, ready: Infinity };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stats.ready === Infinity && stderr.includes(READY)) stats.ready = performance.now();
    });
    const timer = setInterval(() => {
      stats.cpu = cpuSecondsOf(child.pid!) ?? stats.cpu;
      const m = rssOf(child.pid!);
      if (m) stats.peak = Math.max(stats.peak, m.hwm, m.rss);
    }, 100);
    const exited = new Promise<string>((resolve, reject) => child.once('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`worker exited with ${code}: ${stdout.slice(0, 300)}`));
    }));
    return { exited, stats };
  });
  const outputs = await Promise.all(procs.map((p) => p.exited));
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const firstReady = Math.min(...procs.map((p) => p.stats.ready));
  const summaries = outputs.map(parseSummary);
  return {
    workers, seconds,
    drainSeconds: (ended - firstReady) / 1000,
    stored: summaries.reduce((t, s) => t + s.stored, 0),
    events: summaries.reduce((t, s) => t + s.events, 0),
    perWorker: summaries.map((s) => s.stored),
    cpuSeconds: procs.reduce((t, p) => t + p.stats.cpu, 0),
    peakMb: Math.max(...procs.map((p) => p.stats.peak)),
  };
}

/** 1 worker, then 2, on the same input; each run from an empty database and a freshly filled queue. */
export async function benchQueue(opts: QueueBenchOptions): Promise<QueueRun[]> {
  const input = join(opts.work, `queue-${opts.articles}.jsonl`);
  let text = '';
  for (let i = 0; i < opts.articles; i++) text += syntheticJsonl(i, 13);
  writeFileSync(input, text);
  const runs: QueueRun[] = [];
  for (const workers of [1, 2]) {
    const url = await freshPgDatabase(opts.serverUrl, 'detente_bench_queue');
    opts.log(`queue: enqueueing ${opts.articles} generated articles, then ${workers} worker${workers > 1 ? 's' : ''}…`);
    await timed([...cliArgs(opts.root), 'ingest', '--queue', url, '--errors', join(opts.work, 'queue-errors.jsonl'), input], opts.root);
    const loadStart = loadavg()[0]!;
    const run = await drain(opts, url, workers);
    if (run.stored !== opts.articles) throw new Error(`${workers} worker(s) stored ${run.stored} of ${opts.articles} queued articles`);
    runs.push({ ...run, loadStart, loadEnd: loadavg()[0]! });
  }
  return runs;
}
