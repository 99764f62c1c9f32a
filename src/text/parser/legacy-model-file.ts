// Readers of the model file formats before `detente-parser-3` (`detente-parser-2`, `detente-parser-weights-1`): one
// gzip stream holding a JSON header, the word tables as sorted arrays and each classifier's rows (keys as
// differences, row lengths, classes, 16-bit weights), from which loading had to build every table row by row. Kept
// so that an older model still loads (decodeModel and decodeParserWeights read it, slowly) and can be rewritten in
// the current format (scripts/upgrade-parser-models.ts) without retraining.
import { gunzipSync } from 'node:zlib';
import type { ParserModel } from './model-file.js';
import type { WeightRows } from './weights.js';

const MODEL_MAGIC = 'detente-parser-2\n';
const WEIGHTS_MAGIC = 'detente-parser-weights-1\n';

/** A file of these formats begins with gzip's magic bytes. */
export const isLegacyModelFile = (file: Buffer): boolean => file.length >= 2 && file[0] === 0x1f && file[1] === 0x8b;

interface SectionHeader {
  rows: number;
  pairs: number;
  nClasses: number;
  scale: number;
}

/** Reads a gzipped file of `magic`: its JSON header and a cursor over the data after it. */
function open(file: Buffer, magic: string, what: string): { header: unknown; raw: Buffer; at: number } {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new Error(`${what}: not gzip data`);
  }
  if (raw.subarray(0, magic.length).toString() !== magic) throw new Error(`${what}: bad magic (not ${JSON.stringify(magic.trim())})`);
  let at = magic.length;
  const headLen = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headLen).toString()) as unknown;
  return { header, raw, at: at + headLen };
}

/** Reads typed arrays one after another from `raw` at `at` (each copied to an aligned buffer of its own). */
function cursor(raw: Buffer, at: number) {
  return {
    take(n: number): ArrayBuffer {
      const b = new Uint8Array(n);
      b.set(raw.subarray(at, at + n));
      at += n;
      return b.buffer;
    },
  };
}

function sections(c: ReturnType<typeof cursor>, headers: SectionHeader[]): WeightRows[] {
  return headers.map((s) => {
    const deltas = new Uint32Array(c.take(s.rows * 4));
    const lengths = new Uint16Array(c.take(s.rows * 2));
    const classes = new Uint8Array(c.take(s.pairs));
    const q = new Int16Array(c.take(s.pairs * 2));
    const keys = new Uint32Array(s.rows);
    let k = 0;
    for (let r = 0; r < s.rows; r++) keys[r] = k = (k + deltas[r]!) >>> 0;
    const rowStart = new Uint32Array(s.rows + 1);
    for (let r = 0; r < s.rows; r++) rowStart[r + 1] = rowStart[r]! + lengths[r]!;
    const values = new Float32Array(s.pairs);
    for (let i = 0; i < s.pairs; i++) values[i] = q[i]! * s.scale;
    return { nClasses: s.nClasses, keys, rowStart, classes, values, quantised: { q, scale: s.scale } };
  });
}

/** A full model of format `detente-parser-2`. */
export function decodeLegacyModel(file: Buffer, what = 'parser model'): ParserModel {
  const { header, raw, at } = open(file, MODEL_MAGIC, what);
  const h = header as { tagClasses: string[]; labels: string[]; tagDict: number; clusters: number; sections: SectionHeader[]; provenance: Record<string, unknown> };
  const c = cursor(raw, at);
  const map = (keys: Int32Array, values: ArrayLike<number>) => {
    const m = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, values[i]!);
    return m;
  };
  const dictKeys = new Int32Array(c.take(h.tagDict * 4));
  const tagDict = map(dictKeys, new Uint8Array(c.take(h.tagDict)));
  const clusterKeys = new Int32Array(c.take(h.clusters * 4));
  const clusters = map(clusterKeys, new Uint16Array(c.take(h.clusters * 2)));
  const labelDirections = new Uint8Array(c.take(h.labels.length));
  const weights = sections(c, h.sections);
  return {
    tagClasses: h.tagClasses, tagDict, clusters, tagger: weights[0]!, taggerSecondPass: weights[3] ?? null, labels: h.labels, labelDirections,
    transitions: weights[1]!, labelWeights: weights[2]!, provenance: h.provenance,
  };
}

/** A parser weights file of format `detente-parser-weights-1`. */
export function decodeLegacyParserWeights(file: Buffer, what = 'parser weights'): {
  labels: string[]; labelDirections: Uint8Array; transitions: WeightRows; labelWeights: WeightRows; tagger: string; beam: number; provenance: Record<string, unknown>;
} {
  const { header, raw, at } = open(file, WEIGHTS_MAGIC, what);
  const h = header as { labels: string[]; tagger: string; beam: number; sections: SectionHeader[]; provenance: Record<string, unknown> };
  const c = cursor(raw, at);
  const labelDirections = new Uint8Array(c.take(h.labels.length));
  const [transitions, labelWeights] = sections(c, h.sections);
  return { labels: h.labels, labelDirections, transitions: transitions!, labelWeights: labelWeights!, tagger: h.tagger, beam: h.beam, provenance: h.provenance };
}
