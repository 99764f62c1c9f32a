// The parser's model file: tagger and parser weights, quantised to 16 bits and gzipped, behind a small JSON header.
// Written by `npm run train:parser`, read at start-up by every command that parses.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordClusters } from './clusters.js';
import { DependencyParser } from './parser.js';
import { Tagger } from './tagger.js';
import {
  DenseWeights, QuantisedDenseWeights, QuantisedSparseWeights, SparseWeights, type DenseTable, type QuantisedDenseTable,
  type QuantisedSparseTable, type SparseTable, type WeightRows,
} from './weights.js';

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
  const { weights } = decodeSections(raw, at, header.sections);
  return {
    tagClasses: header.tagClasses, tagDict, clusters, tagger: weights[0]!, taggerSecondPass: weights[3] ?? null, labels: header.labels, labelDirections,
    transitions: weights[1]!, labelWeights: weights[2]!, provenance: header.provenance,
  };
}

/** The weight sections of a model file's data from offset `at`: 16-bit weights, sorted keys stored as differences. */
function decodeSections(raw: Buffer, at: number, sections: SectionHeader[]): { weights: WeightRows[]; at: number } {
  // Copy each part to an aligned buffer of its own (typed arrays need aligned offsets).
  const take = (n: number): ArrayBuffer => {
    const b = new Uint8Array(n);
    b.set(raw.subarray(at, at + n));
    at += n;
    return b.buffer;
  };
  const weights = sections.map((s) => {
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
  return { weights, at };
}

export function parserFromModel(m: ParserModel): DependencyParser {
  const tagger = new Tagger(sparse(m.tagger), m.tagClasses, m.tagDict, m.clusters, m.taggerSecondPass && sparse(m.taggerSecondPass));
  const transitions = m.transitions.quantised ? new QuantisedDenseWeights(m.transitions) : new DenseWeights(m.transitions);
  return new DependencyParser(tagger, transitions, sparse(m.labelWeights), m.labels, m.labelDirections);
}

/** A tag or label classifier over its rows: the model file's 16-bit weights when it has them (same scores, half
 *  the memory of the pairs), into shared memory when `shared`. */
function sparse(w: WeightRows, shared = false): SparseWeights | QuantisedSparseWeights {
  return w.quantised ? new QuantisedSparseWeights(w, shared) : new SparseWeights(w, shared);
}

/** The classifier over a table built elsewhere (shared memory). */
function sparseFromTable(t: SparseTable | QuantisedSparseTable): SparseWeights | QuantisedSparseWeights {
  return 'quantisedPairs' in t ? new QuantisedSparseWeights(t) : new SparseWeights(t);
}

/**
 * A parser's built tables over shared memory, and what else it needs: posted to a worker thread, it lets that thread
 * parse with the memory of the thread that loaded the model (one copy in memory and in the caches for all threads,
 * and no thread decodes the model again). The small word tables travel as sorted typed arrays.
 */
export interface SharedParserModel {
  tagClasses: string[];
  labels: string[];
  labelDirections: Uint8Array;
  tagDictKeys: Int32Array;
  tagDictValues: Uint8Array;
  clusterKeys: Int32Array;
  clusterValues: Uint16Array;
  tagger: SparseTable | QuantisedSparseTable;
  taggerSecondPass: SparseTable | QuantisedSparseTable | null;
  transitions: DenseTable | QuantisedDenseTable;
  labelWeights: SparseTable | QuantisedSparseTable;
}

/** Builds the model's tables in shared memory (see SharedParserModel). */
export function shareModel(m: ParserModel): SharedParserModel {
  const tagDictKeys = Int32Array.from(m.tagDict.keys());
  const clusterKeys = Int32Array.from(m.clusters.keys());
  const transitions = m.transitions.quantised ? new QuantisedDenseWeights(m.transitions, true) : new DenseWeights(m.transitions, true);
  return {
    tagClasses: m.tagClasses, labels: m.labels, labelDirections: m.labelDirections,
    tagDictKeys, tagDictValues: Uint8Array.from(tagDictKeys, (k) => m.tagDict.get(k)!),
    clusterKeys, clusterValues: Uint16Array.from(clusterKeys, (k) => m.clusters.get(k)!),
    tagger: sparse(m.tagger, true).table(),
    taggerSecondPass: m.taggerSecondPass && sparse(m.taggerSecondPass, true).table(),
    transitions: transitions.table(),
    labelWeights: sparse(m.labelWeights, true).table(),
  };
}

/** The parser over a shared model's tables (their memory is used, not copied). */
export function parserFromShared(s: SharedParserModel): DependencyParser {
  const map = <V extends number>(keys: Int32Array, values: ArrayLike<V>) => {
    const m = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, values[i]!);
    return m;
  };
  const tagger = new Tagger(sparseFromTable(s.tagger), s.tagClasses, map(s.tagDictKeys, s.tagDictValues), map(s.clusterKeys, s.clusterValues),
    s.taggerSecondPass && sparseFromTable(s.taggerSecondPass));
  const transitions = 'quantisedWords' in s.transitions ? new QuantisedDenseWeights(s.transitions) : new DenseWeights(s.transitions);
  return new DependencyParser(tagger, transitions, sparseFromTable(s.labelWeights), s.labels, s.labelDirections);
}

const WEIGHTS_MAGIC = 'detente-parser-weights-1\n';

/**
 * A second parser over the tagger of a full model: the transition and label weights of a parser trained with a beam
 * (trainParserBeam) on the same training data and the same jackknifed tagger. Its file holds these weights only
 * (the tagger and the word clusters are a full model's), with the fingerprint of the full model's tagger it was
 * trained beside, so that it is never used over another.
 */
export interface ParserWeightsModel {
  labels: string[];
  labelDirections: Uint8Array;
  transitions: WeightRows;
  labelWeights: WeightRows;
  /** taggerFingerprint of the full model whose tagger this parser reads. */
  tagger: string;
  /** The beam width the weights were trained for (and `detente parse` uses by default). */
  beam: number;
  provenance: Record<string, unknown>;
}

/** A fingerprint of what a parser's features read from a full model: its tagger (weights as stored), tag
 *  dictionary, word clusters, tag classes and labels. */
export function taggerFingerprint(m: ParserModel): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([m.tagClasses, m.labels]));
  for (const w of [m.tagger, m.taggerSecondPass]) {
    if (!w) continue;
    const q = w.quantised ? w.quantised.q : Float32Array.from(w.values);
    for (const a of [w.keys, w.rowStart, w.classes, q]) h.update(bytes(a));
  }
  for (const map of [m.tagDict, m.clusters]) {
    const keys = Int32Array.from([...map.keys()].sort((a, b) => a - b));
    h.update(bytes(keys));
    h.update(bytes(Int32Array.from(keys, (k) => map.get(k)!)));
  }
  return h.digest('hex');
}

/** The parser weights of a full model (as decoded from its file) for use over that model's tagger: what
 *  `npm run train:parser -- --beam K` writes, from the full model it trained. */
export function parserWeightsOf(full: ParserModel, beam: number): ParserWeightsModel {
  return {
    labels: full.labels, labelDirections: full.labelDirections, transitions: full.transitions, labelWeights: full.labelWeights,
    tagger: taggerFingerprint(full), beam, provenance: full.provenance,
  };
}

export function encodeParserWeights(m: ParserWeightsModel): Buffer {
  const sections = [m.transitions, m.labelWeights].map(sectionOf);
  const head = Buffer.from(JSON.stringify({ labels: m.labels, tagger: m.tagger, beam: m.beam, sections: sections.map((s) => s.header), provenance: m.provenance }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const parts: Uint8Array[] = [Buffer.from(WEIGHTS_MAGIC), len, head, m.labelDirections];
  for (const s of sections) parts.push(...s.parts);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeParserWeights(file: Buffer): ParserWeightsModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new Error('not a detente parser weights file (not gzip data)');
  }
  if (raw.subarray(0, WEIGHTS_MAGIC.length).toString() !== WEIGHTS_MAGIC) throw new Error('not a detente parser weights file (bad magic)');
  let at = WEIGHTS_MAGIC.length;
  const headLen = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headLen).toString()) as { labels: string[]; tagger: string; beam: number; sections: SectionHeader[]; provenance: Record<string, unknown> };
  at += headLen;
  const labelDirections = Uint8Array.from(raw.subarray(at, at + header.labels.length));
  at += header.labels.length;
  const [transitions, labelWeights] = decodeSections(raw, at, header.sections).weights;
  return { labels: header.labels, labelDirections, transitions: transitions!, labelWeights: labelWeights!, tagger: header.tagger, beam: header.beam, provenance: header.provenance };
}

/** A parser with the weights of `w` over the tagger of the full model `base` (which must be the one it was trained beside). */
export function parserFromWeights(base: ParserModel, w: ParserWeightsModel, source = 'the parser weights'): DependencyParser {
  if (taggerFingerprint(base) !== w.tagger) {
    throw new Error(`${source} were trained beside another tagger than the model's (retrain them: npm run train:parser -- --beam K)`);
  }
  return parserFromModel({ ...base, labels: w.labels, labelDirections: w.labelDirections, transitions: w.transitions, labelWeights: w.labelWeights });
}

/** The shipped model: <package root>/models/en-ewt-parser.bin. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser.bin', import.meta.url));

function readModel(path: string): ParserModel {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    throw new Error(`cannot read the parser model ${path}: ${(err as Error).message} (run \`npm run train:parser\` to make it)`);
  }
  return decodeModel(file);
}

let shared: DependencyParser | null = null;
let sharedModel: SharedParserModel | null = null;

/** The parser of the shipped model, loaded once per process (or the one a worker thread was given: useSharedParser). */
export function loadParser(path = DEFAULT_MODEL_PATH): DependencyParser {
  if (path === DEFAULT_MODEL_PATH && shared) return shared;
  const parser = parserFromModel(readModel(path));
  if (path === DEFAULT_MODEL_PATH) shared = parser;
  return parser;
}

/** The shipped beam parser's weights (see ParserWeightsModel): <package root>/models/en-ewt-parser-beam.bin. */
export const BEAM_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser-beam.bin', import.meta.url));

/**
 * The parser trained with a beam, over the shipped model's tagger, and the width it was trained for. Its weights
 * give poor parses greedily (docs/parser.md, "Fourth round"): it is for parsing with a beam, `detente parse`.
 */
export function loadBeamParser(path = BEAM_MODEL_PATH, basePath = DEFAULT_MODEL_PATH): { parser: DependencyParser; beam: number } {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    throw new Error(`cannot read the beam parser's weights ${path}: ${(err as Error).message} (run \`npm run train:parser -- --beam 8\` to make them)`);
  }
  const w = decodeParserWeights(file);
  return { parser: parserFromWeights(readModel(basePath), w, path), beam: w.beam };
}

/** The shipped model's tables in shared memory, loaded once per process: for handing to worker threads. */
export function loadSharedParserModel(): SharedParserModel {
  return (sharedModel ??= shareModel(readModel(DEFAULT_MODEL_PATH)));
}

/** In a worker thread: parse the shipped model's sentences with the tables another thread loaded (loadParser then
 *  returns this parser). */
export function useSharedParser(s: SharedParserModel): void {
  shared = parserFromShared(s);
}
