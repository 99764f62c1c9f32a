// 32-bit hashing primitives shared by near-duplicate detection (src/ingest/dedup.ts) and the parser's features
// (src/text/parser/hash.ts).

/** FNV-1a of code units fed one at a time: start from FNV_OFFSET, fold each unit with fnv1aStep, end with `>>> 0`. */
export const FNV_OFFSET = 0x811c9dc5;
export function fnv1aStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
export function fnv1a(s: string): number {
  return fnv1aRange(s, 0, s.length);
}

/** FNV-1a of `s.slice(from, to)`, without making the slice. */
export function fnv1aRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = fnv1aStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** Murmur3's finaliser: a bijective 32-bit mixer; with a different seed per position it acts as a hash family. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
