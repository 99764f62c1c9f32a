// `detente code [FILE ...]`: events as JSON Lines (or a table) from articles.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { EventCoder } from '../events/coder.js';
import { INPUT_FORMATS, readArticles, type InputFormat } from '../ingest/readers.js';
import type { CodedEvent } from '../model.js';
import { formatEventTable } from './table.js';

interface CodeOptions {
  out?: string;
  format: 'jsonl' | 'table';
  inputFormat?: InputFormat;
  date?: string;
  statements?: boolean;
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles into events; reads files (or stdin) as plain text, JSON Lines of articles or a PLOVER gold JSON array')
    .argument('[files...]', 'input files; stdin when none')
    .option('-o, --out <file>', 'write events to a file instead of stdout')
    .option('-f, --format <format>', 'jsonl or table', 'jsonl')
    .option('--input-format <format>', `override format detection: ${INPUT_FORMATS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'date of plain-text input (default: today)')
    .option('--statements', 'also code CAMEO 01 statements and 02 appeals (PLOVER leaves them out)')
    .action(async (files: string[], opts: CodeOptions) => {
      if (opts.inputFormat && !INPUT_FORMATS.includes(opts.inputFormat)) throw new Error(`--input-format must be one of ${INPUT_FORMATS.join(', ')}`);
      if (!['jsonl', 'table'].includes(opts.format)) throw new Error('--format must be jsonl or table');
      const coder = EventCoder.load({ includeStatements: !!opts.statements });
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      let errors = 0;
      const table: CodedEvent[] = [];
      for (const path of files.length ? files : ['-']) {
        for await (const item of readArticles(path, { format: opts.inputFormat, date: opts.date })) {
          if ('error' in item) {
            errors++;
            process.stderr.write(`${item.error.file}:${item.error.line}: ${item.error.message}\n`);
            continue;
          }
          const events = coder.codeArticle(item.article);
          if (opts.format === 'table') table.push(...events);
          else for (const e of events) if (!out.write(JSON.stringify(e) + '\n')) await new Promise((r) => out.once('drain', r));
        }
      }
      if (opts.format === 'table') out.write(formatEventTable(table));
      if (opts.out) await new Promise<void>((r) => out.end(r));
      if (errors) process.exitCode = 2;
    });
}
