// `node --import tsx scripts/tune-ensemble.ts`: the reparsing ensemble's members alone and together on EWT dev
// (never test or PUD: they are reported once, by `npm run eval:parser`), for choosing its members and weights. Each
// member parses dev once with the shared tags; every weighting is then a reparse of those parses.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/text/parser/conllu.js';
import { loadEnsembleParser, reparse } from '../src/text/parser/ensemble.js';
import type { Parse } from '../src/text/parser/parser.js';
import { wordAtoms } from '../src/text/parser/tagger.js';
import { scoreParses } from '../src/text/parser/train.js';
import { udPath } from '../src/text/parser/treebanks.js';

const { values: opt } = parseArgs({ options: { ud: { type: 'string' }, set: { type: 'string', default: 'en_ewt-ud-dev.conllu' }, weights: { type: 'string' }, rtl: { type: 'string' } } });
if (/test/.test(opt.set!)) throw new Error('tune on dev only: test sets are scored once, by npm run eval:parser');
const sentences = parseConllu(readFileSync(udPath(opt.set!, opt.ud), 'utf8')).sentences;
// --rtl FILE: another right-to-left parser's weights (a training run's --out) in place of the shipped one.
const ensemble = loadEnsembleParser({ rtl: opt.rtl });
const members = ensemble.members;
const parses: Parse[][] = members.map(() => []);
for (const s of sentences) {
  const forms = s.words.map((w) => w.form);
  const atoms = wordAtoms(forms, ensemble.tagger.clusters);
  const tags = ensemble.tagger.tag(atoms);
  members.forEach((m, k) => parses[k]!.push(m.parser.parseTagged(forms, atoms, tags, m.width)));
}
const pct = (x: number) => (100 * x).toFixed(2);
const row = (name: string, p: Parse[]) => {
  const sc = scoreParses(sentences, p);
  console.log(`${name.padEnd(40)} UAS ${pct(sc.uas)}  LAS ${pct(sc.las)}`);
};
for (const [k, m] of members.entries()) row(`${m.name} alone (width ${m.width})`, parses[k]!);

// How often the members agree, and how often at least one is right (the ceiling of any vote).
let words = 0, allAgree = 0, anyRight = 0;
sentences.forEach((s, i) => s.words.forEach((w, d) => {
  words++;
  const heads = parses.map((p) => p[i]!.head[d]! + 1);
  if (heads.every((h) => h === heads[0])) allAgree++;
  if (heads.includes(w.head)) anyRight++;
}));
console.log(`all members agree on ${pct(allAgree / words)} % of heads; at least one is right on ${pct(anyRight / words)} %`);

// --weights 'g,b,r;g,b,r': other weightings (greedy, beam, right-to-left; 0 leaves a member out).
const weightings: number[][] = opt.weights ? opt.weights.split(';').map((w) => w.split(',').map(Number)) : [
  [1, 1, 1], [1, 1.5, 1], [1, 2, 1], [1, 1.5, 1.25], [1, 1.25, 1], [0.75, 1.5, 1], [1, 1.5, 0.75], [1.25, 1.5, 1], [1, 1.75, 1.25],
  [1, 1, 0], [1, 1.5, 0], [0, 1, 1], [0, 1.5, 1], [1, 0, 1],
];
for (const w of weightings) {
  const used = members.map((m, k) => ({ m, k, weight: w[k]! })).filter((x) => x.weight > 0);
  const reparsed = sentences.map((_, i) => reparse(used.map((x) => ({ parse: parses[x.k]![i]!, weight: x.weight }))));
  row(`ensemble ${used.map((x) => `${x.m.name} ${x.weight}`).join(', ')}`, reparsed);
}
