// `npm run eval:parser`: the shipped parser on UD English-EWT test and PUD, from gold tokens with its own tags:
// UAS and LAS (punctuation included; LAS on the universal part of the label, as in the CoNLL 2018 shared task),
// tagging accuracy, and parsing speed beside wink-nlp's bare tokenize-and-tag rate on the same sentences.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseConllu } from '../src/text/parser/conllu.js';
import { DEFAULT_MODEL_PATH, loadParser } from '../src/text/parser/model-file.js';
import { parseAll, scoreParses } from '../src/text/parser/train.js';
import { udPath } from '../src/text/parser/treebanks.js';

const { values: opt } = parseArgs({ options: { ud: { type: 'string' }, model: { type: 'string', default: DEFAULT_MODEL_PATH }, sets: { type: 'string', default: 'en_ewt-ud-test.conllu,en_pud-ud-test.conllu' } } });

let udFiles: string[];
try {
  udFiles = opt.sets!.split(',').map((f) => udPath(f, opt.ud));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}

const t0 = performance.now();
const parser = loadParser(opt.model);
const loadMs = performance.now() - t0;
console.log(`model ${opt.model}: loaded in ${loadMs.toFixed(0)} ms`);
console.log('');
console.log('set                      sentences   words    UAS     LAS     UPOS    XPOS');
const allSentences: string[][] = [];
const allTexts: string[] = [];
for (const file of udFiles) {
  const { sentences, errors } = parseConllu(readFileSync(file, 'utf8'));
  if (errors.length) process.stderr.write(`${file}: ${errors.length} malformed sentences skipped\n`);
  const s = scoreParses(sentences, parseAll(parser, sentences));
  const name = file.split('/').pop()!.replace('.conllu', '');
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  console.log(`${name.padEnd(24)} ${String(s.sentences).padStart(9)} ${String(s.words).padStart(7)}  ${pct(s.uas)}  ${pct(s.las)}  ${pct(s.upos)}  ${pct(s.xpos)}`);
  for (const sent of sentences) {
    allSentences.push(sent.words.map((w) => w.form));
    const text = sent.other.find((o) => o.line.startsWith('# text = '))?.line.slice(9);
    allTexts.push(text ?? sent.words.map((w) => w.form).join(' '));
  }
}

// Speed, on the sentences of all the sets above, three rounds each, best round reported (the machine is shared).
const words = allSentences.reduce((n, s) => n + s.length, 0);
const rounds = 3;
let parseBest = Infinity;
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (const s of allSentences) parser.parse(s);
  parseBest = Math.min(parseBest, performance.now() - t);
}
const nlp = winkNLP(model, ['sbd', 'pos']);
let winkBest = Infinity;
let winkTokens = 0;
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  winkTokens = 0;
  for (const text of allTexts) winkTokens += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
  winkBest = Math.min(winkBest, performance.now() - t);
}
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
console.log('');
console.log(`speed (one thread, best of ${rounds} rounds over ${allSentences.length} sentences):`);
console.log(`  detente tag + parse (gold tokens):  ${rate(words, parseBest).padStart(9)} words/s  ${rate(allSentences.length, parseBest).padStart(7)} sentences/s`);
console.log(`  wink-nlp tokenize + tag (raw text): ${rate(winkTokens, winkBest).padStart(9)} tokens/s ${rate(allTexts.length, winkBest).padStart(7)} sentences/s`);
console.log(`  ratio (detente words/s ÷ wink tokens/s): ${((words / parseBest) / (winkTokens / winkBest)).toFixed(2)}`);
