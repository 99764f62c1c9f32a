// Features of the parser's two classifiers, after Zhang and Nivre (2011), adapted to arc-hybrid: words and tags of
// the top three stack items and the first three buffer items, the leftmost and rightmost dependents of s0, s1 and b0
// with their labels, distances and valencies, and conjunctions of these. Each feature is one integer hash of its
// template's number and its atoms (see Templates).
import { Templates } from './hash.js';
import type { Configuration } from './transitions.js';
import type { WordAtoms } from './tagger.js';

const NONE = 0x1d0e;
const ROOT = 0x2b07;

/** Word and tag atoms of a sentence, with the root as word n (the arrays may be longer). */
export interface ParserAtoms {
  /** Lower-cased word hash; index n is the root. */
  w: Int32Array;
  /** Tag id + 1; index n is the root. */
  p: Int32Array;
  /** Hash of the last three letters: evidence that survives a wrong tag. */
  x: Int32Array;
  /** The word's cluster of 256 and of 64 (WordAtoms.c256, c64): evidence for rare words, and too survives a wrong tag. */
  c: Int32Array;
  cc: Int32Array;
}

/** Word and tag atoms of a sentence, into the arrays of `reuse` when they are long enough. */
export function parserAtoms(words: WordAtoms, tags: Int32Array, reuse?: ParserAtoms): ParserAtoms {
  const n = words.n;
  const a = reuse && reuse.w.length > n ? reuse : {
    w: new Int32Array(n + 1), p: new Int32Array(n + 1), x: new Int32Array(n + 1), c: new Int32Array(n + 1), cc: new Int32Array(n + 1),
  };
  const { w, p, x, c, cc } = a;
  for (let i = 0; i < n; i++) {
    w[i] = words.low[i]!;
    p[i] = tags[i]! + 1;
    x[i] = words.suf3[i]!;
    c[i] = words.c256[i]!;
    cc[i] = words.c64[i]!;
  }
  w[n] = ROOT;
  p[n] = ROOT;
  x[n] = ROOT;
  c[n] = ROOT;
  cc[n] = ROOT;
  return a;
}

const bucket = (d: number): number => (d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7);

// The atoms of a transition step: words (W), tags (P), labels (L) and suffixes (X) of the stack and buffer items and
// of their dependents, distances and valencies. Their values are written to an Int32Array at these indices.
const S0W = 0, S0P = 1, S1W = 2, S1P = 3, S2W = 4, S2P = 5, B0W = 6, B0P = 7, B1W = 8, B1P = 9, B2W = 10, B2P = 11;
const S0L_P = 12, S0R_P = 13, B0L_P = 14, S1R_P = 15, S1L_P = 16, S0L2_P = 17, S0R2_P = 18, B0L2_P = 19;
const S0L_W = 20, S0R_W = 21, B0L_W = 22;
const S0L_L = 23, S0R_L = 24, B0L_L = 25, S1R_L = 26, S1L_L = 27, S0L2_L = 28, S0R2_L = 29, B0L2_L = 30, S1R2_L = 31;
const D = 32, D1 = 33, S0VR = 34, S0VL = 35, S1VR = 36, S1VL = 37, B0VL = 38;
const S0X = 39, B0X = 40, B1X = 41, S1X = 42;
const S0C = 43, B0C = 44, S1C = 45, B1C = 46, S0CC = 47, B0CC = 48, S1CC = 49;
const PARSER_ATOMS = 50;

const PARSER_TEMPLATES = new Templates([
  // single words
  [1, S0W, S0P], [2, S0W], [3, S0P], [4, S1W, S1P], [5, S1W], [6, S1P], [7, B0W, B0P], [8, B0W], [9, B0P],
  [10, B1W, B1P], [11, B1W], [12, B1P], [13, B2W, B2P], [14, B2P], [15, S2P], [16, S2W, S2P],
  // pairs
  [17, S0W, S0P, B0W, B0P], [18, S0W, S0P, B0W], [19, S0W, B0W, B0P], [20, S0W, S0P, B0P], [21, S0P, B0W, B0P],
  [22, S0W, B0W], [23, S0P, B0P], [24, B0P, B1P], [25, S1W, S1P, S0W, S0P], [26, S1W, S0W], [27, S1P, S0P],
  [28, S1P, S0W], [29, S1W, S0P], [30, S1W, S0P, B0P], [31, S1P, S0W, B0P], [32, S1W, B0W],
  // tag triples
  [33, B0P, B1P, B2P], [34, S0P, B0P, B1P], [35, S1P, S0P, B0P], [36, S0P, S0L_P, B0P], [37, S0P, S0R_P, B0P],
  [38, S0P, B0P, B0L_P], [39, S1P, S1R_P, S0P], [40, S1P, S1L_P, S0P], [41, S2P, S1P, S0P], [42, S1P, S0P, S0L_P],
  [43, S1P, S0P, S0R_P],
  // distance
  [44, S0W, D], [45, S0P, D], [46, B0W, D], [47, B0P, D], [48, S0W, B0W, D], [49, S0P, B0P, D], [50, S1P, S0P, D1],
  [51, S1W, S0W, D1],
  // valency
  [52, S0W, S0VR], [53, S0P, S0VR], [54, S0W, S0VL], [55, S0P, S0VL], [56, B0W, B0VL], [57, B0P, B0VL],
  [58, S1P, S1VR], [59, S1P, S1VL],
  // dependents
  [60, S0L_W], [61, S0L_P, S0L_L], [62, S0R_W], [63, S0R_P, S0R_L], [64, B0L_W], [65, B0L_P, B0L_L],
  [66, S1R_P, S1R_L], [67, S1L_P, S1L_L], [68, S0L2_L, S0L2_P], [69, S0R2_L, S0R2_P], [70, B0L2_L, B0L2_P],
  [71, S0P, S0L_L, S0L2_L, B0P], [72, S0P, S0R_L, S0R2_L, B0P], [73, B0P, B0L_L, B0L2_L], [74, S1P, S1R_L, S1R2_L],
  [75, S0W, S0L_L, S0R_L], [76, B0W, B0L_P, B0L_L],
  // suffixes: what the words look like, whatever the tagger said
  [77, S0X], [78, B0X], [79, B1X], [80, S1X], [81, S0X, B0X], [82, S1X, S0X],
  // word clusters (Koo et al. 2008): what kind of word, for words rare in training
  [83, S0C], [84, B0C], [85, S1C], [86, B1C], [87, S0CC, B0CC], [88, S0C, B0P], [89, S0P, B0C], [90, S1CC, S0CC],
]);

export const PARSER_FEATURES = PARSER_TEMPLATES.count;
const parserAtomValues = new Int32Array(PARSER_ATOMS);

/** Transition features of configuration `c`; returns the count written to `out`. */
export function parserFeatures(c: Configuration, a: ParserAtoms, out: Uint32Array): number {
  const W = a.w;
  const P = a.p;
  const X = a.x;
  const L = c.label;
  const n = c.n;
  const s0 = c.s(0), s1 = c.s(1), s2 = c.s(2);
  const b0 = c.q(0), b1 = c.q(1), b2 = c.q(2);
  const w = (i: number) => (i < 0 ? NONE : W[i]!);
  const p = (i: number) => (i < 0 ? NONE : P[i]!);
  const l = (i: number) => (i < 0 || i >= n ? NONE : L[i]! + 1);
  const x = (i: number) => (i < 0 ? NONE : X[i]!);
  const C = a.c;
  const CC = a.cc;
  const s0L = s0 < 0 ? -1 : c.lc1[s0]!, s0L2 = s0 < 0 ? -1 : c.lc2[s0]!;
  const s0R = s0 < 0 ? -1 : c.rc1[s0]!, s0R2 = s0 < 0 ? -1 : c.rc2[s0]!;
  const s1L = s1 < 0 ? -1 : c.lc1[s1]!, s1R = s1 < 0 ? -1 : c.rc1[s1]!, s1R2 = s1 < 0 ? -1 : c.rc2[s1]!;
  const b0L = b0 < 0 ? -1 : c.lc1[b0]!, b0L2 = b0 < 0 ? -1 : c.lc2[b0]!;
  const v = parserAtomValues;
  v[S0W] = w(s0); v[S0P] = p(s0); v[S1W] = w(s1); v[S1P] = p(s1); v[S2W] = w(s2); v[S2P] = p(s2);
  v[B0W] = w(b0); v[B0P] = p(b0); v[B1W] = w(b1); v[B1P] = p(b1); v[B2W] = w(b2); v[B2P] = p(b2);
  v[S0L_P] = p(s0L); v[S0R_P] = p(s0R); v[B0L_P] = p(b0L); v[S1R_P] = p(s1R); v[S1L_P] = p(s1L);
  v[S0L2_P] = p(s0L2); v[S0R2_P] = p(s0R2); v[B0L2_P] = p(b0L2);
  v[S0L_W] = w(s0L); v[S0R_W] = w(s0R); v[B0L_W] = w(b0L);
  v[S0L_L] = l(s0L); v[S0R_L] = l(s0R); v[B0L_L] = l(b0L); v[S1R_L] = l(s1R); v[S1L_L] = l(s1L);
  v[S0L2_L] = l(s0L2); v[S0R2_L] = l(s0R2); v[B0L2_L] = l(b0L2); v[S1R2_L] = l(s1R2);
  v[D] = s0 < 0 || b0 < 0 ? 0 : b0 === n ? 15 : bucket(b0 - s0);
  v[D1] = s1 < 0 || s0 < 0 ? 0 : bucket(s0 - s1);
  v[S0VR] = s0 < 0 ? 0 : c.nRight[s0]!; v[S0VL] = s0 < 0 ? 0 : c.nLeft[s0]!;
  v[S1VR] = s1 < 0 ? 0 : c.nRight[s1]!; v[S1VL] = s1 < 0 ? 0 : c.nLeft[s1]!;
  v[B0VL] = b0 < 0 ? 0 : c.nLeft[b0]!;
  v[S0X] = x(s0); v[B0X] = x(b0); v[B1X] = x(b1); v[S1X] = x(s1);
  v[S0C] = s0 < 0 ? NONE : C[s0]!; v[B0C] = b0 < 0 ? NONE : C[b0]!; v[S1C] = s1 < 0 ? NONE : C[s1]!; v[B1C] = b1 < 0 ? NONE : C[b1]!;
  v[S0CC] = s0 < 0 ? NONE : CC[s0]!; v[B0CC] = b0 < 0 ? NONE : CC[b0]!; v[S1CC] = s1 < 0 ? NONE : CC[s1]!;
  return PARSER_TEMPLATES.hash(v, out);
}

// The atoms of a label decision for the arc h → d.
const HW = 0, HP = 1, DW = 2, DP = 3, DIR = 4, ZERO = 5, DIST = 6, DL_W = 7, DL_P = 8, DL_L = 9, DR_W = 10, DR_P = 11;
const DR_L = 12, DL2_L = 13, HL_L = 14, HL_W = 15, HR_L = 16, D_NEXT_P = 17, D_PREV_P = 18, D_VALENCY = 19;
const H_INNER_P = 20;
const LABEL_ATOMS = 21;

const LABEL_TEMPLATES = new Templates([
  [101, HW, DIR], [102, HP, DIR], [103, DW, DIR], [104, DP, DIR], [105, HP, DP, DIR], [106, HW, DP, DIR, ZERO],
  [107, HP, DW, DIR], [108, HW, DW, DIR], [109, HP, DP, DIR, DIST], [110, DP, DL_W, DL_L], [111, DP, DL_P, DL_L],
  [112, DP, DR_W, DR_L], [113, DP, DR_P, DR_L], [114, DP, DL_L, DL2_L], [115, HP, HL_L, DP, DIR],
  [116, HP, HL_W, HL_L, DIR], [117, HP, HR_L, DIR], [118, HW, DL_W, DP, DIR], [119, HP, DL_W, DP, DIR],
  [120, DW, DL_W, DIR], [121, D_NEXT_P, DP], [122, D_PREV_P, DP], [123, HP, DP, D_VALENCY], [124, HP, DP, H_INNER_P, DIR],
]);

export const LABEL_FEATURES = LABEL_TEMPLATES.count;
const labelAtomValues = new Int32Array(LABEL_ATOMS);

/** Features of the label of a new arc h → d (d is complete: all its dependents are attached). */
export function labelFeatures(c: Configuration, h: number, d: number, a: ParserAtoms, out: Uint32Array): number {
  const W = a.w;
  const P = a.p;
  const L = c.label;
  const n = c.n;
  const w = (i: number) => (i < 0 ? NONE : W[i]!);
  // The word after the head can be past the root (in training, for arcs to the root): that atom is 0, as the model
  // was trained; the arrays may be longer than the sentence, so it must not be read from them.
  const p = (i: number) => (i < 0 ? NONE : i > n ? 0 : P[i]!);
  const l = (i: number) => (i < 0 || i >= n ? NONE : L[i]! + 1);
  const dL = c.lc1[d]!, dR = c.rc1[d]!, dL2 = c.lc2[d]!;
  const hL = c.lc1[h]!, hR = c.rc1[h]!;
  const v = labelAtomValues;
  v[HW] = w(h); v[HP] = p(h); v[DW] = w(d); v[DP] = p(d);
  v[DIR] = d < h ? 1 : 2;
  v[ZERO] = 0;
  v[DIST] = h === n ? 15 : bucket(Math.abs(h - d));
  v[DL_W] = w(dL); v[DL_P] = p(dL); v[DL_L] = l(dL);
  v[DR_W] = w(dR); v[DR_P] = p(dR); v[DR_L] = l(dR);
  v[DL2_L] = l(dL2);
  v[HL_L] = l(hL); v[HL_W] = w(hL); v[HR_L] = l(hR);
  v[D_NEXT_P] = p(d + 1 <= n ? d + 1 : -1);
  v[D_PREV_P] = p(d - 1);
  v[D_VALENCY] = c.nLeft[d]! + 4 * Math.min(3, c.nRight[d]!);
  v[H_INNER_P] = p(h + (d < h ? -1 : 1));
  return LABEL_TEMPLATES.hash(v, out);
}
