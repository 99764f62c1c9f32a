// Part-of-speech tagger: a greedy left-to-right averaged perceptron (Collins 2002; the features of Honnibal's
// well-known tagger, plus word shapes), trained on UD English-EWT. Each class is a pair of a universal tag (UPOS)
// and an English Penn Treebank tag (XPOS): the parser reads the finer XPOS, the coder and CoNLL-U output the UPOS.
import { FNV_OFFSET, fnv1a, fnv1aRange, fnv1aStep } from '../../hash.js';
import { CLUSTER_SHIFTS } from './clusters.js';
import { Templates } from './hash.js';
import type { Weights } from './weights.js';
import type { WordLookup } from './word-table.js';

/** Per-sentence word atoms shared by the tagger and the parser. */
export interface WordAtoms {
  /** The number of words; the arrays may be longer (reused from sentence to sentence). */
  n: number;
  /** Hash of the word as written (the tag dictionary's key). */
  form: Int32Array;
  /** Hash of the lower-cased word. */
  low: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  /** Hash of the word's shape ("Xxxx", "dd-dd", "X.X."): capitalisation, digits and punctuation. */
  shape: Int32Array;
  /** The word's cluster (see clusters.ts) at 16, 64, 256 and 1024 clusters, + 1; 0 for a word without one. */
  c16: Int32Array;
  c64: Int32Array;
  c256: Int32Array;
  c1024: Int32Array;
}

const START = 0x5a17;
const END = 0x3e1d;

/** Lower-cased form with digits folded to 0, so that "1998" and "2003" share features. */
export function wordKey(form: string): string {
  return form.toLowerCase().replace(/\d/g, '0');
}

const X = 88, x = 120, d = 100;

/**
 * The word's shape ("Xxxx", "dd-dd", "X.X."): each letter as X or x, each digit as d, anything else as itself, runs
 * cut at two, at most 8 units; hashed (FNV-1a) as it is made, without building the string.
 */
function shapeHash(form: string): number {
  let h = FNV_OFFSET;
  let length = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length && length < 8; i++) {
    const ch = form.charCodeAt(i);
    let c: number;
    if (ch >= 65 && ch <= 90) c = X;
    else if (ch >= 97 && ch <= 122) c = x;
    else if (ch >= 48 && ch <= 57) c = d;
    else if (ch < 128) c = ch;
    else {
      const unit = form[i]!;
      c = unit.toLowerCase() !== unit.toUpperCase() ? (unit === unit.toUpperCase() ? X : x) : ch;
    }
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    h = fnv1aStep(h, c);
    length++;
    last = c;
  }
  return h >>> 0;
}

/** Atoms of the words of a sentence; into the arrays of `reuse` when they are long enough. */
export function wordAtoms(forms: readonly string[], clusters: WordLookup, reuse?: WordAtoms): WordAtoms {
  const n = forms.length;
  const a: WordAtoms = reuse && reuse.form.length >= n ? reuse : {
    n,
    form: new Int32Array(n), low: new Int32Array(n), suf1: new Int32Array(n), suf2: new Int32Array(n), suf3: new Int32Array(n),
    suf4: new Int32Array(n), pre1: new Int32Array(n), pre2: new Int32Array(n), pre3: new Int32Array(n), shape: new Int32Array(n),
    c16: new Int32Array(n), c64: new Int32Array(n), c256: new Int32Array(n), c1024: new Int32Array(n),
  };
  a.n = n;
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const k = wordKey(form);
    const len = k.length;
    a.form[i] = fnv1a(form);
    a.low[i] = fnv1a(k);
    a.suf1[i] = fnv1aRange(k, Math.max(0, len - 1), len);
    a.suf2[i] = fnv1aRange(k, Math.max(0, len - 2), len);
    a.suf3[i] = fnv1aRange(k, Math.max(0, len - 3), len);
    a.suf4[i] = fnv1aRange(k, Math.max(0, len - 4), len);
    a.pre1[i] = fnv1aRange(k, 0, Math.min(1, len));
    a.pre2[i] = fnv1aRange(k, 0, Math.min(2, len));
    a.pre3[i] = fnv1aRange(k, 0, Math.min(3, len));
    a.shape[i] = shapeHash(form);
    const c = clusters.get(a.low[i]!) ?? 0;
    a.c16[i] = c && ((c - 1) >> CLUSTER_SHIFTS.c16) + 1;
    a.c64[i] = c && ((c - 1) >> CLUSTER_SHIFTS.c64) + 1;
    a.c256[i] = c && ((c - 1) >> CLUSTER_SHIFTS.c256) + 1;
    a.c1024[i] = c;
  }
  return a;
}

// The atoms of tagging word i.
const ZERO = 0, W = 1, SUF1 = 2, SUF2 = 3, SUF3 = 4, SUF4 = 5, PRE1 = 6, PRE2 = 7, SHAPE = 8, FIRST = 9, P1 = 10;
const P2 = 11, WM1 = 12, WM2 = 13, WP1 = 14, WP2 = 15, SUF3M1 = 16, SUF3P1 = 17, SHAPEP1 = 18, FORM = 19, PRE3 = 20;
const SUF2P1 = 21, C1024 = 22, C256 = 23, C64 = 24, C16 = 25, C256P1 = 26, C256M1 = 27, C64P2 = 28;
// The first pass's tags of the next two words (+ 1), read by the second pass.
const N1 = 29, N2 = 30;
const TAGGER_ATOMS = 31;

const FIRST_PASS: number[][] = [
  [1, ZERO], [2, W], [3, SUF1], [4, SUF2], [5, SUF3], [6, SUF4], [7, PRE1], [8, PRE2], [9, SHAPE, FIRST], [10, P1],
  [11, P1, P2], [12, P1, W], [13, WM1], [14, WM2], [15, WP1], [16, WP2], [17, SUF3M1], [18, SUF3P1], [19, WM1, W],
  [20, W, WP1], [21, SHAPEP1], [22, P1, SUF3], [23, WM1, W, WP1], [24, SHAPE, SUF2], [25, FORM], [26, PRE3],
  [27, WM1, WP1], [28, P1, WP1], [29, SUF2P1, W],
  // word clusters: evidence for words rare or unseen in training
  [30, C1024], [31, C256], [32, C64], [33, C16], [34, C256P1], [35, C256M1], [36, P1, C256], [37, C64, C64P2],
  [38, SHAPE, C256],
];
const FIRST_PASS_TEMPLATES = new Templates(FIRST_PASS);
// The second pass sees what the first pass said of the words to the right: left-to-right tagging alone cannot.
const SECOND_PASS_TEMPLATES = new Templates([
  ...FIRST_PASS,
  [39, N1], [40, N1, N2], [41, P1, N1], [42, W, N1], [43, SUF3, N1], [44, WP1, N1], [45, P1, N1, N2],
]);

export const TAGGER_FEATURES = SECOND_PASS_TEMPLATES.count;
const taggerAtomValues = new Int32Array(TAGGER_ATOMS);

/**
 * Writes the features of word `i` into `out` given the two previous tags (-1 before the start) and, for the second
 * pass, the first pass's tags of the sentence (`firstPass`; null for the first pass); returns the count.
 */
export function taggerFeatures(a: WordAtoms, i: number, prev: number, prev2: number, firstPass: Int32Array | null, out: Uint32Array): number {
  const low = a.low;
  const last = i + 1 >= a.n;
  const v = taggerAtomValues;
  v[ZERO] = 0;
  v[W] = low[i]!;
  v[SUF1] = a.suf1[i]!; v[SUF2] = a.suf2[i]!; v[SUF3] = a.suf3[i]!; v[SUF4] = a.suf4[i]!;
  v[PRE1] = a.pre1[i]!; v[PRE2] = a.pre2[i]!; v[PRE3] = a.pre3[i]!;
  v[SHAPE] = a.shape[i]!;
  v[FIRST] = i === 0 ? 1 : 0;
  v[FORM] = a.form[i]!;
  v[P1] = prev + 1;
  v[P2] = prev2 + 1;
  v[WM1] = i > 0 ? low[i - 1]! : START;
  v[WM2] = i > 1 ? low[i - 2]! : START;
  v[WP1] = last ? END : low[i + 1]!;
  v[WP2] = i + 2 < a.n ? low[i + 2]! : END;
  v[SUF3M1] = i > 0 ? a.suf3[i - 1]! : START;
  v[SUF3P1] = last ? END : a.suf3[i + 1]!;
  v[SHAPEP1] = last ? END : a.shape[i + 1]!;
  v[SUF2P1] = last ? END : a.suf2[i + 1]!;
  v[C1024] = a.c1024[i]!; v[C256] = a.c256[i]!; v[C64] = a.c64[i]!; v[C16] = a.c16[i]!;
  v[C256P1] = last ? END : a.c256[i + 1]!;
  v[C256M1] = i > 0 ? a.c256[i - 1]! : START;
  v[C64P2] = i + 2 < a.n ? a.c64[i + 2]! : END;
  if (!firstPass) return FIRST_PASS_TEMPLATES.hash(v, out);
  v[N1] = last ? END : firstPass[i + 1]! + 1;
  v[N2] = i + 2 < a.n ? firstPass[i + 2]! + 1 : END;
  return SECOND_PASS_TEMPLATES.hash(v, out);
}

export class Tagger {
  private readonly feats = new Uint32Array(TAGGER_FEATURES);
  private scores: Float32Array;
  /** What the prefetching reads of the weight table gave (see Weights.touch); kept only so they are not elided. */
  private prefetched = 0;

  /**
   * @param classes "UPOS XPOS" of each class
   * @param tagDict words (by hash of the form as written) that had one tag in nearly all of many training occurrences
   * @param clusters the word clusters the features were trained with (see wordAtoms)
   * @param second the second pass's weights (null: one pass)
   */
  constructor(
    readonly weights: Weights,
    readonly classes: readonly string[],
    readonly tagDict: WordLookup,
    readonly clusters: WordLookup,
    readonly second: Weights | null = null,
  ) {
    this.scores = new Float32Array(classes.length);
  }

  /** Class ids of the words of one sentence. */
  tag(a: WordAtoms): Int32Array {
    const first = this.pass(a, this.weights, null);
    return this.second ? this.pass(a, this.second, first) : first;
  }

  /** The tags of a second pass with these weights after a first pass that gave `firstPass` (for training). */
  tagAfter(a: WordAtoms, firstPass: Int32Array): Int32Array {
    return this.pass(a, this.weights, firstPass);
  }

  /** One left-to-right pass; the second reads the first's tags (`firstPass`). */
  private pass(a: WordAtoms, weights: Weights, firstPass: Int32Array | null): Int32Array {
    const tags = new Int32Array(a.n);
    let prev = -1;
    let prev2 = -1;
    const scores = this.scores;
    for (let i = 0; i < a.n; i++) {
      let best = this.tagDict.get(a.form[i]!);
      if (best === undefined) {
        const n = taggerFeatures(a, i, prev, prev2, firstPass, this.feats);
        this.prefetched ^= weights.touch(this.feats, n);
        scores.fill(0);
        for (let f = 0; f < n; f++) weights.add(this.feats[f]!, scores);
        best = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
      }
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
    return tags;
  }
}
