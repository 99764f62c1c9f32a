// RSS 2.0, Atom and CSV readers: articles out of good records, errors with file and line for broken ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readFeed, feedDate, htmlToText } from '../src/ingest/feeds.js';
import { readCsv } from '../src/ingest/csv.js';
import type { ReadItem } from '../src/ingest/readers.js';

const collect = async (it: AsyncGenerator<ReadItem>) => { const out: ReadItem[] = []; for await (const x of it) out.push(x); return out; };
/** Feeds the text in small chunks, so records straddle chunk boundaries. */
const chunked = (s: string, size = 23) => Readable.from(s.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!);
const articles = (items: ReadItem[]) => items.flatMap((i) => ('article' in i ? [[i.article.id, i.line]] : []));
const errors = (items: ReadItem[]) => items.flatMap((i) => ('error' in i ? [[i.error.line, i.error.message]] : []));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title>
<item><title>Strike</title><link>https://x.invalid/1</link><guid>r1</guid>
  <pubDate>Mon, 06 Jan 2020 23:30:00 -0500</pubDate><description>Russia attacked Ukraine.</description></item>
<item><title>Broken</title><guid>r2</guid><pubDate>Tue, 07 Jan 2020 10:00:00 GMT</pubDate><description>bad <b>markup</description></item>
<item><title>Praise &amp; more</title><guid>r3</guid><pubDate>Wed, 08 Jan 2020 10:00:00 GMT</pubDate>
  <content:encoded><![CDATA[<p>China praised Pakistan.</p><p>Talks went on &amp; on.</p>]]></content:encoded></item>
<item><title>No date</title><guid>r4</guid><description>Japan protested to China.</description></item>
<item><title>Bad entity &bogus;</title><guid>r5</guid><pubDate>Wed, 08 Jan 2020 10:00:00 GMT</pubDate><description>x</description></item>
<item><title>Empty</title><guid>r6</guid><pubDate>Wed, 08 Jan 2020 10:00:00 GMT</pubDate><description>  </description></item>
<item><title>Link only</title><link>https://x.invalid/7</link><pubDate>2020-01-09T08:00:00Z</pubDate><description>Iran condemned Israel.</description></item>
<item><title>Cut off</title><guid>r8</guid><description>The feed ends here
`;

test('RSS 2.0: items become articles; broken items are reported with their line and the rest go in', async () => {
  const items = await collect(readFeed(chunked(RSS), 'wire.xml'));
  assert.deepEqual(articles(items), [['r1', 4], ['r3', 7], ['https://x.invalid/7', 12]]);
  const errs = errors(items);
  assert.deepEqual(errs.map(([line]) => line), [6, 9, 10, 11, 13]);
  assert.match(String(errs[0]![1]), /broken XML item/);
  assert.match(String(errs[1]![1]), /date: missing/);
  assert.match(String(errs[2]![1]), /broken XML item/);
  assert.match(String(errs[3]![1]), /text is empty/);
  assert.match(String(errs[4]![1]), /broken XML item: .*(end|unclosed)/);
  assert.ok(items.every((i) => ('article' in i ? i.file : i.error.file) === 'wire.xml'));
  const first = items.find((i) => 'article' in i && i.article.id === 'r1');
  assert.ok(first && 'article' in first);
  // The date is the one written in the item's own time zone.
  assert.deepEqual(first.article, { id: 'r1', date: '2020-01-06', title: 'Strike', text: 'Russia attacked Ukraine.', source: 'Example Wire', url: 'https://x.invalid/1' });
  const third = items.find((i) => 'article' in i && i.article.id === 'r3');
  assert.ok(third && 'article' in third);
  assert.equal(third.article.text, 'China praised Pakistan.\nTalks went on & on.');
  assert.equal(third.article.title, 'Praise & more');
});

test('Atom: entries with id, alternate link, updated date and HTML or XHTML content', async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><id>urn:a1</id><title>One</title><link rel="alternate" href="https://a.invalid/1"/><link rel="self" href="https://a.invalid/self"/>
  <updated>2021-03-04T12:00:00Z</updated><content type="html">&lt;p&gt;India accused Pakistan of shelling border villages.&lt;/p&gt;</content></entry>
<entry><id>urn:a2</id><title>Two</title><published>2021-03-05T09:00:00+05:30</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>China warned Japan.</p></div></content></entry>
<entry><id>urn:a3</id><title>Three</title><updated>yesterday</updated><summary>Text.</summary></entry>
</feed>`;
  const items = await collect(readFeed(chunked(atom, 40), 'desk.atom'));
  assert.deepEqual(articles(items), [['urn:a1', 3], ['urn:a2', 5]]);
  assert.deepEqual(errors(items).map(([line]) => line), [7]);
  const a1 = items[0]!;
  assert.ok('article' in a1);
  assert.deepEqual([a1.article.url, a1.article.source, a1.article.date], ['https://a.invalid/1', 'Atom Desk', '2021-03-04']);
});

test('a document that is not a feed is one error', async () => {
  const items = await collect(readFeed(Readable.from(['<html><body><p>Hello</p></body></html>']), 'page.xml'));
  assert.equal(items.length, 1);
  assert.ok('error' in items[0]! && /not an RSS or Atom feed/.test(items[0].error.message));
});

test('feed dates and HTML bodies', () => {
  assert.equal(feedDate('Sun, 6 Mar 2022 01:00:00 +0300'), '2022-03-06');
  assert.equal(feedDate('2022-03-06T23:59:00-08:00'), '2022-03-06');
  assert.equal(feedDate('06 Mar 22 10:00 GMT'), '2022-03-06');
  assert.equal(feedDate('soon'), null);
  assert.equal(htmlToText('<p>One &amp; two</p><br/>Three&#33; &#x41;<script>x()</script>'), 'One & two\nThree! A');
});

const CSV = [
  'id,date,title,text,source,url',                       // 1
  'c1,2020-01-02,Strike,"Russia attacked Ukraine, officials said.",Wire,https://c.invalid/1', // 2
  'c2,2020-01-02,Short row,China praised Pakistan.,Wire', // 3: one field missing
  'c3,2020-01-03,Multi,"China praised Pakistan.',        // 4: a quoted field over two lines
  'Talks went on.",Wire,https://c.invalid/3',            // 5
  '',                                                     // 6
  'c4,2020-02-30,Bad date,Japan protested to China.,Wire,', // 7
  'c5,2020-01-04,Empty,,Wire,',                           // 8
  ',2020-01-04,No id,Iran condemned Israel.,Wire,',       // 9
  'c7,2020-01-05,Fine,Iran condemned Israel.,Wire,',     // 10
  'c8,2020-01-06,Unclosed,"Never closed,Wire,',          // 11
  'c9,2020-01-06,Swallowed,Iran condemned Israel.,Wire,', // 12
].join('\n') + '\n';

test('CSV: good rows go in, broken rows and invalid records are reported with the line they start on', async () => {
  const items = await collect(readCsv(chunked(CSV), 'news.csv'));
  assert.deepEqual(articles(items), [['c1', 2], ['c3', 4], ['c7', 10]]);
  const errs = errors(items);
  assert.deepEqual(errs.map(([line]) => line), [3, 7, 8, 9, 11]);
  assert.match(String(errs[0]![1]), /broken CSV row: wrong number of fields/);
  assert.match(String(errs[1]![1]), /date: not a calendar date/);
  assert.match(String(errs[2]![1]), /text is empty/);
  assert.match(String(errs[3]![1]), /id: empty/);
  assert.match(String(errs[4]![1]), /quote not closed/);
  const c3 = items.find((i) => 'article' in i && i.article.id === 'c3');
  assert.ok(c3 && 'article' in c3);
  assert.equal(c3.article.text, 'China praised Pakistan.\nTalks went on.');
});

test('CSV: columns in any order, a header without text is refused', async () => {
  const reordered = await collect(readCsv(Readable.from(['text,date,id\n"Russia attacked Ukraine.",2020-01-01,x1\n']), 'r.csv'));
  assert.deepEqual(articles(reordered), [['x1', 2]]);
  const bad = await collect(readCsv(Readable.from(['id,date,body\n1,2020-01-01,hello\n']), 'h.csv'));
  assert.deepEqual(errors(bad), [[1, 'CSV header lacks column text: found id, date, body (an article needs id and text; date, title, source and url are read when present)']]);
  const neither = await collect(readCsv(Readable.from(['headline,body,published_at\nA,B,2020-01-01\n']), 'n.csv'));
  assert.match(errors(neither)[0]![1] as string, /^CSV header lacks columns id, text: found headline, body, published_at /);
});

test('an input whose format cannot be told is an error that says why, not plain text', async () => {
  const { detectFormat, readArticles } = await import('../src/ingest/readers.js');
  const { tempDir } = await import('./support/fixtures.js');
  const { writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  // A CSV whose columns are named differently is CSV (and then refused for its missing columns), not text.
  assert.equal(detectFormat('headline,body,published_at\nA,B,2020-01-01\n'), 'csv');
  assert.equal(detectFormat('Russia, Ukraine, Belarus\nThe three met in Minsk.'), 'text');
  assert.equal(detectFormat('Russia condemned the strike.', 'notes.csv'), 'csv');
  assert.match((detectFormat('%PDF-1.7\n\0\0\x01\x02binary') as { unknown: string }).unknown, /^binary data/);
  assert.match((detectFormat('<!DOCTYPE html><html><body>x</body></html>') as { unknown: string }).unknown, /not an RSS or Atom feed \(starts with <!DOCTYPE\)/);
  assert.match((detectFormat('Russia condemned the strike.', 'a.jsonl') as { unknown: string }).unknown, /jsonl file that does not start with/);
  const dir = tempDir('formats');
  try {
    const read = async (name: string, body: string | Buffer) => {
      writeFileSync(join(dir, name), body);
      const out: string[] = [];
      for await (const item of readArticles(join(dir, name), { date: '2020-01-01' })) out.push('error' in item ? `${item.error.file.split('/').pop()}:${item.error.line}: ${item.error.message}` : `article ${item.article.id}`);
      return out;
    };
    const png = await read('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.equal(png.length, 1);
    assert.match(png[0]!, /^picture\.png:1: cannot tell the input format: binary data, not text .*; name it with --input-format \(jsonl, text, gold, rss, csv\)$/);
    assert.match((await read('page.html', '<html><body><p>Russia condemned the strike.</p></body></html>'))[0]!, /^page\.html:1: cannot tell the input format: markup/);
    assert.match((await read('wrong.csv', 'headline,body\nA,B\n'))[0]!, /^wrong\.csv:1: CSV header lacks columns id, text: found headline, body/);
    assert.deepEqual(await read('story.txt', 'Russia condemned the strike.\n'), ['article story']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
