// The weights of a trained linear classifier as used at run time. Scoring a feature is one probe of an
// open-addressing table keyed by the feature's hash. The tables are larger than the processor's caches, so what
// parsing costs is memory latency: the tables are laid out in buckets of one 64-byte cache line, so that a probe
// reads one line, and `touch` lets the caller ask for the lines of all of a step's features at once, before it
// needs them, so that the memory system fetches them in parallel rather than one after another.
//   DenseWeights  few classes (the parser's transitions): each bucket holds 4 keys and every class's weight for
//                 each, 16 words for 3 classes; QuantisedDenseWeights the same with 16-bit weights, 6 keys a line.
//   SparseWeights many classes (tags, labels): each bucket holds 8 keys and where each key's (class, weight)
//                 pairs are; the pairs of a row are stored together, class and weight side by side;
//                 QuantisedSparseWeights the same with each pair in one 32-bit word (16-bit weight, 8-bit class).
// A bucket whose slots are all taken continues in the next one (linear probing by bucket); a free slot (key 0:
// feature hashes are never 0) ends a search.
// Each class is built from WeightRows into a table of typed arrays (`*Table` below), optionally over a
// SharedArrayBuffer: the coder's worker threads then score with the main thread's one copy of the tables, handed
// to them at start (a table posted to a worker shares its memory), instead of each decoding and holding its own.

/** A classifier's weights: adds the weights of one feature to the class scores. */
export interface Weights {
  readonly nClasses: number;
  add(hash: number, scores: Float32Array): void;
  /**
   * Reads the first cache line each of `hashes[0..n)` would probe and returns a value made from them, which the
   * caller keeps (so that the reads are not optimised away): a prefetch, since JavaScript has no prefetch
   * instruction. Reads without branches run in parallel; the probes that follow then find their lines in cache.
   */
  touch(hashes: Uint32Array, n: number): number;
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
  /** When the weights were read from a model file: each value is the 32-bit float nearest to q × scale. */
  quantised?: { q: Int16Array; scale: number };
}

/** Memory for a table: shared, so that worker threads can use it in place, or the thread's own. */
const memory = (bytes: number, shared: boolean): ArrayBufferLike => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));

/** The smallest power of two number of buckets of `slots` keys that keeps `rows` keys at most `load` full. */
function bucketCount(rows: number, slots: number, load: number): number {
  let size = 1;
  while (size * slots * load < rows) size <<= 1;
  return size;
}

const DENSE_SLOTS = 4;

/** DenseWeights' table: `words` holds the buckets, keys as 32-bit integers and weights as 32-bit floats. */
export interface DenseTable {
  nClasses: number;
  mask: number;
  words: Uint32Array;
}

function denseTable(rows: WeightRows, shared: boolean): DenseTable {
  const C = rows.nClasses;
  const stride = DENSE_SLOTS * (1 + C);
  const buckets = bucketCount(rows.keys.length, DENSE_SLOTS, 0.6);
  const mask = buckets - 1;
  const buffer = memory(buckets * stride * 4, shared);
  const keys = new Uint32Array(buffer);
  const values = new Float32Array(buffer);
  for (let r = 0; r < rows.keys.length; r++) {
    const key = rows.keys[r]!;
    let b = key & mask;
    let at = -1;
    for (;;) {
      const base = b * stride;
      for (let j = 0; j < DENSE_SLOTS && at < 0; j++) if (keys[base + j] === 0) at = base + j;
      if (at >= 0) break;
      b = (b + 1) & mask;
    }
    keys[at] = key;
    const bucket = at - (at % stride);
    const v = bucket + DENSE_SLOTS + (at - bucket) * C;
    for (let p = rows.rowStart[r]!; p < rows.rowStart[r + 1]!; p++) values[v + rows.classes[p]!] = rows.values[p]!;
  }
  return { nClasses: C, mask, words: keys };
}

export class DenseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  /** 32-bit words per bucket: DENSE_SLOTS keys, then DENSE_SLOTS rows of nClasses weights. */
  private readonly stride: number;
  private readonly keys: Uint32Array;
  private readonly values: Float32Array;

  /** From trained rows (into shared memory when `shared`), or from a table built elsewhere (its memory is used). */
  constructor(source: WeightRows | DenseTable, shared = false) {
    const t = 'words' in source ? source : denseTable(source, shared);
    this.nClasses = t.nClasses;
    this.stride = DENSE_SLOTS * (1 + t.nClasses);
    this.mask = t.mask;
    this.keys = t.words;
    this.values = new Float32Array(t.words.buffer, t.words.byteOffset, t.words.length);
  }

  table(): DenseTable {
    return { nClasses: this.nClasses, mask: this.mask, words: this.keys };
  }

  touch(hashes: Uint32Array, n: number): number {
    const keys = this.keys;
    const mask = this.mask;
    const stride = this.stride;
    let x = 0;
    for (let f = 0; f < n; f++) x ^= keys[(hashes[f]! & mask) * stride]!;
    return x;
  }

  add(hash: number, scores: Float32Array): void {
    const keys = this.keys;
    const stride = this.stride;
    let base = (hash & this.mask) * stride;
    let j = 0;
    for (;;) {
      const k = keys[base + j]!;
      if (k === hash) break;
      if (k === 0) return;
      if (++j === DENSE_SLOTS) {
        j = 0;
        base = (base + stride) % keys.length;
      }
    }
    const C = this.nClasses;
    const v = base + DENSE_SLOTS + j * C;
    const values = this.values;
    for (let c = 0; c < C; c++) scores[c] += values[v + c]!;
  }
}

/** Keys per bucket of QuantisedDenseWeights: 6 keys and 6 rows of 3 16-bit weights fill 60 bytes of a line. */
function quantisedSlots(nClasses: number): number {
  return Math.floor(64 / (4 + 2 * nClasses));
}

/** QuantisedDenseWeights' table: `words` holds the 64-byte buckets (keys, then 16-bit weights). */
export interface QuantisedDenseTable {
  nClasses: number;
  mask: number;
  scale: number;
  quantisedWords: Uint32Array;
}

export function quantisedDenseTable(rows: WeightRows, shared: boolean): QuantisedDenseTable {
  if (!rows.quantised) throw new Error('QuantisedDenseWeights: the rows have no 16-bit weights');
  const C = rows.nClasses;
  const slots = quantisedSlots(C);
  if (slots < 1) throw new Error(`QuantisedDenseWeights: ${C} classes do not fit a cache line`);
  const q = rows.quantised.q;
  const buckets = bucketCount(rows.keys.length, slots, 0.75);
  const mask = buckets - 1;
  const buffer = memory(buckets * 64, shared);
  const keys = new Uint32Array(buffer);
  const weights = new Int16Array(buffer);
  for (let r = 0; r < rows.keys.length; r++) {
    const key = rows.keys[r]!;
    let b = key & mask;
    let at = -1;
    for (;;) {
      for (let j = 0; j < slots && at < 0; j++) if (keys[b * 16 + j] === 0) at = j;
      if (at >= 0) break;
      b = (b + 1) & mask;
    }
    keys[b * 16 + at] = key;
    const v = b * 32 + 2 * slots + at * C;
    for (let p = rows.rowStart[r]!; p < rows.rowStart[r + 1]!; p++) weights[v + rows.classes[p]!] = q[p]!;
  }
  return { nClasses: C, mask, scale: rows.quantised.scale, quantisedWords: keys };
}

/**
 * DenseWeights with the weights kept as the model file has them, 16-bit integers and a scale: half the memory, so
 * more of the table stays in cache. A weight is added as the 32-bit float nearest to q × scale, which is what the
 * 32-bit table holds: the scores, and so the parses, are the same.
 */
export class QuantisedDenseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  private readonly slots: number;
  private readonly scale: number;
  /** Bucket b is 16 words from 16b: `slots` keys, then (as 16-bit integers) `slots` rows of nClasses weights. */
  private readonly keys: Uint32Array;
  private readonly q: Int16Array;

  /** From trained rows (into shared memory when `shared`), or from a table built elsewhere (its memory is used). */
  constructor(source: WeightRows | QuantisedDenseTable, shared = false) {
    const t = 'quantisedWords' in source ? source : quantisedDenseTable(source, shared);
    this.nClasses = t.nClasses;
    this.slots = quantisedSlots(t.nClasses);
    this.scale = t.scale;
    this.mask = t.mask;
    this.keys = t.quantisedWords;
    this.q = new Int16Array(t.quantisedWords.buffer, t.quantisedWords.byteOffset, 2 * t.quantisedWords.length);
  }

  table(): QuantisedDenseTable {
    return { nClasses: this.nClasses, mask: this.mask, scale: this.scale, quantisedWords: this.keys };
  }

  touch(hashes: Uint32Array, n: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let x = 0;
    for (let f = 0; f < n; f++) x ^= keys[(hashes[f]! & mask) * 16]!;
    return x;
  }

  add(hash: number, scores: Float32Array): void {
    const keys = this.keys;
    const slots = this.slots;
    let b = hash & this.mask;
    let j = 0;
    for (;;) {
      const k = keys[b * 16 + j]!;
      if (k === hash) break;
      if (k === 0) return;
      if (++j === slots) {
        j = 0;
        b = (b + 1) & this.mask;
      }
    }
    const C = this.nClasses;
    const v = b * 32 + 2 * slots + j * C;
    const q = this.q;
    const scale = this.scale;
    for (let c = 0; c < C; c++) scores[c] += Math.fround(q[v + c]! * scale);
  }
}

const SPARSE_SLOTS = 8;
const SPARSE_STRIDE = 2 * SPARSE_SLOTS;

/**
 * The open-addressing table of SparseWeights and QuantisedSparseWeights: per bucket SPARSE_SLOTS keys, then for
 * each key its first pair × 256 + its pair count (at most 255: a row has at most one pair per class).
 */
function sparseSlots(rows: WeightRows, shared: boolean): { slots: Uint32Array; mask: number } {
  if (rows.nClasses > 255) throw new Error(`SparseWeights: at most 255 classes (${rows.nClasses})`);
  if (rows.values.length >= 1 << 24) throw new Error(`SparseWeights: too many weights (${rows.values.length})`);
  const buckets = bucketCount(rows.keys.length, SPARSE_SLOTS, 0.5);
  const mask = buckets - 1;
  const slots = new Uint32Array(memory(buckets * SPARSE_STRIDE * 4, shared));
  for (let r = 0; r < rows.keys.length; r++) {
    const key = rows.keys[r]!;
    let b = key & mask;
    let at = -1;
    for (;;) {
      const base = b * SPARSE_STRIDE;
      for (let j = 0; j < SPARSE_SLOTS && at < 0; j++) if (slots[base + j] === 0) at = base + j;
      if (at >= 0) break;
      b = (b + 1) & mask;
    }
    slots[at] = key;
    const start = rows.rowStart[r]!;
    slots[at + SPARSE_SLOTS] = start * 256 + (rows.rowStart[r + 1]! - start);
  }
  return { slots, mask };
}

/** The info word of `hash`'s row in a sparse table (first pair × 256 + count), or -1 when the feature has none. */
function sparseRow(slots: Uint32Array, mask: number, hash: number): number {
  let base = (hash & mask) * SPARSE_STRIDE;
  let j = 0;
  for (;;) {
    const k = slots[base + j]!;
    if (k === hash) return slots[base + SPARSE_SLOTS + j]!;
    if (k === 0) return -1;
    if (++j === SPARSE_SLOTS) {
      j = 0;
      base = (base + SPARSE_STRIDE) % slots.length;
    }
  }
}

function sparseTouch(slots: Uint32Array, mask: number, hashes: Uint32Array, n: number): number {
  let x = 0;
  for (let f = 0; f < n; f++) x ^= slots[(hashes[f]! & mask) * SPARSE_STRIDE]!;
  return x;
}

/** SparseWeights' table: the buckets (`slots`) and the pairs, class and weight side by side (`pairs`). */
export interface SparseTable {
  nClasses: number;
  mask: number;
  slots: Uint32Array;
  pairs: Uint32Array;
}

function sparseTable(rows: WeightRows, shared: boolean): SparseTable {
  const { slots, mask } = sparseSlots(rows, shared);
  const pairs = memory(rows.values.length * 8, shared);
  const pairClass = new Uint32Array(pairs);
  const pairValue = new Float32Array(pairs);
  for (let p = 0; p < rows.values.length; p++) {
    pairClass[2 * p] = rows.classes[p]!;
    pairValue[2 * p + 1] = rows.values[p]!;
  }
  return { nClasses: rows.nClasses, mask, slots, pairs: pairClass };
}

export class SparseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  private readonly slots: Uint32Array;
  /** Pair p: class at 2p (in a Uint32 view), weight at 2p + 1. */
  private readonly pairClass: Uint32Array;
  private readonly pairValue: Float32Array;

  /** From trained rows (into shared memory when `shared`), or from a table built elsewhere (its memory is used). */
  constructor(source: WeightRows | SparseTable, shared = false) {
    const t = 'slots' in source ? source : sparseTable(source, shared);
    this.nClasses = t.nClasses;
    this.mask = t.mask;
    this.slots = t.slots;
    this.pairClass = t.pairs;
    this.pairValue = new Float32Array(t.pairs.buffer, t.pairs.byteOffset, t.pairs.length);
  }

  table(): SparseTable {
    return { nClasses: this.nClasses, mask: this.mask, slots: this.slots, pairs: this.pairClass };
  }

  touch(hashes: Uint32Array, n: number): number {
    return sparseTouch(this.slots, this.mask, hashes, n);
  }

  add(hash: number, scores: Float32Array): void {
    const info = sparseRow(this.slots, this.mask, hash);
    if (info < 0) return;
    let p = 2 * Math.floor(info / 256);
    const end = p + 2 * (info & 255);
    const cls = this.pairClass;
    const val = this.pairValue;
    for (; p < end; p += 2) scores[cls[p]!] += val[p + 1]!;
  }
}

/** QuantisedSparseWeights' table: the buckets and one word per pair (16-bit weight × 256 + class), and the scale. */
export interface QuantisedSparseTable {
  nClasses: number;
  mask: number;
  slots: Uint32Array;
  quantisedPairs: Int32Array;
  scale: number;
}

export function quantisedSparseTable(rows: WeightRows, shared: boolean): QuantisedSparseTable {
  if (!rows.quantised) throw new Error('QuantisedSparseWeights: the rows have no 16-bit weights');
  const { slots, mask } = sparseSlots(rows, shared);
  const q = rows.quantised.q;
  const quantisedPairs = new Int32Array(memory(q.length * 4, shared));
  for (let p = 0; p < q.length; p++) quantisedPairs[p] = (q[p]! << 8) | rows.classes[p]!;
  return { nClasses: rows.nClasses, mask, slots, quantisedPairs, scale: rows.quantised.scale };
}

/**
 * SparseWeights with the weights kept as the model file has them: each pair is one 32-bit word, the 16-bit weight
 * above the 8-bit class, half the memory of a class and a 32-bit float. A weight is added as the 32-bit float
 * nearest to q × scale, which is what SparseWeights holds for the same file: the scores are the same.
 */
export class QuantisedSparseWeights implements Weights {
  readonly nClasses: number;
  private readonly mask: number;
  private readonly slots: Uint32Array;
  private readonly scale: number;
  /** Pair p: weight q × 256 + class. */
  private readonly pairs: Int32Array;

  /** From trained rows (into shared memory when `shared`), or from a table built elsewhere (its memory is used). */
  constructor(source: WeightRows | QuantisedSparseTable, shared = false) {
    const t = 'slots' in source ? source : quantisedSparseTable(source, shared);
    this.nClasses = t.nClasses;
    this.mask = t.mask;
    this.slots = t.slots;
    this.scale = t.scale;
    this.pairs = t.quantisedPairs;
  }

  table(): QuantisedSparseTable {
    return { nClasses: this.nClasses, mask: this.mask, slots: this.slots, quantisedPairs: this.pairs, scale: this.scale };
  }

  touch(hashes: Uint32Array, n: number): number {
    return sparseTouch(this.slots, this.mask, hashes, n);
  }

  add(hash: number, scores: Float32Array): void {
    const info = sparseRow(this.slots, this.mask, hash);
    if (info < 0) return;
    let p = Math.floor(info / 256);
    const end = p + (info & 255);
    const pairs = this.pairs;
    const scale = this.scale;
    for (; p < end; p++) {
      const x = pairs[p]!;
      scores[x & 255] += Math.fround((x >> 8) * scale);
    }
  }
}
