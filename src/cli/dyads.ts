// `detente dyads`: which pairs of actors had the most conflict, and the most cooperation, in a window.
import type { Command } from 'commander';
import { DYAD_MIN_EVENTS, rankDyads, type DyadRank, type DyadRanking } from '../relations/dyads.js';
import { formatTable } from './table.js';
import { choice, dateOption, wholeNumber } from './options.js';
import { DB_OPTION, openExistingStore } from './store-options.js';

const FORMATS = ['table', 'json'] as const;

interface DyadsCliOptions {
  db: string;
  from?: string;
  to?: string;
  top?: string;
  minEvents?: string;
  format: string;
}

/** A figure with its sign: "+0.67", "-0.34" (plain ASCII, like the relations tables). */
const withSign = (x: number, digits: number) => (x > 0 ? '+' : '') + x.toFixed(digits);

function rankTable(title: string, ranks: DyadRank[]): string {
  if (!ranks.length) return `${title}: none\n`;
  return `${title}\n` + formatTable(
    ['#', 'pair', 'events', 'balance', 'goldstein', 'conflict', 'cooperation', 'gs total'],
    ranks.map((r, i) => [String(i + 1), `${r.a}–${r.b}`, String(r.events), withSign(r.balance, 2), withSign(r.goldsteinMean, 2),
      String(r.conflictEvents), String(r.cooperationEvents), r.goldsteinTotal.toFixed(1)]),
  );
}

export function formatDyads(r: DyadRanking): string {
  return rankTable('Most conflictual pairs (lowest cooperation–conflict balance)', r.conflict) + '\n'
    + rankTable('Most cooperative pairs (highest cooperation–conflict balance)', r.cooperation)
    + `\nRanked: the ${r.rankedPairs} of ${r.pairs} pairs with at least ${r.minEvents} events in the window (both directions, each merged `
    + 'event once), by balance = (cooperation − conflict) / events, ties broken by goldstein = mean Goldstein score per event; '
    + 'gs total = sum (grows with coverage, not ranked).\n';
}

export function registerDyads(program: Command): void {
  program
    .command('dyads')
    .description('rank pairs of actors by their cooperation–conflict balance in a window (both directions, each merged event once), among pairs with enough events')
    .option(...DB_OPTION)
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--top <n>', 'pairs per ranking', '10')
    .option('--min-events <n>', 'fewest events a pair needs in the window to be ranked', String(DYAD_MIN_EVENTS))
    .option('--format <format>', FORMATS.join(', '), 'table')
    .action((opts: DyadsCliOptions) => {
      const format = choice('--format', opts.format, FORMATS);
      const top = wholeNumber('--top', opts.top, 10);
      const minEvents = wholeNumber('--min-events', opts.minEvents, DYAD_MIN_EVENTS);
      const from = dateOption('--from', opts.from), to = dateOption('--to', opts.to);
      const store = openExistingStore(opts.db);
      try {
        const ranks = rankDyads(store.dyadTotals({ from, to }), { top, minEvents });
        if (format === 'json') process.stdout.write(JSON.stringify({ from: from ?? null, to: to ?? null, ...ranks }, null, 2) + '\n');
        else process.stdout.write(formatDyads(ranks));
      } finally {
        store.close();
      }
    });
}
