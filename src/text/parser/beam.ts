// Beam search over the arc-hybrid transition system (Zhang and Clark 2008; Zhang and Nivre 2011): the `width`
// best partial parses are kept at each step, each scored by the sum of its transitions' scores, and every item is
// extended by each of its valid transitions; the best `width` of those go on. Every parse of n words takes 2n
// transitions (n SHIFTs, n arcs), so all items end together. The label of an arc is chosen when the arc is made,
// by the label classifier, as in greedy parsing; it is not part of the item's score.
//
// The same search serves training (global training, see trainParserBeam): given the gold heads it also follows the
// gold sequence (the best-scoring item that has made no avoidable error so far) and records, for every item, its
// parent, its transition and the features it was scored on, so that the trainer can update along both paths.
import { Configuration, SHIFT, TRANSITIONS } from './transitions.js';

/** What the search asks of a model. */
export interface BeamScorer {
  /** Writes the transition features of `c` to `out` and returns how many. */
  features(c: Configuration, out: Uint32Array): number;
  /** Writes the score of every transition for the features `feats[0..k)` to `out` (all TRANSITIONS entries). */
  score(feats: Uint32Array, k: number, out: Float64Array): void;
  /** The label of the arc transition `t` makes from `c` (t is not SHIFT). */
  label(c: Configuration, t: number): number;
}

/** The gold tree and the record of one search, for training. */
export interface BeamTrace {
  /** Gold head of each word (n for the root). */
  heads: Int32Array;
  /** Called once for each arc the gold sequence makes, with the configuration before it and the label chosen. */
  onGoldArc?: (c: Configuration, t: number, label: number) => void;
  /** Stop as soon as the gold sequence falls out of the beam (early update, Collins and Roark 2004). */
  early: boolean;
}

export class BeamSearch {
  readonly width: number;
  /** Items of the current and of the next step; index `width` is the gold item when it is not in the beam. */
  private cur: Configuration[];
  private next: Configuration[];
  private curScore: Float64Array;
  private nextScore: Float64Array;
  private curCorrect: Uint8Array;
  private nextCorrect: Uint8Array;
  /** Candidates of a step: parent item, transition, total score, the transition's own score, whether optimal. */
  private readonly cParent: Int32Array;
  private readonly cT: Int32Array;
  private readonly cTotal: Float64Array;
  private readonly cLocal: Float64Array;
  private readonly cOrder: Int32Array;
  private readonly local = new Float64Array(TRANSITIONS);
  private readonly costs = new Int32Array(TRANSITIONS);
  private readonly feats: Uint32Array;

  // The record of the last search with a trace (training): for each step s and item i (stride width + 1), its
  // parent at step s − 1 and the transition that made it, where its features are in `traceFeats` and how many,
  // and per step the best item's score, the gold item's score and index.
  steps = 0;
  parentOf = new Int32Array(0);
  transOf = new Int32Array(0);
  featStart = new Int32Array(0);
  featCount = new Int32Array(0);
  traceFeats = new Uint32Array(0);
  bestScore = new Float64Array(0);
  goldScore = new Float64Array(0);
  goldIndex = new Int32Array(0);
  /** Score of the best item when the last search ended. */
  score = 0;

  constructor(width: number, maxFeatures: number) {
    if (!Number.isInteger(width) || width < 1) throw new Error(`beam width must be a positive integer (got ${width})`);
    this.width = width;
    const items = width + 1;
    this.cur = Array.from({ length: items }, () => new Configuration());
    this.next = Array.from({ length: items }, () => new Configuration());
    this.curScore = new Float64Array(items);
    this.nextScore = new Float64Array(items);
    this.curCorrect = new Uint8Array(items);
    this.nextCorrect = new Uint8Array(items);
    const cands = items * TRANSITIONS;
    this.cParent = new Int32Array(cands);
    this.cT = new Int32Array(cands);
    this.cTotal = new Float64Array(cands);
    this.cLocal = new Float64Array(cands);
    this.cOrder = new Int32Array(cands);
    this.feats = new Uint32Array(maxFeatures);
  }

  /** Candidate a ranks before b: higher total, then higher own score (so width 1 chooses as the greedy parser
   *  does even where two totals round to the same number), then earlier item, then lower transition. */
  private before(a: number, b: number): boolean {
    const ta = this.cTotal[a]!, tb = this.cTotal[b]!;
    if (ta !== tb) return ta > tb;
    const la = this.cLocal[a]!, lb = this.cLocal[b]!;
    if (la !== lb) return la > lb;
    return a < b;
  }

  private prepareTrace(n: number, maxFeatures: number): void {
    const steps = 2 * n + 1;
    const slots = steps * (this.width + 1);
    if (this.parentOf.length < slots) {
      this.parentOf = new Int32Array(slots);
      this.transOf = new Int32Array(slots);
      this.featStart = new Int32Array(slots);
      this.featCount = new Int32Array(slots);
      this.bestScore = new Float64Array(steps);
      this.goldScore = new Float64Array(steps);
      this.goldIndex = new Int32Array(steps);
    }
    this.featCount.fill(0, 0, slots);
    const feats = slots * maxFeatures;
    if (this.traceFeats.length < feats) this.traceFeats = new Uint32Array(feats);
  }

  /**
   * Parses a sentence of `n` words; returns the best final configuration (owned by the search: valid until its next
   * call). With `trace`, also follows the gold sequence and records the search (see the fields above); the search
   * then stops early if `trace.early` and the gold sequence falls out of the beam.
   */
  run(n: number, scorer: BeamScorer, trace?: BeamTrace): Configuration {
    const W = this.width;
    const stride = W + 1;
    const maxF = this.feats.length;
    if (trace) this.prepareTrace(n, maxF);
    this.cur[0]!.reset(n);
    this.curScore[0] = 0;
    this.curCorrect[0] = 1;
    let m = 1;
    let gold = 0;
    let goldTotal = 0;
    let step = 0;
    if (trace) {
      this.bestScore[0] = 0;
      this.goldScore[0] = 0;
      this.goldIndex[0] = 0;
    }
    while (!this.cur[0]!.terminal) {
      let nc = 0;
      let gCand = -1;
      let gParent = -1, gT = -1, gLocal = 0;
      goldTotal = -Infinity;
      // The gold item is expanded too when it has fallen out of the beam (index W).
      const last = trace && gold === W ? W : m - 1;
      for (let i = 0; i <= last; i++) {
        if (i === m && i !== W) i = W;
        const c = this.cur[i]!;
        let valid = 0;
        for (let t = 0; t < TRANSITIONS; t++) if (c.valid(t)) valid++;
        const local = this.local;
        local.fill(0);
        // One possible transition: its score could not change a choice, and it is not scored (as in greedy parsing).
        if (valid > 1) {
          const buf = trace ? this.traceFeats.subarray((step * stride + i) * maxF, (step * stride + i + 1) * maxF) : this.feats;
          const k = scorer.features(c, buf);
          scorer.score(buf, k, local);
          if (trace) {
            this.featStart[step * stride + i] = (step * stride + i) * maxF;
            this.featCount[step * stride + i] = k;
          }
        }
        const base = this.curScore[i]!;
        const goldParent = trace && (i === W || this.curCorrect[i] === 1);
        let minCost = Infinity;
        if (goldParent) {
          for (let t = 0; t < TRANSITIONS; t++) {
            if (!c.valid(t)) continue;
            this.costs[t] = c.cost(t, trace.heads);
            if (this.costs[t]! < minCost) minCost = this.costs[t]!;
          }
        }
        for (let t = 0; t < TRANSITIONS; t++) {
          if (!c.valid(t)) continue;
          const total = base + local[t]!;
          const optimal = goldParent && this.costs[t] === minCost;
          if (optimal && (total > goldTotal || (total === goldTotal && local[t]! > gLocal))) {
            goldTotal = total;
            gLocal = local[t]!;
            gParent = i;
            gT = t;
            gCand = i === W ? -1 : nc;
          }
          if (i === W) continue;
          this.cParent[nc] = i;
          this.cT[nc] = t;
          this.cTotal[nc] = total;
          this.cLocal[nc] = local[t]!;
          this.cOrder[nc] = nc;
          // Insertion sort: at most 3 (width + 1) candidates.
          let j = nc++;
          while (j > 0 && this.before(nc - 1, this.cOrder[j - 1]!)) {
            this.cOrder[j] = this.cOrder[j - 1]!;
            j--;
          }
          this.cOrder[j] = nc - 1;
        }
      }
      const kept = Math.min(W, nc);
      let goldAt = -1;
      for (let j = 0; j < kept; j++) {
        const cand = this.cOrder[j]!;
        const p = this.cParent[cand]!;
        const t = this.cT[cand]!;
        const parent = this.cur[p]!;
        const nx = this.next[j]!;
        nx.copyFrom(parent);
        nx.apply(t, t === SHIFT ? -1 : scorer.label(parent, t));
        this.nextScore[j] = this.cTotal[cand]!;
        this.nextCorrect[j] = cand === gCand ? 1 : 0;
        if (cand === gCand) goldAt = j;
        if (trace) {
          this.parentOf[(step + 1) * stride + j] = p;
          this.transOf[(step + 1) * stride + j] = t;
        }
      }
      if (trace) {
        // Items made by optimal transitions from correct items are correct too; the best of them is the gold item.
        for (let j = 0; j < kept; j++) {
          const cand = this.cOrder[j]!;
          if (cand === gCand) continue;
          const p = this.cParent[cand]!;
          if (this.curCorrect[p] === 1 && p !== W) {
            const c = this.cur[p]!;
            const t = this.cT[cand]!;
            let min = Infinity;
            for (let u = 0; u < TRANSITIONS; u++) if (c.valid(u)) min = Math.min(min, c.cost(u, trace.heads));
            this.nextCorrect[j] = c.cost(t, trace.heads) === min ? 1 : 0;
          }
        }
        if (goldAt < 0) {
          const nx = this.next[W]!;
          const parent = this.cur[gParent]!;
          nx.copyFrom(parent);
          nx.apply(gT, gT === SHIFT ? -1 : scorer.label(parent, gT));
          this.nextScore[W] = goldTotal;
          this.nextCorrect[W] = 1;
          this.parentOf[(step + 1) * stride + W] = gParent;
          this.transOf[(step + 1) * stride + W] = gT;
        }
        const g = goldAt < 0 ? W : goldAt;
        if (gT !== SHIFT) {
          const made = this.next[g]!;
          trace.onGoldArc?.(this.cur[gParent]!, gT, made.label[this.cur[gParent]!.s(0)]!);
        }
        gold = g;
        this.bestScore[step + 1] = this.nextScore[0]!;
        this.goldScore[step + 1] = goldTotal;
        this.goldIndex[step + 1] = g;
      }
      [this.cur, this.next] = [this.next, this.cur];
      [this.curScore, this.nextScore] = [this.nextScore, this.curScore];
      [this.curCorrect, this.nextCorrect] = [this.nextCorrect, this.curCorrect];
      m = kept;
      step++;
      if (trace && trace.early && gold === W) break;
    }
    this.steps = step;
    this.score = this.curScore[0]!;
    return this.cur[0]!;
  }

  /** Whether the best item of the last traced search made no avoidable error. */
  get bestCorrect(): boolean {
    return this.curCorrect[0] === 1;
  }
}
