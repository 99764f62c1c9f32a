// The parser's model files. A full model (models/en-ewt-parser.bin) holds the tagger's two passes, the tag
// dictionary, the word clusters and the greedy parser's transition and label weights; a parser weights file
// (models/en-ewt-parser-beam.bin) holds a second parser's transition and label weights, read over a full model's
// tagger. Both hold every table in the layout the run-time code uses (the open-addressing buckets of weights.ts,
// the word tables of word-table.ts), each table gzipped on its own behind a small JSON header: loading is one
// gunzip per table straight into the memory the parser then reads, with no work per row, and a reader reads and
// gunzips only the tables it needs (the beam parser reads only the full model's tagger).
// Written by `npm run train:parser`, read at start-up by every command that parses.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordClusters } from './clusters.js';
import { decodeLegacyModel, decodeLegacyParserWeights, isLegacyModelFile } from './legacy-model-file.js';
import { DependencyParser } from './parser.js';
import { Tagger } from './tagger.js';
import {
  QuantisedDenseWeights, QuantisedSparseWeights, quantisedDenseTable, quantisedSparseTable, type QuantisedDenseTable,
  type QuantisedSparseTable, type WeightRows,
} from './weights.js';
import { WordTable, wordTableData, type WordTableData } from './word-table.js';

const MODEL_MAGIC = 'detente-parser-3\n';
const WEIGHTS_MAGIC = 'detente-parser-weights-2\n';

/** A trained model in the plain form training makes (weight rows, Maps): what encodeModel writes. */
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

/** The tagger's run-time tables, and what else its features read. */
export interface TaggerTables {
  /** "UPOS XPOS" of each class. */
  tagClasses: string[];
  tagDict: WordTableData;
  clusters: WordTableData;
  first: QuantisedSparseTable;
  second: QuantisedSparseTable | null;
  /** taggerFingerprint of the model these tables were written from: a parser weights file records the one it was
   *  trained beside. */
  fingerprint: string;
}

/** A parser's run-time tables over some tagger: its transition and label weights. */
export interface ParserTables {
  labels: string[];
  /** For each label, 1 if seen on left arcs (dependent before head), 2 right, 3 both. */
  labelDirections: Uint8Array;
  transitions: QuantisedDenseTable;
  labelWeights: QuantisedSparseTable;
}

/** A full model as loaded: plain data (typed arrays), so that it can be posted to a worker thread. */
export interface ModelTables {
  tagger: TaggerTables;
  parser: ParserTables;
  provenance: Record<string, unknown>;
}

/**
 * A full model's tables in shared memory (loadSharedParserModel): posted to a worker thread, they let that thread
 * parse with the memory of the thread that loaded the model (one copy in memory and in the caches for all threads,
 * and no thread reads the model file again).
 */
export type SharedParserModel = ModelTables;

/** The rows with their weights as 16-bit integers and a scale (the model files' weights); rows read from a file
 *  already are. */
function quantised(w: WeightRows): WeightRows & { quantised: NonNullable<WeightRows['quantised']> } {
  if (w.quantised) return w as WeightRows & { quantised: NonNullable<WeightRows['quantised']> };
  let max = 0;
  for (const v of w.values) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.values.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.values[i]! / scale);
  return { ...w, quantised: { q, scale } };
}

const bytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A fingerprint of what a parser's features read from a full model: its tagger (16-bit weights), tag dictionary,
 *  word clusters, tag classes and labels. */
export function taggerFingerprint(m: ParserModel): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([m.tagClasses, m.labels]));
  for (const w of [m.tagger, m.taggerSecondPass]) {
    if (!w) continue;
    const r = quantised(w);
    for (const a of [r.keys, r.rowStart, r.classes, r.quantised.q]) h.update(bytes(a));
  }
  for (const map of [m.tagDict, m.clusters]) {
    const keys = Int32Array.from([...map.keys()].sort((a, b) => a - b));
    h.update(bytes(keys));
    h.update(bytes(Int32Array.from(keys, (k) => map.get(k)!)));
  }
  return h.digest('hex');
}

/** The run-time tables of a parser's rows (quantised to 16 bits if they are not yet). */
function parserTablesOf(labels: string[], labelDirections: Uint8Array, transitions: WeightRows, labelWeights: WeightRows): ParserTables {
  return {
    labels, labelDirections,
    transitions: quantisedDenseTable(quantised(transitions), false),
    labelWeights: quantisedSparseTable(quantised(labelWeights), false),
  };
}

/** The run-time tables of a trained model, as its file will hold them. */
export function modelTablesOf(m: ParserModel): ModelTables {
  return {
    tagger: {
      tagClasses: m.tagClasses, tagDict: wordTableData(m.tagDict), clusters: wordTableData(m.clusters),
      first: quantisedSparseTable(quantised(m.tagger), false),
      second: m.taggerSecondPass && quantisedSparseTable(quantised(m.taggerSecondPass), false),
      fingerprint: taggerFingerprint(m),
    },
    parser: parserTablesOf(m.labels, m.labelDirections, m.transitions, m.labelWeights),
    provenance: m.provenance,
  };
}

// ---- The file: a magic line, a JSON header, then each table's arrays, each gzipped on its own.

type StoredArray = Uint8Array | Uint16Array | Int32Array | Uint32Array;
const ARRAY_TYPES = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** Where an array is in the file: its type and length, and the length of its gzip stream. */
interface ArrayEntry {
  name: string;
  type: ArrayType;
  length: number;
  gzipped: number;
}

function typeOf(a: StoredArray): ArrayType {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Int32Array) return 'i32';
  return 'u32';
}

function writeArrays(magic: string, header: Record<string, unknown>, arrays: Record<string, StoredArray>): Buffer {
  const entries: ArrayEntry[] = [];
  const streams: Buffer[] = [];
  for (const [name, a] of Object.entries(arrays)) {
    // zlib's default level: level 9 makes the files 0.5 % smaller and takes ten times as long to write.
    const z = gzipSync(bytes(a));
    entries.push({ name, type: typeOf(a), length: a.length, gzipped: z.length });
    streams.push(z);
  }
  const head = Buffer.from(JSON.stringify({ ...header, arrays: entries }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return Buffer.concat([Buffer.from(magic), len, head, ...streams]);
}

/** A file's bytes: all of it in memory, or a file read piece by piece as the pieces are asked for. A piece read is
 *  valid until the next read (a file's pieces share one buffer), which is all a gunzip needs. */
interface ByteSource {
  size: number;
  read(at: number, length: number): Buffer;
}

function bufferSource(file: Buffer): ByteSource {
  return { size: file.length, read: (at, length) => file.subarray(at, at + length) };
}

/** Calls `use` with the bytes of `file` (read from disk, piece by piece, when it is a path). */
function withSource<T>(file: Buffer | string, use: (source: ByteSource) => T): T {
  if (typeof file !== 'string') return use(bufferSource(file));
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    let scratch = Buffer.alloc(0);
    return use({
      size: fstatSync(fd).size,
      read(at, length) {
        if (scratch.length < length) scratch = Buffer.allocUnsafe(length);
        let got = 0;
        while (got < length) {
          const n = readSync(fd, scratch, got, length - got, at + got);
          if (n === 0) break;
          got += n;
        }
        return scratch.subarray(0, got);
      },
    });
  } finally {
    closeSync(fd);
  }
}

/** The whole of a source, for the readers of the older format (one gzip stream). */
const wholeOf = (source: ByteSource): Buffer => Buffer.from(source.read(0, source.size));

const isLegacy = (source: ByteSource): boolean => isLegacyModelFile(source.read(0, 2));

/** A file's header and its arrays, each read and gunzipped when it is asked for (into shared memory when `shared`). */
class StoredArrays {
  readonly header: Record<string, unknown>;
  private readonly entries = new Map<string, ArrayEntry & { at: number }>();

  constructor(private readonly source: ByteSource, magic: string, private readonly what: string) {
    const start = source.read(0, magic.length + 4);
    if (start.length < magic.length + 4 || start.subarray(0, magic.length).toString('latin1') !== magic) {
      throw new Error(`${what}: not a file of format ${JSON.stringify(magic.trim())} (bad magic)`);
    }
    const headLen = start.readUInt32LE(magic.length);
    let at = magic.length + 4 + headLen;
    if (at > source.size) throw new Error(`${what}: ${source.size} bytes, the header alone is ${at} (truncated or corrupt)`);
    try {
      this.header = JSON.parse(source.read(magic.length + 4, headLen).toString()) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`${what}: unreadable header (${(err as Error).message})`);
    }
    for (const e of this.header.arrays as ArrayEntry[]) {
      this.entries.set(e.name, { ...e, at });
      at += e.gzipped;
    }
    if (at !== source.size) throw new Error(`${what}: ${source.size} bytes, the header describes ${at} (truncated or corrupt)`);
  }

  get(name: string, type: 'u8', shared: boolean): Uint8Array;
  get(name: string, type: 'u16', shared: boolean): Uint16Array;
  get(name: string, type: 'i32', shared: boolean): Int32Array;
  get(name: string, type: 'u32', shared: boolean): Uint32Array;
  get(name: string, type: ArrayType, shared: boolean): StoredArray {
    const e = this.entries.get(name);
    if (!e || e.type !== type) throw new Error(`${this.what}: no ${type} array "${name}"`);
    const View = ARRAY_TYPES[type];
    const byteLength = e.length * View.BYTES_PER_ELEMENT;
    let data: Buffer;
    try {
      // One chunk as large as the array (and a little room for the end of the stream): gunzip writes the array
      // into memory of its own, with no chunks to join.
      data = gunzipSync(this.source.read(e.at, e.gzipped), { chunkSize: byteLength + 64 });
    } catch (err) {
      throw new Error(`${this.what}: array "${name}" is corrupt (${(err as Error).message})`);
    }
    if (data.length !== byteLength) throw new Error(`${this.what}: array "${name}" has ${data.length} bytes, want ${byteLength}`);
    if (shared || data.byteOffset % View.BYTES_PER_ELEMENT !== 0) {
      const memory = (shared ? new SharedArrayBuffer(byteLength) : new ArrayBuffer(byteLength)) as ArrayBuffer;
      new Uint8Array(memory).set(data);
      return new View(memory, 0, e.length);
    }
    return new View(data.buffer as ArrayBuffer, data.byteOffset, e.length);
  }
}

/** The mask of a table of 64-byte buckets held in `words` 32-bit words. */
function bucketMask(words: number, what: string): number {
  const buckets = words / 16;
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0) throw new Error(`${what}: ${words} words is not a power of two of buckets`);
  return buckets - 1;
}

interface TableParams {
  nClasses: number;
  scale: number;
}

function sparseArrays(prefix: string, t: QuantisedSparseTable): Record<string, StoredArray> {
  return { [`${prefix}.slots`]: t.slots, [`${prefix}.pairs`]: t.quantisedPairs };
}

function readSparse(r: StoredArrays, prefix: string, p: TableParams, shared: boolean, what: string): QuantisedSparseTable {
  const slots = r.get(`${prefix}.slots`, 'u32', shared);
  const quantisedPairs = r.get(`${prefix}.pairs`, 'i32', shared);
  return { nClasses: p.nClasses, scale: p.scale, mask: bucketMask(slots.length, `${what}, ${prefix}`), slots, quantisedPairs };
}

function readDense(r: StoredArrays, prefix: string, p: TableParams, shared: boolean, what: string): QuantisedDenseTable {
  const words = r.get(`${prefix}.words`, 'u32', shared);
  return { nClasses: p.nClasses, scale: p.scale, mask: bucketMask(words.length, `${what}, ${prefix}`), quantisedWords: words };
}

const params = (t: { nClasses: number; scale: number }): TableParams => ({ nClasses: t.nClasses, scale: t.scale });

function parserArrays(p: ParserTables): Record<string, StoredArray> {
  return { labelDirections: p.labelDirections, 'transitions.words': p.transitions.quantisedWords, ...sparseArrays('labelWeights', p.labelWeights) };
}

interface ParserHeader {
  labels: string[];
  transitions: TableParams;
  labelWeights: TableParams;
}

function readParser(r: StoredArrays, h: ParserHeader, shared: boolean, what: string): ParserTables {
  return {
    labels: h.labels, labelDirections: r.get('labelDirections', 'u8', shared),
    transitions: readDense(r, 'transitions', h.transitions, shared, what),
    labelWeights: readSparse(r, 'labelWeights', h.labelWeights, shared, what),
  };
}

interface ModelHeader extends ParserHeader {
  tagClasses: string[];
  fingerprint: string;
  tagger: TableParams;
  taggerSecondPass: TableParams | null;
  provenance: Record<string, unknown>;
}

/** A full model's file from its tables (modelTablesOf). */
export function encodeModelTables(m: ModelTables): Buffer {
  const t = m.tagger;
  const header: ModelHeader = {
    tagClasses: t.tagClasses, labels: m.parser.labels, fingerprint: t.fingerprint,
    tagger: params(t.first), taggerSecondPass: t.second && params(t.second),
    transitions: params(m.parser.transitions), labelWeights: params(m.parser.labelWeights), provenance: m.provenance,
  };
  return writeArrays(MODEL_MAGIC, header as unknown as Record<string, unknown>, {
    'tagDict.keys': t.tagDict.keys, 'tagDict.values': t.tagDict.values, 'clusters.keys': t.clusters.keys, 'clusters.values': t.clusters.values,
    ...sparseArrays('tagger', t.first), ...(t.second ? sparseArrays('taggerSecondPass', t.second) : {}),
    ...parserArrays(m.parser),
  });
}

/** A trained model's file. */
export function encodeModel(m: ParserModel): Buffer {
  return encodeModelTables(modelTablesOf(m));
}

function readTagger(r: StoredArrays, h: ModelHeader, shared: boolean, what: string): TaggerTables {
  return {
    tagClasses: h.tagClasses, fingerprint: h.fingerprint,
    tagDict: { keys: r.get('tagDict.keys', 'i32', shared), values: r.get('tagDict.values', 'u16', shared) },
    clusters: { keys: r.get('clusters.keys', 'i32', shared), values: r.get('clusters.values', 'u16', shared) },
    first: readSparse(r, 'tagger', h.tagger, shared, what),
    second: h.taggerSecondPass && readSparse(r, 'taggerSecondPass', h.taggerSecondPass, shared, what),
  };
}

/** Every typed array of `m` copied into shared memory. */
function inSharedMemory<T>(m: T): T {
  if (ArrayBuffer.isView(m)) {
    const a = m as unknown as StoredArray;
    const copy = new (a.constructor as new (b: ArrayBufferLike) => StoredArray)(new SharedArrayBuffer(a.byteLength));
    copy.set(a as never);
    return copy as T;
  }
  if (Array.isArray(m) || m === null || typeof m !== 'object') return m;
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, k === 'provenance' ? v : inSharedMemory(v)])) as T;
}

/** A full model's tables from its file, or from the file at a path (which reads only the tables); into shared
 *  memory when `shared`. A file of the older format is read too. */
export function decodeModel(file: Buffer | string, shared = false, what = typeof file === 'string' ? file : 'parser model'): ModelTables {
  return withSource(file, (source) => {
    if (isLegacy(source)) {
      const m = modelTablesOf(decodeLegacyModel(wholeOf(source), what));
      return shared ? inSharedMemory(m) : m;
    }
    const r = new StoredArrays(source, MODEL_MAGIC, what);
    const h = r.header as unknown as ModelHeader;
    return { tagger: readTagger(r, h, shared, what), parser: readParser(r, h, shared, what), provenance: h.provenance };
  });
}

/** Only the tagger's tables of a full model (what a parser weights file is read over): from a path, only they are read. */
export function decodeTagger(file: Buffer | string, what = typeof file === 'string' ? file : 'parser model'): TaggerTables {
  return withSource(file, (source) => {
    if (isLegacy(source)) return modelTablesOf(decodeLegacyModel(wholeOf(source), what)).tagger;
    const r = new StoredArrays(source, MODEL_MAGIC, what);
    return readTagger(r, r.header as unknown as ModelHeader, false, what);
  });
}

/** The parser over a model's tables (their memory is used, not copied: shared memory stays shared). */
export function parserFromTables(t: TaggerTables, p: ParserTables): DependencyParser {
  const tagger = new Tagger(new QuantisedSparseWeights(t.first), t.tagClasses, new WordTable(t.tagDict), new WordTable(t.clusters),
    t.second && new QuantisedSparseWeights(t.second));
  return new DependencyParser(tagger, new QuantisedDenseWeights(p.transitions), new QuantisedSparseWeights(p.labelWeights), p.labels, p.labelDirections);
}

/** The parser of a full model. */
export function parserFromModel(m: ModelTables): DependencyParser {
  return parserFromTables(m.tagger, m.parser);
}

/**
 * A second parser over the tagger of a full model: the transition and label weights of a parser trained with a beam
 * (trainParserBeam) on the same training data and the same jackknifed tagger. Its file holds these weights only
 * (the tagger and the word clusters are a full model's), with the fingerprint of the full model's tagger it was
 * trained beside, so that it is never used over another.
 */
export interface ParserWeightsModel {
  parser: ParserTables;
  /** taggerFingerprint of the full model whose tagger this parser reads. */
  tagger: string;
  /** The beam width the weights were trained for (and `detente parse` uses by default). */
  beam: number;
  /** 'rtl': trained on reversed sentences, to be run through RightToLeftParser (reverse.ts); absent: left to right. */
  direction?: 'rtl';
  provenance: Record<string, unknown>;
}

/** The parser weights of a full model (as decoded from its file) for use over that model's tagger: what
 *  `npm run train:parser -- --beam K` writes, from the full model it trained. */
export function parserWeightsOf(full: ModelTables, beam: number, direction: 'ltr' | 'rtl' = 'ltr'): ParserWeightsModel {
  return { parser: full.parser, tagger: full.tagger.fingerprint, beam, ...(direction === 'rtl' ? { direction } : {}), provenance: full.provenance };
}

interface WeightsHeader extends ParserHeader {
  tagger: string;
  beam: number;
  direction?: 'rtl';
  provenance: Record<string, unknown>;
}

export function encodeParserWeights(m: ParserWeightsModel): Buffer {
  const header: WeightsHeader = {
    labels: m.parser.labels, tagger: m.tagger, beam: m.beam, ...(m.direction ? { direction: m.direction } : {}),
    transitions: params(m.parser.transitions), labelWeights: params(m.parser.labelWeights), provenance: m.provenance,
  };
  return writeArrays(WEIGHTS_MAGIC, header as unknown as Record<string, unknown>, parserArrays(m.parser));
}

/** A parser weights file, or the file at a path (a file of the older format is read too). */
export function decodeParserWeights(file: Buffer | string, what = typeof file === 'string' ? file : 'parser weights'): ParserWeightsModel {
  return withSource(file, (source) => {
    if (isLegacy(source)) {
      const w = decodeLegacyParserWeights(wholeOf(source), what);
      return { parser: parserTablesOf(w.labels, w.labelDirections, w.transitions, w.labelWeights), tagger: w.tagger, beam: w.beam, provenance: w.provenance };
    }
    const r = new StoredArrays(source, WEIGHTS_MAGIC, what);
    const h = r.header as unknown as WeightsHeader;
    return { parser: readParser(r, h, false, what), tagger: h.tagger, beam: h.beam, ...(h.direction ? { direction: h.direction } : {}), provenance: h.provenance };
  });
}

/** A parser with the weights of `w` over the tagger `base` (which must be the one it was trained beside). */
export function parserFromWeights(base: TaggerTables, w: ParserWeightsModel, source = 'the parser weights'): DependencyParser {
  if (base.fingerprint !== w.tagger) {
    throw new Error(`${source} were trained beside another tagger than the model's (retrain them: npm run train:parser -- --beam K)`);
  }
  return parserFromTables(base, w.parser);
}

/** The shipped model: <package root>/models/en-ewt-parser.bin. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser.bin', import.meta.url));

/** Calls `read` on the model file at `path`, or says what to run when there is none. */
export function readModelFile<T>(path: string, what: string, make: string, read: (path: string) => T): T {
  if (!existsSync(path)) throw new Error(`cannot read ${what} ${path}: no such file (run \`${make}\` to make it)`);
  return read(path);
}

const MAKE_MODEL = 'npm run train:parser';

let shared: DependencyParser | null = null;
let sharedModel: SharedParserModel | null = null;

/** The parser of the shipped model, loaded once per process (or the one a worker thread was given: useSharedParser). */
export function loadParser(path = DEFAULT_MODEL_PATH): DependencyParser {
  if (path === DEFAULT_MODEL_PATH && shared) return shared;
  const parser = parserFromModel(readModelFile(path, 'the parser model', MAKE_MODEL, (p) => decodeModel(p)));
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
  const w = readModelFile(path, 'the beam parser\'s weights', 'npm run train:parser -- --beam 8', (p) => decodeParserWeights(p));
  const tagger = readModelFile(basePath, 'the parser model', MAKE_MODEL, (p) => decodeTagger(p));
  return { parser: parserFromWeights(tagger, w, path), beam: w.beam };
}

/** The right-to-left parser's weights (see RightToLeftParser): <package root>/models/en-ewt-parser-rtl.bin. */
export const RTL_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser-rtl.bin', import.meta.url));

/** The right-to-left beam parser's weights (`npm run train:parser -- --direction rtl --beam 4`):
 *  <package root>/models/en-ewt-parser-rtl-beam.bin. */
export const RTL_BEAM_MODEL_PATH = fileURLToPath(new URL('../../../models/en-ewt-parser-rtl-beam.bin', import.meta.url));

/** The shipped model's tables in shared memory, loaded once per process: for handing to worker threads. */
export function loadSharedParserModel(): SharedParserModel {
  return (sharedModel ??= readModelFile(DEFAULT_MODEL_PATH, 'the parser model', MAKE_MODEL, (p) => decodeModel(p, true)));
}

/** In a worker thread: parse the shipped model's sentences with the tables another thread loaded (loadParser then
 *  returns this parser). */
export function useSharedParser(s: SharedParserModel): void {
  shared = parserFromModel(s);
}
