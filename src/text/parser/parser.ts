// The dependency parser at run time: tags a sentence, then parses it with the arc-hybrid system, greedily or with a
// beam (beam.ts), choosing each transition and each arc's label with an averaged-perceptron classifier. Nothing is
// allocated per feature, and the configurations and feature buffers are reused from sentence to sentence.
import { LABEL_FEATURES, PARSER_FEATURES, type ParserAtoms, labelFeatures, parserAtoms, parserFeatures } from './parser-features.js';
import { type Tagger, type WordAtoms, wordAtoms } from './tagger.js';
import { BeamSearch, type BeamScorer } from './beam.js';
import { Configuration, LEFT, RIGHT, SHIFT, TRANSITIONS } from './transitions.js';
import type { Weights } from './weights.js';

/** The parse of one sentence: for each word, its tags, its head (-1 for the root word) and its relation. */
export interface Parse {
  forms: readonly string[];
  upos: string[];
  xpos: string[];
  head: Int32Array;
  deprel: string[];
}

export class DependencyParser {
  private readonly config = new Configuration();
  private readonly feats = new Uint32Array(Math.max(PARSER_FEATURES, LABEL_FEATURES));
  private readonly tscores = new Float32Array(TRANSITIONS);
  private readonly lscores: Float32Array;
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly rootLabel: number;
  /** Atom arrays reused from sentence to sentence (they grow to the longest sentence so far). */
  private wordScratch: WordAtoms | undefined;
  private atomScratch: ParserAtoms | undefined;
  /** Beam searches by width, made on first use. */
  private readonly searches = new Map<number, BeamSearch>();
  private lastWidth = 0;
  /** What the prefetching reads of the weight tables gave (see Weights.touch); kept only so they are not elided. */
  private prefetched = 0;

  /**
   * @param labelDirections for each label, 1 if seen on left arcs (dependent before head), 2 right, 3 both
   */
  constructor(
    readonly tagger: Tagger,
    readonly transitions: Weights,
    readonly labelWeights: Weights,
    readonly labels: readonly string[],
    readonly labelDirections: Uint8Array,
  ) {
    this.lscores = new Float32Array(labels.length);
    this.upos = tagger.classes.map((c) => c.split(' ')[0]!);
    this.xpos = tagger.classes.map((c) => c.split(' ')[1]!);
    this.rootLabel = labels.indexOf('root');
  }

  /** Tags and parses a sentence; `beam` is the decoding width (1: greedy, the default). */
  parse(forms: readonly string[], beam = 1): Parse {
    const atoms = (this.wordScratch = wordAtoms(forms, this.tagger.clusters, this.wordScratch));
    return this.parseTagged(forms, atoms, this.tagger.tag(atoms), beam);
  }

  /** Parses with the beam search even at width 1 (which makes the greedy parser's choices, more slowly): the beam
   *  search's score of the parse is then `lastBeamScore`. */
  parseWithSearch(forms: readonly string[], width: number): Parse {
    const atoms = (this.wordScratch = wordAtoms(forms, this.tagger.clusters, this.wordScratch));
    return this.parseTagged(forms, atoms, this.tagger.tag(atoms), width, true);
  }

  /** Parses words whose tag classes are given (the tagger's own, or gold tags when measuring the parser alone). */
  parseTagged(forms: readonly string[], atoms: WordAtoms, tags: Int32Array, beam = 1, search = false): Parse {
    const n = forms.length;
    const a = (this.atomScratch = parserAtoms(atoms, tags, this.atomScratch));
    const c = beam === 1 && !search ? this.greedy(n, a) : this.beamSearch(beam).run(n, this.scorer);
    const head = new Int32Array(n);
    const deprel = new Array<string>(n);
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      head[i] = c.head[i] === n ? -1 : c.head[i]!;
      deprel[i] = this.labels[c.label[i]!]!;
      upos[i] = this.upos[tags[i]!]!;
      xpos[i] = this.xpos[tags[i]!]!;
    }
    return { forms, upos, xpos, head, deprel };
  }

  /** The model's score of the last parse made with a beam (the sum of its transitions' scores). */
  get lastBeamScore(): number {
    return this.searches.get(this.lastWidth)?.score ?? NaN;
  }

  private greedy(n: number, a: ParserAtoms): Configuration {
    const c = this.config;
    c.reset(n);
    const feats = this.feats;
    const ts = this.tscores;
    while (!c.terminal) {
      let best = -1;
      let valid = 0;
      for (let t = 0; t < TRANSITIONS; t++) if (c.valid(t)) (best = t), valid++;
      // When one transition is possible (the stack is empty, or the buffer is), scoring could not change it.
      if (valid > 1) {
        const k = parserFeatures(c, a, feats);
        this.prefetched ^= this.transitions.touch(feats, k);
        ts.fill(0);
        for (let f = 0; f < k; f++) this.transitions.add(feats[f]!, ts);
        best = -1;
        for (let t = 0; t < TRANSITIONS; t++) if (c.valid(t) && (best < 0 || ts[t]! > ts[best]!)) best = t;
      }
      let label = -1;
      if (best !== SHIFT) label = this.chooseLabel(c, best, a);
      c.apply(best, label);
    }
    return c;
  }

  /** The beam search of width `width`, made on first use and kept (its configurations are reused). */
  private beamSearch(width: number): BeamSearch {
    let s = this.searches.get(width);
    if (!s) this.searches.set(width, (s = new BeamSearch(width, PARSER_FEATURES)));
    this.lastWidth = width;
    return s;
  }

  /** The run-time model as the beam search asks for it: the same features, scores and labels as greedy parsing. */
  private readonly scorer: BeamScorer = {
    features: (c, out) => parserFeatures(c, this.atomScratch!, out),
    score: (feats, k, out) => {
      // Summed in 32-bit floats as in greedy parsing, so that width 1 makes the greedy parser's choices.
      const ts = this.tscores;
      this.prefetched ^= this.transitions.touch(feats, k);
      ts.fill(0);
      for (let f = 0; f < k; f++) this.transitions.add(feats[f]!, ts);
      for (let t = 0; t < TRANSITIONS; t++) out[t] = ts[t]!;
    },
    label: (c, t) => this.chooseLabel(c, t, this.atomScratch!),
  };

  private chooseLabel(c: Configuration, t: number, a: ParserAtoms): number {
    const d = c.s(0);
    const h = t === LEFT ? c.q(0) : c.s(1);
    if (h === c.n) return this.rootLabel;
    const k = labelFeatures(c, h, d, a, this.feats);
    this.prefetched ^= this.labelWeights.touch(this.feats, k);
    const ls = this.lscores;
    ls.fill(0);
    for (let f = 0; f < k; f++) this.labelWeights.add(this.feats[f]!, ls);
    const dir = d < h ? 1 : 2;
    let best = -1;
    for (let l = 0; l < ls.length; l++) {
      if (l === this.rootLabel || (this.labelDirections[l]! & dir) === 0) continue;
      if (best < 0 || ls[l]! > ls[best]!) best = l;
    }
    return best;
  }
}

export { LEFT, RIGHT, SHIFT };
