// Dates in text: the article's date when its input has none, and the day each event happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDateFromText, eventDate } from '../src/text/dates.js';

test('article date: a full date near the top, else the dateline day in the year up to the reference', () => {
  assert.deepEqual(articleDateFromText('January 19, 2025\n\nThe outgoing president pardoned his son.'), { date: '2025-01-19', from: 'text' });
  assert.deepEqual(articleDateFromText('Published 2023-10-09. Israel declared war on Hamas.'), { date: '2023-10-09', from: 'text' });
  assert.deepEqual(articleDateFromText('MOSCOW, April 12 (Reuters) - Russia said talks with Tillerson were hard.', '2017-06-01'), { date: '2017-04-12', from: 'dateline' });
  // A dateline day after the reference is last year's.
  assert.deepEqual(articleDateFromText('KABUL, Dec. 3 (AP) - Gunmen attacked a school.', '2021-06-01'), { date: '2020-12-03', from: 'dateline' });
  // Relative words ("on Tuesday") and a dateline without a day are not a publication date.
  assert.equal(articleDateFromText('Russia and Ukraine exchanged prisoners on Tuesday.'), null);
  assert.equal(articleDateFromText('ISLAMABAD: Police arrested twelve men.'), null);
});

test('event date: weekdays, months and days resolved against the article date', () => {
  const wed = '2017-04-12'; // a Wednesday
  assert.equal(eventDate('Lavrov met Tillerson on Tuesday.', wed), '2017-04-11');
  assert.equal(eventDate('The U.S. struck the air base on Friday.', wed), '2017-04-07');
  assert.equal(eventDate('Lavrov met Tillerson on Wednesday.', wed), '2017-04-12');
  assert.equal(eventDate('Lavrov will meet Tillerson on Tuesday.', wed), '2017-04-18');
  assert.equal(eventDate('Russia annexed Crimea last month.', wed), '2017-03-01');
  assert.equal(eventDate('The talks began on March 3.', wed), '2017-03-03');
  assert.equal(eventDate('The talks began on May 3.', wed), '2016-05-03');
  assert.equal(eventDate('The talks began on March 3, 2014.', wed), '2014-03-03');
  assert.equal(eventDate('Yesterday the army attacked the town.', wed), '2017-04-11');
  assert.equal(eventDate('The summit will be held next week.', wed), '2017-04-19');
  assert.equal(eventDate('Moscow said in May that it would not retreat.', wed), '2016-05-01');
  // No day or month: a bare time, a year, or nothing.
  assert.equal(eventDate('The attack came at 3 p.m.', wed), null);
  assert.equal(eventDate('Russia annexed Crimea in 2014.', wed), null);
  assert.equal(eventDate('Russia condemned the strike.', wed), null);
  // A deadline or a limit is not the day of the act; a day after it still is.
  assert.equal(eventDate('Minsk said the embassy should close by Aug. 30 and accused Stockholm of meddling.', wed), null);
  assert.equal(eventDate('Russia ordered the diplomats to leave by the end of April, a day after talks on Tuesday.', wed), '2017-04-11');
});

test('readers date an article from its input, else its text, else --date, and report one with none', async () => {
  const { readArticles } = await import('../src/ingest/readers.js');
  const { tempDir } = await import('./support/fixtures.js');
  const { writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = tempDir('dates');
  try {
    const read = async (name: string, body: string, date?: string) => {
      const path = join(dir, name);
      writeFileSync(path, body);
      const out: Array<{ date?: string; error?: string }> = [];
      for await (const item of readArticles(path, { date })) {
        out.push('error' in item ? { error: `${item.error.file.split('/').pop()}:${item.error.line}: ${item.error.message}` } : { date: item.article.date });
      }
      return out;
    };
    const wire = 'MOSCOW, April 12 (Reuters) - Russia said talks with the United States were hard.\n';
    assert.deepEqual(await read('wire.txt', wire, '2017-06-30'), [{ date: '2017-04-12' }]);
    assert.deepEqual(await read('dated.txt', 'January 19, 2025\n\nThe president pardoned his son.\n'), [{ date: '2025-01-19' }]);
    assert.deepEqual(await read('plain.txt', 'Russia condemned the strike.\n', '2020-02-02'), [{ date: '2020-02-02' }]);
    const none = await read('none.txt', 'Russia condemned the strike.\n');
    assert.equal(none.length, 1);
    assert.match(none[0]!.error!, /^none\.txt:1: no date: the text has no dateline day or written date, and no --date was given$/);
    // JSON Lines: the record's field first; a record without one is dated from its text, else reported.
    const jsonl = [
      JSON.stringify({ id: 'a', date: '2014-03-18', text: wire }),
      JSON.stringify({ id: 'b', text: wire }),
      JSON.stringify({ id: 'c', text: 'Russia condemned the strike.' }),
    ].join('\n');
    const rows = await read('a.jsonl', jsonl + '\n');
    assert.equal(rows[0]!.date, '2014-03-18');
    assert.equal(rows[1]!.date?.slice(5), '04-12');
    assert.match(rows[2]!.error!, /^a\.jsonl:3: date: missing, and the text has no dateline day/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store keeps each event\'s date beside the publication date (events.event_date, nullable)', async () => {
  const { openStore } = await import('../src/store/index.js');
  const { stored, tempDir } = await import('./support/fixtures.js');
  const { rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = tempDir('event-date');
  try {
    const store = openStore(join(dir, 'x.db'));
    store.ingestBatch([stored({ id: 'd1', date: '2017-04-12', text: 'The United States struck a Syrian air base on Friday. Russia condemned it.' }, [
      { actor: 'USA', recipient: 'SYR', cameo: '190', goldstein: -10, plover: -10, quad: 4, eventDate: '2017-04-07' },
      { actor: 'RUS', recipient: 'USA', cameo: '122', goldstein: -2, plover: -2, quad: 3, sentence: 1 },
    ])]);
    const events = store.events({}).sort((a, b) => a.sentenceIndex - b.sentenceIndex);
    assert.deepEqual(events.map((e) => [e.date, e.eventDate]), [['2017-04-12', '2017-04-07'], ['2017-04-12', null]]);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('detente code gives each event its date beside the publication date (JSON Lines and table)', async () => {
  const { runCli } = await import('./support/cli.js');
  const { tempDir } = await import('./support/fixtures.js');
  const { writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = tempDir('code-date');
  try {
    const file = join(dir, 'wire.txt');
    writeFileSync(file, 'MOSCOW, April 12 (Reuters) - The United States attacked a Syrian air base on Friday.\n');
    const r = runCli(['code', '--date', '2017-12-31', file]);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(events.length >= 1, r.stderr);
    assert.deepEqual([events[0].date, events[0].eventDate], ['2017-04-12', '2017-04-07']);
    const table = runCli(['code', '--date', '2017-12-31', '-f', 'table', file]).stdout;
    assert.match(table, /^date\s+happened\s/);
    assert.match(table, /2017-04-12\s+2017-04-07\s/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
