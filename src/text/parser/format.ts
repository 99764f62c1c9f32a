// Parses as people and scorers read them: CoNLL-U lines, and an indented tree.
import type { ConlluSentence, ConlluWord } from './conllu.js';
import type { Parse } from './parser.js';

/** Writes a parse over the words of an input sentence: its own UPOS, XPOS, HEAD and DEPREL; FORM, LEMMA, MISC, comments
 *  and multiword-token ranges as they were; FEATS and DEPS emptied (they belong to the input's annotation). */
export function withParse(sentence: ConlluSentence, parse: Parse): ConlluSentence {
  const words: ConlluWord[] = sentence.words.map((w, i) => ({
    ...w, upos: parse.upos[i]!, xpos: parse.xpos[i]!, feats: '_', head: parse.head[i]! + 1, deprel: parse.deprel[i]!, deps: '_',
  }));
  return { ...sentence, words };
}

/** A new CoNLL-U sentence from a parse of running text. `spaceAfter[i]` is false where no space followed word i. */
export function conlluOfParse(parse: Parse, opts: { id: string; text: string; lemmas?: readonly string[]; spaceAfter?: readonly boolean[] }): ConlluSentence {
  const words: ConlluWord[] = parse.forms.map((form, i) => ({
    id: i + 1, form, lemma: opts.lemmas?.[i] ?? '_', upos: parse.upos[i]!, xpos: parse.xpos[i]!, feats: '_',
    head: parse.head[i]! + 1, deprel: parse.deprel[i]!, deps: '_', misc: opts.spaceAfter && !opts.spaceAfter[i] ? 'SpaceAfter=No' : '_',
  }));
  return {
    words,
    other: [{ kind: 'comment', line: `# sent_id = ${opts.id}` }, { kind: 'comment', line: `# text = ${opts.text.replace(/\s+/g, ' ')}` }],
    line: 0,
  };
}

/**
 * An indented tree, root first, each dependent under its head in sentence order:
 *   said VERB root
 *   ├── Lavrov PROPN nsubj
 *   └── unlawful ADJ ccomp
 */
export function formatTree(parse: Parse): string {
  const n = parse.forms.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = parse.head[i]!;
    if (h < 0) roots.push(i);
    else children[h]!.push(i);
  }
  const lines: string[] = [];
  const label = (i: number) => `${parse.forms[i]} ${parse.upos[i]} ${parse.deprel[i]}`;
  const walk = (i: number, prefix: string, last: boolean, top: boolean) => {
    lines.push(top ? label(i) : `${prefix}${last ? '└── ' : '├── '}${label(i)}`);
    const kids = children[i]!;
    const next = top ? '' : prefix + (last ? '    ' : '│   ');
    kids.forEach((k, j) => walk(k, next, j === kids.length - 1, false));
  };
  for (const r of roots) walk(r, '', true, true);
  return lines.join('\n') + '\n';
}
