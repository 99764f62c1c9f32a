// `detente queue --db postgres://…`: what the article queue holds (waiting, running, done, failed).
import type { Command } from 'commander';
import { isPostgresUrl } from '../store/index.js';
import { openQueue, queueCounts } from '../queue/article-queue.js';
import { DB_OPTION } from './store-options.js';

export function registerQueue(program: Command): void {
  program
    .command('queue')
    .description('show the article queue of a PostgreSQL store: waiting, running, done and failed jobs')
    .option(...DB_OPTION)
    .option('--json', 'print the counts as JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      if (!isPostgresUrl(opts.db)) throw new Error(`queue: --db must be a postgres:// URL, got "${opts.db}"`);
      const boss = await openQueue(opts.db);
      try {
        const c = await queueCounts(boss);
        process.stdout.write(opts.json ? `${JSON.stringify(c)}\n`
          : Object.entries(c).map(([k, v]) => `${k.padEnd(10)} ${v}`).join('\n') + '\n');
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    });
}
