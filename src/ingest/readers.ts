// Article readers: JSON Lines, plain text, PLOVER gold-standard JSON arrays (and more formats in sibling
// modules). Every reader streams its input and yields either an article or an error that names file and line,
// so one bad record never stops a batch.
import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Article } from '../model.js';
import { articleDateFromText } from '../text/dates.js';
import { INPUT_FORMATS, type InputFormat } from './input-formats.js';

export { INPUT_FORMATS, type InputFormat };

export interface ReadError {
  file: string;
  line: number;
  message: string;
  /** The offending record (truncated), for the errors file. */
  record?: string;
}

export type ReadArticle = { article: Article; file: string; line: number };
export type ReadItem = ReadArticle | { error: ReadError };

/** The articles of a stream in batches of `size` (the last one shorter); malformed records go to `onError`. */
export async function* inBatches(items: AsyncIterable<ReadItem>, size: number, onError: (error: ReadError) => void): AsyncGenerator<ReadArticle[]> {
  let batch: ReadArticle[] = [];
  for await (const item of items) {
    if ('error' in item) {
      onError(item.error);
      continue;
    }
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export interface ReadOptions {
  format?: InputFormat;
  /** The date of articles whose input has none and whose text gives none (the `--date` option), YYYY-MM-DD. */
  date?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
const missingOr = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'missing' : what) });
/** A real calendar date (2023-02-30 is not), written YYYY-MM-DD, optionally followed by a time. */
const isCalendarDate = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const articleSchema = z.object({
  id: z.union([z.string().min(1, 'empty'), z.number()], missingOr('must be a string or a number')).transform(String),
  date: z.string('must be a string').regex(DATE, 'date must be YYYY-MM-DD').refine(isCalendarDate, 'not a calendar date').optional().nullable(),
  title: z.string().optional().nullable(),
  text: z.string(missingOr('must be a string')).refine((t) => t.trim().length > 0, 'text is empty'),
  // `source` names the outlet. Labelled files use the same key for other things (the gold actors of the PLOVER
  // and news sets are arrays): only a string is read as an outlet, anything else is ignored.
  source: z.unknown().optional(),
  url: z.string().optional().nullable(),
}).passthrough();

/** What an article without a date in its input is dated: the dateline or a date in its text, else `fallback`
 *  (the `--date` option); null when neither gives one. */
export function dateOfText(text: string, fallback: string | undefined): string | null {
  return articleDateFromText(text, fallback ?? today())?.date ?? fallback ?? null;
}

const NO_DATE = 'the text has no dateline day or written date, and no --date was given';

/** Validates one parsed record as an article; returns a message on failure. A record without a date is dated
 *  from its text, else `fallbackDate` (the `--date` option). */
export function toArticle(rec: unknown, fallbackDate?: string): Article | string {
  const r = articleSchema.safeParse(rec);
  if (!r.success) {
    return r.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  }
  const { id, title, text, source, url } = r.data;
  let date = r.data.date?.slice(0, 10);
  if (!date) {
    const d = dateOfText(text, fallbackDate);
    if (!d) return `date: missing, and ${NO_DATE}`;
    date = d;
  }
  const a: Article = { id, date, text };
  if (title) a.title = title;
  if (typeof source === 'string' && source) a.source = source;
  if (url) a.url = url;
  return a;
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Opens a path ('-' = stdin) as a stream. */
export function openInput(path: string): Readable {
  if (path === '-') return process.stdin;
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  return createReadStream(path);
}

/** Why an input's format could not be told. */
export interface UnknownFormat { unknown: string }

/** Looks at the first bytes of a stream to tell its format; returns the format and a stream that still has them. */
export async function sniffFormat(stream: Readable, file = ''): Promise<{ format: InputFormat | UnknownFormat; stream: Readable }> {
  // Listen to 'data' and pause, rather than `for await ... break`: breaking out of an async iterator destroys
  // the stream, and the rest of any input longer than the sniffed head would never arrive.
  const chunks: Buffer[] = [];
  let size = 0;
  const ended = await new Promise<boolean>((resolve, reject) => {
    const cleanup = () => { stream.off('data', onData); stream.off('end', onEnd); stream.off('error', onError); };
    const onData = (chunk: Buffer | string) => {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      chunks.push(b);
      size += b.length;
      if (size >= 4096) { stream.pause(); cleanup(); resolve(false); }
    };
    const onEnd = () => { cleanup(); resolve(true); };
    const onError = (e: Error) => { cleanup(); reject(e); };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
  const head = Buffer.concat(chunks);
  const { PassThrough } = await import('node:stream');
  const pass = new PassThrough();
  pass.write(head);
  if (ended) pass.end();
  else {
    stream.once('error', (e) => pass.destroy(e));
    stream.pipe(pass);
  }
  return { format: detectFormat(head.toString('utf8'), file), stream: pass };
}

/** A CSV header cell: a column name, not words of a sentence ("id", "published_at", "Text"). */
const COLUMN_NAME = /^[A-Za-z_][\w.-]{0,39}$/;

/** Format of a document from its first characters (and its file name, when the content leaves it open); the
 *  reason when it cannot be told. */
export function detectFormat(head: string, file = ''): InputFormat | UnknownFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  // Text has no NUL bytes and few control characters; binary files (a PDF, an image, a zip) do.
  const control = s.slice(0, 2000).match(/[\x00-\x08\x0e-\x1f\ufffd]/g)?.length ?? 0;
  if (s.includes('\0') || control > Math.max(4, s.slice(0, 2000).length / 50)) {
    return { unknown: 'binary data, not text (expected JSON Lines, a JSON array, RSS/Atom, CSV or plain text)' };
  }
  if (s.startsWith('[')) return 'gold';
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('<')) {
    if (/<(rss|feed|rdf:RDF)\b/i.test(s.slice(0, 2000))) return 'rss';
    const tag = /^<([!?\w:-]+)/.exec(s)?.[1] ?? '<';
    return { unknown: `markup that is not an RSS or Atom feed (starts with <${tag}); give the article text as plain text or JSON Lines` };
  }
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return { unknown: `${file.split('.').pop()} file that does not start with { or [` };
  const firstLine = s.split('\n', 1)[0]!.trim();
  const cols = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  // A header row: column names, at least one written as code writes them (lower case or with an underscore),
  // unlike a headline ("Russia, Ukraine, Belarus").
  const header = cols.length >= 2 && cols.every((c) => COLUMN_NAME.test(c)) && cols.some((c) => c === c.toLowerCase() || c.includes('_'));
  if (header || /\.(csv|tsv)$/i.test(file)) return 'csv';
  return 'text';
}

/** Reads articles from one input: a path, or '-' for stdin. */
export async function* readArticles(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const name = path === '-' ? '<stdin>' : path;
  let stream = openInput(path);
  let format = opts.format;
  if (!format) {
    const sniffed = await sniffFormat(stream, name);
    if (typeof sniffed.format !== 'string') {
      sniffed.stream.destroy();
      yield { error: { file: name, line: 1, message: `cannot tell the input format: ${sniffed.format.unknown}; name it with --input-format (${INPUT_FORMATS.join(', ')})` } };
      return;
    }
    format = sniffed.format;
    stream = sniffed.stream;
  }
  switch (format) {
    case 'jsonl': yield* readJsonl(stream, name, opts.date); break;
    case 'gold': yield* readGoldArray(stream, name, opts.date); break;
    case 'text': yield* readText(stream, name, opts.date); break;
    case 'rss': {
      const { readFeed } = await import('./feeds.js');
      yield* readFeed(stream, name, opts.date);
      break;
    }
    case 'csv': {
      const { readCsv } = await import('./csv.js');
      yield* readCsv(stream, name, opts.date);
      break;
    }
  }
}

export async function* readJsonl(stream: Readable, file: string, fallbackDate?: string): AsyncGenerator<ReadItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const text = raw.trim();
    if (!text) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      yield { error: { file, line, message: `not valid JSON: ${(e as Error).message}`, record: text.slice(0, 500) } };
      continue;
    }
    const a = toArticle(rec, fallbackDate);
    if (typeof a === 'string') yield { error: { file, line, message: a, record: text.slice(0, 500) } };
    else yield { article: a, file, line };
  }
}

/** One plain-text article: the whole input, dated by its dateline or a date written in it, else `fallbackDate`
 *  (the `--date` option). Its id is the file name. */
export async function* readText(stream: Readable, file: string, fallbackDate?: string): AsyncGenerator<ReadItem> {
  if (fallbackDate !== undefined && !DATE.test(fallbackDate)) {
    yield { error: { file, line: 0, message: `--date must be YYYY-MM-DD, got "${fallbackDate}"` } };
    return;
  }
  let text = '';
  // Decoded as one stream, so a character split across two chunks is not mangled.
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  if (!text.trim()) {
    yield { error: { file, line: 1, message: 'empty text' } };
    return;
  }
  const date = dateOfText(text, fallbackDate);
  if (!date) {
    yield { error: { file, line: 1, message: `no date: ${NO_DATE}` } };
    return;
  }
  const id = file === '<stdin>' ? 'stdin' : file.split('/').pop()!.replace(/\.[^.]+$/, '');
  yield { article: { id, date, text }, file, line: 1 };
}

/**
 * A JSON array of records (the PLOVER gold-standard layout), read element by element without holding the
 * file in memory. Records without `text` (the DOCUMENT header) are skipped silently.
 */
export async function* readGoldArray(stream: Readable, file: string, fallbackDate?: string): AsyncGenerator<ReadItem> {
  let depth = 0, inString = false, escape = false, started = false;
  let buf = '';
  let line = 1, recordLine = 1;
  stream.setEncoding('utf8'); // a character split across two chunks stays whole
  for await (const chunk of stream) {
    const s = chunk as string;
    for (let k = 0; k < s.length; k++) {
      const ch = s[k]!;
      if (ch === '\n') line++;
      if (!started) {
        if (ch === '[') started = true;
        else if (!/\s/.test(ch) && ch !== '\uFEFF') {
          yield { error: { file, line, message: 'expected a JSON array' } };
          return;
        }
        continue;
      }
      if (depth === 0) {
        if (ch === '{') { depth = 1; buf = '{'; recordLine = line; }
        else if (ch === ']') return;
        continue;
      }
      buf += ch;
      if (inString) {
        if (escape) escape = false;
        else if (ch === '\\') escape = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) {
          let rec: Record<string, unknown>;
          try { rec = JSON.parse(buf); } catch (e) {
            yield { error: { file, line: recordLine, message: `not valid JSON: ${(e as Error).message}`, record: buf.slice(0, 500) } };
            continue;
          }
          buf = '';
          if (typeof rec.text !== 'string' || !rec.text) continue; // DOCUMENT header and other text-less records
          const a = toArticle(rec, fallbackDate);
          if (typeof a === 'string') yield { error: { file, line: recordLine, message: a, record: JSON.stringify(rec).slice(0, 500) } };
          else yield { article: a, file, line: recordLine };
        }
      }
    }
  }
  if (depth !== 0) yield { error: { file, line, message: 'unexpected end of input inside a record' } };
}
