// Actor arguments: codes or names ("Russia", "Putin", "United States") resolve to the codes events are stored under,
// in the resolver and through the CLI; unknown and ambiguous ones are errors that say what was meant.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { ActorDictionary } from '../src/actors/dictionary.js';
import { analyze } from '../src/text/nlp.js';
import { ActorSearch } from '../src/actors/search.js';
import { dictionaryActorSearch, resolveActor, UnknownActorError } from '../src/actors/resolve.js';
import { openStore } from '../src/store/index.js';
import { actorRef, stored, tempDir } from './support/fixtures.js';
import { runCli } from './support/cli.js';

const search = dictionaryActorSearch();
const code = (input: string) => resolveActor(search, input).code;
const failure = (input: string, s = search): UnknownActorError => {
  try {
    resolveActor(s, input);
  } catch (err) {
    assert.ok(err instanceof UnknownActorError, `${input}: ${String(err)}`);
    return err;
  }
  assert.fail(`"${input}" resolved, but should not`);
};

test('codes in any case, country names, aliases, capitals, people and organisations', () => {
  assert.deepEqual(['USA', 'rus', 'Nato', 'UNO', 'IGO'].map(code), ['USA', 'RUS', 'NATO', 'UNO', 'IGO']);
  assert.deepEqual(['Russia', 'United States', 'russian federation', 'Moscow', '  Washington '].map(code), ['RUS', 'USA', 'RUS', 'RUS', 'USA']);
  assert.deepEqual(['Putin', 'Vladimir Putin', 'Kerry', 'Sergey Lavrov'].map(code), ['RUS', 'RUS', 'USA', 'RUS']);
  assert.deepEqual(['United Nations', 'UN', 'Hamas'].map(code), ['UNO', 'UNO', 'PSE']);
  // A name says which actor it named; a code does not.
  const putin = resolveActor(search, 'Putin');
  assert.deepEqual([putin.name, putin.via?.name, putin.via?.kind], ['Russia', 'Vladimir Putin', 'person']);
  assert.equal(resolveActor(search, 'RUS').via, null);
  // A country outranks an organisation or person of the same name.
  assert.equal(code('Georgia'), 'GEO');
});

test('an unknown actor is an error that suggests the nearest codes and names', () => {
  assert.equal(failure('Rusia').message.split(',')[0], "Unknown actor 'Rusia'. Did you mean: RUS (Russia)");
  assert.match(failure('Untied States').message, /Did you mean: USA \(United States\)/);
  assert.match(failure('Puttin').message, /RUS \(Vladimir Putin\)/);
  assert.deepEqual(failure('Xyzzyqq').suggestions, []);
  assert.match(failure('Xyzzyqq').message, /^Unknown actor 'Xyzzyqq'\. It is no code or name in the actor dictionaries\.$/);
  assert.throws(() => resolveActor(search, '  '), /an actor must be a code or a name, got nothing/);
});

test('a name shared by actors of one kind with different codes is ambiguous', () => {
  const d = new ActorDictionary();
  const person = (name: string, country: string) => ({
    kind: 'person' as const, name, code: country, sector: 'GOV', origin: 'test', roles: [{ code: country, sector: 'GOV', start: '', end: '', role: 'Minister' }],
  });
  const a = person('Ana Silva', 'BRA'), b = person('Ana Silva Costa', 'PRT');
  d.add('Ana Silva', a); d.add('Silva', a);
  d.add('Ana Silva Costa', b); d.add('Silva', b);
  const s = new ActorSearch(d);
  const e = failure('Silva', s);
  assert.match(e.message, /^Ambiguous actor 'Silva': it names BRA \(Ana Silva\), PRT \(Ana Silva Costa\)\. Give the code instead\.$/);
  assert.equal(resolveActor(s, 'Ana Silva').code, 'BRA');
});

const dir = tempDir('actors');
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'a.db');
{
  const store = openStore(db);
  store.ingestBatch([
    stored({ id: 'a1', date: '2022-02-21', text: 'Washington condemned Moscow.' }, [{ actor: 'USA', recipient: 'RUS', cameo: '122', goldstein: -4, plover: -4, quad: 3 }]),
    stored({ id: 'a2', date: '2022-02-24', text: 'Putin threatened Washington.' },
      [{ actor: [actorRef('RUS', 'Vladimir Putin', { sector: 'GOV' })], recipient: 'USA', cameo: '138', goldstein: -7, plover: -6, quad: 3 }]),
  ]);
  store.close();
}

test('CLI: `detente relations USA Russia` and names in --actor / --recipient', () => {
  const byName = runCli(['relations', 'USA', 'Russia', '--db', db, '--format', 'json']);
  assert.equal(byName.status, 0, byName.stderr);
  assert.match(byName.stderr, /'Russia' is RUS \(Russia\)/);
  const byCode = runCli(['relations', 'USA', 'RUS', '--db', db, '--format', 'json']);
  const [n, c] = [JSON.parse(byName.stdout), JSON.parse(byCode.stdout)];
  assert.deepEqual([n.a, n.b], ['USA', 'RUS']);
  assert.deepEqual(n.periods, c.periods);
  assert.deepEqual([n.periods[0].aToB.events, n.periods[0].bToA.events], [1, 1]);
  const table = runCli(['relations', 'United States', 'Putin', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stderr, /'Putin' is RUS \(Vladimir Putin, counted as Russia\)/);
  assert.match(table.stdout, /USA→RUS/);
  const events = runCli(['events', '--db', db, '--actor', 'Putin', '--recipient', 'washington', '--format', 'jsonl']).stdout.trim().split('\n');
  assert.deepEqual(events.map((l) => JSON.parse(l).docId), ['a2']);
});

test('CLI: an unknown actor fails with suggestions and reads no database', () => {
  const missingDb = join(dir, 'none.db');
  const r = runCli(['relations', 'USA', 'Rusia', '--db', missingDb]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^detente: Unknown actor 'Rusia'\. Did you mean: RUS \(Russia\)/);
  const ev = runCli(['events', '--db', db, '--recipient', 'Chinaa']);
  assert.equal(ev.status, 1);
  assert.match(ev.stderr, /--recipient: Unknown actor 'Chinaa'\. Did you mean: CHN \(China\)/);
  assert.ok(!existsSync(missingDb));
  const same = runCli(['relations', 'Russia', 'Putin', '--db', db]);
  assert.equal(same.status, 1);
  assert.match(same.stderr, /A and B must be different actors, got RUS twice/);
});

test('plural agent words match as the first word of a sentence and before names that start with them', () => {
  const dict = ActorDictionary.load();
  const agentsIn = (text: string) => dict.match(analyze(text)[0]!.tokens).filter((m) => m.entry.kind === 'agent').map((m) => m.entry.name);
  // The tagger reads a capitalised first word as a name and gives it no base form.
  assert.deepEqual(agentsIn('Officials said the talks failed.'), ['official']);
  assert.deepEqual(agentsIn('Protesters attacked the embassy.'), ['protester', 'embassy']);
  assert.deepEqual(agentsIn('Gunmen opened fire on the bus.'), ['gunman']);
  assert.deepEqual(agentsIn('Militias attacked the town.'), ['militia']);
  // "teachers' union" starts with "teachers": the plural alone is still the agent word.
  assert.equal(agentsIn('Serbian teachers went on strike.').length, 1);
});
