// Loops for the coder's hot paths, in place of chains of array builtins (`.map(...).filter(...)`,
// `.slice(...).map(...).join(...)`): why, in src/arrays.ts.
import type { Token } from '../text/nlp.js';
import type { Phrase } from './mentions.js';

/** `toks.slice(start, end).map((t) => t[key]).join(sep)`, without the intermediate arrays. */
export function joinTokens(toks: readonly Token[], start: number, end: number, key: 'text' | 'norm', sep = ' '): string {
  const n = toks.length;
  let from = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
  const to = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
  let out = '';
  for (let k = from; k < to; k++) {
    if (k > from) out += sep;
    out += toks[k]![key];
  }
  return out;
}

/** `heads.map((h) => phraseAt[h]).filter(keep)`: the phrases at these tokens that are kept. */
export function phrasesAt(heads: readonly number[], phraseAt: ReadonlyArray<Phrase | null>, keep: (ph: Phrase) => boolean): Phrase[] {
  const out: Phrase[] = [];
  for (const h of heads) {
    const ph = phraseAt[h];
    if (ph && keep(ph)) out.push(ph);
  }
  return out;
}
