// An article's news sentences as the coder reads them, and a compact form of them for handing them to another thread.
// `detente code` reads sentences (wink-nlp's tokens, tags and lemmas) on its main thread, which has a core to spare
// while the coder thread codes, and hands them over with the articles: the coder thread, the one that bounds the
// run, then starts at the dictionaries (docs/coder.md, "Twenty-second round").
import { newsSegments } from './article.js';
import { analyze, interned, type Sentence, type Token } from './nlp.js';

/** The sentences of an article's news text (see newsSegments), tokenized and tagged. */
export function articleSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const seg of newsSegments(text)) for (const s of analyze(seg.text)) sentences.push(s);
  return sentences;
}

/** Integers per token in PackedSentences.tokens: its text, norm, lemma and tag (indexes into `words`), start, end. */
const PER_TOKEN = 6;

/**
 * The sentences of a batch of articles as integer arrays and one table of the distinct strings they use: a message
 * of a few arrays, cheap to copy to a thread, where a clone of the sentences themselves would copy every token
 * object and every string.
 */
export interface PackedSentences {
  /** Distinct strings of the batch's tokens (texts, norms, lemmas, tags). */
  words: string[];
  /** Why reading an article failed, by article; null when it did not (see `sentences`). */
  errors: Array<string | null>;
  /** Sentences of each article (0 when reading it failed). */
  sentences: Int32Array;
  /** Each sentence's text, in order. */
  texts: string[];
  /** Each sentence's offset (Sentence.start) and its number of tokens, side by side. */
  shapes: Int32Array;
  /** PER_TOKEN integers a token, in order. */
  tokens: Int32Array;
}

/** Packs what reading a batch gave (sentences, or the error reading an article met); `transfer` lists the buffers a
 *  postMessage may move rather than copy. */
export function packSentences(read: ReadonlyArray<Sentence[] | Error>): { packed: PackedSentences; transfer: ArrayBuffer[] } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const id = (w: string): number => {
    let k = ids.get(w);
    if (k === undefined) {
      k = words.length;
      ids.set(w, k);
      words.push(w);
    }
    return k;
  };
  let nSentences = 0, nTokens = 0;
  for (const r of read) {
    if (r instanceof Error) continue;
    nSentences += r.length;
    for (const s of r) nTokens += s.tokens.length;
  }
  const errors: Array<string | null> = [];
  const sentences = new Int32Array(read.length);
  const texts: string[] = [];
  const shapes = new Int32Array(2 * nSentences);
  const tokens = new Int32Array(PER_TOKEN * nTokens);
  let si = 0, ti = 0;
  read.forEach((r, a) => {
    if (r instanceof Error) {
      errors.push(r.message);
      return;
    }
    errors.push(null);
    sentences[a] = r.length;
    for (const s of r) {
      texts.push(s.text);
      shapes[si++] = s.start;
      shapes[si++] = s.tokens.length;
      for (const t of s.tokens) {
        tokens[ti++] = id(t.text);
        tokens[ti++] = id(t.norm);
        tokens[ti++] = id(t.lemma);
        tokens[ti++] = id(t.pos);
        tokens[ti++] = t.start;
        tokens[ti++] = t.end;
      }
    }
  });
  return { packed: { words, errors, sentences, texts, shapes, tokens }, transfer: [shapes.buffer as ArrayBuffer, tokens.buffer as ArrayBuffer] };
}

/**
 * The sentences packSentences packed, article by article (an Error where reading the article failed). Each distinct
 * string is internalised once (see `interned`): strings that come through a message are plain copies, and the coder's
 * optimised code compares token forms as internalised strings.
 */
export function unpackSentences(p: PackedSentences): Array<Sentence[] | Error> {
  const words: string[] = [];
  for (const w of p.words) words.push(interned(w));
  const out: Array<Sentence[] | Error> = [];
  let si = 0, ti = 0, text = 0;
  for (let a = 0; a < p.errors.length; a++) {
    const error = p.errors[a];
    if (error !== null && error !== undefined) {
      out.push(new Error(error));
      continue;
    }
    const sentences: Sentence[] = [];
    for (let k = p.sentences[a]!; k > 0; k--) {
      const start = p.shapes[si++]!;
      const n = p.shapes[si++]!;
      const tokens: Token[] = [];
      for (let j = 0; j < n; j++, ti += PER_TOKEN) {
        tokens.push({
          text: words[p.tokens[ti]!]!,
          norm: words[p.tokens[ti + 1]!]!,
          lemma: words[p.tokens[ti + 2]!]!,
          pos: words[p.tokens[ti + 3]!]!,
          start: p.tokens[ti + 4]!,
          end: p.tokens[ti + 5]!,
        });
      }
      sentences.push({ text: p.texts[text++]!, start, tokens });
    }
    out.push(sentences);
  }
  return out;
}

/** Reads the sentences of a batch of articles' texts and packs them (see packSentences); an article whose reading
 *  fails is packed as its error, the others as they are. */
export function readAndPack(texts: readonly string[]): { packed: PackedSentences; transfer: ArrayBuffer[] } {
  return packSentences(texts.map((text) => {
    try {
      return articleSentences(text);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }));
}
