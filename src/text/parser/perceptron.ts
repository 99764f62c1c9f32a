// Averaged perceptron training (Collins 2002) over hashed features, with the usual lazy averaging: each weight keeps
// the running sum of its past values and the step it last changed, so an update costs O(1) whatever the step count.
import type { WeightRows } from './weights.js';

export class AveragedPerceptron {
  private readonly rowOf = new Map<number, number>();
  private keys: number[] = [];
  private w: Float64Array;
  private total: Float64Array;
  private stamp: Float64Array;
  /** Number of training steps (instances) seen: the clock of the averaging. */
  step = 0;

  constructor(readonly nClasses: number, initialRows = 1 << 16) {
    this.w = new Float64Array(initialRows * nClasses);
    this.total = new Float64Array(initialRows * nClasses);
    this.stamp = new Float64Array(initialRows * nClasses);
  }

  get rows(): number {
    return this.keys.length;
  }

  /** Adds the current (not averaged) weights of `features` to `scores`. */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    scores.fill(0);
    const C = this.nClasses;
    for (let i = 0; i < n; i++) {
      const r = this.rowOf.get(features[i]!);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c] += this.w[base + c]!;
    }
  }

  /** Moves weight from the wrongly predicted class to the right one on every feature. */
  update(features: ArrayLike<number>, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const C = this.nClasses;
    for (let i = 0; i < n; i++) {
      const base = this.row(features[i]!) * C;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  /** Adds `delta` to class `cls` on features[from..to): one step of a structured update (Collins 2002), where the gold
   *  sequence's transitions gain and the predicted sequence's lose, each with the features it was chosen on. */
  adjust(features: ArrayLike<number>, from: number, to: number, cls: number, delta: number): void {
    const C = this.nClasses;
    for (let i = from; i < to; i++) this.bump(this.row(features[i]!) * C + cls, delta);
  }

  private bump(at: number, delta: number): void {
    this.total[at] += (this.step - this.stamp[at]!) * this.w[at]!;
    this.stamp[at] = this.step;
    this.w[at] += delta;
  }

  private row(key: number): number {
    let r = this.rowOf.get(key);
    if (r !== undefined) return r;
    r = this.keys.length;
    this.keys.push(key);
    this.rowOf.set(key, r);
    if ((r + 1) * this.nClasses > this.w.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.total = grow(this.total);
      this.stamp = grow(this.stamp);
    }
    return r;
  }

  /**
   * The averaged weights as run-time rows, rows sorted by key so the result does not depend on training order
   * details; weights below `minWeight` in absolute value are dropped (pruning).
   */
  averaged(minWeight = 1e-6): WeightRows {
    const C = this.nClasses;
    const order = this.keys.map((k, r) => [k, r] as const).sort((a, b) => a[0] - b[0]);
    const keys: number[] = [];
    const rowStart: number[] = [0];
    const classes: number[] = [];
    const values: number[] = [];
    const T = Math.max(1, this.step);
    for (const [key, r] of order) {
      const before = classes.length;
      for (let c = 0; c < C; c++) {
        const at = r * C + c;
        const avg = (this.total[at]! + (this.step - this.stamp[at]!) * this.w[at]!) / T;
        if (Math.abs(avg) >= minWeight) {
          classes.push(c);
          values.push(avg);
        }
      }
      if (classes.length > before) {
        keys.push(key);
        rowStart.push(classes.length);
      }
    }
    return { nClasses: C, keys: Uint32Array.from(keys), rowStart: Uint32Array.from(rowStart), classes: Uint8Array.from(classes), values: Float32Array.from(values) };
  }
}
