// Training the tagger and the parser from a treebank. Deterministic: the same data and seed give the same model,
// byte for byte (a seeded generator orders the sentences and drives exploration; no clocks, no parallelism).
import { CLUSTER_BRANCHING, clusterVectors, type WordClusters } from './clusters.js';
import type { ConlluSentence } from './conllu.js';
import { prng } from '../../random.js';
import { AveragedPerceptron } from './perceptron.js';
import { BeamSearch, type BeamScorer, type BeamTrace } from './beam.js';
import { LABEL_FEATURES, PARSER_FEATURES, type ParserAtoms, labelFeatures, parserAtoms, parserFeatures } from './parser-features.js';
import { TAGGER_FEATURES, Tagger, taggerFeatures, wordAtoms, wordKey, type WordAtoms } from './tagger.js';
import { fnv1a } from '../../hash.js';
import { Configuration, LEFT, SHIFT, TRANSITIONS } from './transitions.js';
import { SparseWeights, type WeightRows } from './weights.js';
import type { DependencyParser, Parse } from './parser.js';
import type { SentenceParser } from './reverse.js';

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export const tagClassOf = (w: { upos: string; xpos: string }): string => `${w.upos} ${w.xpos}`;

/** Drops the rows (features) whose largest weight is below `tau` in absolute value: most features were seen a
 *  few times and barely move a decision, and without them the model is a third of the size and faster to use. */
export function pruneRows(w: WeightRows, tau: number): WeightRows {
  const keep: number[] = [];
  let pairs = 0;
  for (let r = 0; r < w.keys.length; r++) {
    let max = 0;
    for (let q = w.rowStart[r]!; q < w.rowStart[r + 1]!; q++) max = Math.max(max, Math.abs(w.values[q]!));
    if (max >= tau) {
      keep.push(r);
      pairs += w.rowStart[r + 1]! - w.rowStart[r]!;
    }
  }
  const out: WeightRows = { nClasses: w.nClasses, keys: new Uint32Array(keep.length), rowStart: new Uint32Array(keep.length + 1), classes: new Uint8Array(pairs), values: new Float32Array(pairs) };
  let at = 0;
  keep.forEach((r, k) => {
    out.keys[k] = w.keys[r]!;
    for (let q = w.rowStart[r]!; q < w.rowStart[r + 1]!; q++, at++) {
      out.classes[at] = w.classes[q]!;
      out.values[at] = w.values[q]!;
    }
    out.rowStart[k + 1] = at;
  });
  return out;
}

/**
 * The word → cluster table of the model (see clusters.ts) from word vectors, most frequent word first: words are
 * keyed as WordAtoms.low keys them (lower-cased, digits folded), and where two words fold to one key the more
 * frequent one's cluster is kept.
 * @param vectors `words.length` vectors of `dims` numbers (normalised in place)
 */
export function buildWordClusters(words: readonly string[], vectors: Float32Array, dims: number, seed: number, iterations = 8): WordClusters {
  const code = clusterVectors(vectors, dims, CLUSTER_BRANCHING, iterations, seed);
  const clusters = new Map<number, number>();
  words.forEach((w, i) => {
    const key = fnv1a(wordKey(w)) | 0;
    if (!clusters.has(key)) clusters.set(key, code[i]! + 1);
  });
  return clusters;
}

/** A training sentence for the tagger: word atoms and gold class ids. */
interface TaggedSentence {
  atoms: WordAtoms;
  gold: Int32Array;
}

export function taggedSentences(sentences: ConlluSentence[], classIndex: Map<string, number>, clusters: WordClusters): TaggedSentence[] {
  return sentences.map((s) => ({
    atoms: wordAtoms(s.words.map((w) => w.form), clusters),
    gold: Int32Array.from(s.words, (w) => classIndex.get(tagClassOf(w)) ?? 0),
  }));
}

/** Words seen at least `minCount` times with one tag at least `share` of the time. */
function buildTagDict(data: TaggedSentence[], minCount = 20, share = 0.97): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of data) {
    for (let i = 0; i < s.atoms.n; i++) {
      const key = s.atoms.form[i]!;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(s.gold[i]!, (m.get(s.gold[i]!) ?? 0) + 1);
    }
  }
  const dict = new Map<number, number>();
  for (const [key, m] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [tag, c] of m) {
      total += c;
      if (c > bestCount) [best, bestCount] = [tag, c];
    }
    if (total >= minCount && bestCount / total >= share) dict.set(key, best);
  }
  return dict;
}

/**
 * Trains one pass of the tagger. The second pass (`firstPass` given) reads the first pass's tags of each training
 * sentence: they must be as wrong as at run time, so they come from jackknifing (see trainTaggerJackknifed).
 */
export function trainTagger(data: TaggedSentence[], nClasses: number, epochs: number, seed: number, firstPass: Int32Array[] | null = null): { weights: WeightRows; tagDict: Map<number, number> } {
  const model = new AveragedPerceptron(nClasses);
  const tagDict = buildTagDict(data);
  const random = prng(seed);
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(nClasses);
  for (let e = 0; e < epochs; e++) {
    for (const si of shuffled(data.length, random)) {
      const { atoms, gold } = data[si]!;
      const lookahead = firstPass ? firstPass[si]! : null;
      let prev = -1;
      let prev2 = -1;
      for (let i = 0; i < atoms.n; i++) {
        let guess = tagDict.get(atoms.form[i]!);
        if (guess === undefined) {
          const n = taggerFeatures(atoms, i, prev, prev2, lookahead, feats);
          model.score(feats, n, scores);
          guess = 0;
          for (let c = 1; c < nClasses; c++) if (scores[c]! > scores[guess]!) guess = c;
          model.step++;
          model.update(feats, n, gold[i]!, guess);
        }
        prev2 = prev;
        prev = guess;
      }
    }
  }
  return { weights: model.averaged(), tagDict };
}

export interface TrainedTagger {
  weights: WeightRows;
  /** The second pass's weights; null for a one-pass tagger. */
  second: WeightRows | null;
  tagDict: Map<number, number>;
  /** Tags of every training sentence by a tagger (of as many passes) trained on the other folds: see jackknifing. */
  jackknifed: Int32Array[];
}

/**
 * Trains the tagger, one pass or two, and tags the training data by jackknifing (each of `folds` parts tagged by a
 * tagger trained on the others) so that what learns from those tags (the second pass, the parser) sees them as
 * wrong as at run time. The second pass of fold f learns from the other folds' first-pass jackknifed tags, and
 * tags fold f after fold f's own first pass.
 */
export function trainTaggerJackknifed(data: TaggedSentence[], nClasses: number, epochs: number, seed: number, folds: number, clusters: WordClusters, twoPass: boolean): TrainedTagger {
  const classes = Array.from({ length: nClasses }, () => '');
  const inFold = (f: number) => data.map((_, i) => i).filter((i) => i % folds === f);
  const outOfFold = (f: number) => data.map((_, i) => i).filter((i) => i % folds !== f);
  const firstPass: Int32Array[] = new Array(data.length);
  for (let f = 0; f < folds; f++) {
    const { weights, tagDict } = trainTagger(outOfFold(f).map((i) => data[i]!), nClasses, epochs, seed + 100 + f);
    const tagger = new Tagger(new SparseWeights(weights), classes, tagDict, clusters);
    for (const i of inFold(f)) firstPass[i] = tagger.tag(data[i]!.atoms);
  }
  const first = trainTagger(data, nClasses, epochs, seed);
  if (!twoPass) return { weights: first.weights, second: null, tagDict: first.tagDict, jackknifed: firstPass };
  const second = trainTagger(data, nClasses, epochs, seed + 200, firstPass);
  const jackknifed: Int32Array[] = new Array(data.length);
  for (let f = 0; f < folds; f++) {
    const train = outOfFold(f);
    const { weights, tagDict } = trainTagger(train.map((i) => data[i]!), nClasses, epochs, seed + 300 + f, train.map((i) => firstPass[i]!));
    // Fold f's second pass reads fold f's first-pass tags, which came from fold f's first pass.
    const tagger = new Tagger(new SparseWeights(weights), classes, tagDict, clusters);
    for (const i of inFold(f)) jackknifed[i] = tagger.tagAfter(data[i]!.atoms, firstPass[i]!);
  }
  return { weights: first.weights, second: second.weights, tagDict: first.tagDict, jackknifed };
}

/** A training sentence for the parser: word hashes, (predicted) tags, gold heads (root = n) and labels. */
export interface TreeSentence {
  atoms: WordAtoms;
  tags: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserTrainingOptions {
  epochs: number;
  seed: number;
  /** From this epoch on (0-based), mistakes are followed with probability `explore` (dynamic oracle). */
  exploreFrom: number;
  explore: number;
  /** Called after each epoch with the averaged weights so far (for tuning on development data). */
  onEpoch?: (epoch: number, weights: { transitions: WeightRows; labels: WeightRows }) => void;
}

export function trainParser(data: TreeSentence[], nLabels: number, rootLabel: number, opts: ParserTrainingOptions): { transitions: WeightRows; labels: WeightRows } {
  const tmodel = new AveragedPerceptron(TRANSITIONS, 1 << 20);
  const lmodel = new AveragedPerceptron(nLabels, 1 << 17);
  const random = prng(opts.seed);
  const c = new Configuration();
  const feats = new Uint32Array(PARSER_FEATURES);
  const lfeats = new Uint32Array(LABEL_FEATURES);
  const tscores = new Float64Array(TRANSITIONS);
  const lscores = new Float64Array(nLabels);
  const costs = new Int32Array(TRANSITIONS);
  for (let e = 0; e < opts.epochs; e++) {
    const exploring = e >= opts.exploreFrom;
    for (const si of shuffled(data.length, random)) {
      const s = data[si]!;
      const n = s.atoms.n;
      const a = parserAtoms(s.atoms, s.tags);
      c.reset(n);
      while (!c.terminal) {
        const k = parserFeatures(c, a, feats);
        tmodel.score(feats, k, tscores);
        let pred = -1;
        let minCost = Infinity;
        for (let t = 0; t < TRANSITIONS; t++) {
          if (!c.valid(t)) continue;
          costs[t] = c.cost(t, s.heads);
          if (costs[t]! < minCost) minCost = costs[t]!;
          if (pred < 0 || tscores[t]! > tscores[pred]!) pred = t;
        }
        let gold = -1;
        for (let t = 0; t < TRANSITIONS; t++) {
          if (c.valid(t) && costs[t] === minCost && (gold < 0 || tscores[t]! > tscores[gold]!)) gold = t;
        }
        tmodel.step++;
        tmodel.update(feats, k, gold, pred);
        const next = pred !== gold && exploring && random() < opts.explore ? pred : gold;
        let label = -1;
        if (next !== SHIFT) {
          const d = c.s(0);
          const h = next === LEFT ? c.q(0) : c.s(1);
          if (h === n) label = rootLabel;
          else {
            const lk = labelFeatures(c, h, d, a, lfeats);
            lmodel.score(lfeats, lk, lscores);
            let lp = 0;
            for (let l = 1; l < nLabels; l++) if (lscores[l]! > lscores[lp]!) lp = l;
            if (s.heads[d] === h) {
              lmodel.step++;
              lmodel.update(lfeats, lk, s.labels[d]!, lp);
              label = s.labels[d]!;
            } else label = lp;
          }
        }
        c.apply(next, label);
      }
    }
    opts.onEpoch?.(e, { transitions: tmodel.averaged(), labels: lmodel.averaged() });
  }
  return { transitions: tmodel.averaged(), labels: lmodel.averaged() };
}

export interface BeamTrainingOptions {
  epochs: number;
  seed: number;
  /** Beam width in training. */
  width: number;
  /** Where a wrong search updates: at the step where the gold sequence's score falls furthest behind the best
   *  item's (max-violation, Huang et al. 2012), or where the gold sequence falls out of the beam (early update,
   *  Collins and Roark 2004). */
  update: 'max-violation' | 'early';
  onEpoch?: (epoch: number, weights: { transitions: WeightRows; labels: WeightRows }) => void;
}

/**
 * Global training of the transition classifier (structured perceptron over beam search, Zhang and Clark 2008;
 * Huang et al. 2012): each sentence is parsed with a beam; if the best final item is wrong, the weights move
 * towards the gold sequence and away from the best item's sequence, both up to the chosen step (BeamTrainingOptions
 * .update), each transition on the features it was scored on. The gold sequence is the best-scoring one that makes
 * no avoidable error (the dynamic oracle's costs decide what is avoidable), so spurious ambiguity is left to the model.
 * The label classifier learns as the greedy trainer's does, once for every arc the gold sequence makes; every item,
 * the gold one included, takes the label classifier's own labels, as at run time.
 */
export function trainParserBeam(data: TreeSentence[], nLabels: number, rootLabel: number, opts: BeamTrainingOptions): { transitions: WeightRows; labels: WeightRows } {
  const tmodel = new AveragedPerceptron(TRANSITIONS, 1 << 20);
  const lmodel = new AveragedPerceptron(nLabels, 1 << 17);
  const random = prng(opts.seed);
  const search = new BeamSearch(opts.width, PARSER_FEATURES);
  const lfeats = new Uint32Array(LABEL_FEATURES);
  const lscores = new Float64Array(nLabels);
  let atoms: ParserAtoms | undefined;
  let sentence: TreeSentence = data[0]!;
  const headOf = (c: Configuration, t: number) => (t === LEFT ? c.q(0) : c.s(1));
  const scorer: BeamScorer = {
    features: (c, out) => parserFeatures(c, atoms!, out),
    score: (f, k, out) => tmodel.score(f, k, out),
    label: (c, t) => {
      const h = headOf(c, t);
      if (h === c.n) return rootLabel;
      const lk = labelFeatures(c, h, c.s(0), atoms!, lfeats);
      lmodel.score(lfeats, lk, lscores);
      let lp = 0;
      for (let l = 1; l < nLabels; l++) if (lscores[l]! > lscores[lp]!) lp = l;
      return lp;
    },
  };
  const trace: BeamTrace = {
    heads: sentence.heads,
    early: opts.update === 'early',
    onGoldArc: (c, t, label) => {
      const d = c.s(0);
      const h = headOf(c, t);
      if (h === c.n || sentence.heads[d] !== h) return;
      const lk = labelFeatures(c, h, d, atoms!, lfeats);
      lmodel.step++;
      lmodel.update(lfeats, lk, sentence.labels[d]!, label);
    },
  };
  const stride = opts.width + 1;
  for (let e = 0; e < opts.epochs; e++) {
    for (const si of shuffled(data.length, random)) {
      sentence = data[si]!;
      const n = sentence.atoms.n;
      atoms = parserAtoms(sentence.atoms, sentence.tags, atoms);
      trace.heads = sentence.heads;
      search.run(n, scorer, trace);
      tmodel.step++;
      if (search.steps === 2 * n && search.bestCorrect) continue;
      // The step to update at: the last (early update), or the one of largest violation.
      let at = search.steps;
      if (opts.update === 'max-violation') {
        let worst = -Infinity;
        for (let s = 1; s <= search.steps; s++) {
          if (search.goldIndex[s] === 0) continue;
          const v = search.bestScore[s]! - search.goldScore[s]!;
          if (v >= worst) (worst = v), (at = s);
        }
      }
      // Walk both paths back from that step to where they meet; the shared prefix would cancel out.
      let bi = 0;
      let gi = search.goldIndex[at]!;
      for (let s = at; s > 0 && bi !== gi; s--) {
        const pb = search.parentOf[s * stride + bi]!, pg = search.parentOf[s * stride + gi]!;
        const fb = (s - 1) * stride + pb, fg = (s - 1) * stride + pg;
        const kb = search.featCount[fb]!, kg = search.featCount[fg]!;
        if (kb > 0) tmodel.adjust(search.traceFeats, search.featStart[fb]!, search.featStart[fb]! + kb, search.transOf[s * stride + bi]!, -1);
        if (kg > 0) tmodel.adjust(search.traceFeats, search.featStart[fg]!, search.featStart[fg]! + kg, search.transOf[s * stride + gi]!, 1);
        bi = pb;
        gi = pg;
      }
    }
    opts.onEpoch?.(e, { transitions: tmodel.averaged(), labels: lmodel.averaged() });
  }
  return { transitions: tmodel.averaged(), labels: lmodel.averaged() };
}

export interface ParserScores {
  words: number;
  sentences: number;
  uas: number;
  las: number;
  upos: number;
  xpos: number;
}

/** UAS and LAS with punctuation, LAS on the universal part of the label (as the CoNLL 2018 shared task). */
export function scoreParses(gold: ConlluSentence[], parses: Parse[]): ParserScores {
  let words = 0, uas = 0, las = 0, upos = 0, xpos = 0;
  gold.forEach((s, i) => {
    const p = parses[i]!;
    s.words.forEach((w, j) => {
      words++;
      const head = p.head[j]! + 1;
      if (head === w.head) {
        uas++;
        if (p.deprel[j]!.split(':')[0] === w.deprel.split(':')[0]) las++;
      }
      if (p.upos[j] === w.upos) upos++;
      if (p.xpos[j] === w.xpos) xpos++;
    });
  });
  return { words, sentences: gold.length, uas: uas / words, las: las / words, upos: upos / words, xpos: xpos / words };
}

export function parseAll(parser: SentenceParser, sentences: ConlluSentence[], beam = 1): Parse[] {
  return sentences.map((s) => parser.parse(s.words.map((w) => w.form), beam));
}
