// Integer hashing for features: every feature is a 32-bit hash of a template number and a few integer atoms (word
// hashes, tag and label ids, distances), so scoring builds no strings and allocates nothing per feature.
import { mix32 } from '../../hash.js';

/** Folds one integer into a running hash (murmur3's mixing steps). */
function fold(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche; never 0, which marks an empty slot in the weight tables. */
const finish = (h: number): number => mix32(h) || 1;

const SEED = 0x9747b28c;

/** The hash of feature template `t` over `atoms`: what `Templates.hash` computes, spelled out (the reference). */
export function featureHash(t: number, ...atoms: number[]): number {
  let h = fold(SEED, t);
  for (const a of atoms) h = fold(h, a);
  return finish(h);
}

/**
 * A classifier's feature templates, compiled: template i hashes its number with the atoms at the indices it lists.
 * Extraction fills an array of atoms (word hashes, tag and label ids, distances) once per step, and `hash` turns
 * them into every feature's hash in one small loop: no call per feature, and each template's number is folded in
 * once, here, rather than at every step.
 */
export class Templates {
  readonly count: number;
  private readonly seeds: Int32Array;
  private readonly arity: Uint8Array;
  /** Atom indices, 4 per template. */
  private readonly args: Uint8Array;

  /** @param spec for each template: its number, then the indices of its atoms (1 to 4) */
  constructor(spec: readonly (readonly number[])[]) {
    this.count = spec.length;
    this.seeds = new Int32Array(spec.length);
    this.arity = new Uint8Array(spec.length);
    this.args = new Uint8Array(spec.length * 4);
    spec.forEach(([t, ...atoms], i) => {
      if (atoms.length < 1 || atoms.length > 4) throw new Error(`template ${t}: 1 to 4 atoms, not ${atoms.length}`);
      this.seeds[i] = fold(SEED, t!);
      this.arity[i] = atoms.length;
      atoms.forEach((a, j) => (this.args[i * 4 + j] = a));
    });
  }

  /** Writes the hash of every template over `atoms` to `out`; returns the count. */
  hash(atoms: Int32Array, out: Uint32Array): number {
    const seeds = this.seeds;
    const arity = this.arity;
    const args = this.args;
    for (let i = 0; i < this.count; i++) {
      let h = seeds[i]!;
      const at = i * 4;
      const n = arity[i]!;
      h = fold(h, atoms[args[at]!]!);
      if (n > 1) h = fold(h, atoms[args[at + 1]!]!);
      if (n > 2) h = fold(h, atoms[args[at + 2]!]!);
      if (n > 3) h = fold(h, atoms[args[at + 3]!]!);
      out[i] = finish(h);
    }
    return this.count;
  }
}
