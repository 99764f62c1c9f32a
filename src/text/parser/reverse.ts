// A right-to-left parser: the same transition system, features and weights format as the left-to-right parser, run
// over the sentence reversed. It makes different mistakes (it attaches what comes late in the sentence first), which
// is what a reparsing ensemble (ensemble.ts) needs. The tagger always runs left to right over the sentence as
// written: only the parser sees the words and tags reversed, and its heads are mapped back. The sentence's trailing
// punctuation is not reversed but kept last (rtlOrder): reversed, the final full stop came first, and the parser got
// the root and the punctuation much more often wrong (docs/parser.md, "Sixth round, second part").
import type { DependencyParser, Parse } from './parser.js';
import { type WordAtoms, wordAtoms } from './tagger.js';

/** Anything that parses a sentence's words (the greedy or beam parser, or the right-to-left parser below). */
export interface SentenceParser {
  parse(forms: readonly string[], beam?: number): Parse;
  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array, beam?: number): Parse;
}

const ATOM_ARRAYS = ['form', 'low', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'c16', 'c64', 'c256', 'c1024'] as const;

/**
 * Label directions (1: seen on left arcs, 2: right, 3: both) as seen in the reversed sentence: left and right swap.
 * The right-to-left parser's model holds them so (its label classifier filters labels by the arc's direction in the
 * order it parses in).
 */
export function swappedDirections(directions: Uint8Array): Uint8Array {
  return directions.map((d) => ((d & 1) << 1) | ((d & 2) >> 1));
}

/**
 * The order the right-to-left parser reads a sentence of n words in: `order[j]` is the word read j-th. The words are
 * read back to front, except the sentence's trailing punctuation (the last words whose tag class is punctuation, e.g.
 * ". " or '."'), which stays last in its own order: the sentence-final full stop is still read last. Training and
 * parsing both use this one function, with the tags the parser sees.
 */
export function rtlOrder(tags: Int32Array, punct: Uint8Array, n = tags.length): Int32Array {
  let end = n;
  while (end > 0 && punct[tags[end - 1]!]) end--;
  if (end === 0) end = n; // only punctuation: plain reversal
  const order = new Int32Array(n);
  for (let j = 0; j < end; j++) order[j] = end - 1 - j;
  for (let j = end; j < n; j++) order[j] = j;
  return order;
}

/** Which tag classes ("UPOS XPOS") are punctuation (UPOS PUNCT), indexed by class. */
export function punctuationClasses(classes: readonly string[]): Uint8Array {
  return Uint8Array.from(classes, (c) => (c.split(' ')[0] === 'PUNCT' ? 1 : 0));
}

/** `values` in `order` (value j is values[order[j]]). */
export function permuted(values: Int32Array, order: Int32Array): Int32Array {
  return Int32Array.from(order, (i) => values[i]!);
}

/** The atoms of the sentence in `order` (each word's atoms are its own: nothing in them depends on its position). */
export function permutedAtoms(a: WordAtoms, order: Int32Array, reuse?: WordAtoms): WordAtoms {
  const n = a.n;
  const r = (reuse && reuse.form.length >= n ? reuse : { n }) as WordAtoms;
  r.n = n;
  for (const k of ATOM_ARRAYS) {
    const from = a[k];
    const to = r[k] && r[k].length >= n ? r[k] : (r[k] = new Int32Array(n));
    for (let j = 0; j < n; j++) to[j] = from[order[j]!]!;
  }
  return r;
}

/** Heads (root as n, training trees' convention) of the sentence read in `order`: word order[j] is word j there. */
export function permutedHeads(heads: Int32Array, order: Int32Array): Int32Array {
  const n = heads.length;
  const at = new Int32Array(n);
  for (let j = 0; j < n; j++) at[order[j]!] = j;
  return Int32Array.from(order, (i) => {
    const h = heads[i]!;
    return h === n ? n : at[h]!;
  });
}

/** The parse of the sentence read in `order` read back in the sentence's order (heads -1 for the root word). */
function parseInOrder(forms: readonly string[], r: Parse, order: Int32Array): Parse {
  const n = forms.length;
  const head = new Int32Array(n);
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const deprel = new Array<string>(n);
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const h = r.head[j]!;
    head[i] = h < 0 ? -1 : order[h]!;
    upos[i] = r.upos[j]!;
    xpos[i] = r.xpos[j]!;
    deprel[i] = r.deprel[j]!;
  }
  return { forms, upos, xpos, head, deprel };
}

/** A parser trained on reversed sentences (`npm run train:parser -- --direction rtl`), used on sentences as written. */
export class RightToLeftParser implements SentenceParser {
  private wordScratch: WordAtoms | undefined;
  private reverseScratch: WordAtoms | undefined;

  private readonly punct: Uint8Array;

  constructor(readonly parser: DependencyParser) {
    this.punct = punctuationClasses(parser.tagger.classes);
  }

  parse(forms: readonly string[], beam = 1): Parse {
    const atoms = (this.wordScratch = wordAtoms(forms, this.parser.tagger.clusters, this.wordScratch));
    return this.parseTagged(forms, atoms, this.parser.tagger.tag(atoms), beam);
  }

  /** Parses words tagged left to right (`atoms` and `tags` in the sentence's order). */
  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array, beam = 1): Parse {
    const n = forms.length;
    const order = rtlOrder(tags, this.punct, n);
    const ra = (this.reverseScratch = permutedAtoms(atoms, order, this.reverseScratch));
    const r = this.parser.parseTagged(Array.from(order, (i) => forms[i]!), ra, permuted(tags, order), beam);
    return parseInOrder(forms, r, order);
  }
}
