// `detente serve`: the JSON API and the dashboard on one port.
import type { Command } from 'commander';
import { DEFAULT_DB_FILE } from '../store/index.js';

interface ServeOptions {
  port: string;
  host: string;
  db: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/...) and the dashboard; ingest over HTTP needs DETENTE_TOKEN set')
    .option('-p, --port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB_FILE)
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${opts.port}"`);
      const { existsSync } = await import('node:fs');
      if (!existsSync(opts.db)) throw new Error(`${opts.db}: no such database; build one with \`detente ingest\` or \`detente demo\``);
      const { startServer } = await import('../server/index.js');
      const server = await startServer({ db: opts.db, port, host: opts.host, logger: { level: process.env.DETENTE_LOG_LEVEL ?? 'warn' } });
      const writes = process.env.DETENTE_TOKEN ? 'ingest enabled (DETENTE_TOKEN set)' : 'read-only (set DETENTE_TOKEN to enable ingest)';
      process.stdout.write(`detente: serving ${opts.db} at ${server.url} — ${writes}\n`);
      const stop = () => {
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
