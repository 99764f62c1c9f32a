// `detente export`: every event, as CSV, JSON Lines, Parquet or the GDELT 1.0 event table layout.
// docs/export.md describes the columns.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { EVENT_COLUMNS, EVENT_COLUMN_NAMES, eventJsonLine, eventValues } from '../export/events.js';
import { gdeltHeader, gdeltRow } from '../export/gdelt.js';
import { writeParquetFile } from '../export/parquet.js';
import type { StoredEvent } from '../store/index.js';
import { csvRow } from './csv-out.js';
import { choice, dateOption } from './options.js';
import { DB_OPTION, openExistingStore } from './store-options.js';
import { actorOption } from './actor-options.js';
import { writeLines } from './write-lines.js';

const FORMATS = ['csv', 'jsonl', 'parquet', 'gdelt'] as const;

const TEXT_COLUMNS = EVENT_COLUMNS.map((c) => c.type === 'STRING');

/** Events as CSV with a header row (shared with `detente events --format csv`); returns the number of rows. */
export async function writeEventsCsv(out: Writable, events: Iterable<StoredEvent>): Promise<number> {
  out.write(csvRow([...EVENT_COLUMN_NAMES]));
  return writeLines(out, events, (e) => csvRow(eventValues(e), TEXT_COLUMNS));
}

interface ExportCliOptions {
  db: string;
  format: string;
  out?: string;
  allMentions?: boolean;
  header: boolean;
  actor?: string;
  recipient?: string;
  from?: string;
  to?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write all events (one row per merged event, with its mention, source and article counts)')
    .option(...DB_OPTION)
    .requiredOption('--format <format>', `${FORMATS.join(', ')} (parquet needs --out; gdelt: GDELT 1.0 event table columns, tab-separated)`)
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--all-mentions', 'csv, jsonl and parquet: every report of every event, near-duplicate articles included')
    .option('--actor <actor>', 'only events with this actor: a code or a name (RUS, Russia, Putin, NATO)')
    .option('--recipient <actor>', 'only events with this recipient: a code or a name')
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--no-header', 'gdelt: leave out the header row (GDELT files have none)')
    .action(async (opts: ExportCliOptions) => {
      const format = choice('--format', opts.format, FORMATS);
      if (format === 'gdelt' && opts.allMentions) throw new Error('--all-mentions does not apply to --format gdelt: a GDELT row is one merged event');
      if (format === 'parquet' && !opts.out) throw new Error('--format parquet needs --out FILE (Parquet is a binary file format)');
      const query = {
        dedup: !opts.allMentions,
        actor: actorOption('--actor', opts.actor),
        recipient: actorOption('--recipient', opts.recipient),
        from: dateOption('--from', opts.from),
        to: dateOption('--to', opts.to),
      };
      const store = openExistingStore(opts.db);
      try {
        const events = store.eachEvent(query);
        if (format === 'parquet') {
          const n = writeParquetFile(opts.out!, EVENT_COLUMNS, events, 'detente');
          process.stderr.write(`${n} events written to ${opts.out}\n`);
          return;
        }
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        let n: number;
        if (format === 'jsonl') n = await writeLines(out, events, eventJsonLine);
        else if (format === 'csv') n = await writeEventsCsv(out, events);
        else {
          if (opts.header) out.write(gdeltHeader());
          n = await writeLines(out, events, gdeltRow);
        }
        if (opts.out) {
          await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
          process.stderr.write(`${n} events written to ${opts.out}\n`);
        }
      } finally {
        store.close();
      }
    });
}
