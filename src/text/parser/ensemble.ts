// A reparsing ensemble (Sagae and Lavie 2006; Surdeanu and Manning 2010): several parsers that make different
// mistakes parse the same tagged sentence, each proposed arc scores the sum of the weights of the parsers that
// proposed it, and the final tree is the best-scoring projective tree over those scores (Eisner's algorithm, with
// one word under the root). Every word gets a head whatever the parsers said: an arc no parser proposed scores 0
// and can still be chosen when no proposed arc fits the tree.
import type { Parse } from './parser.js';
import { BEAM_MODEL_PATH, DEFAULT_MODEL_PATH, RTL_BEAM_MODEL_PATH, RTL_MODEL_PATH, decodeModel, decodeParserWeights, parserFromModel, parserFromWeights, readModelFile } from './model-file.js';
import { RightToLeftParser, type SentenceParser } from './reverse.js';
import { type Tagger, type WordAtoms, wordAtoms } from './tagger.js';

/** One parser's parse of a sentence and its weight in the vote. */
export interface Vote {
  parse: Parse;
  weight: number;
}

/**
 * The best projective tree of n words with exactly one word under the root, by Eisner's algorithm (O(n³)).
 * `score(h, d)` is the score of word d (0-based) under head h, h = -1 for the root. Ties go to the first split
 * found, so the result is a function of the scores alone.
 * @returns each word's head, -1 for the root word
 */
export function bestProjectiveTree(n: number, score: (h: number, d: number) => number): Int32Array {
  const head = new Int32Array(n).fill(-1);
  if (n <= 1) return head;
  // Spans [s, t] of words; index s * n + t. Complete spans headed at their left end (right: R) or right end (left:
  // L), incomplete spans (the arc between s and t just made) likewise, and the split point of each best span.
  const size = n * n;
  const cR = new Float64Array(size), cL = new Float64Array(size), iR = new Float64Array(size), iL = new Float64Array(size);
  const bcR = new Int32Array(size), bcL = new Int32Array(size), biR = new Int32Array(size), biL = new Int32Array(size);
  for (let len = 1; len < n; len++) {
    for (let s = 0; s + len < n; s++) {
      const t = s + len;
      const at = s * n + t;
      // Incomplete: s's right half and t's left half meet at r | r+1; then the arc t → s or s → t.
      let best = -Infinity, arg = s;
      for (let r = s; r < t; r++) {
        const v = cR[s * n + r]! + cL[(r + 1) * n + t]!;
        if (v > best) (best = v), (arg = r);
      }
      iL[at] = best + score(t, s);
      iR[at] = best + score(s, t);
      biL[at] = biR[at] = arg;
      // Complete headed at t: a complete left span [s, r] under r, and r under t.
      best = -Infinity, arg = s;
      for (let r = s; r < t; r++) {
        const v = cL[s * n + r]! + iL[r * n + t]!;
        if (v > best) (best = v), (arg = r);
      }
      cL[at] = best;
      bcL[at] = arg;
      // Complete headed at s: s → r, and a complete right span [r, t] under r.
      best = -Infinity, arg = t;
      for (let r = s + 1; r <= t; r++) {
        const v = iR[s * n + r]! + cR[r * n + t]!;
        if (v > best) (best = v), (arg = r);
      }
      cR[at] = best;
      bcR[at] = arg;
    }
  }
  // The root's one child r: everything left of it in r's left span, everything right in its right span.
  let root = 0, best = -Infinity;
  for (let r = 0; r < n; r++) {
    const v = score(-1, r) + cL[r]! + cR[r * n + n - 1]!;
    if (v > best) (best = v), (root = r);
  }
  // Read the arcs back from the split points (an explicit stack: sentences can be long).
  const stack: number[] = [0, 0, root, 1, root, n - 1]; // (kind, s, t): kind 0 complete left, 1 complete right, 2 incomplete left, 3 incomplete right
  while (stack.length > 0) {
    const t = stack.pop()!, s = stack.pop()!, kind = stack.pop()!;
    if (s === t) continue;
    const at = s * n + t;
    if (kind === 0) {
      const r = bcL[at]!;
      stack.push(0, s, r, 2, r, t);
    } else if (kind === 1) {
      const r = bcR[at]!;
      stack.push(3, s, r, 1, r, t);
    } else {
      if (kind === 2) head[s] = t;
      else head[t] = s;
      const r = kind === 2 ? biL[at]! : biR[at]!;
      stack.push(1, s, r, 0, r + 1, t);
    }
  }
  return head;
}

/**
 * The ensemble's tree from the parsers' parses of one sentence (same words, same tags): each arc scores the summed
 * weight of the parsers that proposed it. Each chosen arc takes the label its proposers give the most weight to
 * (`labels` 'vote', the default; ties go to the highest-weighted proposer's label, the first of equal weights), or
 * (`labels` 'heaviest') the label of the highest-weighted parser that proposed it; an arc nobody proposed takes the
 * highest-weighted parser's label of that word (never "root" below a word), the root word "root". Tags are the first
 * parse's.
 */
export function reparse(votes: readonly Vote[], labels: 'vote' | 'heaviest' = 'vote'): Parse {
  const first = votes[0]!.parse;
  const n = first.forms.length;
  // Arc scores, (h + 1) * n + d with h = -1 for the root.
  const scores = new Float64Array((n + 1) * n);
  for (const { parse, weight } of votes) for (let d = 0; d < n; d++) scores[(parse.head[d]! + 1) * n + d] += weight;
  const head = bestProjectiveTree(n, (h, d) => scores[(h + 1) * n + d]!);
  const byWeight = [...votes].sort((a, b) => b.weight - a.weight); // stable: equal weights keep their order
  const deprel = new Array<string>(n);
  for (let d = 0; d < n; d++) {
    if (head[d] === -1) {
      deprel[d] = 'root';
      continue;
    }
    // (A parser says "root" only for the word it puts under the root; the check keeps the label honest for any input.)
    const proposes = (v: Vote) => v.parse.head[d] === head[d] && v.parse.deprel[d] !== 'root';
    let label: string | undefined;
    if (labels === 'vote') {
      // Proposers in order of weight and a strict >: of labels of equal total weight, the heaviest proposer's wins.
      let bestWeight = 0;
      for (const v of byWeight) {
        if (!proposes(v)) continue;
        const l = v.parse.deprel[d]!;
        let w = 0;
        for (const u of byWeight) if (proposes(u) && u.parse.deprel[d] === l) w += u.weight;
        if (w > bestWeight) (label = l), (bestWeight = w);
      }
    } else label = byWeight.find(proposes)?.parse.deprel[d];
    deprel[d] = label ?? byWeight.map((v) => v.parse.deprel[d]!).find((l) => l !== 'root') ?? 'dep';
  }
  return { forms: first.forms, upos: first.upos, xpos: first.xpos, head, deprel };
}

/** A parser of the ensemble, the beam width it parses with and its weight in the vote. */
export interface EnsembleMember {
  name: string;
  parser: SentenceParser;
  width: number;
  weight: number;
}

/** Tags each sentence once, has every member parse it with those tags, and reparses their votes. */
export class EnsembleParser implements SentenceParser {
  private wordScratch: WordAtoms | undefined;

  constructor(readonly tagger: Tagger, readonly members: readonly EnsembleMember[]) {}

  /** `beam` is ignored: each member parses at its own width. */
  parse(forms: readonly string[]): Parse {
    const atoms = (this.wordScratch = wordAtoms(forms, this.tagger.clusters, this.wordScratch));
    return this.parseTagged(forms, atoms, this.tagger.tag(atoms));
  }

  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array): Parse {
    return reparse(this.members.map((m) => ({ parse: m.parser.parseTagged(forms, atoms, tags, m.width), weight: m.weight })));
  }
}

/** The shipped ensemble's members and weights (tuned on EWT dev: docs/parser.md, "Sixth round" and "Seventh round"). */
export const ENSEMBLE_WEIGHTS = { greedy: 1.25, beam: 1.5, rtl: 1, rtlBeam: 1 } as const;

/** Where the ensemble's members' weights are read from (each defaults to the shipped file). */
export interface EnsemblePaths {
  model?: string;
  beam?: string;
  rtl?: string;
  rtlBeam?: string;
}

/**
 * The shipped ensemble: the greedy parser of `models/en-ewt-parser.bin`, the beam parser of
 * `models/en-ewt-parser-beam.bin`, the right-to-left greedy parser of `models/en-ewt-parser-rtl.bin` and the
 * right-to-left beam parser of `models/en-ewt-parser-rtl-beam.bin`, each at the width it was trained at, all over
 * the one tagger of the first (read once).
 */
export function loadEnsembleParser(paths: EnsemblePaths = {}, weights: Record<keyof typeof ENSEMBLE_WEIGHTS, number> = ENSEMBLE_WEIGHTS): EnsembleParser {
  const full = readModelFile(paths.model ?? DEFAULT_MODEL_PATH, 'the parser model', 'npm run train:parser', (p) => decodeModel(p));
  const beamPath = paths.beam ?? BEAM_MODEL_PATH;
  const beam = readModelFile(beamPath, 'the beam parser\'s weights', 'npm run train:parser -- --beam 8', (p) => decodeParserWeights(p));
  const rtlPath = paths.rtl ?? RTL_MODEL_PATH;
  const rtl = readModelFile(rtlPath, 'the right-to-left parser\'s weights', 'npm run train:parser -- --direction rtl', (p) => decodeParserWeights(p));
  if (rtl.direction !== 'rtl') throw new Error(`${rtlPath}: not a right-to-left parser's weights`);
  const rtlBeamPath = paths.rtlBeam ?? RTL_BEAM_MODEL_PATH;
  const rtlBeam = readModelFile(rtlBeamPath, 'the right-to-left beam parser\'s weights', 'npm run train:parser -- --direction rtl --beam 4 --epochs 12', (p) => decodeParserWeights(p));
  if (rtlBeam.direction !== 'rtl') throw new Error(`${rtlBeamPath}: not a right-to-left parser's weights`);
  const greedy = parserFromModel(full);
  return new EnsembleParser(greedy.tagger, [
    { name: 'greedy', parser: greedy, width: 1, weight: weights.greedy },
    { name: 'beam', parser: parserFromWeights(full.tagger, beam, beamPath), width: beam.beam, weight: weights.beam },
    { name: 'rtl', parser: new RightToLeftParser(parserFromWeights(full.tagger, rtl, rtlPath)), width: rtl.beam, weight: weights.rtl },
    { name: 'rtl-beam', parser: new RightToLeftParser(parserFromWeights(full.tagger, rtlBeam, rtlBeamPath)), width: rtlBeam.beam, weight: weights.rtlBeam },
  ]);
}
