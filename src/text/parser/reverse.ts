// A right-to-left parser: the same transition system, features and weights format as the left-to-right parser, run
// over the sentence reversed. It makes different mistakes (it attaches what comes late in the sentence first), which
// is what a reparsing ensemble (ensemble.ts) needs. The tagger always runs left to right over the sentence as
// written: only the parser sees the words and tags reversed, and its heads are mapped back.
import type { DependencyParser, Parse } from './parser.js';
import { type WordAtoms, wordAtoms } from './tagger.js';

/** Anything that parses a sentence's words (the greedy or beam parser, or the right-to-left parser below). */
export interface SentenceParser {
  parse(forms: readonly string[], beam?: number): Parse;
  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array, beam?: number): Parse;
}

const ATOM_ARRAYS = ['form', 'low', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'c16', 'c64', 'c256', 'c1024'] as const;

/** The atoms of the sentence reversed (each word's atoms are its own: nothing in them depends on its position). */
export function reversedAtoms(a: WordAtoms, reuse?: WordAtoms): WordAtoms {
  const n = a.n;
  const r = (reuse && reuse.form.length >= n ? reuse : { n }) as WordAtoms;
  r.n = n;
  for (const k of ATOM_ARRAYS) {
    const from = a[k];
    const to = r[k] && r[k].length >= n ? r[k] : (r[k] = new Int32Array(n));
    for (let i = 0; i < n; i++) to[i] = from[n - 1 - i]!;
  }
  return r;
}

/** `values` reversed (the first n). */
export function reversed(values: Int32Array, n = values.length): Int32Array {
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = values[n - 1 - i]!;
  return r;
}

/**
 * Heads of a sentence of n words with the root as n (training trees' convention) in the reversed sentence: word i
 * is word n-1-i there, and the root stays n. The same function maps back.
 */
export function reversedHeads(heads: Int32Array): Int32Array {
  const n = heads.length;
  const r = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = heads[n - 1 - i]!;
    r[i] = h === n ? n : n - 1 - h;
  }
  return r;
}

/**
 * Label directions (1: seen on left arcs, 2: right, 3: both) as seen in the reversed sentence: left and right swap.
 * The right-to-left parser's model holds them so (its label classifier filters labels by the arc's direction in the
 * order it parses in).
 */
export function swappedDirections(directions: Uint8Array): Uint8Array {
  return directions.map((d) => ((d & 1) << 1) | ((d & 2) >> 1));
}

/** The parse of the reversed sentence read back in the sentence's order (heads -1 for the root word). */
function parseInOrder(forms: readonly string[], r: Parse): Parse {
  const n = forms.length;
  const head = new Int32Array(n);
  const at = (i: number) => n - 1 - i;
  for (let i = 0; i < n; i++) {
    const h = r.head[at(i)]!;
    head[i] = h < 0 ? -1 : at(h);
  }
  return { forms, upos: r.upos.slice().reverse(), xpos: r.xpos.slice().reverse(), head, deprel: r.deprel.slice().reverse() };
}

/** A parser trained on reversed sentences (`npm run train:parser -- --direction rtl`), used on sentences as written. */
export class RightToLeftParser implements SentenceParser {
  private wordScratch: WordAtoms | undefined;
  private reverseScratch: WordAtoms | undefined;

  constructor(readonly parser: DependencyParser) {}

  parse(forms: readonly string[], beam = 1): Parse {
    const atoms = (this.wordScratch = wordAtoms(forms, this.parser.tagger.clusters, this.wordScratch));
    return this.parseTagged(forms, atoms, this.parser.tagger.tag(atoms), beam);
  }

  /** Parses words tagged left to right (`atoms` and `tags` in the sentence's order). */
  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array, beam = 1): Parse {
    const n = forms.length;
    const ra = (this.reverseScratch = reversedAtoms(atoms, this.reverseScratch));
    const r = this.parser.parseTagged(forms.slice().reverse(), ra, reversed(tags, n), beam);
    return parseInOrder(forms, r);
  }
}
