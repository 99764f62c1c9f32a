// Part-of-speech tagger: a greedy left-to-right averaged perceptron (Collins 2002; the features of Honnibal's
// well-known tagger, plus word shapes), trained on UD English-EWT. Each class is a pair of a universal tag (UPOS)
// and an English Penn Treebank tag (XPOS): the parser reads the finer XPOS, the coder and CoNLL-U output the UPOS.
import { f1, f2, f3, hashString } from './hash.js';
import type { Weights } from './weights.js';

/** Per-sentence word atoms shared by the tagger and the parser. */
export interface WordAtoms {
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

function shapeOf(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i]!;
    let c: string;
    if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toUpperCase() ? 'X' : 'x';
    else c = ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    out += c;
    last = c;
  }
  return out;
}

export function wordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  const a: WordAtoms = {
    n,
    form: new Int32Array(n), low: new Int32Array(n), suf1: new Int32Array(n), suf2: new Int32Array(n), suf3: new Int32Array(n),
    suf4: new Int32Array(n), pre1: new Int32Array(n), pre2: new Int32Array(n), pre3: new Int32Array(n), shape: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const k = wordKey(forms[i]!);
    a.form[i] = hashString(forms[i]!);
    a.low[i] = hashString(k);
    a.suf1[i] = hashString(k.slice(-1));
    a.suf2[i] = hashString(k.slice(-2));
    a.suf3[i] = hashString(k.slice(-3));
    a.suf4[i] = hashString(k.slice(-4));
    a.pre1[i] = hashString(k.slice(0, 1));
    a.pre2[i] = hashString(k.slice(0, 2));
    a.pre3[i] = hashString(k.slice(0, 3));
    a.shape[i] = hashString(shapeOf(forms[i]!));
  }
  return a;
}

export const TAGGER_FEATURES = 29;

/** Writes the features of word `i` into `out` given the two previous tags (-1 before the start); returns the count. */
export function taggerFeatures(a: WordAtoms, i: number, prev: number, prev2: number, out: Uint32Array): number {
  const low = a.low;
  const w = low[i]!;
  const wm1 = i > 0 ? low[i - 1]! : START;
  const wm2 = i > 1 ? low[i - 2]! : START;
  const wp1 = i + 1 < a.n ? low[i + 1]! : END;
  const wp2 = i + 2 < a.n ? low[i + 2]! : END;
  const p1 = prev + 1;
  const p2 = prev2 + 1;
  let k = 0;
  out[k++] = f1(1, 0);
  out[k++] = f1(2, w);
  out[k++] = f1(3, a.suf1[i]!);
  out[k++] = f1(4, a.suf2[i]!);
  out[k++] = f1(5, a.suf3[i]!);
  out[k++] = f1(6, a.suf4[i]!);
  out[k++] = f1(7, a.pre1[i]!);
  out[k++] = f1(8, a.pre2[i]!);
  out[k++] = f2(9, a.shape[i]!, i === 0 ? 1 : 0);
  out[k++] = f1(10, p1);
  out[k++] = f2(11, p1, p2);
  out[k++] = f2(12, p1, w);
  out[k++] = f1(13, wm1);
  out[k++] = f1(14, wm2);
  out[k++] = f1(15, wp1);
  out[k++] = f1(16, wp2);
  out[k++] = f1(17, i > 0 ? a.suf3[i - 1]! : START);
  out[k++] = f1(18, i + 1 < a.n ? a.suf3[i + 1]! : END);
  out[k++] = f2(19, wm1, w);
  out[k++] = f2(20, w, wp1);
  out[k++] = f1(21, i + 1 < a.n ? a.shape[i + 1]! : END);
  out[k++] = f2(22, p1, a.suf3[i]!);
  out[k++] = f3(23, wm1, w, wp1);
  out[k++] = f2(24, a.shape[i]!, a.suf2[i]!);
  out[k++] = f1(25, a.form[i]!);
  out[k++] = f1(26, a.pre3[i]!);
  out[k++] = f2(27, wm1, wp1);
  out[k++] = f2(28, p1, wp1);
  out[k++] = f2(29, i + 1 < a.n ? a.suf2[i + 1]! : END, w);
  return k;
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
