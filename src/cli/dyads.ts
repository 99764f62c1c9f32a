// `detente dyads`: which pairs of actors had the most conflict, and the most cooperation, in a window.
import type { Command } from 'commander';
import type { DyadRank } from '../store/index.js';
import { formatTable } from './table.js';
import { choice, DB_OPTION, dateOption, wholeNumber, openExistingStore } from './options.js';

const FORMATS = ['table', 'json'] as const;

interface DyadsCliOptions {
  db: string;
  from?: string;
  to?: string;
  top?: string;
  format: string;
}

function rankTable(title: string, ranks: DyadRank[]): string {
  if (!ranks.length) return `${title}: none\n`;
  return `${title}\n` + formatTable(
    ['#', 'pair', 'events', 'conflict', 'cooperation', 'goldstein', 'gs total'],
    ranks.map((r, i) => [String(i + 1), `${r.a}–${r.b}`, String(r.events), String(r.conflictEvents), String(r.cooperationEvents),
      r.goldsteinMean.toFixed(2), r.goldsteinTotal.toFixed(1)]),
  );
}

export function registerDyads(program: Command): void {
  program
    .command('dyads')
    .description('rank pairs of actors by conflict and by cooperation events in a window (both directions, each merged event once)')
    .option(...DB_OPTION)
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--top <n>', 'pairs per ranking', '10')
    .option('--format <format>', FORMATS.join(', '), 'table')
    .action((opts: DyadsCliOptions) => {
      const format = choice('--format', opts.format, FORMATS);
      const top = wholeNumber('--top', opts.top, 10);
      const from = dateOption('--from', opts.from), to = dateOption('--to', opts.to);
      const store = openExistingStore(opts.db);
      try {
        const ranks = store.dyads({ from, to, top });
        if (format === 'json') process.stdout.write(JSON.stringify({ from: from ?? null, to: to ?? null, ...ranks }, null, 2) + '\n');
        else process.stdout.write(rankTable('By conflict (verbal + material conflict events)', ranks.conflict) + '\n'
          + rankTable('By cooperation (verbal + material cooperation events)', ranks.cooperation));
      } finally {
        store.close();
      }
    });
}
