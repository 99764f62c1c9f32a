// `detente events`: query stored events as a table, JSON Lines or CSV.
import type { Command } from 'commander';
import { PLOVER_CATEGORIES, type PloverCategory } from '../model.js';
import type { EventQuery } from '../store/index.js';
import { listingTotal, nextCursor, parseCursor } from '../store/listing.js';
import { eventJsonLine } from '../export/events.js';
import { writeEventsCsv } from './export.js';
import { formatEventTable } from './table.js';
import { choice, dateOption, wholeNumber } from './options.js';
import { DB_OPTION, openExistingStore } from './store-options.js';
import { actorOption } from './actor-options.js';
import { writeLines } from './write-lines.js';

const FORMATS = ['table', 'jsonl', 'csv'] as const;
/** A table is for reading: without --limit it shows this many; jsonl and csv write every match. */
const TABLE_LIMIT = 50;

interface EventsCliOptions {
  db: string;
  actor?: string;
  recipient?: string;
  category?: string;
  cameo?: string;
  from?: string;
  to?: string;
  text?: string;
  limit?: string;
  cursor?: string;
  allMentions?: boolean;
  format: string;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list stored events matching filters (one per merged event unless --all-mentions)')
    .option(...DB_OPTION)
    .option('--actor <actor>', 'actor code or name (country, organisation or person: RUS, Russia, Putin, NATO)')
    .option('--recipient <actor>', 'recipient code or name')
    .option('--category <plover>', `PLOVER category: ${PLOVER_CATEGORIES.join(', ')}`)
    .option('--cameo <prefix>', 'CAMEO code prefix, e.g. 19 or 112')
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--text <words>', 'words the sentence must contain')
    .option('--limit <n>', `most events to list (table default ${TABLE_LIMIT}; 0 = all)`)
    .option('--cursor <cursor>', 'list from after this event (the "next page" cursor a table listing prints, or the API\'s nextCursor)')
    .option('--all-mentions', 'every report of every event, near-duplicate articles included')
    .option('--format <format>', FORMATS.join(', '), 'table')
    .action(async (opts: EventsCliOptions) => {
      const format = choice('--format', opts.format, FORMATS);
      if (opts.cameo !== undefined && !/^\d{1,4}$/.test(opts.cameo)) throw new Error(`--cameo must be a CAMEO code prefix (digits), got "${opts.cameo}"`);
      const q: EventQuery = {
        actor: actorOption('--actor', opts.actor),
        recipient: actorOption('--recipient', opts.recipient),
        category: opts.category === undefined ? undefined : choice('--category', opts.category.toUpperCase(), PLOVER_CATEGORIES) as PloverCategory,
        cameo: opts.cameo,
        from: dateOption('--from', opts.from),
        to: dateOption('--to', opts.to),
        text: opts.text,
        dedup: !opts.allMentions,
        after: opts.cursor === undefined ? undefined : parseCursorOption(opts.cursor),
      };
      const limit = wholeNumber('--limit', opts.limit, format === 'table' ? TABLE_LIMIT : 0);
      if (limit) q.limit = limit;
      const store = openExistingStore(opts.db);
      try {
        if (format === 'table') {
          const events = store.events(q);
          process.stdout.write(formatEventTable(events));
          // The total counts every match, the pages before a cursor's too.
          const { total, exact } = listingTotal(store, { ...q, limit: undefined, after: undefined });
          const next = nextCursor(events, q.limit);
          if (total > events.length || !exact) {
            process.stderr.write(`${events.length} of ${exact ? total : `more than ${total}`} events shown; raise --limit or use --format jsonl|csv for all`
              + `${next ? `; next page: --cursor ${next}` : ''}\n`);
          }
        } else if (format === 'jsonl') {
          await writeLines(process.stdout, store.eachEvent(q), eventJsonLine);
        } else {
          await writeEventsCsv(process.stdout, store.eachEvent(q));
        }
      } finally {
        store.close();
      }
    });
}

function parseCursorOption(cursor: string) {
  try {
    return parseCursor(cursor);
  } catch (e) {
    throw new Error(`--cursor: ${(e as Error).message}`);
  }
}
