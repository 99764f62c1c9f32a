// The weights of a trained linear classifier as used at run time. Scoring a feature is one probe of an
// open-addressing table keyed by the feature's hash; the table is laid out so that a probe touches as few cache
// lines as possible, since the tables are larger than the processor's caches and memory latency is what parsing
// costs.
//   DenseWeights  few classes (the parser's transitions): each slot holds the key and every class's weight,
//                 16 bytes for 3 classes, so a lookup is one cache line.
//   SparseWeights many classes (tags, labels): each slot holds the key and where its (class, weight) pairs start.

/** A classifier's weights: adds the weights of one feature to the class scores. */
export interface Weights {
  readonly nClasses: number;
  add(hash: number, scores: Float32Array): void;
}

/** The trained weights in a plain form, as training produces them and the model file stores them. */
export interface WeightRows {
  nClasses: number;
  /** Feature hash of each row, ascending. */
  keys: Uint32Array;
  /** Row r's pairs are [rowStart[r], rowStart[r + 1]). */
  rowStart: Uint32Array;
  classes: Uint8Array;
  values: Float32Array;
}

function tableSize(rows: number): number {
  let size = 1;
  while (size < rows * 2) size <<= 1;
  return size;
}

export class DenseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  private readonly stride: number;
  private readonly keys: Uint32Array;
  private readonly values: Float32Array;

  constructor(rows: WeightRows) {
    this.nClasses = rows.nClasses;
    this.stride = 1 + rows.nClasses;
    const size = tableSize(rows.keys.length);
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
    for (let r = 0; r < rows.keys.length; r++) {
      const key = rows.keys[r]!;
      let s = key & this.mask;
      while (this.keys[s * this.stride] !== 0) s = (s + 1) & this.mask;
      this.keys[s * this.stride] = key;
      for (let p = rows.rowStart[r]!; p < rows.rowStart[r + 1]!; p++) this.values[s * this.stride + 1 + rows.classes[p]!] = rows.values[p]!;
    }
  }

  add(hash: number, scores: Float32Array): void {
    const stride = this.stride;
    const keys = this.keys;
    let s = hash & this.mask;
    for (;;) {
      const k = keys[s * stride]!;
      if (k === hash) break;
      if (k === 0) return;
      s = (s + 1) & this.mask;
    }
    const base = s * stride + 1;
    const values = this.values;
    for (let c = 0; c < this.nClasses; c++) scores[c] += values[base + c]!;
  }
}

export class SparseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  /** Per slot: key, first pair, end of pairs. */
  private readonly slots: Uint32Array;
  private readonly classes: Uint8Array;
  private readonly values: Float32Array;

  constructor(rows: WeightRows) {
    this.nClasses = rows.nClasses;
    const size = tableSize(rows.keys.length);
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 3);
    for (let r = 0; r < rows.keys.length; r++) {
      const key = rows.keys[r]!;
      let s = key & this.mask;
      while (this.slots[s * 3] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 3] = key;
      this.slots[s * 3 + 1] = rows.rowStart[r]!;
      this.slots[s * 3 + 2] = rows.rowStart[r + 1]!;
    }
    this.classes = rows.classes;
    this.values = rows.values;
  }

  add(hash: number, scores: Float32Array): void {
    const slots = this.slots;
    let s = hash & this.mask;
    for (;;) {
      const k = slots[s * 3]!;
      if (k === hash) break;
      if (k === 0) return;
      s = (s + 1) & this.mask;
    }
    const end = slots[s * 3 + 2]!;
    const cls = this.classes;
    const val = this.values;
    for (let p = slots[s * 3 + 1]!; p < end; p++) scores[cls[p]!] += val[p]!;
  }
}
