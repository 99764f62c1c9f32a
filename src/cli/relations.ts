// `detente relations A B`: how relations between two actors stand, period by period, and a verdict on the latest.
import type { Command } from 'commander';
import type { DirectionFigures, Interval } from '../store/index.js';
import { INTERVALS } from '../relations/periods.js';
import { relationsReport, type RelationsReport } from '../relations/report.js';
import { formatTable } from './table.js';
import { csvRow } from './csv-out.js';
import { resolveActorArgument, choice, DB_OPTION, dateOption, openExistingStore } from './options.js';

const FORMATS = ['table', 'json', 'csv'] as const;

interface RelationsCliOptions {
  db: string;
  from?: string;
  to?: string;
  interval: string;
  weighted?: boolean;
  format: string;
}

const num = (x: number | null, digits: number) => (x === null ? '-' : x.toFixed(digits));
const pct = (x: number | null) => (x === null ? '-' : String(Math.round(x)));
const QUAD_HEADER = ['vcoop', 'mcoop', 'vconf', 'mconf'];
const figureCells = (f: DirectionFigures) => [
  String(f.events), ...f.quad.map(String), num(f.goldsteinMean, 2), num(f.goldsteinTotal, 1), num(f.ploverMean, 2), num(f.ploverTotal, 1),
];

/** Three rows per period: A→B, B→A and both; the percentile (in the pair's history) on the "both" row. */
export function formatRelationsTable(r: RelationsReport): string {
  const { a, b } = r.query;
  const rows: string[][] = [];
  for (const p of r.periods) {
    rows.push([p.period, `${a}→${b}`, ...figureCells(p.aToB), '']);
    rows.push(['', `${b}→${a}`, ...figureCells(p.bToA), '']);
    rows.push(['', 'both', ...figureCells(p.both), pct(p.percentile)]);
  }
  return formatTable(['period', 'direction', 'events', ...QUAD_HEADER, 'goldstein', 'gs total', 'plover', 'pl total', 'pctl'], rows);
}

/** One row per period (both directions), for overviews such as the demo. */
export function formatRelationsCompact(r: RelationsReport): string {
  const { a, b } = r.query;
  return formatTable(
    ['period', `${a}→${b}`, `${b}→${a}`, ...QUAD_HEADER, 'goldstein', 'gs total', 'plover', 'pctl'],
    r.periods.map((p) => [
      p.period, String(p.aToB.events), String(p.bToA.events), ...p.both.quad.map(String),
      num(p.both.goldsteinMean, 2), num(p.both.goldsteinTotal, 1), num(p.both.ploverMean, 2), pct(p.percentile),
    ]),
  );
}

export function relationsLegend(r: RelationsReport): string {
  const unit = r.query.weighted ? 'reports (events weighted by mentions)' : 'events (each merged event once)';
  return `Counts are ${unit}; vcoop/mcoop/vconf/mconf = verbal/material cooperation/conflict; goldstein and plover are means `
    + `(−10 conflict … +10 cooperation), "total" their sums; pctl = percentile of the period's net Goldstein (total) among the pair's `
    + `${r.historyPeriods} ${r.query.interval === 'week' ? 'week' : r.query.interval}s with events.\n`;
}

function relationsCsv(r: RelationsReport): string {
  const { a, b } = r.query;
  let out = csvRow(['period', 'start', 'direction', 'events', 'verbal_cooperation', 'material_cooperation', 'verbal_conflict',
    'material_conflict', 'goldstein_mean', 'goldstein_total', 'plover_mean', 'plover_total', 'percentile']);
  for (const p of r.periods) {
    for (const [direction, f] of [[`${a}>${b}`, p.aToB], [`${b}>${a}`, p.bToA], ['both', p.both]] as const) {
      out += csvRow([p.period, p.start, direction, f.events, ...f.quad, f.goldsteinMean, f.goldsteinTotal, f.ploverMean, f.ploverTotal,
        direction === 'both' && p.percentile !== null ? p.percentile.toFixed(1) : '']);
    }
  }
  return out;
}

export function registerRelations(program: Command): void {
  program
    .command('relations')
    .description('relations between two actors per period: events by quad class, Goldstein and PLOVER scores, both directions, and a verdict on the latest period')
    .argument('<a>', 'actor code or name, e.g. USA or "United States"')
    .argument('<b>', 'actor code or name, e.g. RUS, Russia or Putin')
    .option(...DB_OPTION)
    .option('--from <YYYY-MM-DD>', 'first day (its whole period is shown)')
    .option('--to <YYYY-MM-DD>', 'last day (its whole period is shown)')
    .option('--interval <interval>', INTERVALS.join(', '), 'month')
    .option('--weighted', 'weight every figure by the number of reports (mentions) of each event')
    .option('--format <format>', FORMATS.join(', '), 'table')
    .action((aArg: string, bArg: string, opts: RelationsCliOptions) => {
      const a = resolveActorArgument(null, aArg).code, b = resolveActorArgument(null, bArg).code;
      if (a === b) throw new Error(`A and B must be different actors, got ${a} twice`);
      const interval = choice('--interval', opts.interval, INTERVALS) as Interval;
      const format = choice('--format', opts.format, FORMATS);
      const from = dateOption('--from', opts.from), to = dateOption('--to', opts.to);
      const store = openExistingStore(opts.db);
      try {
        const report = relationsReport(store, { a, b, from, to, interval, weighted: !!opts.weighted });
        if (format === 'json') {
          process.stdout.write(JSON.stringify({ ...report.query, weighted: !!opts.weighted, periods: report.periods, historyPeriods: report.historyPeriods, verdict: report.verdict }, null, 2) + '\n');
        } else if (format === 'csv') {
          process.stdout.write(relationsCsv(report));
        } else if (!report.periods.length) {
          process.stdout.write(`No events between ${a} and ${b}${from || to ? ' in this window' : ''}.\n`);
        } else {
          process.stdout.write(formatRelationsTable(report) + '\n' + relationsLegend(report) + (report.verdict ? `\n${report.verdict.text}\n` : ''));
        }
      } finally {
        store.close();
      }
    });
}
