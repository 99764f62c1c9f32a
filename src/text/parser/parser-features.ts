// Features of the parser's two classifiers, after Zhang and Nivre (2011), adapted to arc-hybrid: words and tags of
// the top three stack items and the first three buffer items, the leftmost and rightmost dependents of s0, s1 and b0
// with their labels, distances and valencies, and conjunctions of these. Each feature is one integer hash.
import { f1, f2, f3, f4 } from './hash.js';
import type { Configuration } from './transitions.js';
import type { WordAtoms } from './tagger.js';

const NONE = 0x1d0e;
const ROOT = 0x2b07;

/** Word and tag atoms of a sentence, with the root as word n. */
export interface ParserAtoms {
  /** Lower-cased word hash; index n is the root. */
  w: Int32Array;
  /** Tag id + 1; index n is the root. */
  p: Int32Array;
  /** Hash of the last three letters: evidence that survives a wrong tag. */
  x: Int32Array;
}

export function parserAtoms(words: WordAtoms, tags: Int32Array): ParserAtoms {
  const n = words.n;
  const w = new Int32Array(n + 1);
  const p = new Int32Array(n + 1);
  const x = new Int32Array(n + 1);
  w.set(words.low);
  x.set(words.suf3);
  for (let i = 0; i < n; i++) p[i] = tags[i]! + 1;
  w[n] = ROOT;
  p[n] = ROOT;
  x[n] = ROOT;
  return { w, p, x };
}

export const PARSER_FEATURES = 82;
export const LABEL_FEATURES = 24;

const bucket = (d: number): number => (d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7);

/** Transition features of configuration `c`; returns the count written to `out`. */
export function parserFeatures(c: Configuration, a: ParserAtoms, out: Uint32Array): number {
  const W = a.w;
  const P = a.p;
  const L = c.label;
  const n = c.n;
  const s0 = c.s(0), s1 = c.s(1), s2 = c.s(2);
  const b0 = c.q(0), b1 = c.q(1), b2 = c.q(2);
  const w = (i: number) => (i < 0 ? NONE : W[i]!);
  const p = (i: number) => (i < 0 ? NONE : P[i]!);
  const l = (i: number) => (i < 0 || i >= n ? NONE : L[i]! + 1);
  const s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2p = p(s2), s2w = w(s2);
  const b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2);
  const s0L = s0 < 0 ? -1 : c.lc1[s0]!, s0L2 = s0 < 0 ? -1 : c.lc2[s0]!;
  const s0R = s0 < 0 ? -1 : c.rc1[s0]!, s0R2 = s0 < 0 ? -1 : c.rc2[s0]!;
  const s1L = s1 < 0 ? -1 : c.lc1[s1]!, s1R = s1 < 0 ? -1 : c.rc1[s1]!, s1R2 = s1 < 0 ? -1 : c.rc2[s1]!;
  const b0L = b0 < 0 ? -1 : c.lc1[b0]!, b0L2 = b0 < 0 ? -1 : c.lc2[b0]!;
  const d = s0 < 0 || b0 < 0 ? 0 : b0 === n ? 15 : bucket(b0 - s0);
  const d1 = s1 < 0 || s0 < 0 ? 0 : bucket(s0 - s1);
  const s0vl = s0 < 0 ? 0 : c.nLeft[s0]!, s0vr = s0 < 0 ? 0 : c.nRight[s0]!;
  const s1vl = s1 < 0 ? 0 : c.nLeft[s1]!, s1vr = s1 < 0 ? 0 : c.nRight[s1]!;
  const b0vl = b0 < 0 ? 0 : c.nLeft[b0]!;
  let k = 0;
  // single words
  out[k++] = f2(1, s0w, s0p);
  out[k++] = f1(2, s0w);
  out[k++] = f1(3, s0p);
  out[k++] = f2(4, s1w, s1p);
  out[k++] = f1(5, s1w);
  out[k++] = f1(6, s1p);
  out[k++] = f2(7, b0w, b0p);
  out[k++] = f1(8, b0w);
  out[k++] = f1(9, b0p);
  out[k++] = f2(10, b1w, b1p);
  out[k++] = f1(11, b1w);
  out[k++] = f1(12, b1p);
  out[k++] = f2(13, b2w, b2p);
  out[k++] = f1(14, b2p);
  out[k++] = f1(15, s2p);
  out[k++] = f2(16, s2w, s2p);
  // pairs
  out[k++] = f4(17, s0w, s0p, b0w, b0p);
  out[k++] = f3(18, s0w, s0p, b0w);
  out[k++] = f3(19, s0w, b0w, b0p);
  out[k++] = f3(20, s0w, s0p, b0p);
  out[k++] = f3(21, s0p, b0w, b0p);
  out[k++] = f2(22, s0w, b0w);
  out[k++] = f2(23, s0p, b0p);
  out[k++] = f2(24, b0p, b1p);
  out[k++] = f4(25, s1w, s1p, s0w, s0p);
  out[k++] = f2(26, s1w, s0w);
  out[k++] = f2(27, s1p, s0p);
  out[k++] = f2(28, s1p, s0w);
  out[k++] = f2(29, s1w, s0p);
  out[k++] = f3(30, s1w, s0p, b0p);
  out[k++] = f3(31, s1p, s0w, b0p);
  out[k++] = f2(32, s1w, b0w);
  // tag triples
  out[k++] = f3(33, b0p, b1p, b2p);
  out[k++] = f3(34, s0p, b0p, b1p);
  out[k++] = f3(35, s1p, s0p, b0p);
  out[k++] = f3(36, s0p, p(s0L), b0p);
  out[k++] = f3(37, s0p, p(s0R), b0p);
  out[k++] = f3(38, s0p, b0p, p(b0L));
  out[k++] = f3(39, s1p, p(s1R), s0p);
  out[k++] = f3(40, s1p, p(s1L), s0p);
  out[k++] = f3(41, s2p, s1p, s0p);
  out[k++] = f3(42, s1p, s0p, p(s0L));
  out[k++] = f3(43, s1p, s0p, p(s0R));
  // distance
  out[k++] = f2(44, s0w, d);
  out[k++] = f2(45, s0p, d);
  out[k++] = f2(46, b0w, d);
  out[k++] = f2(47, b0p, d);
  out[k++] = f3(48, s0w, b0w, d);
  out[k++] = f3(49, s0p, b0p, d);
  out[k++] = f3(50, s1p, s0p, d1);
  out[k++] = f3(51, s1w, s0w, d1);
  // valency
  out[k++] = f2(52, s0w, s0vr);
  out[k++] = f2(53, s0p, s0vr);
  out[k++] = f2(54, s0w, s0vl);
  out[k++] = f2(55, s0p, s0vl);
  out[k++] = f2(56, b0w, b0vl);
  out[k++] = f2(57, b0p, b0vl);
  out[k++] = f2(58, s1p, s1vr);
  out[k++] = f2(59, s1p, s1vl);
  // dependents
  out[k++] = f1(60, w(s0L));
  out[k++] = f2(61, p(s0L), l(s0L));
  out[k++] = f1(62, w(s0R));
  out[k++] = f2(63, p(s0R), l(s0R));
  out[k++] = f1(64, w(b0L));
  out[k++] = f2(65, p(b0L), l(b0L));
  out[k++] = f2(66, p(s1R), l(s1R));
  out[k++] = f2(67, p(s1L), l(s1L));
  out[k++] = f2(68, l(s0L2), p(s0L2));
  out[k++] = f2(69, l(s0R2), p(s0R2));
  out[k++] = f2(70, l(b0L2), p(b0L2));
  out[k++] = f4(71, s0p, l(s0L), l(s0L2), b0p);
  out[k++] = f4(72, s0p, l(s0R), l(s0R2), b0p);
  out[k++] = f3(73, b0p, l(b0L), l(b0L2));
  out[k++] = f3(74, s1p, l(s1R), l(s1R2));
  out[k++] = f3(75, s0w, l(s0L), l(s0R));
  out[k++] = f3(76, b0w, p(b0L), l(b0L));
  // suffixes: what the words look like, whatever the tagger said
  const x = (i: number) => (i < 0 ? NONE : a.x[i]!);
  out[k++] = f1(77, x(s0));
  out[k++] = f1(78, x(b0));
  out[k++] = f1(79, x(b1));
  out[k++] = f1(80, x(s1));
  out[k++] = f2(81, x(s0), x(b0));
  out[k++] = f2(82, x(s1), x(s0));
  return k;
}

/** Features of the label of a new arc h → d (d is complete: all its dependents are attached). */
export function labelFeatures(c: Configuration, h: number, d: number, a: ParserAtoms, out: Uint32Array): number {
  const W = a.w;
  const P = a.p;
  const L = c.label;
  const n = c.n;
  const w = (i: number) => (i < 0 ? NONE : W[i]!);
  const p = (i: number) => (i < 0 ? NONE : P[i]!);
  const l = (i: number) => (i < 0 || i >= n ? NONE : L[i]! + 1);
  const hw = w(h), hp = p(h), dw = w(d), dp = p(d);
  const dir = d < h ? 1 : 2;
  const dist = h === n ? 15 : bucket(Math.abs(h - d));
  const dL = c.lc1[d]!, dR = c.rc1[d]!, dL2 = c.lc2[d]!;
  const hL = c.lc1[h]!, hR = c.rc1[h]!;
  let k = 0;
  out[k++] = f2(101, hw, dir);
  out[k++] = f2(102, hp, dir);
  out[k++] = f2(103, dw, dir);
  out[k++] = f2(104, dp, dir);
  out[k++] = f3(105, hp, dp, dir);
  out[k++] = f4(106, hw, dp, dir, 0);
  out[k++] = f3(107, hp, dw, dir);
  out[k++] = f3(108, hw, dw, dir);
  out[k++] = f4(109, hp, dp, dir, dist);
  out[k++] = f3(110, dp, w(dL), l(dL));
  out[k++] = f3(111, dp, p(dL), l(dL));
  out[k++] = f3(112, dp, w(dR), l(dR));
  out[k++] = f3(113, dp, p(dR), l(dR));
  out[k++] = f3(114, dp, l(dL), l(dL2));
  out[k++] = f4(115, hp, l(hL), dp, dir);
  out[k++] = f4(116, hp, w(hL), l(hL), dir);
  out[k++] = f3(117, hp, l(hR), dir);
  out[k++] = f4(118, hw, w(dL), dp, dir);
  out[k++] = f4(119, hp, w(dL), dp, dir);
  out[k++] = f3(120, dw, w(dL), dir);
  out[k++] = f2(121, p(d + 1 <= n ? d + 1 : -1), dp);
  out[k++] = f2(122, p(d - 1), dp);
  out[k++] = f3(123, hp, dp, c.nLeft[d]! + 4 * Math.min(3, c.nRight[d]!));
  out[k++] = f4(124, hp, dp, p(h + (d < h ? -1 : 1)), dir);
  return k;
}
