// The right-to-left parser (reverse.ts) and the reparsing ensemble (ensemble.ts): heads mapped back from the
// reversed sentence, every reparse a tree, the vote's majority kept, labels by vote; with the shipped models, the
// right-to-left parsers (greedy and beam) on a real sentence and the ensemble on EWT dev sentences where the parsers
// disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RightToLeftParser, permuted, permutedAtoms, permutedHeads, punctuationClasses, rtlOrder, swappedDirections } from '../src/text/parser/reverse.js';
import { bestProjectiveTree, loadEnsembleParser, reparse, type Vote } from '../src/text/parser/ensemble.js';
import { RTL_BEAM_MODEL_PATH, RTL_MODEL_PATH } from '../src/text/parser/model-file.js';
import { wordAtoms, type WordAtoms } from '../src/text/parser/tagger.js';
import type { DependencyParser, Parse } from '../src/text/parser/parser.js';
import { parseConllu } from '../src/text/parser/conllu.js';
import { DEFAULT_UD_DIR } from '../src/text/parser/treebanks.js';
import { prng } from '../src/random.js';
import { formatTree } from '../src/text/parser/format.js';
import { runCli } from './support/cli.js';

/** Checks that `head` (-1: root) is a tree: one root, every word reaches it without a cycle. */
function assertTree(head: Int32Array, what: string): void {
  const n = head.length;
  assert.equal([...head].filter((h) => h === -1).length, 1, `${what}: one root`);
  for (let i = 0; i < n; i++) {
    assert.ok(head[i]! >= -1 && head[i]! < n && head[i] !== i, `${what}: word ${i} has head ${head[i]}`);
    let at = i;
    for (let steps = 0; at >= 0; steps++) {
      assert.ok(steps <= n, `${what}: cycle through word ${i}`);
      at = head[at]!;
    }
  }
}

// "The convoy was attacked by rebels near the border ." with its heads (0-based, -1 for the root) and labels.
const FORMS = 'The convoy was attacked by rebels near the border .'.split(' ');
const HEADS = Int32Array.from([1, 3, 3, -1, 5, 3, 8, 8, 3, 3]);
const LABELS = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'case', 'det', 'obl', 'punct'];

function parseOf(head: Int32Array, deprel = LABELS, forms: readonly string[] = FORMS): Parse {
  return { forms, upos: forms.map(() => 'X'), xpos: forms.map(() => 'X'), head, deprel };
}

test('reordering: atoms, tags and heads read in an order (here back to front), twice is the identity; label directions swapped', () => {
  const n = FORMS.length;
  const back = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
  const atoms = wordAtoms(FORMS, new Map());
  const r = permutedAtoms(atoms, back);
  for (let i = 0; i < n; i++) {
    assert.equal(r.low[i], atoms.low[n - 1 - i]);
    assert.equal(r.shape[i], atoms.shape[n - 1 - i]);
  }
  assert.deepEqual(permuted(Int32Array.from([1, 2, 3]), Int32Array.from([2, 1, 0])), Int32Array.from([3, 2, 1]));
  // Training trees' convention: the root is n.
  const heads = Int32Array.from(HEADS, (h) => (h < 0 ? n : h));
  const rh = permutedHeads(heads, back);
  assert.equal(rh[n - 1 - 3], n, '"attacked" stays under the root');
  assert.equal(rh[n - 1 - 0], n - 1 - 1, '"The" under "convoy"');
  assert.deepEqual(permutedHeads(rh, back), heads);
  assert.deepEqual(swappedDirections(Uint8Array.from([0, 1, 2, 3])), Uint8Array.from([0, 2, 1, 3]));
});

test('the right-to-left order: words back to front, the trailing punctuation last in its own order', () => {
  // Tag classes: 0 a word, 1 punctuation.
  const punct = punctuationClasses(['NOUN NN', 'PUNCT .']);
  assert.deepEqual(punct, Uint8Array.from([0, 1]));
  const order = (tags: number[]) => [...rtlOrder(Int32Array.from(tags), punct)];
  assert.deepEqual(order([0, 0, 0, 1]), [2, 1, 0, 3], '"I saw it ." read "it saw I ."');
  assert.deepEqual(order([0, 1, 0, 1, 1]), [2, 1, 0, 3, 4], '\'." stays in its order; inner punctuation is reversed');
  assert.deepEqual(order([0, 0, 0]), [2, 1, 0], 'no final punctuation: plain reversal');
  assert.deepEqual(order([1, 1]), [1, 0], 'only punctuation: plain reversal');
  assert.deepEqual(order([]), []);
  // "The convoy was attacked by rebels near the border ." read "border the near rebels by attacked was convoy The .".
  const n = FORMS.length;
  const tags = Int32Array.from(FORMS, (f) => (f === '.' ? 1 : 0));
  const o = rtlOrder(tags, punct);
  assert.deepEqual([...o], [8, 7, 6, 5, 4, 3, 2, 1, 0, 9]);
  assert.deepEqual(Array.from(o, (i) => FORMS[i]), 'border the near rebels by attacked was convoy The .'.split(' '));
  assert.deepEqual(permuted(Int32Array.from([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]), o), Int32Array.from([18, 17, 16, 15, 14, 13, 12, 11, 10, 19]));
  const atoms = wordAtoms(FORMS, new Map());
  const pa = permutedAtoms(atoms, o);
  o.forEach((i, j) => assert.equal(pa.low[j], atoms.low[i]));
  // Heads (root n) in that order, each asserted: border 0, the 1, near 2, rebels 3, by 4, attacked 5, was 6,
  // convoy 7, The 8, . 9.
  const heads = Int32Array.from(HEADS, (h) => (h < 0 ? n : h));
  const ph = permutedHeads(heads, o);
  assert.deepEqual([...ph], [5, 0, 0, 5, 3, n, 5, 5, 7, 5]);
  // And read back: the order's inverse gives the sentence's heads.
  const back = new Int32Array(n);
  o.forEach((i, j) => { back[i] = ph[j] === n ? n : o[ph[j]!]!; });
  assert.deepEqual(back, heads);
});

test('the right-to-left parser maps the heads of the sentence as it reads it back to the sentence, each head', () => {
  // A stand-in parser that sees what the right-to-left parser gives it and returns the tree of the words in the order
  // it reads them: "border the near rebels by attacked was convoy The ." (the full stop, tag class 9, stays last).
  let seen: { forms: readonly string[]; low: Int32Array; tags: Int32Array } | undefined;
  const n = FORMS.length;
  const order = [8, 7, 6, 5, 4, 3, 2, 1, 0, 9];
  const at = (i: number) => order.indexOf(i);
  const stub = {
    tagger: {
      clusters: new Map(),
      classes: FORMS.map((f) => (f === '.' ? 'PUNCT .' : 'X X')),
      tag: (a: WordAtoms) => Int32Array.from({ length: a.n }, (_, i) => i),
    },
    parseTagged: (forms: readonly string[], atoms: WordAtoms, tags: Int32Array): Parse => {
      seen = { forms, low: atoms.low.slice(0, atoms.n), tags: tags.slice() };
      const head = Int32Array.from(order, (i) => (HEADS[i]! < 0 ? -1 : at(HEADS[i]!)));
      return parseOf(head, order.map((i) => LABELS[i]!), forms);
    },
  } as unknown as DependencyParser;
  const p = new RightToLeftParser(stub).parse(FORMS);
  assert.deepEqual(seen!.forms, 'border the near rebels by attacked was convoy The .'.split(' '));
  assert.deepEqual(seen!.tags, Int32Array.from(order), 'tags in the same order');
  assert.deepEqual(p.forms, FORMS);
  const expected: Record<string, string> = {
    The: 'convoy', convoy: 'attacked', was: 'attacked', attacked: 'ROOT', by: 'rebels', rebels: 'attacked', near: 'border', the: 'border',
    border: 'attacked', '.': 'attacked',
  };
  FORMS.forEach((f, i) => {
    assert.equal(p.head[i]! < 0 ? 'ROOT' : FORMS[p.head[i]!], expected[f], f);
    assert.equal(p.deprel[i], LABELS[i], f);
  });
});

const missing = [RTL_MODEL_PATH, RTL_BEAM_MODEL_PATH].find((p) => !existsSync(p));
const skipRtl = missing ? `no right-to-left parser at ${missing}` : false;

test('the shipped right-to-left parser on a real sentence: each head is its inner parser\'s head in its order, mapped back', { skip: skipRtl }, () => {
  const ensemble = loadEnsembleParser();
  const rtl = ensemble.members.find((m) => m.name === 'rtl')!.parser as RightToLeftParser;
  const p = rtl.parse(FORMS);
  assertTree(p.head, 'rtl');
  // The inner parser on the words in its order (reversed, the full stop last) with the tags of the sentence as
  // written (tagged left to right) in the same order.
  const atoms = wordAtoms(FORMS, rtl.parser.tagger.clusters);
  const tags = rtl.parser.tagger.tag(atoms);
  const order = rtlOrder(tags, punctuationClasses(rtl.parser.tagger.classes));
  assert.deepEqual([...order], [8, 7, 6, 5, 4, 3, 2, 1, 0, 9], 'the full stop is read last');
  const inner = rtl.parser.parseTagged(Array.from(order, (i) => FORMS[i]!), permutedAtoms(atoms, order), permuted(tags, order));
  const at = (i: number) => [...order].indexOf(i);
  FORMS.forEach((f, i) => {
    const h = inner.head[at(i)]!;
    assert.equal(p.head[i], h < 0 ? -1 : order[h], f);
    assert.equal(p.deprel[i], inner.deprel[at(i)], f);
  });
  // Its arcs are the ones above, the full stop and the root included (before the full stop was kept last, it put
  // "attacked" under the full stop and the full stop under the root: docs/parser.md, "Sixth round"), except that, as
  // the two left-to-right parsers do, it reads "near the border" as a modifier of "rebels", the sentence's other
  // reading.
  FORMS.forEach((f, i) => {
    if (f === 'border') return assert.equal(`${p.deprel[i]}(${FORMS[p.head[i]!]})`, 'nmod(rebels)', f);
    assert.equal(`${p.deprel[i]}(${p.head[i]! < 0 ? 'ROOT' : FORMS[p.head[i]!]})`, `${LABELS[i]}(${HEADS[i]! < 0 ? 'ROOT' : FORMS[HEADS[i]!]})`, f);
  });
  const r = ensemble.parse(FORMS);
  FORMS.forEach((f, i) => i !== 8 && assert.equal(r.head[i], HEADS[i], `ensemble: ${f}`));
});

test('the shipped right-to-left beam parser: its inner parser\'s beam search at width 4 in the right-to-left order, mapped back', { skip: skipRtl }, () => {
  const ensemble = loadEnsembleParser();
  assert.deepEqual(ensemble.members.map((m) => `${m.name} ${m.width}`), ['greedy 1', 'beam 8', 'rtl 1', 'rtl-beam 4']);
  const member = ensemble.members.find((m) => m.name === 'rtl-beam')!;
  const rtl = member.parser as RightToLeftParser;
  const p = rtl.parse(FORMS, member.width);
  assertTree(p.head, 'rtl-beam');
  const atoms = wordAtoms(FORMS, rtl.parser.tagger.clusters);
  const tags = rtl.parser.tagger.tag(atoms);
  const order = rtlOrder(tags, punctuationClasses(rtl.parser.tagger.classes));
  const inner = rtl.parser.parseTagged(Array.from(order, (i) => FORMS[i]!), permutedAtoms(atoms, order), permuted(tags, order), 4);
  const at = (i: number) => [...order].indexOf(i);
  FORMS.forEach((f, i) => {
    const h = inner.head[at(i)]!;
    assert.equal(p.head[i], h < 0 ? -1 : order[h], f);
    assert.equal(p.deprel[i], inner.deprel[at(i)], f);
  });
  // Its weights are a beam model's: greedily they parse differently (at least here, and worse on EWT dev).
  const greedy = rtl.parse(FORMS, 1);
  assert.notDeepEqual([...greedy.head, ...greedy.deprel], [...p.head, ...p.deprel]);
});

test('bestProjectiveTree: the highest-scoring projective tree with one word under the root', () => {
  // Scores that favour a chain 0 ← 1 ← 2 under the root at 2, and a second word under the root that must lose.
  const s = new Map([['-1,2', 10], ['2,1', 5], ['1,0', 5], ['-1,0', 9], ['0,1', 1]]);
  const head = bestProjectiveTree(3, (h, d) => s.get(`${h},${d}`) ?? 0);
  assert.deepEqual(head, Int32Array.from([1, 2, -1]));
  assert.deepEqual(bestProjectiveTree(1, () => 0), Int32Array.from([-1]));
  assert.deepEqual(bestProjectiveTree(0, () => 0), new Int32Array(0));
});

test('bestProjectiveTree scores as high as the best of all projective one-root trees (every tree of up to 6 words)', () => {
  const random = prng(3);
  const isProjectiveTree = (head: number[]) => {
    const n = head.length;
    if (head.filter((h) => h === -1).length !== 1) return false;
    const reaches = (d: number, h: number) => { // h is d or an ancestor of d
      for (let at = d, steps = 0; at >= 0 && steps <= n; at = head[at]!, steps++) if (at === h) return true;
      return false;
    };
    for (let d = 0; d < n; d++) {
      // No cycle: every word reaches the root.
      for (let at = d, steps = 0; at >= 0; at = head[at]!, steps++) if (steps > n) return false;
      const h = head[d]!;
      if (h < 0) continue;
      for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) if (!reaches(k, h)) return false;
    }
    return true;
  };
  for (let round = 0; round < 40; round++) {
    const n = 1 + (round % 6);
    const sc = Array.from({ length: (n + 1) * n }, () => Math.round(random() * 4));
    const score = (h: number, d: number) => sc[(h + 1) * n + d]!;
    const total = (head: ArrayLike<number>) => Array.from(head).reduce((sum, h, d) => sum + score(h, d), 0);
    let best = -Infinity;
    const head = new Array<number>(n).fill(-1);
    const visit = (d: number): void => {
      if (d === n) {
        if (isProjectiveTree(head)) best = Math.max(best, total(head));
        return;
      }
      for (let h = -1; h < n; h++) ((head[d] = h), visit(d + 1));
    };
    visit(0);
    const found = bestProjectiveTree(n, score);
    assertTree(found, `round ${round}`);
    assert.ok(isProjectiveTree([...found]), `round ${round}: projective`);
    assert.equal(total(found), best, `round ${round}`);
  }
});

test('voting keeps the majority\'s arc, with its label; a heavier parser wins only where the others split', () => {
  const gold = parseOf(HEADS);
  // Two parsers agree that "near the border" is under "rebels" (nmod); the third says "attacked" (obl).
  const nmod = HEADS.slice();
  nmod[8] = 5;
  const nmodLabels = LABELS.slice();
  nmodLabels[8] = 'nmod';
  const votes: Vote[] = [{ parse: gold, weight: 1.5 }, { parse: parseOf(nmod, nmodLabels), weight: 1 }, { parse: parseOf(nmod, nmodLabels), weight: 1 }];
  const r = reparse(votes);
  assert.equal(r.head[8], 5);
  assert.equal(r.deprel[8], 'nmod');
  assert.deepEqual([...r.head].filter((_, i) => i !== 8), [...HEADS].filter((_, i) => i !== 8));
  // Three different heads for "border": the heaviest parser's.
  const other = HEADS.slice();
  other[8] = 2;
  const r2 = reparse([{ parse: parseOf(nmod, nmodLabels), weight: 1 }, { parse: gold, weight: 1.5 }, { parse: parseOf(other), weight: 1 }]);
  assert.equal(r2.head[8], 3);
  assert.equal(r2.deprel[8], 'obl');
});

test('labels by vote: an arc takes the label its proposers give the most weight to; equal weights, the heaviest proposer\'s', () => {
  // All three put "border" under "attacked"; the heaviest says obl, the two others nmod (2 against 1.5).
  const nmodLabels = LABELS.slice();
  nmodLabels[8] = 'nmod';
  const votes: Vote[] = [{ parse: parseOf(HEADS), weight: 1.5 }, { parse: parseOf(HEADS, nmodLabels), weight: 1 }, { parse: parseOf(HEADS, nmodLabels), weight: 1 }];
  assert.equal(reparse(votes).deprel[8], 'nmod');
  assert.equal(reparse(votes, 'heaviest').deprel[8], 'obl');
  // 1.5 against 1.5: the heaviest proposer's label; and a parser that put the word elsewhere has no say on its label.
  const elsewhere = HEADS.slice();
  elsewhere[8] = 5;
  const tied: Vote[] = [{ parse: parseOf(HEADS, nmodLabels), weight: 0.5 }, { parse: parseOf(HEADS), weight: 1.5 }, { parse: parseOf(HEADS, nmodLabels), weight: 1 }, { parse: parseOf(elsewhere, nmodLabels), weight: 1 }];
  const r = reparse(tied);
  assert.equal(r.head[8], 3);
  assert.equal(r.deprel[8], 'obl');
  tied[0]!.weight = 0.75;
  assert.equal(reparse(tied).deprel[8], 'nmod');
  // The other words' labels are the ones all proposers agree on.
  assert.deepEqual(r.deprel.filter((_, i) => i !== 8), LABELS.filter((_, i) => i !== 8));
});

test('the reparse is always a tree, even when the parses are not trees and disagree everywhere', () => {
  const random = prng(7);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(random() * 30);
    const forms = Array.from({ length: n }, (_, i) => `w${i}`);
    const votes: Vote[] = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
      // Any head for any word, several roots, cycles, self-loops: whatever the parsers say, the result is a tree.
      parse: parseOf(Int32Array.from({ length: n }, () => Math.floor(random() * (n + 1)) - 1), forms.map(() => (random() < 0.3 ? 'root' : 'obj')), forms),
      weight: 0.5 + random(),
    }));
    const r = reparse(votes);
    assertTree(r.head, `round ${round}`);
    r.head.forEach((h, d) => assert.equal(r.deprel[d] === 'root', h === -1, `round ${round}: "root" only on the root word`));
  }
});

const ud = existsSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'));
const skipUd = ud ? false : `UD treebanks not found at ${DEFAULT_UD_DIR}`;

test('the shipped parsers on EWT dev: where they disagree, the ensemble still returns a tree built from their arcs', { skip: skipUd || skipRtl }, () => {
  const dev = parseConllu(readFileSync(join(DEFAULT_UD_DIR, 'en_ewt-ud-dev.conllu'), 'utf8')).sentences.slice(0, 300);
  const ensemble = loadEnsembleParser();
  let disagreeing = 0;
  for (const s of dev) {
    const forms = s.words.map((w) => w.form);
    const atoms = wordAtoms(forms, ensemble.tagger.clusters);
    const tags = ensemble.tagger.tag(atoms);
    const parses = ensemble.members.map((m) => m.parser.parseTagged(forms, atoms, tags, m.width));
    const r = ensemble.parseTagged(forms, atoms, tags);
    assertTree(r.head, forms.join(' '));
    if (parses.some((p) => p.head.some((h, i) => h !== parses[0]!.head[i]))) disagreeing++;
    // Each parse is a projective tree with one root, so the reparse's summed votes are at least each parse's.
    const votesFor = (head: Int32Array) => ensemble.members.reduce((sum, m, k) => sum + m.weight * [...head].filter((h, d) => parses[k]!.head[d] === h).length, 0);
    for (const p of parses) assert.ok(votesFor(r.head) >= votesFor(p.head) - 1e-9, forms.join(' '));
  }
  assert.ok(disagreeing > 50, `only ${disagreeing} sentences with disagreements`);
});

test('detente parse: the ensemble by default and with --ensemble; --ensemble with --beam refused', { skip: skipRtl }, () => {
  const forms = ['Putin', 'held', 'talks', 'with', 'Erdogan', 'in', 'Sochi', 'on', 'Friday', '.'];
  const text = 'Putin held talks with Erdogan in Sochi on Friday.';
  const r = runCli(['parse', '--ensemble', '--format', 'tree', '-'], { input: text });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, formatTree(loadEnsembleParser().parse(forms)) + '\n');
  const byDefault = runCli(['parse', '--format', 'tree', '-'], { input: text });
  assert.equal(byDefault.stdout, r.stdout);
  const both = runCli(['parse', '--ensemble', '--beam', '2', '-'], { input: 'Talks failed.' });
  assert.equal(both.status, 1);
  assert.match(both.stderr, /--ensemble and --beam: choose one/);
});
