// `detente migrate --from SOURCE --to TARGET`: copy a store to another backend (e.g. ./detente.db → postgres://…),
// events and evidence intact; then check the two hold the same counts.
import type { Command } from 'commander';
import { openStore } from '../store/index.js';
import { copyStore } from '../store/copy.js';
import { safeUrl } from '../store/postgres/url.js';
import { openExistingStore } from './store-options.js';

interface MigrateCliOptions {
  from: string;
  to: string;
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('copy a store into another database (SQLite file or postgres:// URL); a stopped copy resumes where it was')
    .requiredOption('--from <file|url>', 'the store to copy')
    .requiredOption('--to <file|url>', 'the store to copy into (created when new; articles it already has are skipped)')
    .action((opts: MigrateCliOptions) => {
      if (opts.from === opts.to) throw new Error('migrate: --from and --to are the same database');
      const from = openExistingStore(opts.from);
      try {
        const to = openStore(opts.to);
        try {
          const t0 = performance.now();
          const r = copyStore(from, to, {
            onBatch: (copied, skipped) => process.stderr.write(`migrate: ${copied} articles copied, ${skipped} already there\n`),
          });
          const seconds = (performance.now() - t0) / 1000;
          const row = (name: string, a: number | string | null, b: number | string | null) => `${name.padEnd(12)} ${String(a).padStart(10)} ${String(b).padStart(10)}\n`;
          process.stdout.write(`copied ${r.copied} articles (${r.events} events) in ${seconds.toFixed(1)} s; ${r.skipped} were already in the target\n`
            + `${''.padEnd(12)} ${'from'.padStart(10)} ${'to'.padStart(10)}\n`
            + row('articles', r.from.articles, r.to.articles) + row('duplicates', r.from.duplicates, r.to.duplicates)
            + row('events', r.from.events, r.to.events) + row('clusters', r.from.clusters, r.to.clusters));
          const same = (['articles', 'duplicates', 'events', 'clusters'] as const).every((k) => r.from[k] === r.to[k]);
          if (!same) {
            process.stderr.write(`migrate: ${safeUrl(opts.to)} does not hold the same as ${safeUrl(opts.from)} (it had other articles before, or they differ)\n`);
            process.exitCode = 2;
          }
        } finally {
          to.close();
        }
      } finally {
        from.close();
      }
    });
}
