// `detente export`: every event, as CSV, JSON Lines or the GDELT 1.0 event table layout.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { EVENT_CSV_COLUMNS, eventCsvValues, eventJsonLine } from '../export/events.js';
import { gdeltHeader, gdeltRow } from '../export/gdelt.js';
import { csvRow } from './csv-out.js';
import { choice, DB_OPTION, openExistingStore } from './options.js';
import { writeLines } from './write-lines.js';

const FORMATS = ['csv', 'jsonl', 'gdelt'] as const;

interface ExportCliOptions {
  db: string;
  format: string;
  out?: string;
  allMentions?: boolean;
  header: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write all events (one row per merged event, with its mention, source and article counts)')
    .option(...DB_OPTION)
    .requiredOption('--format <format>', `${FORMATS.join(', ')} (gdelt: GDELT 1.0 event table columns, tab-separated)`)
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--all-mentions', 'csv and jsonl: every report of every event, near-duplicate articles included')
    .option('--no-header', 'gdelt: leave out the header row (GDELT files have none)')
    .action(async (opts: ExportCliOptions) => {
      const format = choice('--format', opts.format, FORMATS);
      if (format === 'gdelt' && opts.allMentions) throw new Error('--all-mentions does not apply to --format gdelt: a GDELT row is one merged event');
      const store = openExistingStore(opts.db);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        const events = store.eachEvent({ dedup: !opts.allMentions });
        let n: number;
        if (format === 'jsonl') n = await writeLines(out, events, eventJsonLine);
        else if (format === 'csv') {
          out.write(csvRow([...EVENT_CSV_COLUMNS]));
          n = await writeLines(out, events, (e) => csvRow(eventCsvValues(e)));
        } else {
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
