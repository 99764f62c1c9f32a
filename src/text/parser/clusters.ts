// Word clusters: a hierarchy of word classes made from word vectors, so that the tagger and the parser can
// generalise from words seen in training to words that were not (Koo, Carreras and Collins 2008 did the same with
// Brown clusters). Made once, at training time, by top-down spherical k-means; the model file ships only the table
// word → cluster, not the vectors. Deterministic: a seeded generator picks the initial centroids and the number of
// iterations is fixed, so the same vectors give the same clusters.
import { prng } from '../../random.js';

/** Branching at each level of the hierarchy: 16, then 4 (64 clusters), 4 (256), 4 (1024). */
export const CLUSTER_BRANCHING = [16, 4, 4, 4] as const;
/** Bits of the finest cluster id that each coarser level drops: id >> shift is the cluster at that level. */
export const CLUSTER_SHIFTS = { c16: 6, c64: 4, c256: 2, c1024: 0 } as const;

/** Word (hash of its lower-cased, digit-folded form: WordAtoms.low) → finest cluster id + 1 (0: no cluster). */
export type WordClusters = ReadonlyMap<number, number>;

/**
 * Top-down spherical k-means: splits all vectors into `branching[0]` clusters, each of those into `branching[1]`,
 * and so on. Returns each vector's finest cluster as a prefix code (the cluster at level k is the id shifted right
 * by the bits of the levels below it), so that the coarser levels are a shift away.
 * @param vectors `n` vectors of `dims` numbers, one after another; they are normalised to unit length in place
 */
export function clusterVectors(vectors: Float32Array, dims: number, branching: readonly number[], iterations: number, seed: number): Uint32Array {
  const n = Math.floor(vectors.length / dims);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += vectors[i * dims + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) vectors[i * dims + j]! /= norm;
  }
  const random = prng(seed);
  const code = new Uint32Array(n);
  let groups: number[][] = [Array.from({ length: n }, (_, i) => i)];
  for (const k of branching) {
    const next: number[][] = [];
    for (const members of groups) {
      const assignment = kMeans(vectors, dims, members, k, iterations, random);
      const parts: number[][] = Array.from({ length: k }, () => []);
      members.forEach((m, i) => {
        parts[assignment[i]!]!.push(m);
        code[m] = code[m]! * k + assignment[i]!;
      });
      next.push(...parts);
    }
    groups = next;
  }
  return code;
}

/** Spherical k-means of the vectors `members` into `k` clusters; returns each member's cluster. */
function kMeans(vectors: Float32Array, dims: number, members: readonly number[], k: number, iterations: number, random: () => number): Uint8Array {
  const m = members.length;
  const assignment = new Uint8Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assignment[i] = i;
    return assignment;
  }
  const centroids = new Float64Array(k * dims);
  // k-means++ seeding: each next centroid is drawn with probability growing with its distance to the nearest one.
  const nearest = new Float64Array(m).fill(Infinity);
  let pick = Math.floor(random() * m);
  for (let c = 0; c < k; c++) {
    const v = members[pick]! * dims;
    for (let j = 0; j < dims; j++) centroids[c * dims + j] = vectors[v + j]!;
    let total = 0;
    for (let i = 0; i < m; i++) {
      const d = Math.max(0, 1 - dot(vectors, members[i]! * dims, centroids, c * dims, dims));
      if (d < nearest[i]!) nearest[i] = d;
      total += nearest[i]!;
    }
    let r = random() * total;
    pick = m - 1;
    for (let i = 0; i < m; i++) {
      r -= nearest[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < m; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors, members[i]! * dims, centroids, c * dims, dims);
        if (s > bestSim) [best, bestSim] = [c, s];
      }
      assignment[i] = best;
    }
    if (it === iterations - 1) break;
    const sums = new Float64Array(k * dims);
    for (let i = 0; i < m; i++) {
      const v = members[i]! * dims;
      const at = assignment[i]! * dims;
      for (let j = 0; j < dims; j++) sums[at + j] += vectors[v + j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < dims; j++) norm += sums[c * dims + j]! ** 2;
      // An emptied cluster keeps its centroid.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let j = 0; j < dims; j++) centroids[c * dims + j] = sums[c * dims + j]! / norm;
    }
  }
  return assignment;
}

function dot(a: Float32Array, at: number, b: Float64Array, bt: number, dims: number): number {
  let s = 0;
  for (let j = 0; j < dims; j++) s += a[at + j]! * b[bt + j]!;
  return s;
}
