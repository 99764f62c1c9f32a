// The dependency parser: the constructions the event coder reads, CoNLL-U in and out, bad input, and (when the UD
// treebanks are beside the repository) accuracy and reproducible training.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './support/cli.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConllu, parseConllu } from '../src/text/parser/conllu.js';
import {
  BEAM_MODEL_PATH, DEFAULT_MODEL_PATH, decodeModel, decodeParserWeights, decodeTagger, encodeModel, encodeModelTables, encodeParserWeights, loadBeamParser,
  loadParser, modelTablesOf, parserFromModel, parserFromWeights, parserWeightsOf, taggerFingerprint, type ParserModel,
} from '../src/text/parser/model-file.js';
import { buildWordClusters, parseAll, scoreParses, tagClassOf, taggedSentences, trainParser, trainParserBeam, trainTaggerJackknifed } from '../src/text/parser/train.js';
import { CLUSTER_BRANCHING, clusterVectors } from '../src/text/parser/clusters.js';
import { Tagger, wordAtoms } from '../src/text/parser/tagger.js';
import { prng } from '../src/random.js';
import { DEFAULT_UD_DIR } from '../src/text/parser/treebanks.js';
import { Templates, featureHash } from '../src/text/parser/hash.js';
import { DenseWeights, QuantisedDenseWeights, QuantisedSparseWeights, SparseWeights, quantisedDenseTable, quantisedSparseTable, type WeightRows } from '../src/text/parser/weights.js';
import { WordTable, wordTableData } from '../src/text/parser/word-table.js';
import { DependencyParser, type Parse } from '../src/text/parser/parser.js';
import { formatTree } from '../src/text/parser/format.js';

const parser = loadParser();

/** Parses a sentence given as space-separated tokens; returns a lookup by word form. */
function parse(tokens: string) {
  const p = parser.parse(tokens.split(' '));
  const at = (form: string) => {
    const i = p.forms.indexOf(form);
    assert.ok(i >= 0, `no word "${form}"`);
    return i;
  };
  return {
    p,
    /** The form of the head of `form` ('ROOT' for the root). */
    head: (form: string) => (p.head[at(form)]! < 0 ? 'ROOT' : p.forms[p.head[at(form)]!]!),
    rel: (form: string) => p.deprel[at(form)]!,
    arc: (form: string) => `${p.deprel[at(form)]}(${p.head[at(form)]! < 0 ? 'ROOT' : p.forms[p.head[at(form)]!]})`,
  };
}

test('passive with an agent: subject, auxiliary and agent', () => {
  const s = parse('The convoy was attacked by rebels near the border .');
  assert.equal(s.arc('convoy'), 'nsubj:pass(attacked)');
  assert.equal(s.arc('was'), 'aux:pass(attacked)');
  assert.equal(s.arc('rebels'), 'obl:agent(attacked)');
  assert.equal(s.rel('attacked'), 'root');
});

test('passive without an agent', () => {
  const s = parse('Two Russian diplomats were expelled on Monday .');
  assert.equal(s.arc('diplomats'), 'nsubj:pass(expelled)');
  assert.equal(s.arc('Monday'), 'obl(expelled)');
});

test('object control: the object of "urged" is the subject of the infinitive', () => {
  const s = parse('The United States urged Iran to stop enrichment .');
  assert.equal(s.arc('States'), 'nsubj(urged)');
  assert.equal(s.arc('Iran'), 'obj(urged)');
  assert.equal(s.arc('stop'), 'xcomp(urged)');
  assert.equal(s.arc('enrichment'), 'obj(stop)');
});

test('subject control', () => {
  const s = parse('Russia agreed to withdraw its troops from the border .');
  assert.equal(s.arc('Russia'), 'nsubj(agreed)');
  assert.equal(s.arc('withdraw'), 'xcomp(agreed)');
  assert.equal(s.arc('troops'), 'obj(withdraw)');
  assert.equal(s.arc('its'), 'nmod:poss(troops)');
});

test('relative clauses, with and without a relative pronoun', () => {
  const a = parse('The attack Damascus launched against its own people was condemned .');
  assert.equal(a.arc('launched'), 'acl:relcl(attack)');
  assert.equal(a.arc('Damascus'), 'nsubj(launched)');
  assert.equal(a.arc('attack'), 'nsubj:pass(condemned)');
});

test('a relative clause inside the subject', { todo: 'the current model (EWT dev UAS 0.84) makes "rebels" the root here; see docs/parser.md' }, () => {
  const b = parse('The rebels who seized the town released the hostages .');
  assert.equal(b.arc('seized'), 'acl:relcl(rebels)');
  assert.equal(b.arc('who'), 'nsubj(seized)');
  assert.equal(b.arc('hostages'), 'obj(released)');
  assert.equal(b.arc('rebels'), 'nsubj(released)');
});

test('coordinated subjects and coordinated verbs', () => {
  const a = parse('France and Germany condemned the missile test .');
  assert.equal(a.arc('France'), 'nsubj(condemned)');
  assert.equal(a.arc('Germany'), 'conj(France)');
  assert.equal(a.arc('and'), 'cc(Germany)');
  const b = parse('Protesters burned flags and attacked the embassy .');
  assert.equal(b.arc('attacked'), 'conj(burned)');
  assert.equal(b.arc('embassy'), 'obj(attacked)');
  assert.equal(b.arc('Protesters'), 'nsubj(burned)');
});

test('appositives and possessives', () => {
  const a = parse('Sergei Lavrov , Russia \'s foreign minister , met John Kerry in Geneva .');
  assert.equal(a.arc('minister'), 'appos(Sergei)');
  assert.equal(a.arc('Russia'), 'nmod:poss(minister)');
  assert.equal(a.arc('Sergei'), 'nsubj(met)');
  assert.equal(a.arc('John'), 'obj(met)');
  assert.equal(a.arc('Geneva'), 'obl(met)');
  const b = parse('Washington \'s allegations against Assad were rejected by Moscow .');
  assert.equal(b.arc('Washington'), 'nmod:poss(allegations)');
  assert.equal(b.arc('Assad'), 'nmod(allegations)');
  assert.equal(b.arc('Moscow'), 'obl:agent(rejected)');
});

test('light verbs with prepositional objects', () => {
  const s = parse('Putin held talks with Erdogan in Sochi on Friday .');
  assert.equal(s.arc('Putin'), 'nsubj(held)');
  assert.equal(s.arc('talks'), 'obj(held)');
  // "with Erdogan" may attach to the verb or to the noun; either way it hangs off the talks event.
  assert.match(s.arc('Erdogan'), /^(obl\(held\)|nmod\(talks\))$/);
  assert.equal(s.arc('Sochi'), 'obl(held)');
});

test('reported speech, speaker first and speaker last', () => {
  const a = parse('Lavrov said the strike was unlawful .');
  assert.equal(a.arc('Lavrov'), 'nsubj(said)');
  assert.equal(a.arc('unlawful'), 'ccomp(said)');
  assert.equal(a.arc('strike'), 'nsubj(unlawful)');
  const b = parse('The strike was unlawful , Lavrov said .');
  assert.equal(b.arc('Lavrov'), 'nsubj(said)');
  assert.equal(b.arc('said'), 'parataxis(unlawful)');
  assert.equal(b.rel('unlawful'), 'root');
});

test('negation and modals attach to the verb they modify', () => {
  const a = parse('China will not accept the proposal .');
  assert.equal(a.arc('not'), 'advmod(accept)');
  assert.equal(a.arc('will'), 'aux(accept)');
  assert.equal(a.arc('proposal'), 'obj(accept)');
  const b = parse('The United States may impose sanctions on Turkey .');
  assert.equal(b.arc('may'), 'aux(impose)');
  assert.equal(b.arc('sanctions'), 'obj(impose)');
  assert.match(b.arc('Turkey'), /^(obl\(impose\)|nmod\(sanctions\))$/);
});

test('every parse is a tree: one root, every word reaches it', () => {
  for (const text of ['Hello', '. . .', 'the the the the', 'Kerry , Lavrov and Zarif met ; talks failed , officials said !']) {
    const p: Parse = parser.parse(text.split(' '));
    assert.equal([...p.head].filter((h) => h < 0).length, 1, text);
    for (let i = 0; i < p.forms.length; i++) {
      let at = i;
      for (let steps = 0; at >= 0; steps++) {
        assert.ok(steps <= p.forms.length, `cycle in "${text}"`);
        at = p.head[at]!;
      }
    }
  }
});

test('compiled feature templates give the hashes of the reference hash, atom for atom', () => {
  const spec = [[3, 0], [17, 2, 1], [40, 1, 3, 0], [106, 3, 2, 1, 0], [9, 4, 4]];
  const templates = new Templates(spec);
  const out = new Uint32Array(spec.length);
  const atoms = Int32Array.from([0x7fffffff, -5, 0, 123456789, -0x80000000]);
  assert.equal(templates.hash(atoms, out), spec.length);
  spec.forEach(([t, ...at], i) => assert.equal(out[i], featureHash(t!, ...at.map((a) => atoms[a]!)), `template ${t}`));
  assert.equal(new Set(out).size, spec.length);
  assert.ok(out.every((h) => h !== 0));
});

/** Seeded random weight rows as training makes them: ascending distinct non-zero keys, a few classes per row. */
function randomRows(nRows: number, nClasses: number, seed: number): WeightRows {
  const random = prng(seed);
  const keys = new Set<number>();
  while (keys.size < nRows) keys.add(Math.floor(random() * 0xffffffff) + 1);
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  const rowStart = new Uint32Array(nRows + 1);
  const classes: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nClasses; c++) {
      if (random() < 0.5) continue;
      classes.push(c);
      values.push((random() - 0.5) * 40);
    }
    rowStart[r + 1] = classes.length;
  }
  return { nClasses, keys: sorted, rowStart, classes: Uint8Array.from(classes), values: Float32Array.from(values) };
}

/** The rows with 16-bit weights, as a model file holds them (the same rounding as the file's writer). */
function quantisedRows(w: WeightRows): WeightRows {
  const max = w.values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const scale = max / 32767;
  const q = Int16Array.from(w.values, (v) => Math.round(v / scale));
  return { ...w, values: Float32Array.from(q, (x) => x * scale), quantised: { q, scale } };
}

test('the weight tables give every feature the scores of the plain rows they are built from', () => {
  const rows = quantisedRows(randomRows(20000, 3, 5));
  const tables = [new DenseWeights(rows), new QuantisedDenseWeights(rows), new QuantisedDenseWeights(quantisedDenseTable(rows, false))];
  const sparseRows = quantisedRows(randomRows(20000, 60, 6));
  const sparse = [new SparseWeights(sparseRows), new QuantisedSparseWeights(sparseRows), new QuantisedSparseWeights(quantisedSparseTable(sparseRows, true))];
  const probe = (w: WeightRows, table: { add(h: number, s: Float32Array): void }, key: number, r: number) => {
    const expected = new Float32Array(w.nClasses);
    if (r >= 0) for (let p = w.rowStart[r]!; p < w.rowStart[r + 1]!; p++) expected[w.classes[p]!] = w.values[p]!;
    const got = new Float32Array(w.nClasses);
    table.add(key, got);
    assert.deepEqual(got, expected, `feature ${key}`);
  };
  for (let r = 0; r < rows.keys.length; r += 7) for (const t of tables) probe(rows, t, rows.keys[r]!, r);
  for (let r = 0; r < sparseRows.keys.length; r += 7) for (const t of sparse) probe(sparseRows, t, sparseRows.keys[r]!, r);
  // Hashes of no feature: nothing added.
  const known = new Set([...rows.keys, ...sparseRows.keys]);
  for (let i = 1; i < 5000; i++) {
    const key = Math.imul(i, 0x9e3779b1) >>> 0;
    if (key === 0 || known.has(key)) continue;
    for (const t of tables) probe(rows, t, key, -1);
    for (const t of sparse) probe(sparseRows, t, key, -1);
  }
});

test('word tables give the value of every word of the map they are built from, and nothing for other words', () => {
  const random = prng(9);
  const map = new Map<number, number>([[0, 7], [-1, 0], [0x7fffffff, 1024], [-0x80000000, 3]]);
  while (map.size < 5000) map.set((random() * 0x100000000) | 0, Math.floor(random() * 1025));
  const table = new WordTable(wordTableData(map));
  for (const [word, value] of map) assert.equal(table.get(word), value, `word ${word}`);
  for (let i = 0; i < 5000; i++) {
    const word = (random() * 0x100000000) | 0;
    if (!map.has(word)) assert.equal(table.get(word), undefined, `word ${word}`);
  }
  // The same map in another order: the same bytes (the model file is reproducible).
  const again = wordTableData(new Map([...map].reverse()));
  assert.deepEqual(again, wordTableData(map));
  assert.throws(() => wordTableData(new Map([[1, 70000]])), /value 70000 of word 1 is not an integer in 0\.\.65534/);
});

test('word clusters: separated groups of vectors split apart at the top level, and the codes are prefix codes', () => {
  const dims = 8;
  const random = prng(3);
  // Three groups of 60 vectors, each near one axis; k-means into 16 then 4, 4, 4 must never mix two groups.
  const n = 180;
  const vectors = new Float32Array(n * dims);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dims; j++) vectors[i * dims + j] = (random() - 0.5) * 0.2;
    vectors[i * dims + (i % 3)] += 5;
  }
  const code = clusterVectors(vectors.slice(), dims, CLUSTER_BRANCHING, 8, 1);
  assert.deepEqual(clusterVectors(vectors.slice(), dims, CLUSTER_BRANCHING, 8, 1), code, 'the same vectors and seed give the same clusters');
  assert.ok(code.every((c) => c < 1024));
  const groupsOfTop = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    const top = code[i]! >> 6;
    if (!groupsOfTop.has(top)) groupsOfTop.set(top, new Set());
    groupsOfTop.get(top)!.add(i % 3);
  }
  for (const [top, groups] of groupsOfTop) assert.equal(groups.size, 1, `top cluster ${top} mixes groups ${[...groups]}`);
  // The table: keyed as the word atoms key words, the more frequent of two words that fold to one key kept.
  const clusters = buildWordClusters(['Iran', '1998', 'iran', '2003'], Float32Array.from([1, 0, 0, 1, 1, 0, 0, 1]), 2, 1);
  assert.equal(clusters.size, 2);
  const a = wordAtoms(['IRAN', 'Iran', '1776', 'unknownword'], clusters);
  assert.ok(a.c1024[0]! > 0 && a.c1024[0] === a.c1024[1]);
  assert.ok(a.c1024[2]! > 0 && a.c1024[2] !== a.c1024[0]);
  assert.equal(a.c1024[3], 0);
  assert.equal(a.c16[0], ((a.c1024[0]! - 1) >> 6) + 1);
});

// --- CoNLL-U and the command line ---

const cli = (args: string[], input?: string | Buffer) => runCli(args, { input });

const CONLLU = [
  '# sent_id = a',
  '# text = I don\'t know.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

test('CoNLL-U in: tokens, ranges and comments kept; tags, heads and relations its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-parse-'));
  // Input with wrong heads and tags: the output must not echo them.
  const scrambled = CONLLU.replace(/\t4\tnsubj/, '\t5\tobj').replace('PRON\tPRP', 'NOUN\tNN');
  writeFileSync(join(dir, 'in.conllu'), scrambled);
  const r = cli(['parse', '--input-format', 'conllu', join(dir, 'in.conllu')]);
  assert.equal(r.status, 0, r.stderr);
  const { sentences, errors } = parseConllu(r.stdout);
  assert.deepEqual(errors, []);
  assert.equal(sentences.length, 1);
  const s = sentences[0]!;
  assert.deepEqual(s.words.map((w) => w.form), ['I', 'do', "n't", 'know', '.']);
  assert.ok(r.stdout.includes("2-3\tdon't\t"), 'the multiword-token range is kept');
  assert.ok(r.stdout.startsWith('# sent_id = a\n# text = I don\'t know.\n'));
  assert.equal(s.words[0]!.upos, 'PRON');
  assert.equal(s.words[0]!.head, 4);
  assert.equal(s.words[0]!.deprel, 'nsubj');
  assert.equal(s.words[4]!.misc, '_');
  assert.equal(s.words[3]!.misc, 'SpaceAfter=No');
});

test('malformed CoNLL-U: an error with the line number, the good sentences still parsed', () => {
  const bad = CONLLU + '\n1\tbroken line with too few columns\n\n' + CONLLU.replace('sent_id = a', 'sent_id = b');
  const r = cli(['parse', '--input-format', 'conllu', '-'], bad);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /stdin:10: expected 10 tab-separated columns, found 2; sentence skipped/);
  const { sentences } = parseConllu(r.stdout);
  assert.equal(sentences.length, 2);
});

test('text in: CoNLL-U and tree output', () => {
  const r = cli(['parse', '-'], 'Lavrov said the strike was unlawful. He also criticized NATO.');
  assert.equal(r.status, 0, r.stderr);
  const { sentences } = parseConllu(r.stdout);
  assert.equal(sentences.length, 2);
  assert.equal(sentences[1]!.words.find((w) => w.form === 'NATO')!.deprel, 'obj');
  const t = cli(['parse', '--format', 'tree', '-'], 'Lavrov said the strike was unlawful.');
  assert.match(t.stdout, /^said VERB root\n├── Lavrov PROPN nsubj\n/);
});

test('bad input ends without a crash: empty file, binary junk, a 10 MB line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-parse-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const empty = cli(['parse', join(dir, 'empty.txt')]);
  assert.equal(empty.status, 0, empty.stderr);
  assert.equal(empty.stdout, '');
  const junk = Buffer.alloc(20000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  const j = cli(['parse', '-'], junk);
  assert.equal(j.status, 0, j.stderr);
  const line = 'word '.repeat(2_000_000);
  // (10 MB through the transpiled CLI: well over a minute when the machine is busy, hence a longer limit; greedy,
  // since the default beam would take several times longer on the same code path.)
  const big = runCli(['parse', '--beam', '1', '-'], { input: line, timeoutMs: 400_000 });
  assert.equal(big.status, 0, big.stderr);
  assert.ok(parseConllu(big.stdout).sentences.length > 1000);
  const missing = cli(['parse', join(dir, 'nope.txt')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.txt: ENOENT/);
});

// --- With the treebanks ---

const ud = existsSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'));
const skipUd = ud ? false : `UD treebanks not found at ${DEFAULT_UD_DIR}`;

test('the shipped model on EWT dev: the accuracy recorded in it when it was trained', { skip: skipUd }, () => {
  const dev = parseConllu(readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'), 'utf8')).sentences;
  const s = scoreParses(dev, parseAll(parser, dev));
  const recorded = decodeModel(readFileSync(DEFAULT_MODEL_PATH)).provenance.dev as { uas: number; las: number; upos: number };
  assert.ok(Math.abs(s.uas - recorded.uas) < 5e-4 && Math.abs(s.las - recorded.las) < 5e-4 && Math.abs(s.upos - recorded.upos) < 5e-4, `${JSON.stringify(s)} vs ${JSON.stringify(recorded)}`);
  assert.ok(s.uas > 0.8 && s.las > 0.75 && s.upos > 0.93);
});

test('training is reproducible: the same data and seed give the same model, byte for byte', { skip: skipUd }, () => {
  const train = parseConllu(readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-train.conllu'), 'utf8')).sentences.slice(0, 400);
  const make = () => {
    const classes = [...new Set(train.flatMap((s) => s.words.map(tagClassOf)))].sort();
    const labels = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
    // Clusters from seeded random vectors: k-means must be as reproducible as the rest.
    const vocabulary = [...new Set(train.flatMap((s) => s.words.map((w) => w.form.toLowerCase())))].sort();
    const random = prng(11);
    const vectors = Float32Array.from({ length: vocabulary.length * 10 }, () => random() - 0.5);
    const clusters = buildWordClusters(vocabulary, vectors, 10, 7);
    const data = taggedSentences(train, new Map(classes.map((c, i) => [c, i])), clusters);
    // Two passes, jackknifed in 2 folds: the tagger's whole training, in small.
    const tagger = trainTaggerJackknifed(data, classes.length, 2, 7, 2, clusters, true);
    const trees = train.map((s, i) => ({
      atoms: data[i]!.atoms, tags: tagger.jackknifed[i]!,
      heads: Int32Array.from(s.words, (w) => (w.head === 0 ? s.words.length : w.head - 1)),
      labels: Int32Array.from(s.words, (w) => labels.indexOf(w.deprel)),
    }));
    const p = trainParser(trees, labels.length, labels.indexOf('root'), { epochs: 2, seed: 7, exploreFrom: 1, explore: 0.9 });
    return encodeModel({ tagClasses: classes, tagDict: tagger.tagDict, clusters, tagger: tagger.weights, taggerSecondPass: tagger.second, labels, labelDirections: new Uint8Array(labels.length).fill(3), transitions: p.transitions, labelWeights: p.labels, provenance: {} });
  };
  const a = make();
  const b = make();
  assert.ok(a.length > 1000);
  assert.ok(a.equals(b));
});

test('CoNLL-U reader and writer round-trip the treebank files', { skip: skipUd }, () => {
  const text = readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'), 'utf8');
  const { sentences, errors } = parseConllu(text);
  assert.deepEqual(errors, []);
  assert.equal(sentences.length, 2001);
  assert.equal(sentences.map(formatConllu).join(''), text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n\n'));
});

// --- Beam search (docs/parser.md, "Fourth round") ---

const BEAM_SENTENCES = [
  'The convoy was attacked by rebels near the border .',
  'The United States urged Iran to stop enrichment .',
  'Putin held talks with Erdogan in Sochi on Friday .',
  'Lavrov said the strike was unlawful , and NATO denied it .',
  'Rebels who seized the town on Monday released two hostages , officials said .',
  'No',
  'Talks ended .',
];

test('beam search of width 1 makes the greedy parser\'s choices, heads and labels', () => {
  let sentences = BEAM_SENTENCES.map((s) => s.split(' '));
  if (ud) sentences = sentences.concat(parseConllu(readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'), 'utf8')).sentences.slice(0, 400).map((s) => s.words.map((w) => w.form)));
  for (const words of sentences) {
    const greedy = parser.parse(words);
    const searched = parser.parseWithSearch(words, 1);
    assert.deepEqual([...searched.head], [...greedy.head], words.join(' '));
    assert.deepEqual(searched.deprel, greedy.deprel, words.join(' '));
  }
});

test('a beam wide enough to keep every item finds a parse the model scores at least as high as the greedy one', () => {
  // Three words take six transitions: at most 3^6 = 729 sequences, so a beam of 729 prunes nothing and finds the
  // model's best parse; greedy parsing follows one of those sequences.
  for (const s of ['Russia condemned attacks', 'Iran denies it', 'They met .', 'Talks resumed yesterday', 'Kabul .']) {
    const words = s.split(' ');
    parser.parseWithSearch(words, 1);
    const greedy = parser.lastBeamScore;
    parser.parseWithSearch(words, 729);
    assert.ok(parser.lastBeamScore >= greedy, `${s}: ${parser.lastBeamScore} < ${greedy}`);
    assert.ok(Number.isFinite(greedy));
  }
});

test('beam widths: a wider beam is slower work but the same kind of parse, and width 0 is refused', () => {
  for (const s of BEAM_SENTENCES) {
    const words = s.split(' ');
    for (const width of [2, 4, 8]) {
      const p = parser.parseWithSearch(words, width);
      assert.equal(p.head.filter((h) => h === -1).length, 1, `${s} at width ${width}: one root`);
      assert.equal(p.deprel[p.head.indexOf(-1)], 'root');
    }
  }
  assert.throws(() => parser.parse(['a'], 0), /beam width must be a positive integer/);
});

test('global training (beam, max-violation and early update) learns its training trees and is reproducible', () => {
  // Gold tags, no clusters: the transition model alone, on the sentences this file writes, repeated.
  const sentences = BEAM_SENTENCES.map((s) => s.split(' '));
  const parsed = sentences.map((w) => parser.parse(w));
  // The shipped greedy parser's trees of these sentences are the training data: what matters is that the trainer
  // can fit trees it is given, not whether they are right.
  const classes = [...new Set(parsed.flatMap((p) => p.upos.map((u, i) => `${u} ${p.xpos[i]}`)))].sort();
  const labels = [...new Set(parsed.flatMap((p) => p.deprel))].sort();
  const data = parsed.map((p) => ({
    atoms: wordAtoms(p.forms, new Map()),
    tags: Int32Array.from(p.upos, (u, i) => classes.indexOf(`${u} ${p.xpos[i]}`)),
    heads: Int32Array.from(p.head, (h) => (h < 0 ? p.forms.length : h)),
    labels: Int32Array.from(p.deprel, (l) => labels.indexOf(l)),
  }));
  for (const update of ['max-violation', 'early'] as const) {
    const train = () => trainParserBeam(data, labels.length, labels.indexOf('root'), { epochs: 8, seed: 3, width: 4, update });
    const a = train();
    const b = train();
    const bytesOf = (w: ReturnType<typeof train>) => Buffer.concat([w.transitions.keys, w.transitions.values, w.labels.keys, w.labels.values].map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength)));
    assert.ok(bytesOf(a).equals(bytesOf(b)), `${update}: two trainings differ`);
    const tagger = new Tagger(new SparseWeights({ nClasses: classes.length, keys: new Uint32Array(0), rowStart: new Uint32Array(1), classes: new Uint8Array(0), values: new Float32Array(0) }), classes, new Map(), new Map());
    const trained = new DependencyParser(tagger, new DenseWeights(a.transitions), new SparseWeights(a.labels), labels, new Uint8Array(labels.length).fill(3));
    let right = 0, words = 0;
    data.forEach((s, i) => {
      const p = trained.parseTagged(parsed[i]!.forms, s.atoms, s.tags, 4);
      for (let j = 0; j < p.head.length; j++, words++) if ((p.head[j]! < 0 ? p.forms.length : p.head[j]) === s.heads[j]) right++;
    });
    assert.ok(right / words > 0.95, `${update}: ${right} of ${words} heads of its own training trees`);
  }
});

const beamModel = existsSync(BEAM_MODEL_PATH);
const skipBeam = beamModel ? false : `no beam parser at ${BEAM_MODEL_PATH}`;

/** A small model of seeded random weights, in the form training makes: enough to write and read model files. */
function randomModel(seed: number): ParserModel {
  const random = prng(seed);
  const words = (n: number, max: number) => new Map(Array.from({ length: n }, () => [(random() * 0x100000000) | 0, Math.floor(random() * max)] as [number, number]));
  return {
    tagClasses: ['NOUN NN', 'VERB VBD', 'DET DT', 'ADP IN', 'PUNCT .'], tagDict: words(40, 5), clusters: words(500, 1025),
    tagger: randomRows(300, 5, seed + 1), taggerSecondPass: randomRows(350, 5, seed + 2),
    labels: ['root', 'nsubj', 'obj', 'case'], labelDirections: Uint8Array.from([3, 1, 2, 1]),
    transitions: randomRows(800, 3, seed + 3), labelWeights: randomRows(200, 4, seed + 4), provenance: { seed },
  };
}

/** The model file of format detente-parser-2 (before the run-time tables were stored), as its writer made it. */
function legacyModelFile(m: ParserModel): Buffer {
  const u8 = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const sections = [m.tagger, m.transitions, m.labelWeights, m.taggerSecondPass!].map((w) => {
    const q = quantisedRows(w).quantised!;
    const lengths = Uint16Array.from(w.keys, (_, r) => w.rowStart[r + 1]! - w.rowStart[r]!);
    const deltas = Uint32Array.from(w.keys, (k, r) => k - (r ? w.keys[r - 1]! : 0));
    return { header: { rows: w.keys.length, pairs: w.values.length, nClasses: w.nClasses, scale: q.scale }, parts: [u8(deltas), u8(lengths), w.classes, u8(q.q)] };
  });
  const sorted = (map: ReadonlyMap<number, number>) => Int32Array.from([...map.keys()].sort((a, b) => a - b));
  const dictKeys = sorted(m.tagDict);
  const clusterKeys = sorted(m.clusters);
  const head = Buffer.from(JSON.stringify({ tagClasses: m.tagClasses, labels: m.labels, tagDict: dictKeys.length, clusters: clusterKeys.length, sections: sections.map((s) => s.header), provenance: m.provenance }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return gzipSync(Buffer.concat([Buffer.from('detente-parser-2\n'), len, head, u8(dictKeys), Uint8Array.from(dictKeys, (k) => m.tagDict.get(k)!),
    u8(clusterKeys), u8(Uint16Array.from(clusterKeys, (k) => m.clusters.get(k)!)), m.labelDirections, ...sections.flatMap((s) => s.parts)]));
}

test('a model file holds the run-time tables of the model written, and writing what was read gives the same bytes', () => {
  const m = randomModel(21);
  const file = encodeModel(m);
  const tables = decodeModel(file);
  assert.deepEqual(tables, modelTablesOf(m));
  assert.equal(tables.tagger.fingerprint, taggerFingerprint(m));
  assert.ok(encodeModelTables(tables).equals(file));
  // In shared memory: the same tables.
  const shared = decodeModel(file, true);
  assert.ok(shared.parser.transitions.quantisedWords.buffer instanceof SharedArrayBuffer);
  assert.deepEqual([...shared.tagger.clusters.keys], [...tables.tagger.clusters.keys]);
  // Read from a path, piece by piece: the same tables, or the tagger's alone.
  const dir = mkdtempSync(join(tmpdir(), 'detente-model-'));
  writeFileSync(join(dir, 'm.bin'), file);
  assert.deepEqual(decodeModel(join(dir, 'm.bin')), tables);
  assert.deepEqual(decodeTagger(join(dir, 'm.bin')), tables.tagger);
  writeFileSync(join(dir, 'short.bin'), file.subarray(0, 1000));
  assert.throws(() => decodeModel(join(dir, 'short.bin')), /short\.bin: 1000 bytes, the header alone is \d+ \(truncated or corrupt\)/);
  assert.throws(() => loadParser(join(dir, 'none.bin')), /cannot read the parser model .*none\.bin: no such file \(run `npm run train:parser` to make it\)/);
  // The file of the older format reads as the same tables, and its parser parses as this one.
  assert.deepEqual(decodeModel(legacyModelFile(m)), tables);
  const legacyShared = decodeModel(legacyModelFile(m), true);
  assert.ok(legacyShared.tagger.clusters.keys.buffer instanceof SharedArrayBuffer && legacyShared.parser.labelWeights.slots.buffer instanceof SharedArrayBuffer);
  assert.deepEqual([...legacyShared.parser.transitions.quantisedWords], [...tables.parser.transitions.quantisedWords]);
  const words = ['The', 'embassy', 'was', 'attacked', 'by', 'protesters', '.'];
  assert.deepEqual(parserFromModel(decodeModel(legacyModelFile(m))).parse(words), parserFromModel(tables).parse(words));
});

test('a truncated or damaged model file is refused with a clear error', () => {
  const file = encodeModel(randomModel(22));
  assert.throws(() => decodeModel(file.subarray(0, file.length - 10), false, 'm.bin'), /m\.bin: \d+ bytes, the header describes \d+ \(truncated or corrupt\)/);
  assert.throws(() => decodeModel(Buffer.from('hello world, not a model'), false, 'm.bin'), /m\.bin: not a file of format "detente-parser-3" \(bad magic\)/);
  const damaged = Buffer.from(file);
  damaged[damaged.length - 30] ^= 0xff;
  assert.throws(() => decodeModel(damaged, false, 'm.bin'), /m\.bin: array "labelWeights\.pairs" is corrupt/);
});

test('parser weights are refused over another tagger than the one they were trained beside', () => {
  const m = randomModel(23);
  const weights = parserWeightsOf(decodeModel(encodeModel(m)), 4);
  const file = encodeParserWeights(weights);
  assert.deepEqual(decodeParserWeights(file), weights);
  assert.ok(encodeParserWeights(decodeParserWeights(file)).equals(file));
  assert.ok(parserFromWeights(decodeTagger(encodeModel(m)), decodeParserWeights(file)));
  // One more word in the tag dictionary: another tagger.
  const other = decodeTagger(encodeModel({ ...m, tagDict: new Map([...m.tagDict, [12345, 0]]) }));
  assert.throws(() => parserFromWeights(other, decodeParserWeights(file), 'beam.bin'), /beam\.bin were trained beside another tagger/);
});

test('the shipped beam parser\'s weights are read over the shipped tagger, and over no other', { skip: skipBeam }, () => {
  const weights = decodeParserWeights(readFileSync(BEAM_MODEL_PATH));
  assert.ok(parserFromWeights(decodeTagger(readFileSync(DEFAULT_MODEL_PATH)), weights));
  assert.throws(() => parserFromWeights(decodeTagger(encodeModel(randomModel(24))), weights, 'beam.bin'), /beam\.bin were trained beside another tagger/);
});

test('detente parse --beam: width 1 is the greedy parser; --beam K the beam parser at width K; 0 is refused', { skip: skipBeam }, () => {
  const text = 'Putin held talks with Erdogan in Sochi on Friday.';
  const greedy = cli(['parse', '--beam', '1', '--input-format', 'conllu', '-'], CONLLU);
  assert.equal(greedy.status, 0, greedy.stderr);
  const words = parseConllu(greedy.stdout).sentences[0]!.words;
  const inProcess = parser.parse(words.map((w) => w.form));
  assert.deepEqual(words.map((w) => w.head - 1), [...inProcess.head]);
  const { parser: beamParser, beam } = loadBeamParser();
  // (The default, the ensemble: test/parser-ensemble.test.ts.)
  const explicit = cli(['parse', '--format', 'tree', '--beam', String(beam), '-'], text);
  assert.equal(explicit.status, 0, explicit.stderr);
  assert.equal(explicit.stdout, formatTree(beamParser.parse(['Putin', 'held', 'talks', 'with', 'Erdogan', 'in', 'Sochi', 'on', 'Friday', '.'], beam)) + '\n');
  const zero = cli(['parse', '--beam', '0', '-'], text);
  assert.equal(zero.status, 1);
  assert.match(zero.stderr, /--beam must be at least 1, got "0"/);
});

test('the shipped beam parser on EWT dev: the accuracy recorded in it, above the greedy parser\'s', { skip: skipUd || skipBeam }, () => {
  const dev = parseConllu(readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'), 'utf8')).sentences;
  const { parser: beamParser, beam } = loadBeamParser();
  const s = scoreParses(dev, parseAll(beamParser, dev, beam));
  const recorded = decodeParserWeights(readFileSync(BEAM_MODEL_PATH)).provenance.dev as { uas: number; las: number };
  assert.ok(Math.abs(s.uas - recorded.uas) < 5e-4 && Math.abs(s.las - recorded.las) < 5e-4, `${JSON.stringify(s)} vs ${JSON.stringify(recorded)}`);
  const greedy = decodeModel(readFileSync(DEFAULT_MODEL_PATH)).provenance.dev as { uas: number; las: number };
  assert.ok(s.uas > greedy.uas && s.las > greedy.las, `beam ${s.uas} / ${s.las} against greedy ${greedy.uas} / ${greedy.las}`);
});
