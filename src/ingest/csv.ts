// CSV articles with a header row (id,date,title,text,source,url; order free, other columns ignored), streamed
// through csv-parse. A broken row is reported with the line it starts on and skipped; the rows after it go in.
import type { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import { toArticle, type ReadError, type ReadItem } from './readers.js';

/** The columns an article needs; its date may come from its text or --date instead. */
const REQUIRED = ['id', 'text'];

/** The line a record starts on: its last line minus the line breaks inside it (blank lines before it excluded). */
function startLine(lastLine: number, raw: string | undefined): number {
  if (!raw) return lastLine;
  const body = raw.replace(/\r?\n$/, '').replace(/^(\r?\n)+/, '');
  return lastLine - (body.match(/\n/g)?.length ?? 0);
}

const describe: Partial<Record<string, string>> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'wrong number of fields',
  CSV_QUOTE_NOT_CLOSED: 'quote not closed (the field runs to the end of the file)',
  CSV_INVALID_CLOSING_QUOTE: 'misplaced quote',
};

export async function* readCsv(stream: Readable, file: string, fallbackDate?: string): AsyncGenerator<ReadItem> {
  let headerError: string | null = null;
  const parser = stream.pipe(parse({
    bom: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim().toLowerCase());
      const missing = REQUIRED.filter((c) => !names.includes(c));
      if (missing.length) {
        headerError = `CSV header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: found ${names.map((n) => n || '(empty)').join(', ')}`
          + ' (an article needs id and text; date, title, source and url are read when present)';
      }
      return names;
    },
    info: true,
    raw: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  }));
  // Broken rows arrive as 'skip' events while the parser runs, in file order.
  const broken: ReadError[] = [];
  parser.on('skip', (err: CsvError & { lines?: number; raw?: string }) => {
    const line = startLine(err.lines ?? 0, err.raw);
    broken.push({ file, line, message: `broken CSV row: ${describe[err.code] ?? err.message}`, record: err.raw?.slice(0, 500) });
  });
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: Info; raw: string }>) {
      if (headerError) break;
      const line = startLine(item.info.lines, item.raw);
      // The parser reads ahead: report only the broken rows above this one now, in file order.
      while (broken.length && broken[0]!.line < line) yield { error: broken.shift()! };
      const article = toArticle(item.record, fallbackDate);
      if (typeof article === 'string') yield { error: { file, line, message: article, record: item.raw.slice(0, 500) } };
      else yield { article, file, line };
    }
  } catch (e) {
    yield { error: { file, line: 0, message: `cannot read CSV: ${(e as Error).message}` } };
  }
  if (headerError) {
    parser.destroy();
    yield { error: { file, line: 1, message: headerError } };
    return;
  }
  yield* broken.splice(0).map((error) => ({ error }));
}
