// `detente ingest PATH...`: read, code, deduplicate and store articles.
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { isPostgresUrl, openStore, type Store } from '../store/index.js';
import { coderThreads } from '../ingest/coding.js';
import { ErrorLog } from '../ingest/errors-log.js';
import { checkInputs, expandPaths, readInputs } from '../ingest/paths.js';
import { englishOnly, formatLanguageSkip } from '../ingest/language-filter.js';
import { DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../ingest/pipeline.js';
import { INPUT_FORMATS, type InputFormat } from '../ingest/readers.js';
import { countLines, defaultProgressMode, ProgressBar } from './progress.js';
import { enqueueInputs } from '../queue/enqueue.js';
import { DEFAULT_JOB_TIMEOUT } from '../queue/article-queue.js';
import { choice, dateOption, JOBS_OPTION, jobsOption, wholeNumber } from './options.js';
import { DB_OPTION } from './store-options.js';

interface IngestCliOptions {
  db: string;
  inputFormat?: string;
  date?: string;
  batchSize?: string;
  errors?: string;
  statements?: boolean;
  replace?: boolean;
  queue?: string;
  jobTimeout?: string;
  jobs?: string;
}

/** Next to a SQLite file; in the working folder for a PostgreSQL URL. */
export const defaultErrorsFile = (db: string): string => join(isPostgresUrl(db) ? '.' : dirname(db), 'detente-errors.jsonl');

/** Ingests inputs into an open store with a progress bar on a terminal; returns the summary. */
export async function ingestPaths(store: Store, paths: string[], opts: {
  format?: InputFormat; date?: string; batchSize?: number; errorsFile: string | null; includeStatements?: boolean; label?: string;
  replace?: boolean; jobs?: number;
}): Promise<IngestSummary & { errorsFile: string | null; jobs: number }> {
  // The bar's total is the inputs' line count (items report their line), known for files, not for stdin.
  const lineCounts = new Map<string, number>();
  if (defaultProgressMode() !== 'off') {
    for (const input of expandPaths(paths)) if (!('error' in input) && input.file !== '-') lineCounts.set(input.file, await countLines(input.file));
  }
  const total = paths.includes('-') ? null : [...lineCounts.values()].reduce((a, b) => a + b, 0);
  const bar = new ProgressBar(opts.label ?? 'ingest', total);
  const files = [...lineCounts.keys()];
  let current = 0, linesBefore = 0;
  const errors = new ErrorLog(opts.errorsFile);
  // The coder runs on threads of its own: storing a batch (here) overlaps with coding the next (there).
  const jobs = opts.jobs ?? 1;
  const coder = coderThreads(jobs, { includeStatements: opts.includeStatements });
  try {
    const items = englishOnly(readInputs(paths, { format: opts.format, date: opts.date }), (s) => process.stderr.write(formatLanguageSkip(s) + '\n'));
    const summary = await ingest(store, items, {
      batchSize: opts.batchSize,
      replace: opts.replace,
      coder,
      errors,
      onProgress: (s, last) => {
        // Files are read one after another: once a later one reports, the earlier ones are complete.
        while (current < files.length && files[current] !== last.file) linesBefore += lineCounts.get(files[current++]!)!;
        bar.update(total ? linesBefore + last.line : s.read, { articles: s.read, sentences: s.sentences, events: s.events, seconds: s.seconds });
      },
    });
    if (total) bar.update(total, { articles: summary.read, sentences: summary.sentences, events: summary.events, seconds: summary.seconds });
    return { ...summary, errorsFile: errors.count ? opts.errorsFile : null, jobs };
  } finally {
    bar.stop();
    await coder.close();
  }
}

export function formatSummary(s: IngestSummary & { errorsFile: string | null; jobs: number }): string {
  const rate = (n: number) => (s.seconds > 0 ? Math.round(n / s.seconds).toLocaleString('en-US') : '-');
  const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const reasons = Object.entries(s.skipped).filter(([, n]) => n).map(([r, n]) => `${n} ${r}`).join(', ');
  const storedNotes = [
    ...(s.replaced ? [`${s.replaced} replacing the stored version`] : []),
    ...(s.nearDuplicates ? [`${s.nearDuplicates} near-duplicate${s.nearDuplicates === 1 ? '' : 's'} of earlier articles, linked; their events do not count`] : []),
  ];
  const lines = [
    `articles read      ${s.read}`,
    `stored             ${s.stored}${storedNotes.length ? ` (${storedNotes.join('; ')})` : ''}`,
    `skipped            ${skipped}${reasons ? ` (${reasons})` : ''}`,
    `malformed          ${s.malformed}${s.errorsFile ? ` (see ${s.errorsFile})` : ''}`,
    `sentences          ${s.sentences}`,
    `events             ${s.events}`,
    `time               ${s.seconds.toFixed(1)} s (coding ${s.codingSeconds.toFixed(1)} s ${s.jobs === 1 ? 'on a thread of its own' : `summed over ${s.jobs} threads`}, storing ${s.storingSeconds.toFixed(1)} s)`,
    `throughput         ${rate(s.read)} articles/s, ${rate(s.sentences)} sentences/s`,
  ];
  return lines.join('\n') + '\n';
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code articles and store them: files, directories (recursively) or - for stdin; JSON Lines, PLOVER JSON, plain text, RSS/Atom, CSV')
    .argument('<paths...>', 'input files, directories, or - for stdin')
    .option(...DB_OPTION)
    .option('--input-format <format>', `override format detection: ${INPUT_FORMATS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'date of articles whose input has no date and whose text gives none (no dateline day, no written date)')
    .option('--batch-size <n>', `articles per transaction (default ${DEFAULT_BATCH_SIZE})`)
    .option('--errors <file>', 'JSON Lines file malformed records are appended to (default: detente-errors.jsonl next to the database)')
    .option('--statements', 'also code CAMEO 01 statements (PLOVER leaves them out)')
    .option('--replace', 're-store and re-code articles whose id is already stored (new text, date or metadata)')
    .option(...JOBS_OPTION)
    .option('--queue <url>', 'put the articles on the queue of this PostgreSQL store instead, for `detente worker` processes')
    .option('--job-timeout <seconds>', `with --queue: seconds a worker may take over a batch before it is offered again (default ${DEFAULT_JOB_TIMEOUT})`)
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const format = opts.inputFormat === undefined ? undefined : choice('--input-format', opts.inputFormat, INPUT_FORMATS);
      const date = dateOption('--date', opts.date);
      checkInputs(paths);
      if (opts.queue !== undefined) {
        if (!isPostgresUrl(opts.queue)) throw new Error(`--queue must be a postgres:// URL, got "${opts.queue}"`);
        if (opts.replace) throw new Error('--replace cannot be combined with --queue');
        const timeoutSeconds = wholeNumber('--job-timeout', opts.jobTimeout, DEFAULT_JOB_TIMEOUT) || DEFAULT_JOB_TIMEOUT;
        const errors = new ErrorLog(opts.errors ?? defaultErrorsFile(opts.queue));
        const s = await enqueueInputs(opts.queue, readInputs(paths, { format, date }), { errors, timeoutSeconds });
        process.stdout.write([
          `articles read      ${s.read}`,
          `queued             ${s.queued}`,
          `already queued     ${s.alreadyQueued}`,
          `already stored     ${s.alreadyStored}`,
          `malformed          ${s.malformed}${errors.count ? ` (see ${errors.file})` : ''}`,
          `time               ${s.seconds.toFixed(1)} s`,
        ].join('\n') + '\n');
        if (s.malformed) process.exitCode = 2;
        return;
      }
      const batchSize = wholeNumber('--batch-size', opts.batchSize, DEFAULT_BATCH_SIZE) || DEFAULT_BATCH_SIZE;
      const jobs = jobsOption(opts.jobs);
      const store = openStore(opts.db);
      try {
        const summary = await ingestPaths(store, paths, {
          format, date, batchSize, errorsFile: opts.errors ?? defaultErrorsFile(opts.db), includeStatements: opts.statements,
          replace: opts.replace, jobs,
        });
        process.stdout.write(formatSummary(summary));
        if (summary.malformed) process.exitCode = 2;
      } finally {
        store.close();
      }
    });
}
