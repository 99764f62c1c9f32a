// The parser's model file: tagger and parser weights, quantised to 16 bits and gzipped, behind a small JSON header.
// Written by `npm run train:parser`, read at start-up by every command that parses.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordClusters } from './clusters.js';
import { DependencyParser } from './parser.js';
import { Tagger } from './tagger.js';
import { DenseWeights, QuantisedDenseWeights, QuantisedSparseWeights, SparseWeights, type WeightRows } from './weights.js';

const MAGIC = 'detente-parser-2\n';

export interface ParserModel {
  tagClasses: string[];
  tagDict: Map<number, number>;
  /** Word clusters the tagger's and the parser's features read (see clusters.ts). */
  clusters: WordClusters;
  tagger: WeightRows;
  /** The tagger's second pass (see Tagger), or null. */
  taggerSecondPass: WeightRows | null;
  labels: string[];
  labelDirections: Uint8Array;
  transitions: WeightRows;
  labelWeights: WeightRows;
  /** Free-form facts about how the model was made (data, seed, epochs, scores on dev). */
  provenance: Record<string, unknown>;
}

interface SectionHeader {
  rows: number;
  pairs: number;
  nClasses: number;
  scale: number;
}

interface Header {
  tagClasses: string[];
  labels: string[];
  tagDict: number;
  clusters: number;
  sections: SectionHeader[];
  provenance: Record<string, unknown>;
}

function sectionOf(w: WeightRows): { header: SectionHeader; parts: Uint8Array[] } {
  let max = 0;
  for (const v of w.values) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.values.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.values[i]! / scale);
  const lengths = new Uint16Array(w.keys.length);
  for (let r = 0; r < lengths.length; r++) lengths[r] = w.rowStart[r + 1]! - w.rowStart[r]!;
  // Keys are sorted: storing differences makes them compress well.
  const deltas = new Uint32Array(w.keys.length);
  for (let r = 0; r < deltas.length; r++) deltas[r] = w.keys[r]! - (r ? w.keys[r - 1]! : 0);
  return {
    header: { rows: w.keys.length, pairs: w.values.length, nClasses: w.nClasses, scale },
    parts: [bytes(deltas), bytes(lengths), w.classes, bytes(q)],
  };
}

const bytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function encodeModel(m: ParserModel): Buffer {
  const sections = [m.tagger, m.transitions, m.labelWeights, ...(m.taggerSecondPass ? [m.taggerSecondPass] : [])].map(sectionOf);
  const dictKeys = Int32Array.from([...m.tagDict.keys()].sort((a, b) => a - b));
  const dictValues = Uint8Array.from(dictKeys, (k) => m.tagDict.get(k)!);
  const clusterKeys = Int32Array.from([...m.clusters.keys()].sort((a, b) => a - b));
  const clusterValues = Uint16Array.from(clusterKeys, (k) => m.clusters.get(k)!);
  const header: Header = {
    tagClasses: m.tagClasses,
    labels: m.labels,
    tagDict: dictKeys.length,
    clusters: clusterKeys.length,
    sections: sections.map((s) => s.header),
    provenance: m.provenance,
  };
  const head = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const parts: Uint8Array[] = [Buffer.from(MAGIC), len, head, bytes(dictKeys), dictValues, bytes(clusterKeys), bytes(clusterValues), m.labelDirections];
  for (const s of sections) parts.push(...s.parts);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(file: Buffer): ParserModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new Error('not a detente parser model (not gzip data)');
  }
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a detente parser model (bad magic)');
  let at = MAGIC.length;
  const headLen = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headLen).toString()) as Header;
  at += headLen;
  // Copy each part to an aligned buffer of its own (typed arrays need aligned offsets).
  const take = (n: number): ArrayBuffer => {
    const b = new Uint8Array(n);
    b.set(raw.subarray(at, at + n));
    at += n;
    return b.buffer;
  };
  const dictKeys = new Int32Array(take(header.tagDict * 4));
  const dictValues = new Uint8Array(take(header.tagDict));
  const tagDict = new Map<number, number>();
  for (let i = 0; i < dictKeys.length; i++) tagDict.set(dictKeys[i]!, dictValues[i]!);
  const clusterKeys = new Int32Array(take(header.clusters * 4));
  const clusterValues = new Uint16Array(take(header.clusters * 2));
  const clusters = new Map<number, number>();
  for (let i = 0; i < clusterKeys.length; i++) clusters.set(clusterKeys[i]!, clusterValues[i]!);
  const labelDirections = new Uint8Array(take(header.labels.length));
  const weights = header.sections.map((s) => {
    const deltas = new Uint32Array(take(s.rows * 4));
    const lengths = new Uint16Array(take(s.rows * 2));
    const classes = new Uint8Array(take(s.pairs));
    const q = new Int16Array(take(s.pairs * 2));
    const keys = new Uint32Array(s.rows);
    let k = 0;
    for (let r = 0; r < s.rows; r++) keys[r] = k = (k + deltas[r]!) >>> 0;
    const rowStart = new Uint32Array(s.rows + 1);
    for (let r = 0; r < s.rows; r++) rowStart[r + 1] = rowStart[r]! + lengths[r]!;
    const values = new Float32Array(s.pairs);
    for (let i = 0; i < s.pairs; i++) values[i] = q[i]! * s.scale;
    return { nClasses: s.nClasses, keys, rowStart, classes, values, quantised: { q, scale: s.scale } };
  });
  return {
    tagClasses: header.tagClasses, tagDict, clusters, tagger: weights[0]!, taggerSecondPass: weights[3] ?? null, labels: header.labels, labelDirections,
    transitions: weights[1]!, labelWeights: weights[2]!, provenance: header.provenance,
  };
}

export function parserFromModel(m: ParserModel): DependencyParser {
  const sparse = (w: WeightRows) => (w.quantised ? new QuantisedSparseWeights(w) : new SparseWeights(w));
  const tagger = new Tagger(sparse(m.tagger), m.tagClasses, m.tagDict, m.clusters, m.taggerSecondPass && sparse(m.taggerSecondPass));
  const transitions = m.transitions.quantised ? new QuantisedDenseWeights(m.transitions) : new DenseWeights(m.transitions);
  return new DependencyParser(tagger, transitions, sparse(m.labelWeights), m.labels, m.labelDirections);
}

/** The shipped model: <package root>/models/en-ewt-parser.bin. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser.bin', import.meta.url));

let shared: DependencyParser | null = null;

/** The parser of the shipped model, loaded once per process. */
export function loadParser(path = DEFAULT_MODEL_PATH): DependencyParser {
  if (path === DEFAULT_MODEL_PATH && shared) return shared;
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    throw new Error(`cannot read the parser model ${path}: ${(err as Error).message} (run \`npm run train:parser\` to make it)`);
  }
  const parser = parserFromModel(decodeModel(file));
  if (path === DEFAULT_MODEL_PATH) shared = parser;
  return parser;
}
