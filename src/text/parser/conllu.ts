// CoNLL-U: the Universal Dependencies file format (https://universaldependencies.org/format.html).
// Reading keeps what a scorer needs to compare a parse with the input: comments, multiword-token ranges ("don't" →
// "do" + "n't"), and the syntactic words with their columns. Empty nodes (ids such as 8.1, used by enhanced
// dependencies) are kept as lines but are not words: basic trees never attach to them.

/** One syntactic word (a line whose ID is an integer). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root; -1 when the input leaves it unspecified ("_"). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line of a sentence block that is not a word: a comment, a multiword-token range or an empty node. */
export interface ConlluOther {
  kind: 'comment' | 'range' | 'empty';
  /** The line as read, kept for writing it back unchanged. */
  line: string;
  /** For a range: the id of the word it stands before. */
  before?: number;
}

export interface ConlluSentence {
  words: ConlluWord[];
  other: ConlluOther[];
  /** Line number (1-based) of the sentence's first line in its file. */
  line: number;
}

export interface ConlluError {
  line: number;
  message: string;
}

/**
 * Parses CoNLL-U text. A malformed sentence is reported with its line number and skipped; the well-formed
 * sentences around it are returned.
 */
export function parseConllu(text: string): { sentences: ConlluSentence[]; errors: ConlluError[] } {
  const sentences: ConlluSentence[] = [];
  const errors: ConlluError[] = [];
  const lines = text.split(/\r?\n/);
  let block: { line: number; rows: { n: number; text: string }[] } | null = null;
  const flush = () => {
    if (!block) return;
    const result = parseBlock(block.rows);
    if ('error' in result) errors.push(result.error);
    else if (result.words.length) sentences.push({ ...result, line: block.line });
    block = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    block ??= { line: i + 1, rows: [] };
    block.rows.push({ n: i + 1, text: raw });
  }
  flush();
  return { sentences, errors };
}

function parseBlock(rows: { n: number; text: string }[]): { words: ConlluWord[]; other: ConlluOther[] } | { error: ConlluError } {
  const words: ConlluWord[] = [];
  const other: ConlluOther[] = [];
  for (const { n, text } of rows) {
    if (text.startsWith('#')) {
      other.push({ kind: 'comment', line: text });
      continue;
    }
    const cols = text.split('\t');
    if (cols.length !== 10) {
      return { error: { line: n, message: `expected 10 tab-separated columns, found ${cols.length}` } };
    }
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id)) {
      const [a, b] = id.split('-').map(Number) as [number, number];
      if (b < a) return { error: { line: n, message: `bad multiword-token range "${id}"` } };
      other.push({ kind: 'range', line: text, before: a });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      other.push({ kind: 'empty', line: text, before: Math.floor(Number(id)) + 1 });
      continue;
    }
    if (!/^\d+$/.test(id)) return { error: { line: n, message: `bad word id "${id}"` } };
    const wordId = Number(id);
    if (wordId !== words.length + 1) {
      return { error: { line: n, message: `word id ${wordId} out of sequence (expected ${words.length + 1})` } };
    }
    const form = cols[1]!;
    if (form === '') return { error: { line: n, message: 'empty FORM' } };
    const headCol = cols[6]!;
    let head = -1;
    if (headCol !== '_') {
      if (!/^\d+$/.test(headCol)) return { error: { line: n, message: `bad HEAD "${headCol}"` } };
      head = Number(headCol);
    }
    words.push({
      id: wordId, form, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!,
      head, deprel: cols[7]!, deps: cols[8]!, misc: cols[9]!,
    });
  }
  for (const w of words) {
    if (w.head > words.length) {
      return { error: { line: rows.find((r) => r.text.startsWith(`${w.id}\t`))?.n ?? rows[0]!.n, message: `HEAD ${w.head} is not a word of the sentence` } };
    }
  }
  return { words, other };
}

/** Writes a sentence back as CoNLL-U, comments and multiword-token ranges in their places. */
export function formatConllu(sentence: ConlluSentence): string {
  const out: string[] = [];
  for (const o of sentence.other) if (o.kind === 'comment') out.push(o.line);
  const before = new Map<number, string[]>();
  for (const o of sentence.other) {
    if (o.kind === 'comment') continue;
    const list = before.get(o.before!) ?? [];
    list.push(o.line);
    before.set(o.before!, list);
  }
  for (const w of sentence.words) {
    for (const line of before.get(w.id) ?? []) out.push(line);
    out.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
  }
  for (const line of before.get(sentence.words.length + 1) ?? []) out.push(line);
  return out.join('\n') + '\n\n';
}
