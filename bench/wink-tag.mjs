// wink-nlp alone, as a whole process: sentence splitting, tokenizing and tagging a text file, in the pieces
// `detente parse` hands it. Prints the number of tokens. The baseline of the parser's speed benchmark.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const text = readFileSync(process.argv[2], 'utf8');
let tokens = 0;
for (let at = 0; at < text.length;) {
  let end = Math.min(text.length, at + 50_000);
  if (end < text.length) end = text.lastIndexOf('\n', end) + 1 || end;
  tokens += nlp.readDoc(text.slice(at, end)).tokens().out(nlp.its.pos).length;
  at = end;
}
process.stdout.write(`${tokens}\n`);
