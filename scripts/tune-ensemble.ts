// `node --import tsx scripts/tune-ensemble.ts`: the reparsing ensemble's members alone and together on EWT dev
// (never test or PUD: they are reported once, by `npm run eval:parser`), for choosing its members and weights. Each
// member parses dev once with the shared tags; every weighting is then a reparse of those parses.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/text/parser/conllu.js';
import { type EnsembleMember, loadEnsembleParser, reparse } from '../src/text/parser/ensemble.js';
import { DEFAULT_MODEL_PATH, decodeModel, decodeParserWeights, parserFromWeights } from '../src/text/parser/model-file.js';
import { RightToLeftParser } from '../src/text/parser/reverse.js';
import type { Parse } from '../src/text/parser/parser.js';
import { wordAtoms } from '../src/text/parser/tagger.js';
import { scoreParses } from '../src/text/parser/train.js';
import { udPath } from '../src/text/parser/treebanks.js';

const { values: opt } = parseArgs({ options: { ud: { type: 'string' }, set: { type: 'string', default: 'en_ewt-ud-dev.conllu' }, weights: { type: 'string' }, rtl: { type: 'string' }, 'rtl-beam': { type: 'string' }, extra: { type: 'string', multiple: true }, 'heaviest-label': { type: 'boolean', default: false } } });
if (/test/.test(opt.set!)) throw new Error('tune on dev only: test sets are scored once, by npm run eval:parser');
const sentences = parseConllu(readFileSync(udPath(opt.set!, opt.ud), 'utf8')).sentences;
// --rtl FILE, --rtl-beam FILE: another right-to-left (beam) parser's weights (a training run's --out) in place of the
// shipped one.
const ensemble = loadEnsembleParser({ rtl: opt.rtl, rtlBeam: opt['rtl-beam'] });
// --extra FILE[@WIDTH] (repeatable): more members, each a parser weights file (a training run's --out) over the shipped
// tagger, parsing at WIDTH (default: the width it was trained at); weighted by the 5th, 6th, ... number of --weights.
const full = decodeModel(DEFAULT_MODEL_PATH);
const members: EnsembleMember[] = [...ensemble.members];
for (const spec of opt.extra ?? []) {
  const [path, width] = spec.split('@') as [string, string | undefined];
  const w = decodeParserWeights(path);
  const inner = parserFromWeights(full.tagger, w, path);
  members.push({ name: `${w.direction === 'rtl' ? 'rtl-' : ''}beam${w.beam}@${width ?? w.beam}`, parser: w.direction === 'rtl' ? new RightToLeftParser(inner) : inner, width: width ? Number(width) : w.beam, weight: 0 });
}
const parses: Parse[][] = members.map(() => []);
// CPU time (user + system) of each member's parsing, from the shared tags (tagging not included).
const cpu = members.map(() => 0);
for (const s of sentences) {
  const forms = s.words.map((w) => w.form);
  const atoms = wordAtoms(forms, ensemble.tagger.clusters);
  const tags = ensemble.tagger.tag(atoms);
  members.forEach((m, k) => {
    const t = process.cpuUsage();
    parses[k]!.push(m.parser.parseTagged(forms, atoms, tags, m.width));
    const u = process.cpuUsage(t);
    cpu[k] += (u.user + u.system) / 1e6;
  });
}
const pct = (x: number) => (100 * x).toFixed(2);
const row = (name: string, p: Parse[], note = '') => {
  const sc = scoreParses(sentences, p);
  console.log(`${name.padEnd(40)} UAS ${pct(sc.uas)}  LAS ${pct(sc.las)}${note ? `  (${note})` : ''}`);
};
for (const [k, m] of members.entries()) row(`${m.name} alone (width ${m.width})`, parses[k]!, `parsing ${cpu[k]!.toFixed(2)} s CPU`);

// How often the members agree, and how often at least one is right (the ceiling of any vote).
let words = 0, allAgree = 0, anyRight = 0;
sentences.forEach((s, i) => s.words.forEach((w, d) => {
  words++;
  const heads = parses.map((p) => p[i]!.head[d]! + 1);
  if (heads.every((h) => h === heads[0])) allAgree++;
  if (heads.includes(w.head)) anyRight++;
}));
console.log(`all members agree on ${pct(allAgree / words)} % of heads; at least one is right on ${pct(anyRight / words)} %`);

// --weights 'g,b,r,rb;g,b,r,rb': other weightings (greedy, beam, right-to-left, right-to-left beam, then the --extra
// members; 0 or nothing leaves a member out).
const weightings: number[][] = opt.weights ? opt.weights.split(';').map((w) => w.split(',').map(Number)) : [
  [1.25, 1.5, 1, 1], [1.25, 1.5, 1, 0], [1, 1, 1, 1], [1.5, 1.75, 1, 1], [1.25, 1.75, 1, 1], [1.25, 1.5, 1, 0.75],
  [1.25, 1.5, 1.25, 1], [1.5, 1.5, 1, 1], [1.25, 1.25, 1, 1], [1.25, 1.5, 0.75, 0.75], [1, 1.25, 0.75, 0.75],
  [1.25, 1.5, 0, 1], [1, 1.5, 0, 1.25],
];
for (const w of weightings) {
  const used = members.map((m, k) => ({ m, k, weight: w[k] ?? 0 })).filter((x) => x.weight > 0);
  const reparsed = sentences.map((_, i) => reparse(used.map((x) => ({ parse: parses[x.k]![i]!, weight: x.weight }))));
  row(`ensemble ${used.map((x) => `${x.m.name} ${x.weight}`).join(', ')}`, reparsed);
  if (opt['heaviest-label']) row(`  ... each arc the heaviest proposer's label`, sentences.map((_, i) => reparse(used.map((x) => ({ parse: parses[x.k]![i]!, weight: x.weight })), 'heaviest')));
}
