// Integer hashing for features: every feature is a 32-bit hash of a template number and a few integer atoms (word
// hashes, tag and label ids, distances), so scoring builds no strings and allocates nothing per feature.
import { fnv1a, mix32 } from '../../hash.js';

/** The atom for a word, suffix or shape: FNV-1a of its text. */
export const hashString = fnv1a;

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

export function f1(t: number, a: number): number {
  return finish(fold(fold(0x9747b28c, t), a));
}
export function f2(t: number, a: number, b: number): number {
  return finish(fold(fold(fold(0x9747b28c, t), a), b));
}
export function f3(t: number, a: number, b: number, c: number): number {
  return finish(fold(fold(fold(fold(0x9747b28c, t), a), b), c));
}
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(fold(fold(fold(fold(fold(0x9747b28c, t), a), b), c), d));
}
