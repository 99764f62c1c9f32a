// `detente ingest --replace` and `detente delete` end to end (the real CLI and coder), on both store backends:
// a corrected article is re-stored and re-coded, deleted articles take their events with them, and the store's
// counts, clusters and relations match a store built from the corrected input alone.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';
import { backends } from './support/backends.js';

const dir = tempDir('replace');
after(() => rmSync(dir, { recursive: true, force: true }));
const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

const original = [
  { id: 'r1', date: '2024-03-01', source: 'A', text: 'Russian forces shelled the Ukrainian city of Kharkiv on Friday, officials said.' },
  { id: 'r2', date: '2024-03-01', source: 'B', text: 'The United States condemned Russia for the attack on civilians in Kharkiv.' },
  { id: 'r3', date: '2024-03-02', source: 'C', text: 'China and Brazil signed a trade agreement covering soybeans and iron ore.' },
];
// r2 was dated wrongly and its text was cut; r3 is withdrawn.
const corrected = { id: 'r2', date: '2024-04-15', source: 'B', text: 'The United States condemned Iran for seizing a tanker in the Gulf of Oman.' };

/** What a store holds, in terms that do not depend on the order things were stored in. */
function summary(store: Store) {
  const { articles, duplicates, events, clusters } = store.stats();
  const byDoc = store.events({ dedup: false }).map((e) => `${e.docId} ${e.date} ${e.actor[0]?.code}>${e.recipient[0]?.code} ${e.cameo} m${e.mentions}`).sort();
  return { articles, duplicates, events, clusters, byDoc, usaIrn: store.relations({ a: 'USA', b: 'IRN', interval: 'month' }) };
}

for (const backend of backends('replace')) {
  describe(`ingest --replace and delete on ${backend.name}`, { skip: backend.skip }, () => {
    after(async () => {
      await backend.cleanup();
    });

    test('a corrected article is re-coded in place of the old one; a deleted one leaves nothing behind', async () => {
      const db = await backend.newDatabase();
      const first = join(dir, `${backend.name}-first.jsonl`), fix = join(dir, `${backend.name}-fix.jsonl`);
      writeFileSync(first, jsonl(original));
      writeFileSync(fix, jsonl([corrected]));
      assert.equal(runCli(['ingest', '--db', db, first]).status, 0);
      // Without --replace the correction is skipped as already stored.
      const plain = runCli(['ingest', '--db', db, fix]);
      assert.match(plain.stdout, /stored\s+0\n/);
      const replaced = runCli(['ingest', '--replace', '--db', db, fix]);
      assert.equal(replaced.status, 0, replaced.stderr);
      assert.match(replaced.stdout, /stored\s+1 \(1 replacing the stored version\)/);
      const deleted = runCli(['delete', '--db', db, 'r3', 'nope']);
      assert.equal(deleted.status, 2);
      assert.match(deleted.stdout, /^deleted 1 article and \d+ events?\n$/);
      assert.match(deleted.stderr, /not stored \(nothing deleted\): nope/);

      // The same as a store built from the corrected input alone.
      const fresh = await backend.newDatabase();
      const freshInput = join(dir, `${backend.name}-fresh.jsonl`);
      writeFileSync(freshInput, jsonl([original[0], corrected]));
      assert.equal(runCli(['ingest', '--db', fresh, freshInput]).status, 0);
      const [a, b] = [openStore(db), openStore(fresh)];
      try {
        assert.equal(a.article('r2')!.date, '2024-04-15');
        assert.equal(a.article('r3'), undefined);
        const got = summary(a);
        assert.deepEqual(got, summary(b));
        assert.ok(got.byDoc.some((e) => e.startsWith('r2 2024-04-15 USA>IRN')), got.byDoc.join('\n'));
        assert.ok(!got.byDoc.some((e) => e.startsWith('r3 ')));
      } finally {
        a.close();
        b.close();
      }
    });

    test('delete without ids is an error that says how to give them', async () => {
      const db = await backend.newDatabase();
      writeFileSync(join(dir, 'one.jsonl'), jsonl([original[2]]));
      assert.equal(runCli(['ingest', '--db', db, join(dir, 'one.jsonl')]).status, 0);
      const r = runCli(['delete', '--db', db]);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /give article ids as arguments or with --ids FILE/);
      const fromStdin = runCli(['delete', '--db', db, '--ids', '-'], { input: '# withdrawn\nr3\n\n' });
      assert.equal(fromStdin.status, 0, fromStdin.stderr);
      assert.match(fromStdin.stdout, /^deleted 1 article/);
    });
  });
}
