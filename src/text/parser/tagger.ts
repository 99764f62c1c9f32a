// Part-of-speech tagger: a greedy left-to-right averaged perceptron (Collins 2002; the features of Honnibal's
// well-known tagger, plus word shapes), trained on UD English-EWT. Each class is a pair of a universal tag (UPOS)
// and an English Penn Treebank tag (XPOS): the parser reads the finer XPOS, the coder and CoNLL-U output the UPOS.
import { FNV_OFFSET, fnv1a, fnv1aRange, fnv1aStep } from '../../hash.js';
import { Templates } from './hash.js';
import type { Weights } from './weights.js';

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
export function wordAtoms(forms: readonly string[], reuse?: WordAtoms): WordAtoms {
  const n = forms.length;
  const a: WordAtoms = reuse && reuse.form.length >= n ? reuse : {
    n,
    form: new Int32Array(n), low: new Int32Array(n), suf1: new Int32Array(n), suf2: new Int32Array(n), suf3: new Int32Array(n),
    suf4: new Int32Array(n), pre1: new Int32Array(n), pre2: new Int32Array(n), pre3: new Int32Array(n), shape: new Int32Array(n),
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
  }
  return a;
}

// The atoms of tagging word i.
const ZERO = 0, W = 1, SUF1 = 2, SUF2 = 3, SUF3 = 4, SUF4 = 5, PRE1 = 6, PRE2 = 7, SHAPE = 8, FIRST = 9, P1 = 10;
const P2 = 11, WM1 = 12, WM2 = 13, WP1 = 14, WP2 = 15, SUF3M1 = 16, SUF3P1 = 17, SHAPEP1 = 18, FORM = 19, PRE3 = 20;
const SUF2P1 = 21;
const TAGGER_ATOMS = 22;

const TAGGER_TEMPLATES = new Templates([
  [1, ZERO], [2, W], [3, SUF1], [4, SUF2], [5, SUF3], [6, SUF4], [7, PRE1], [8, PRE2], [9, SHAPE, FIRST], [10, P1],
  [11, P1, P2], [12, P1, W], [13, WM1], [14, WM2], [15, WP1], [16, WP2], [17, SUF3M1], [18, SUF3P1], [19, WM1, W],
  [20, W, WP1], [21, SHAPEP1], [22, P1, SUF3], [23, WM1, W, WP1], [24, SHAPE, SUF2], [25, FORM], [26, PRE3],
  [27, WM1, WP1], [28, P1, WP1], [29, SUF2P1, W],
]);

export const TAGGER_FEATURES = TAGGER_TEMPLATES.count;
const taggerAtomValues = new Int32Array(TAGGER_ATOMS);

/** Writes the features of word `i` into `out` given the two previous tags (-1 before the start); returns the count. */
export function taggerFeatures(a: WordAtoms, i: number, prev: number, prev2: number, out: Uint32Array): number {
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
  return TAGGER_TEMPLATES.hash(v, out);
}

export class Tagger {
  private readonly feats = new Uint32Array(TAGGER_FEATURES);
  private scores: Float32Array;
  /** What the prefetching reads of the weight table gave (see Weights.touch); kept only so they are not elided. */
  private prefetched = 0;

  /**
   * @param classes "UPOS XPOS" of each class
   * @param tagDict words (by hash of the form as written) that had one tag in nearly all of many training occurrences
   */
  constructor(readonly weights: Weights, readonly classes: readonly string[], readonly tagDict: Map<number, number>) {
    this.scores = new Float32Array(classes.length);
  }

  /** Class ids of the words of one sentence. */
  tag(a: WordAtoms): Int32Array {
    const tags = new Int32Array(a.n);
    let prev = -1;
    let prev2 = -1;
    const scores = this.scores;
    for (let i = 0; i < a.n; i++) {
      let best = this.tagDict.get(a.form[i]!);
      if (best === undefined) {
        const n = taggerFeatures(a, i, prev, prev2, this.feats);
        this.prefetched ^= this.weights.touch(this.feats, n);
        scores.fill(0);
        for (let f = 0; f < n; f++) this.weights.add(this.feats[f]!, scores);
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
