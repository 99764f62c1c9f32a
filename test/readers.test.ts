// Input readers: format detection, streaming JSON arrays, and errors that name file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { detectFormat, readArticles, readGoldArray, type ReadItem } from '../src/ingest/readers.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-readers-'));
const collect = async (it: AsyncGenerator<ReadItem>) => { const out: ReadItem[] = []; for await (const x of it) out.push(x); return out; };

test('detects formats from content', () => {
  assert.equal(detectFormat('[\n {"id": 1}]'), 'gold');
  assert.equal(detectFormat('{"id":"a","date":"2020-01-01","text":"x"}\n'), 'jsonl');
  assert.equal(detectFormat('<?xml version="1.0"?><rss version="2.0">'), 'rss');
  assert.equal(detectFormat('id,date,title,text,source,url\n1,2020-01-01,t,x,s,u'), 'csv');
  assert.equal(detectFormat('Russia accused Ukraine of shelling.'), 'text');
});

test('JSON Lines: good records go in, bad ones are reported with their line', async () => {
  const p = join(dir, 'a.jsonl');
  writeFileSync(p, [
    '{"id":"a1","date":"2020-01-02","text":"Russia accused Ukraine."}',
    '{"id":"a2","date":"2020-01-02",',
    '',
    '{"id":"a3","date":"Jan 2","text":"x"}',
    '{"id":"a4","date":"2020-01-03","text":""}',
    '{"date":"2020-01-03","text":"no id"}',
    '{"id":"a6","date":"2020-01-04","text":"China praised Pakistan.","url":"https://x.invalid/6"}',
  ].join('\n'));
  const items = await collect(readArticles(p));
  const ok = items.filter((i) => 'article' in i).map((i) => ('article' in i ? i.article.id : ''));
  const errs = items.filter((i) => 'error' in i).map((i) => ('error' in i ? i.error : null)!);
  assert.deepEqual(ok, ['a1', 'a6']);
  assert.deepEqual(errs.map((e) => e.line), [2, 4, 5, 6]);
  assert.ok(errs.every((e) => e.file === p));
  assert.match(errs[0]!.message, /not valid JSON/);
  assert.match(errs[1]!.message, /date/);
  assert.match(errs[2]!.message, /text/);
  assert.match(errs[3]!.message, /id/);
});

test('gold JSON array: streamed in small chunks, text-less header skipped, line numbers kept', async () => {
  const json = '[\n {"id": "DOC", "event": "DOCUMENT"},\n {"id": "g1", "date": "2000-01-01", "text": "Iran condemned \\"the\\" raid {x}."},\n {"id": "g2", "date": "2000-01-01", "text": "Peru granted asylum."}\n]\n';
  const chunks = json.match(/.{1,7}/gs)!;
  const items = await collect(readGoldArray(Readable.from(chunks), 'g.json'));
  assert.deepEqual(items.map((i) => ('article' in i ? [i.article.id, i.line] : null)), [['g1', 3], ['g2', 4]]);
  assert.equal(('article' in items[0]! && items[0].article.text), 'Iran condemned "the" raid {x}.');
});

test('plain text: one article dated by --date', async () => {
  const p = join(dir, 'note.txt');
  writeFileSync(p, 'Japan protested to China.\n');
  const [item] = await collect(readArticles(p, { date: '2021-05-06' }));
  assert.ok(item && 'article' in item);
  assert.deepEqual([item.article.id, item.article.date], ['note', '2021-05-06']);
  const [bad] = await collect(readArticles(p, { date: '06/05/2021' }));
  assert.ok(bad && 'error' in bad);
});

test('labelled files whose "source" is not an outlet (gold actor lists) still read as articles', async () => {
  const p = join(dir, 'labelled.jsonl');
  writeFileSync(p, '{"id":"n1","date":"2000-01-01","text":"Iraqi troops attacked the town.","quad":4,"source":[[0,12,"Iraqi troops"]]}\n');
  const [item] = await collect(readArticles(p));
  assert.ok(item && 'article' in item, JSON.stringify(item));
  assert.equal(item.article.source, undefined);
});

test('multi-byte characters split across chunks survive (gold arrays and plain text)', async () => {
  const json = Buffer.from('[{"id":"t1","date":"2000-01-01","text":"Türkiye’s “minister” met Zelenskyy in Kyiv."}]', 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < json.length; i += 3) chunks.push(json.subarray(i, i + 3)); // splits multi-byte characters
  const [item] = await collect(readGoldArray(Readable.from(chunks), 'split.json'));
  assert.ok(item && 'article' in item);
  assert.equal(item.article.text, 'Türkiye’s “minister” met Zelenskyy in Kyiv.');
  const { readText } = await import('../src/ingest/readers.js');
  const text = Buffer.from('Türkiye’s “minister” met Zelenskyy.', 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < text.length; i += 5) parts.push(text.subarray(i, i + 5));
  const [t] = await collect(readText(Readable.from(parts), 'split.txt', '2020-01-01'));
  assert.ok(t && 'article' in t);
  assert.equal(t.article.text, 'Türkiye’s “minister” met Zelenskyy.');
});
