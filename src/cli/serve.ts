// `detente serve`: the JSON API and the dashboard on one port.
import type { Command } from 'commander';
import { DB_OPTION, openExistingStore } from './store-options.js';
import { safeUrl } from '../store/postgres/url.js';

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
    .option(...DB_OPTION)
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${opts.port}"`);
      // Fails here, before the server starts, when the database does not exist.
      openExistingStore(opts.db).close();
      const { startServer } = await import('../server/index.js');
      const server = await startServer({ db: opts.db, port, host: opts.host, logger: { level: process.env.DETENTE_LOG_LEVEL ?? 'warn' } });
      const writes = process.env.DETENTE_TOKEN ? 'ingest enabled (DETENTE_TOKEN set)' : 'read-only (set DETENTE_TOKEN to enable ingest)';
      process.stdout.write(`detente: serving ${safeUrl(opts.db)} at ${server.url} — ${writes}\n`);
      const stop = () => {
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
