// Duplicate detection primitives: the exact-text hash, and MinHash signatures with LSH banding for near-duplicates.
// Pure functions; the store persists the LSH band keys (not the signatures) so later batches and runs find candidate
// copies among earlier articles, whose shingles are then recomputed from their stored text for the exact Jaccard check.
import { createHash } from 'node:crypto';
import { fnv1a, mix32 } from '../hash.js';

/** Words per shingle. Three words keep shingles specific while a swapped word spoils only three of them. */
export const SHINGLE_WORDS = 3;
/** MinHash signature length (hash functions); the Jaccard estimate's standard error is about 0.5/sqrt(128) ≈ 0.044. */
export const MINHASH_SIZE = 128;
/** LSH: 32 bands of 4 rows. Two texts become candidates with probability 1-(1-J^4)^32: 0.87 at J=0.4, 0.99 at J=0.5. */
export const LSH_BANDS = 32;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;
/** Candidates are confirmed on the exact Jaccard similarity of their shingle sets. */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/** Texts with fewer shingles than this are too short to call near-duplicates (only exact copies are caught). */
export const MIN_SHINGLES = 6;
/** Copies appear within days of the original; a similar text months apart is a new report of a recurring event. */
export const NEAR_DUPLICATE_WINDOW_DAYS = 14;

/** Hash of the text with case, accents, punctuation runs and spacing normalised: equal hashes mean the same text. */
export function exactTextHash(text: string): string {
  const norm = (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/[\u2018\u2019\u201c\u201d"']/g, '').replace(/\s+/g, ' ').trim();
  return createHash('sha1').update(norm).digest('hex');
}

// Spelling variants mapped to one form before shingling, so "the Russian Federation" and "Russia" (or "U.S.",
// "USA", "the United States") shingle alike. Applied to lower-cased, accent-free text, in one pass (longest first).
const VARIANTS: Record<string, string> = {
  'united states of america': 'us', 'united states': 'us', 'u.s.a.': 'us', 'u.s.a': 'us', 'u.s.': 'us', 'u.s': 'us', usa: 'us', america: 'us',
  'russian federation': 'russia',
  'united kingdom': 'uk', 'great britain': 'uk', britain: 'uk', 'u.k.': 'uk', 'u.k': 'uk',
  "people's republic of china": 'china', prc: 'china',
  "democratic people's republic of korea": 'north korea', dprk: 'north korea',
  'republic of korea': 'south korea',
  'islamic republic of iran': 'iran',
  'state of palestine': 'palestine', 'palestinian territories': 'palestine',
  'united nations': 'un', 'u.n.': 'un', 'u.n': 'un',
  'european union': 'eu', 'e.u.': 'eu', 'e.u': 'eu',
};
const VARIANT_RE = new RegExp(
  `(?<![\\w.])(${Object.keys(VARIANTS).sort((a, b) => b.length - a.length).map((v) => v.replace(/[.]/g, '\\.')).join('|')})(?!\\w)`, 'g');

/** Function words dropped before shingling: light rewrites add and remove them freely. */
const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that',
  'this', 'its', 'it', 'is', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'which', 'who', 'also', 'but', 'or', 'said', 'says']);

/** Normalised sentences of a text, each a list of content words. */
export function normalisedSentences(text: string): string[][] {
  let t = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  t = t.replace(VARIANT_RE, (v) => VARIANTS[v]!);
  const out: string[][] = [];
  // Sentence ends: . ! ? ; followed by space or the end. Abbreviations with dots were mapped above.
  for (const sentence of t.split(/[.!?;]+(?:\s+|$)|\n+/)) {
    const words = sentence.replace(/'s\b/g, '').split(/[^a-z0-9]+/).filter((w) => w && !STOPWORDS.has(w));
    if (words.length) out.push(words);
  }
  return out;
}

/**
 * Word shingles taken within sentences, never across them, so a copy with its sentences reordered has the same set.
 * A sentence shorter than a shingle contributes itself as one shingle. Shingles are kept as 32-bit hashes (of their
 * words' hashes, position by position; 30 bits): cheaper than strings, and a collision among a text's few hundred shingles
 * is too rare to move a similarity.
 */
export function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (const words of normalisedSentences(text)) {
    const h = words.map(fnv1a);
    if (h.length < SHINGLE_WORDS) { out.add(combine(h, 0, h.length)); continue; }
    for (let i = 0; i + SHINGLE_WORDS <= h.length; i++) out.add(combine(h, i, SHINGLE_WORDS));
  }
  return out;
}

/**
 * Hash of `n` consecutive word hashes; each position has its own multiplier, so word order matters. Kept to 30 bits
 * so that V8 stores it as a small integer (larger numbers are boxed, which makes the sets several times slower).
 */
function combine(h: number[], from: number, n: number): number {
  let x = n;
  for (let k = 0; k < n; k++) x = Math.imul(x ^ h[from + k]!, 0x9e3779b1) + k;
  return mix32(x) & 0x3fffffff;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

/**
 * MinHash signature of a shingle set: for each hash function, the least hash over the set. The functions are
 * x ↦ xorshift(odd constant × (x ⊕ seed_i)) on the (well-mixed) shingle hash: a cheap family that is close enough to
 * min-wise independent for LSH (candidates are confirmed on exact Jaccard anyway).
 */
export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const base of set) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      let h = Math.imul(base ^ SEEDS[i]!, 0x9e3779b1);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/**
 * One key per LSH band: the band's rows hashed with its index, as an integer SQLite stores exactly
 * (53 bits, so JavaScript numbers hold it too). Texts sharing any key are candidates.
 */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h1 = mix32(b + 1), h2 = mix32(b + 0x51ed27);
    for (let r = 0; r < LSH_ROWS; r++) {
      const v = sig[b * LSH_ROWS + r]!;
      h1 = mix32(h1 ^ v);
      h2 = mix32(Math.imul(h2, 31) ^ v ^ 0x27d4eb2f);
    }
    keys.push((h1 & 0x1fffff) * 0x100000000 + h2);
  }
  return keys;
}

/** A URL as a uniqueness key: scheme and host lower-cased, fragment, tracking parameters and trailing slash dropped. */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  let u: URL;
  try { u = new URL(trimmed); } catch { return trimmed; }
  u.hash = '';
  for (const p of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(p)) u.searchParams.delete(p);
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
  return u.toString().replace(/^http:/, 'https:');
}
