// `detente code [FILE ...]`: events as JSON Lines (or a table) from articles.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { CoderOptions } from '../events/coder.js';
import { coderThreads, codeInOrder, coresAvailable, type ArticleCoder } from '../ingest/coding-threads.js';
import { checkInputs } from '../ingest/paths.js';
import { INPUT_FORMATS, type InputFormat } from '../ingest/input-formats.js';
import type { ReadError, ReadItem } from '../ingest/readers.js';
import { englishOnly, formatLanguageSkip } from '../ingest/language-filter.js';
import type { CodedEvent } from '../model.js';
import { formatEventTable } from './table.js';
import { writeLines } from './write-lines.js';
import { choice, dateOption, JOBS_OPTION, jobsOption } from './options.js';
import { defaultProgressMode, ProgressBar } from './progress.js';

interface CodeOptions {
  out?: string;
  format: 'jsonl' | 'table';
  inputFormat?: InputFormat;
  date?: string;
  statements?: boolean;
  unresolved?: boolean;
  jobs?: string;
}

/** Articles per batch handed to the coder: order is kept batch by batch, and memory holds a few batches at most. */
export const CODE_BATCH_ARTICLES = 100;

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles into events; reads files (or stdin) as plain text, JSON Lines of articles, a PLOVER gold JSON array, RSS/Atom or CSV')
    .argument('[files...]', 'input files; stdin when none')
    .option('-o, --out <file>', 'write events to a file instead of stdout')
    .option('-f, --format <format>', 'jsonl or table', 'jsonl')
    .option('--input-format <format>', `override format detection: ${INPUT_FORMATS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'date of articles whose input has no date and whose text gives none (no dateline day, no written date)')
    .option('--statements', 'also code CAMEO 01 statements (PLOVER leaves them out)')
    .option('--unresolved', 'also print events whose actor or recipient has no code, marked "unresolved": true (never stored or counted)')
    .option(...JOBS_OPTION)
    .action(async (files: string[], opts: CodeOptions) => {
      if (opts.inputFormat) choice('--input-format', opts.inputFormat, INPUT_FORMATS);
      choice('--format', opts.format, ['jsonl', 'table'] as const);
      dateOption('--date', opts.date);
      checkInputs(files.filter((f) => f !== '-'));
      const jobs = jobsOption(opts.jobs);
      // Every option reaches the coder threads as it is.
      const coderOptions: CoderOptions = { includeStatements: !!opts.statements, unresolved: !!opts.unresolved };
      // The coder runs on its own thread (a pool of them with more jobs; batches come back in input order): this thread
      // never loads the coder's modules, and reads input and writes events while the coder codes (its heap is capped
      // too, CODER_THREAD_HEAP_MB). Same CPU time and peak RSS as coding in this thread, measured (docs/scaling.md).
      // With a core to spare (this thread only reads and writes), the articles' sentences are read on a thread of their
      // own and the events dated on this one, off the coder thread's core (docs/coder.md, "Twenty-second round"). Not
      // with a coder thread on every core, where that work would only take its turn on them.
      const coder: ArticleCoder = coderThreads(jobs, coderOptions, { spareCore: jobs < coresAvailable() });
      // The readers (zod, chrono) load while the coder thread loads the coder, not before it starts.
      const { inBatches, readArticles } = await import('../ingest/readers.js');
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      let errors = 0;
      // Lines in logs only: on a terminal, stderr shares the screen with the events written to stdout.
      const progress = new ProgressBar('code', null, defaultProgressMode() === 'lines' ? 'lines' : 'off');
      const started = performance.now();
      let articles = 0, events = 0;
      // Events wait here until a batch is worth a write: one write per event is slower than coding itself.
      const pending: CodedEvent[] = [];
      const toLine = (e: CodedEvent) => JSON.stringify(e) + '\n';
      const readError = (e: ReadError) => {
        errors++;
        process.stderr.write(`${e.file}:${e.line}: ${e.message}\n`);
      };
      async function* allInputs(): AsyncGenerator<ReadItem> {
        for (const path of files.length ? files : ['-']) {
          yield* englishOnly(readArticles(path, { format: opts.inputFormat, date: opts.date }), (s) => process.stderr.write(formatLanguageSkip(s) + '\n'));
        }
      }
      try {
        for await (const { batch, coded } of codeInOrder(coder, inBatches(allInputs(), CODE_BATCH_ARTICLES, readError), jobs + 1)) {
          batch.forEach(({ file, line }, i) => {
            const { events: found, error } = coded.coded[i]!;
            if (error) readError({ file, line, message: error });
            pending.push(...found);
            events += found.length;
          });
          articles += batch.length;
          progress.update(articles, { articles, events, seconds: (performance.now() - started) / 1000 });
          if (opts.format === 'jsonl' && pending.length >= 1000) {
            await writeLines(out, pending, toLine);
            pending.length = 0;
          }
        }
      } finally {
        await coder.close();
      }
      // A table needs every row to align its columns, so it is written at the end.
      if (opts.format === 'table') out.write(formatEventTable(pending));
      else await writeLines(out, pending, toLine);
      if (opts.out) await new Promise<void>((r) => out.end(r));
      if (errors) process.exitCode = 2;
    });
}
