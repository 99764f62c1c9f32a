// `npm run eval:parser`: the shipped parser on UD English-EWT test and PUD, from gold tokens with its own tags:
// UAS and LAS (punctuation included; LAS on the universal part of the label, as in the CoNLL 2018 shared task),
// tagging accuracy, and parsing speed beside wink-nlp's bare tokenize-and-tag rate on the same sentences; for the
// greedy parser the event coder uses, for the beam-trained parser, for the right-to-left parsers (greedy and beam) and
// for the ensemble of the four that `detente parse` uses.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseConllu } from '../src/text/parser/conllu.js';
import { BEAM_MODEL_PATH, DEFAULT_MODEL_PATH, RTL_BEAM_MODEL_PATH, RTL_MODEL_PATH, loadBeamParser, loadParser } from '../src/text/parser/model-file.js';
import { loadEnsembleParser } from '../src/text/parser/ensemble.js';
import type { SentenceParser } from '../src/text/parser/reverse.js';
import { parseAll, scoreParses } from '../src/text/parser/train.js';
import { udPath } from '../src/text/parser/treebanks.js';

const { values: opt } = parseArgs({
  options: {
    ud: { type: 'string' },
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    'beam-model': { type: 'string', default: BEAM_MODEL_PATH },
    'rtl-model': { type: 'string', default: RTL_MODEL_PATH },
    'rtl-beam-model': { type: 'string', default: RTL_BEAM_MODEL_PATH },
    beam: { type: 'string' },
    sets: { type: 'string', default: 'en_ewt-ud-test.conllu,en_pud-ud-test.conllu' },
  },
});

let udFiles: string[];
try {
  udFiles = opt.sets!.split(',').map((f) => udPath(f, opt.ud));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}

// The parsers measured: greedy (the shipped model at width 1, what the event coder uses) and, when its weights are
// there, the beam-trained parser at its width (or --beam K).
interface Measured { name: string; parser: SentenceParser; width: number; loadMs: number }
const measured: Measured[] = [];
let t0 = performance.now();
measured.push({ name: 'greedy (width 1)', parser: loadParser(opt.model), width: 1, loadMs: performance.now() - t0 });
if (existsSync(opt['beam-model']!)) {
  t0 = performance.now();
  const { parser, beam } = loadBeamParser(opt['beam-model'], opt.model);
  const width = opt.beam ? Number(opt.beam) : beam;
  measured.push({ name: `beam (width ${width})`, parser, width, loadMs: performance.now() - t0 });
} else console.log(`no beam parser (${opt['beam-model']}): greedy only`);
// The reparsing ensemble of the greedy, beam, right-to-left and right-to-left beam parsers (ensemble.ts), when all four
// are there; its load time is that of all four (one tagger).
if ([opt['beam-model']!, opt['rtl-model']!, opt['rtl-beam-model']!].every((p) => existsSync(p))) {
  t0 = performance.now();
  const parser = loadEnsembleParser({ model: opt.model, beam: opt['beam-model'], rtl: opt['rtl-model'], rtlBeam: opt['rtl-beam-model'] });
  measured.push({ name: 'ensemble', parser, width: 1, loadMs: performance.now() - t0 });
  // The right-to-left parsers alone (members of the ensemble), for their own figures.
  for (const name of ['rtl', 'rtl-beam']) {
    const m = parser.members.find((x) => x.name === name)!;
    measured.push({ name: `${name} (width ${m.width})`, parser: m.parser, width: m.width, loadMs: NaN });
  }
}
for (const m of measured) if (!Number.isNaN(m.loadMs)) console.log(`${m.name}: loaded in ${m.loadMs.toFixed(0)} ms`);
console.log('');
console.log('parser             set                      sentences   words    UAS     LAS     UPOS    XPOS');
const allSentences: string[][] = [];
const allTexts: string[] = [];
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
for (const file of udFiles) {
  const { sentences, errors } = parseConllu(readFileSync(file, 'utf8'));
  if (errors.length) process.stderr.write(`${file}: ${errors.length} malformed sentences skipped\n`);
  const name = file.split('/').pop()!.replace('.conllu', '');
  for (const m of measured) {
    const s = scoreParses(sentences, parseAll(m.parser, sentences, m.width));
    console.log(`${m.name.padEnd(18)} ${name.padEnd(24)} ${String(s.sentences).padStart(9)} ${String(s.words).padStart(7)}  ${pct(s.uas)}  ${pct(s.las)}  ${pct(s.upos)}  ${pct(s.xpos)}`);
  }
  for (const sent of sentences) {
    allSentences.push(sent.words.map((w) => w.form));
    const text = sent.other.find((o) => o.line.startsWith('# text = '))?.line.slice(9);
    allTexts.push(text ?? sent.words.map((w) => w.form).join(' '));
  }
}

// Speed, on the sentences of all the sets above, three rounds each, best round reported (the machine is shared).
const words = allSentences.reduce((n, s) => n + s.length, 0);
const rounds = 3;
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const nlp = winkNLP(model, ['sbd', 'pos']);
let winkBest = Infinity;
let winkTokens = 0;
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  winkTokens = 0;
  for (const text of allTexts) winkTokens += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
  winkBest = Math.min(winkBest, performance.now() - t);
}
console.log('');
console.log(`speed (one thread, best of ${rounds} rounds over ${allSentences.length} sentences):`);
for (const m of measured) {
  let best = Infinity;
  // CPU time (user + system) of the same rounds: steadier than wall-clock on a shared machine.
  let bestCpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const s of allSentences) m.parser.parse(s, m.width);
    best = Math.min(best, performance.now() - t);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  console.log(`  detente tag + parse, ${m.name.padEnd(18)} (gold tokens): ${rate(words, best).padStart(9)} words/s  ${rate(allSentences.length, best).padStart(7)} sentences/s  ratio to wink-nlp ${((words / best) / (winkTokens / winkBest)).toFixed(2)}  (CPU: ${rate(words, bestCpu)} words/s)`);
}
console.log(`  wink-nlp tokenize + tag (raw text): ${rate(winkTokens, winkBest).padStart(9)} tokens/s ${rate(allTexts.length, winkBest).padStart(7)} sentences/s`);
