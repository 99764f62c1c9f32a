// `node --import tsx scripts/upgrade-parser-models.ts [MODEL [BEAM_WEIGHTS]]`: rewrites a parser model and a beam
// parser's weights file (by default the shipped ones, in place) in the current file format, from the weights they
// hold: no retraining, the same weights, tag dictionary, clusters and provenance, so the same parses. A file already
// in the current format is written again unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  BEAM_MODEL_PATH, DEFAULT_MODEL_PATH, decodeModel, decodeParserWeights, encodeModelTables, encodeParserWeights,
} from '../src/text/parser/model-file.js';

const [modelPath = DEFAULT_MODEL_PATH, beamPath = BEAM_MODEL_PATH] = process.argv.slice(2);
const size = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

const modelFile = readFileSync(modelPath);
const model = encodeModelTables(decodeModel(modelFile, false, modelPath));
writeFileSync(modelPath, model);
console.log(`${modelPath}: ${size(modelFile.length)} → ${size(model.length)}`);

const beamFile = readFileSync(beamPath);
const weights = decodeParserWeights(beamFile, beamPath);
// The weights must still be read over the model just written (the same tagger, so the same fingerprint).
if (weights.tagger !== decodeModel(model).tagger.fingerprint) throw new Error(`${beamPath} was trained beside another tagger than ${modelPath}'s`);
const beam = encodeParserWeights(weights);
writeFileSync(beamPath, beam);
console.log(`${beamPath}: ${size(beamFile.length)} → ${size(beam.length)}`);
