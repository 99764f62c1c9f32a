// `detente relations A B`: how relations between two actors stand, period by period, and a verdict on the latest.
import type { Command } from 'commander';
import type { Interval } from '../store/index.js';
import type { Interval90 } from '../relations/interval.js';
import type { DirectionMeasures } from '../relations/measures.js';
import { INTERVALS, periodsBetween } from '../relations/periods.js';
import { relationsReport, type RankedPeriod, type RelationsReport } from '../relations/report.js';
import { formatTable } from './table.js';
import { csvRow } from './csv-out.js';
import { choice, dateOption } from './options.js';
import { DB_OPTION, openExistingStore } from './store-options.js';
import { resolveActorArgument } from './actor-options.js';

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
const range = (i: Interval90 | null, digits: number) => (i === null ? '-' : `${i[0].toFixed(digits)}…${i[1].toFixed(digits)}`);
const rank = (p: RankedPeriod) => (p.thin ? 'thin' : p.percentile === null ? '-' : String(Math.round(p.percentile)));
const QUAD_HEADER = ['vcoop', 'mcoop', 'vconf', 'mconf'];
const figureCells = (f: DirectionMeasures) => [
  String(f.events), ...f.quad.map(String), num(f.balance, 2), range(f.balanceInterval, 2), num(f.goldsteinMean, 2),
  range(f.goldsteinInterval, 2), num(f.ploverMean, 2), num(f.goldsteinTotal, 1),
];

/** A line saying which periods between two listed ones have no events (so a gap is not read as a trend); null if none. */
function gapLine(r: RelationsReport, i: number): string | null {
  if (i === 0) return null;
  const gap = periodsBetween(r.periods[i - 1]!.period, r.periods[i]!.period, r.query.interval);
  if (!gap) return null;
  const span = gap.count === 1 ? gap.first : `${gap.first}…${gap.last}`;
  return `  · no events: ${span} (${gap.count} ${r.query.interval}${gap.count === 1 ? '' : 's'})`;
}

/** A table with `rowsPerPeriod` rows per period, and a gap line before each period that follows an empty stretch. */
function withGapLines(r: RelationsReport, header: string[], rows: string[][], rowsPerPeriod: number): string {
  const lines = formatTable(header, rows).split('\n');
  const out = lines.slice(0, 2);
  r.periods.forEach((_, i) => {
    const gap = gapLine(r, i);
    if (gap) out.push(gap);
    out.push(...lines.slice(2 + i * rowsPerPeriod, 2 + (i + 1) * rowsPerPeriod));
  });
  return out.join('\n') + '\n';
}

const TABLE_HEADER = ['period', 'direction', 'events', ...QUAD_HEADER, 'balance', '90% int.', 'goldstein', '90% int.', 'plover', 'gs total', 'pctl'];

/** Three rows per period: A→B, B→A and both; the percentile (in the pair's history) on the "both" row. */
export function formatRelationsTable(r: RelationsReport): string {
  const { a, b } = r.query;
  const rows: string[][] = [];
  for (const p of r.periods) {
    rows.push([p.period, `${a}→${b}`, ...figureCells(p.aToB), '']);
    rows.push(['', `${b}→${a}`, ...figureCells(p.bToA), '']);
    rows.push(['', 'both', ...figureCells(p.both), rank(p)]);
  }
  return withGapLines(r, TABLE_HEADER, rows, 3);
}

const COMPACT_HEADER = ['period', 'A→B', 'B→A', ...QUAD_HEADER, 'balance', '90% int.', 'goldstein', '90% int.', 'gs total', 'pctl'];

/** One row per period (both directions), for overviews such as the demo. */
export function formatRelationsCompact(r: RelationsReport): string {
  const { a, b } = r.query;
  const header = [...COMPACT_HEADER];
  header[1] = `${a}→${b}`;
  header[2] = `${b}→${a}`;
  const rows = r.periods.map((p) => [p.period, String(p.aToB.events), String(p.bToA.events), ...p.both.quad.map(String),
    num(p.both.balance, 2), range(p.both.balanceInterval, 2), num(p.both.goldsteinMean, 2), range(p.both.goldsteinInterval, 2),
    num(p.both.goldsteinTotal, 1), rank(p)]);
  return withGapLines(r, header, rows, 1);
}

export function relationsLegend(r: RelationsReport): string {
  const unit = r.query.weighted ? 'reports (events weighted by mentions)' : 'events (each merged event once)';
  const per = r.query.interval === 'week' ? 'week' : r.query.interval;
  return `Counts are ${unit}; vcoop/mcoop/vconf/mconf = verbal/material cooperation/conflict; balance = (cooperation − conflict) / `
    + `(cooperation + conflict), −1 … +1, with its 90% Wilson interval: what periods are ranked by; goldstein and plover = mean per `
    + `${r.query.weighted ? 'report' : 'event'} (−10 conflict … +10 cooperation), goldstein with its 90% t interval; `
    + `gs total = sum of Goldstein scores (grows with coverage, not ranked); pctl = percentile of the period's balance among the `
    + `pair's ${r.historyPeriods} ranked ${per}s; thin = fewer than ${r.thinBelow} events, not ranked. Method: docs/relations.md.\n`;
}

function relationsCsv(r: RelationsReport): string {
  const { a, b } = r.query;
  let out = csvRow(['period', 'start', 'direction', 'events', 'reports', 'verbal_cooperation', 'material_cooperation', 'verbal_conflict',
    'material_conflict', 'goldstein_mean', 'goldstein_low', 'goldstein_high', 'plover_mean', 'plover_low', 'plover_high',
    'balance', 'balance_low', 'balance_high', 'goldstein_total', 'plover_total', 'thin', 'percentile']);
  for (const p of r.periods) {
    for (const [direction, f] of [[`${a}>${b}`, p.aToB], [`${b}>${a}`, p.bToA], ['both', p.both]] as const) {
      out += csvRow([p.period, p.start, direction, f.events, f.reports, ...f.quad,
        f.goldsteinMean, f.goldsteinInterval?.[0] ?? null, f.goldsteinInterval?.[1] ?? null,
        f.ploverMean, f.ploverInterval?.[0] ?? null, f.ploverInterval?.[1] ?? null,
        f.balance, f.balanceInterval?.[0] ?? null, f.balanceInterval?.[1] ?? null,
        f.goldsteinTotal, f.ploverTotal, p.thin,
        direction === 'both' && p.percentile !== null ? p.percentile.toFixed(1) : '']);
    }
  }
  return out;
}

export function registerRelations(program: Command): void {
  program
    .command('relations')
    .description('relations between two actors per period: events by quad class, mean Goldstein and PLOVER scores with 90 % intervals, the cooperation–conflict balance, both directions, and a verdict on the latest period')
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
          process.stdout.write(JSON.stringify({ ...report.query, weighted: !!opts.weighted, periods: report.periods, historyPeriods: report.historyPeriods,
            historyMedian: report.historyMedian, thinBelow: report.thinBelow, verdict: report.verdict }, null, 2) + '\n');
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
