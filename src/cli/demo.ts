// `detente demo` (what `npm start` runs): ingest the demo corpus into ./detente.db — a re-run finds it stored and
// only reads it — print the monthly relations of the main dyads with their verdicts, then serve the dashboard.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore, type Store } from '../store/index.js';
import { relationsReport } from '../relations/report.js';
import { defaultErrorsFile, ingestPaths } from './ingest.js';
import { formatRelationsCompact, relationsLegend } from './relations.js';
import { DB_OPTION } from './store-options.js';

export const DEMO_CORPUS = fileURLToPath(new URL('../../corpus/demo/articles.jsonl', import.meta.url));
export const DEMO_DYADS: Array<[string, string]> = [['USA', 'RUS'], ['RUS', 'UKR'], ['USA', 'CHN'], ['ISR', 'PSE'], ['IND', 'PAK']];

interface DemoCliOptions {
  db: string;
  serve: boolean;
  port: string;
  host: string;
}

/** The relations summary of the demo dyads, monthly. */
export function demoSummary(store: Store): string {
  let out = '';
  let legend = '';
  for (const [a, b] of DEMO_DYADS) {
    const report = relationsReport(store, { a, b, interval: 'month' });
    out += `\n== ${a}–${b}, monthly ==\n`;
    if (!report.periods.length) { out += 'no events\n'; continue; }
    out += formatRelationsCompact(report);
    if (report.verdict) out += `${report.verdict.text}\n`;
    legend = relationsLegend(report).replace(/among the pair's \d+ ranked months/, "among the pair's ranked months");
  }
  return out + (legend ? `\n${legend}` : '');
}

/** Fails fast when the dashboard's port is taken, before minutes of ingesting (the server listens on it later). */
export async function checkPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${host} is in use (another detente demo or serve?): stop it, or choose another port with --port, or pass --no-serve`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') reject(new Error(`--host ${host}: no such address on this machine`));
      else if (err.code === 'EACCES') reject(new Error(`port ${port} on ${host} needs privileges; choose a port above 1023 with --port`));
      else reject(err);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The dashboard server, when this build has one (it is built in src/server/); null otherwise. */
async function loadServer(): Promise<null | ((o: { db: string; port: number; host: string }) => Promise<{ url: string; close(): Promise<void> }>)> {
  const specifier = '../server/index.js';
  try {
    const mod = (await import(specifier)) as { startServer?: (o: { db: string; port: number; host: string }) => Promise<{ url: string; close(): Promise<void> }> };
    return mod.startServer ?? null;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { url?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('server/index')) return null;
    throw e;
  }
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the demo database from the bundled corpus, print the relations of the main dyads, and serve the dashboard')
    .option(...DB_OPTION)
    .option('--no-serve', 'print the summary and exit')
    .option('-p, --port <port>', 'dashboard port', '8080')
    .option('--host <host>', 'dashboard address', '127.0.0.1')
    .action(async (opts: DemoCliOptions) => {
      if (!existsSync(DEMO_CORPUS)) throw new Error(`${DEMO_CORPUS}: demo corpus missing`);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${opts.port}"`);
      if (opts.serve) await checkPortFree(opts.host, port);
      const store = openStore(opts.db);
      try {
        const s = await ingestPaths(store, [DEMO_CORPUS], { errorsFile: defaultErrorsFile(opts.db), label: 'demo' });
        const skipped = Object.values(s.skipped).reduce((x, y) => x + y, 0);
        const st = store.stats();
        process.stdout.write(`detente demo: ${opts.db} holds ${st.articles} articles (${st.duplicates} near-duplicates), `
          + `${st.events} events merged into ${st.clusters}; this run stored ${s.stored}, skipped ${skipped} already stored or copies`
          + `${s.malformed ? `, ${s.malformed} malformed` : ''} (${s.seconds.toFixed(1)} s).\n`);
        process.stdout.write(demoSummary(store));
      } finally {
        store.close();
      }
      if (!opts.serve) return;
      const startServer = await loadServer();
      if (!startServer) {
        process.stdout.write('\n(no dashboard in this build; `detente relations`, `events` and `dyads` query the database)\n');
        return;
      }
      const server = await startServer({ db: opts.db, port, host: opts.host });
      process.stdout.write(`\nDashboard: ${server.url}  (Ctrl-C to stop)\n`);
      const stop = () => { server.close().then(() => process.exit(0), () => process.exit(1)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
