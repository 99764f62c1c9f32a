// Dictionary files: the pattern language, loading errors that name file and line, the ontology table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PatternSet, parsePattern } from '../src/events/patterns.js';
import { ActorDictionary } from '../src/actors/dictionary.js';
import { CameoTable, quadClassOf } from '../src/ontology/cameo.js';
import { analyze } from '../src/text/nlp.js';
import { DICTIONARY_DIR } from '../src/dictionaries/tsv.js';

const tmp = mkdtempSync(join(tmpdir(), 'detente-dict-'));

test('pattern language: lemmas, alternatives, gaps, optional words, parts of speech', () => {
  const dir = join(tmp, 'verbs-ok');
  mkdirSync(dir);
  writeFileSync(join(dir, '11-test.tsv'), '# a comment\n112\taccuse * of\n190\tstrike =VERB\n0874\twithdraw (its) troops\n');
  const set = PatternSet.load(dir);
  assert.equal(set.patterns.length, 3);
  const codes = (text: string) => set.matchAll(analyze(text)[0]!.tokens, () => false).map((m) => m.pattern.cameo).sort();
  assert.deepEqual(codes('Ukraine accused the Russian army of shelling.'), ['112']);
  assert.deepEqual(codes('Jets struck the town.'), ['190'], 'a verb, inflected');
  assert.deepEqual(codes('The strike was planned for weeks.'), [], 'the noun is not the verb');
  assert.deepEqual(codes('Russia withdrew its troops.'), ['0874']);
  assert.deepEqual(codes('Russia withdrew troops.'), ['0874'], 'optional word absent');
  assert.deepEqual(codes('Ukraine accused Russia, Belarus, Iran and North Korea of aggression.'), [], 'a gap holds at most four tokens');
  assert.throws(() => parsePattern('* attack'), /must start with a/);
  assert.throws(() => parsePattern('attack =ADV'), /=NOUN, =VERB or =ADJ/);
});

test('a word class ($NAME) stands for each of its words, in every pattern that names it', () => {
  const dir = join(tmp, 'verbs-classes');
  mkdirSync(dir);
  const classes = join(tmp, 'word-classes.tsv');
  writeFileSync(classes, '# condemning words\nBAD\tunlawful\nBAD\tfarce\n');
  writeFileSync(join(dir, '11-test.tsv'), '111\tcall * $BAD|wrong\n');
  const set = PatternSet.load(dir, classes);
  const codes = (text: string) => set.matchAll(analyze(text)[0]!.tokens, () => false).map((m) => m.pattern.cameo);
  assert.deepEqual(codes('Moscow called the arrests unlawful.'), ['111']);
  assert.deepEqual(codes('The opposition called the trial a farce.'), ['111']);
  assert.deepEqual(codes('He called the decision wrong.'), ['111']);
  assert.deepEqual(codes('He called the decision historic.'), []);
  writeFileSync(join(dir, '11-test.tsv'), '111\tcall * $BAD\n111\tcall * $GOOD\n');
  assert.throws(() => PatternSet.load(dir, classes), /11-test\.tsv:2: unknown word class "\$GOOD"/);
  writeFileSync(classes, 'BAD\tunlawful|illegal\n');
  assert.throws(() => PatternSet.load(dir, classes), /word-classes\.tsv:1: one word per line/);
});

test('a bad dictionary line is reported with its file and line', () => {
  const dir = join(tmp, 'verbs-bad');
  mkdirSync(dir);
  writeFileSync(join(dir, '19-bad.tsv'), '190\tattack\n19x\tshell\n');
  assert.throws(() => PatternSet.load(dir), /19-bad\.tsv:2: bad CAMEO code "19x"/);
  const flags = join(tmp, 'verbs-flags');
  mkdirSync(flags);
  writeFileSync(join(flags, '07.tsv'), '070\treceive * aid\tbackwards\n');
  assert.throws(() => PatternSet.load(flags), /07\.tsv:1: unknown flag "backwards"/);
  const actors = join(tmp, 'actors');
  mkdirSync(join(actors, 'people'), { recursive: true });
  writeFileSync(join(actors, 'countries.tsv'), 'RUS\tGOV\tKremlin\n');
  writeFileSync(join(actors, 'organizations.tsv'), 'IGO\tUNO\tIGO\tUnited Nations\n');
  writeFileSync(join(actors, 'agents.tsv'), 'GOV\tminister\n');
  writeFileSync(join(actors, 'people', 'x.tsv'), 'Jane Doe|Doe\tUSA\tGOV\t2020-13-01\t-\tEnvoy\n');
  assert.throws(() => ActorDictionary.load(actors), /x\.tsv:1: bad date/);
  // An organisation's periods: a bad date is reported at its line; good periods resolve by the article's date.
  writeFileSync(join(actors, 'people', 'x.tsv'), 'Jane Doe|Doe\tUSA\tGOV\t2020-01-01\t-\tEnvoy\n');
  writeFileSync(join(actors, 'organizations.tsv'), 'SDN\tSPLA\tREB\tSPLA\t1983\t2011-07-08\nSSD\tSPLA\tMIL\tSPLA\t2011-07-09\tsoon\n');
  assert.throws(() => ActorDictionary.load(actors), /organizations\.tsv:2: bad date "soon"/);
  writeFileSync(join(actors, 'organizations.tsv'), 'SDN\tSPLA\tREB\tSPLA\t1983\t2011-07-08\nSSD\tSPLA\tMIL\tSPLA\t2011-07-09\t-\n');
  const dated = ActorDictionary.load(actors);
  const spla = dated.match(analyze('The SPLA attacked.')[0]!.tokens).find((m) => m.entry.org === 'SPLA')!.entry;
  assert.deepEqual(dated.resolve(spla, '2002-01-19'), { code: 'SDN', sector: 'REB', org: 'SPLA' });
  assert.deepEqual(dated.resolve(spla, '2014-01-05'), { code: 'SSD', sector: 'MIL', org: 'SPLA' });
  assert.deepEqual(dated.resolve(spla, '1980-01-01'), { code: 'SDN', sector: 'REB', org: 'SPLA' });
});

test('the shipped dictionaries load and meet their size bars', () => {
  const actors = ActorDictionary.load();
  assert.ok(actors.size.organizations >= 80, `organisations: ${actors.size.organizations}`);
  assert.ok(actors.size.agents >= 100, `agent terms: ${actors.size.agents}`);
  assert.ok(actors.size.personRoles >= 600, `person-roles: ${actors.size.personRoles}`);
  assert.ok(actors.size.countries >= 240, `countries: ${actors.size.countries}`);
  const patterns = PatternSet.load(join(DICTIONARY_DIR, 'verbs'));
  const roots = new Set(patterns.patterns.map((p) => p.cameo.slice(0, 2)));
  for (let r = 3; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r} has patterns`);
  assert.ok(patterns.patterns.length >= 1500, `patterns: ${patterns.patterns.length}`);
});

test('ontology: CAMEO to PLOVER, Goldstein, PLOVER scores and quad classes', () => {
  const t = new CameoTable();
  assert.deepEqual([t.get('190')!.plover, t.get('190')!.goldstein, t.get('190')!.quadClass], ['ASSAULT', -10, 4]);
  assert.deepEqual([t.get('0841')!.plover, t.get('0841')!.mode], ['RETREAT', 'release']);
  assert.equal(t.get('010')!.plover, null, 'statements have no PLOVER category');
  assert.equal(t.get('1384')!.plover, 'THREATEN');
  assert.equal(t.get('042')!.ploverScore, 4, 'CONSULT visit');
  assert.deepEqual([quadClassOf('036'), quadClassOf('073'), quadClassOf('112'), quadClassOf('163'), quadClassOf('195')], [1, 2, 3, 3, 4]);
  // Appeals are coded as PLOVER REQUESTs, verbal conflict as demands are.
  assert.deepEqual([quadClassOf('020'), quadClassOf('0256'), quadClassOf('010'), quadClassOf('100')], [3, 3, 1, 3]);
});
