// RSS 2.0 (and RSS 1.0) and Atom feeds, parsed as a stream with sax. Each <item> / <entry> becomes an article;
// an item with broken XML (bad entity, mismatched tag, cut off) is reported with the line it starts on and
// dropped, and parsing goes on with the next item.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import sax from 'sax';
import { toArticle, type ReadItem } from './readers.js';

interface OpenItem {
  line: number;
  /** Text of each child element (the last one wins, except links), by lower-cased tag name. */
  fields: Map<string, string>;
  /** Atom links: href and rel. */
  links: Array<{ href: string; rel: string }>;
  broken: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a feed timestamp gives, in the timestamp's own time zone (a story dated "Mon, 06 Jan 2020
 * 23:30 -0500" is from 6 January where it was written). Null when unreadable.
 */
export function feedDate(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b/.exec(t);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    let year = Number(rfc[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    if (month >= 0) return `${year}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** Feed bodies are often HTML (escaped or in CDATA): tags out, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|li|h[1-6]|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

function toRecord(item: OpenItem, feedTitle: string | null): Record<string, unknown> {
  const f = (...names: string[]) => names.map((n) => item.fields.get(n)?.trim()).find((v) => v);
  const link = item.links.find((l) => l.rel === 'alternate' || !l.rel)?.href ?? f('link');
  const title = f('title');
  const text = htmlToText(f('content:encoded', 'content', 'description', 'summary') ?? '');
  const rawDate = f('pubdate', 'dc:date', 'published', 'updated');
  const date = rawDate === undefined ? undefined : feedDate(rawDate) ?? rawDate;
  // Items without guid, id or link get an id from their content, so a re-read feed gives the same ids.
  const id = f('guid', 'id') ?? link ?? (text ? `feed:${createHash('sha1').update(`${title}\n${date}\n${text}`).digest('hex').slice(0, 16)}` : undefined);
  return { id, date, title: title && htmlToText(title), text, source: f('source') ?? feedTitle, url: link };
}

export async function* readFeed(stream: Readable, file: string, fallbackDate?: string): AsyncGenerator<ReadItem> {
  const parser = sax.parser(true, { trim: false, position: true });
  const out: ReadItem[] = [];
  const path: string[] = [];
  let root: string | null = null;
  let feedTitle: string | null = null;
  let item: OpenItem | null = null;
  let itemDepth = 0;
  let titleText: string | null = null;

  const finish = (it: OpenItem) => {
    const record = toRecord(it, feedTitle);
    const snippet = String(record.title ?? record.text ?? '').slice(0, 200);
    if (it.broken) { out.push({ error: { file, line: it.line, message: `broken XML item: ${it.broken}`, record: snippet } }); return; }
    const article = toArticle(record, fallbackDate);
    if (typeof article === 'string') out.push({ error: { file, line: it.line, message: article, record: snippet } });
    else out.push({ article, file, line: it.line });
  };
  const text = (t: string) => {
    if (item && path.length > itemDepth) {
      const field = path[itemDepth]!;
      item.fields.set(field, (item.fields.get(field) ?? '') + t);
    } else if (titleText !== null) titleText += t;
  };

  parser.onopentag = (tag) => {
    const name = tag.name.toLowerCase();
    if (!root) {
      root = name;
      if (!['rss', 'feed', 'rdf:rdf'].includes(name)) {
        out.push({ error: { file, line: parser.line + 1, message: `not an RSS or Atom feed (root element <${tag.name}>)` } });
      }
    }
    if (name === 'item' || name === 'entry') {
      if (item) { item.broken ??= `<${path[itemDepth - 1]}> not closed`; finish(item); }
      item = { line: parser.line + 1, fields: new Map(), links: [], broken: null };
      path.push(name);
      itemDepth = path.length;
      return;
    }
    path.push(name);
    if (item && name === 'link' && path.length === itemDepth + 1 && typeof tag.attributes.href === 'string') {
      item.links.push({ href: tag.attributes.href, rel: String(tag.attributes.rel ?? '') });
    }
    if (!item && name === 'title' && feedTitle === null && ['channel', 'feed'].includes(path.at(-2) ?? '')) titleText = '';
  };
  parser.onclosetag = () => {
    const name = path.pop();
    if (item && path.length < itemDepth) {
      finish(item);
      item = null;
      itemDepth = 0;
      return;
    }
    if (name === 'title' && titleText !== null) { feedTitle = htmlToText(titleText) || null; titleText = null; }
  };
  parser.ontext = text;
  parser.oncdata = text;
  parser.onerror = (e) => {
    const reason = e.message.split('\n')[0]!.toLowerCase();
    if (item) item.broken ??= `${reason} at line ${parser.line + 1}`;
    else if (root) out.push({ error: { file, line: parser.line + 1, message: `broken XML: ${reason}` } });
    // Go on reading: sax resumes after the bad character or tag.
    (parser as unknown as { error: Error | null }).error = null;
    parser.resume();
  };

  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    parser.write(chunk as string);
    yield* out.splice(0);
    if (root && !['rss', 'feed', 'rdf:rdf'].includes(root)) return;
  }
  parser.close();
  if (item) {
    (item as OpenItem).broken ??= 'the file ends inside the item';
    finish(item);
  }
  yield* out.splice(0);
}
