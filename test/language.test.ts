// Language identification: articles not in English are skipped with a reason, in `code` and `ingest`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/text/language.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';

// Sentences written for this test in 13 languages, news of the kind detente codes.
const rows: Array<{ lang: string; text: string }> = readFileSync(new URL('./fixtures/languages.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

test('every English sentence of the fixture is kept and every other one is detected as its language', async () => {
  assert.ok(rows.length >= 40);
  const wrong: string[] = [];
  for (const r of rows) {
    const v = await detectLanguage(r.text);
    if (r.lang === 'en' ? !v.english : v.english || v.language !== r.lang) wrong.push(`${r.lang} → ${v.language}: ${r.text}`);
  }
  // Russian and Bulgarian (and Ukrainian) share most of their letters and words: the language may be the wrong
  // Slavic one, but the article is never taken for English.
  const notEnglishMissed = wrong.filter((w) => !/^(ru|uk) → (bg|ru|uk|sr|be):/.test(w));
  assert.deepEqual(notEnglishMissed, []);
  // Names alone are too little to judge: taken as English.
  assert.equal((await detectLanguage('Kim Jong Un visited Pyongyang.')).english, true);
  assert.equal((await detectLanguage('Venezuela recalled its ambassador from Bogota.')).english, true);
  assert.deepEqual(await detectLanguage('Le président français a rencontré le chancelier allemand à Berlin pour discuter de la guerre.'),
    { english: false, language: 'fr', name: 'French' });
});

test('code and ingest skip an article in another language with file, line, id and language on stderr', () => {
  const dir = tempDir('language');
  try {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, [
      { id: 'en1', date: '2022-03-01', text: 'Russia accused Ukraine of shelling the nuclear plant.' },
      { id: 'fr1', date: '2022-03-01', text: "La Russie a accusé l'Ukraine d'avoir bombardé la centrale nucléaire, selon le ministère." },
      { id: 'ru1', date: '2022-03-01', text: 'Россия обвинила Украину в обстреле атомной электростанции.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const code = runCli(['code', file]);
    assert.equal(code.status, 0, code.stderr);
    const docs = new Set(code.stdout.trim().split('\n').map((l) => JSON.parse(l).docId));
    assert.deepEqual([...docs], ['en1']);
    assert.match(code.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: skipped article fr1: written in French \\(fr\\), not English`));
    assert.match(code.stderr, /:3: skipped article ru1: written in (Russian|Bulgarian|Ukrainian) \((ru|bg|uk)\), not English/);
    const db = join(dir, 'x.db');
    const ingest = runCli(['ingest', '--db', db, file]);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stderr, /:2: skipped article fr1: written in French/);
    const stored = runCli(['events', '--db', db, '--format', 'jsonl']);
    const storedDocs = new Set(stored.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).docId));
    assert.deepEqual([...storedDocs], ['en1']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
