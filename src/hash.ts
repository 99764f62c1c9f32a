// 32-bit hashing primitives shared by near-duplicate detection (src/ingest/dedup.ts) and the parser's features
// (src/text/parser/hash.ts).

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
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
