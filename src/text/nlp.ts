// Sentences, tokens, part-of-speech tags and lemmas: a thin typed wrapper around wink-nlp.
import { mapped } from '../arrays.js';
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';
import { readCache, writeCache } from '../dictionaries/cache.js';
import { loadParser } from './parser/model-file.js';
import type { Parse } from './parser/parser.js';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, accents stripped: what dictionaries match against. */
  norm: string;
  /** Lower-cased lemma (base form). */
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP, ...). */
  pos: string;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in the analysed text. */
  start: number;
  tokens: Token[];
}

const require = createRequire(import.meta.url);

/**
 * wink-nlp with its English model, loaded on first use: a coder thread handed the sentences it codes (see
 * text/sentences.ts) needs it only for a dictionary phrase its cache lacks, and does not pay for loading it.
 * Only sentence boundaries and part-of-speech tags: detente's own dictionaries do entity recognition.
 * (wink-nlp's typings do not accept its.lemma in out(); its functions are typed loosely here.)
 */
let winkReader: { nlp: ReturnType<typeof WinkNLP>; its: Record<string, any> } | null = null;
function wink(): { nlp: ReturnType<typeof WinkNLP>; its: Record<string, any> } {
  if (!winkReader) {
    const nlp = (require('wink-nlp') as typeof WinkNLP)(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    winkReader = { nlp, its: nlp.its as unknown as Record<string, any> };
  }
  return winkReader;
}

/** Loads wink-nlp's model now (a thread that will read sentences, before its first batch comes). */
export function loadWink(): void {
  wink();
}

/** Lower-case, strip accents and typographic quotes: the key every dictionary lookup uses. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) {
    w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  }
  return w;
}

const parses = new WeakMap<Sentence, Parse>();

/** The dependency parse of a sentence (line-break tokens included as words), computed the first time a stage asks
 *  for it and shared by all the others. */
export function parseOf(s: Sentence): Parse {
  let p = parses.get(s);
  if (!p) {
    p = loadParser().parse(mapped(s.tokens, (t) => t.text));
    parses.set(s, p);
  }
  return p;
}

/** Words that open a clause, after which the next word is the clause's subject. */
const CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'before', 'while', 'because', 'until', 'since', 'where', 'whereas']);

/** Possessive determiners open a noun phrase: "its allies", "their forces". */
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);

/** What can open the object of a verb: "relaxed the curfew", "liberated Kherson", "beheaded a soldier", "rounded up". */
/** Adverbs the tagger may read as adjectives between "have" and a participle: "has long accused". */
const PERFECT_ADVERBS = new Set(['long', 'also', 'already', 'repeatedly', 'previously', 'recently', 'since', 'never', 'often']);
const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADP']);
/** Past tenses the tagger's lexicon lacks or reads as nouns, with their base. */
const IRREGULAR_PAST: Record<string, string> = { overthrew: 'overthrow', forgave: 'forgive', shot: 'shoot', overran: 'overrun', outlawed: 'outlaw' };
/** Particles that show the word before them is a participle ("had shot down"): fewer than the phrasal verbs'
 *  particles of triggers.ts, since "had talks on Tuesday" must stay a noun. */
const PARTICIPLE_PARTICLES = new Set(['down', 'up', 'out', 'off', 'back']);
const verbLemmas = new Map<string, string>();
/** The base of a verb form the tagger read as another part of speech: wink-nlp's own lemma when it reads the word as
 *  a verb in a plain clause after `before` ("They relaxed it." → relax, "They are expelling it." → expel), else the
 *  word itself (the verb dictionaries list such forms). */
function verbLemma(word: string, before: 'They' | 'They are'): string {
  const key = `${before} ${word}`;
  let lemma = verbLemmas.get(key);
  if (lemma === undefined) {
    const { nlp, its } = wink();
    const probe = nlp.readDoc(`${key} it.`);
    const pos = probe.tokens().out(its.pos) as string[];
    const lemmas = probe.tokens().out(its.lemma) as string[];
    const at = before.split(' ').length;
    lemma = pos[at] === 'VERB' && lemmas[at] ? normalizeWord(lemmas[at]!) : word;
    verbLemmas.set(key, lemma);
  }
  return lemma;
}
const pastTenseLemma = (word: string): string => verbLemma(word, 'They');
const gerundLemma = (word: string): string => verbLemma(word, 'They are');

/** -ing words left as the tagger reads them after a preposition: nouns a preposition may open before a determiner
 *  or a name ("by evening the rebels had fled"), and words as often nouns as gerunds there ("after the ruling", "of
 *  funding"), whose noun reading the coder's patterns were written against. */
/** Words that open a count of people or things: "arresting more than 100 people", "detaining dozens". */
/** Verbs of seeing an act done, and the prepositions an act of force aims with. */
const PERCEIVING = new Set(['see', 'watch', 'witness', 'hear', 'film', 'photograph', 'show', 'spot', 'catch', 'observe']);
/** Verbs after which "that" opens a subjunctive clause ("demanded that Italy hand over..."). */
const DEMANDING = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'propose', 'recommend', 'order', 'require']);
const AIMING = new Set(['on', 'at', 'into', 'upon']);
const QUANTITY_WORDS = new Set(['more', 'about', 'at', 'some', 'several', 'dozens', 'hundreds', 'thousands', 'scores', 'many', 'nearly', 'almost', 'over']);
const ING_NOUNS = new Set(['morning', 'evening', 'spring', 'building', 'meeting', 'wedding', 'ceiling', 'nothing',
  'something', 'anything', 'everything', 'thing', 'king', 'wing', 'ring', 'string', 'during', 'offspring', 'funding',
  'briefing', 'hearing', 'ruling', 'ceasing', 'uprising', 'landing', 'warning', 'beginning', 'ending', 'setting']);

/**
 * One copy of each lower-cased form and lemma, internalised (V8's table of unique strings, which property names use): the coder compares
 * token forms with literal words everywhere, and its optimised code compares as internalised strings only while every
 * form it has met was one. A lower-cased or accent-stripped form is a new string that is not, and the first such form
 * to reach a comparison deoptimises the function around it (docs/coder.md, "Twenty-first round"). Bounded: cleared
 * when it holds a day of news's vocabulary, so memory stays flat on any input.
 */
const internedForms = new Map<string, string>();
const MAX_INTERNED_FORMS = 200_000;
export function interned(form: string): string {
  let one = internedForms.get(form);
  if (one === undefined) {
    if (internedForms.size >= MAX_INTERNED_FORMS) internedForms.clear();
    one = Object.keys({ [form]: 0 })[0] ?? form;
    internedForms.set(form, one);
  }
  return one;
}

/** Splits text into sentences of tagged tokens with character offsets. */
export function analyze(text: string): Sentence[] {
  const { nlp, its } = wink();
  const doc = nlp.readDoc(text);
  const words: string[] = doc.tokens().out();
  const tags: string[] = doc.tokens().out(its.pos) as string[];
  const lemmas: string[] = doc.tokens().out(its.lemma) as string[];
  // Token offsets: wink-nlp does not expose them, so walk the text.
  const starts = new Array<number>(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let at = text.indexOf(w, cursor);
    if (at < 0 || at - cursor > 40) at = cursor; // normalised token (rare): keep moving
    starts[i] = at;
    cursor = at + w.length;
  }
  const sentences: Sentence[] = [];
  // (Text of spaces alone, as a news segment can be, is one sentence of no words to wink-nlp, whose span points past
  // the words: there is no sentence there.)
  if (!words.length) return sentences;
  doc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as [number, number];
    if (last >= words.length || first > last) return;
    const sStart = starts[first]!;
    const sEnd = Math.min(text.length, starts[last]! + words[last]!.length);
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const w = words[i]!;
      // (The words as wink-nlp gives them are nearly all internalised already: interning them too cost a lookup a
      // token and gave more deoptimisations, 31 against 27 in one traced run of the bench input.)
      const low = normalizeWord(w);
      const norm = low === w ? w : interned(low);
      const lemma = lemmas[i] === undefined || lemmas[i] === w ? norm : normalizeWord(lemmas[i]!);
      tokens.push({
        text: w,
        norm,
        lemma: lemma === norm || lemma === low ? norm : interned(lemma),
        pos: tags[i] ?? 'X',
        start: starts[i]! - sStart,
        end: starts[i]! - sStart + w.length,
      });
    }
    // The tagger reads a capitalised first word as a name and gives it no base form ("Protests against Bashir are
    // growing", "Talks resumed"): a plural first word gets its singular as lemma, so patterns and dictionaries
    // written for "protest" and "talk" see it. (Its form is kept: "Brussels" still matches as "brussels".)
    // A word after a modal is a verb: with no "be" between, "will free prisoners", "would open talks" cannot be
    // adjectives, though the tagger reads some so ("free", "open", "clear").
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!, prev = tokens[k - 1]!;
      if (t.pos === 'ADJ' && prev.pos === 'AUX' && MODALS.has(prev.norm)) t.pos = 'VERB';
      // "Police rounded up dozens", "The government relaxed the curfew", "Russian forces liberated Kherson": an -ed
      // word between a subject and an object is the past tense the tagger took for an adjective.
      const next = tokens[k + 1];
      if (t.pos === 'ADJ' && /[a-z]ed$/.test(t.norm) && ['NOUN', 'PROPN', 'PRON'].includes(prev.pos) && next && OBJECT_STARTS.has(next.pos)) {
        t.pos = 'VERB';
        t.lemma = pastTenseLemma(t.norm);
      }
      // ("Egypt's armed forces overthrew President Mursi", "Rebels shot a soldier": past tenses wink-nlp's lexicon
      // lacks or reads as nouns, between a subject and an object.)
      const irregular = t.pos === 'NOUN' ? IRREGULAR_PAST[t.norm] : undefined;
      // ("American soldiers in Baghdad shot dead an Italian officer", "rebels shot down a helicopter": or a word that
      // only a verb takes after it.)
      if (irregular && ['PROPN', 'NOUN', 'PRON'].includes(prev.pos) && next && (['DET', 'PROPN', 'NUM', 'PRON'].includes(next.pos) || /^[A-Z]/.test(next.text)
        || next.norm === 'dead' || next.norm === 'down')) {
        t.pos = 'VERB';
        t.lemma = irregular;
        // ("shot dead three protesters": "dead" says how, and opens no noun phrase.)
        if (next.norm === 'dead') next.pos = 'ADV';
      }
      // ("were killed when police opened fire": a base-form "verb" right after a word that opens a clause, with an -ed
      // word after it, is the clause's subject, and the -ed word its verb.)
      if (t.pos === 'VERB' && t.norm === t.lemma && CLAUSE_OPENERS.has(prev.norm) && next && /[a-z]ed$/.test(next.norm) && (next.pos === 'ADJ' || next.pos === 'VERB')
        // ("where police fired tear gas": the object's first word may be misread as a verb too.)
        && (['NOUN', 'DET', 'ADP', 'NUM'].includes(tokens[k + 2]?.pos ?? '') || (tokens[k + 2]?.pos === 'VERB' && tokens[k + 3]?.pos === 'NOUN'))) {
        t.pos = 'NOUN';
        if (next.pos === 'ADJ') { next.pos = 'VERB'; next.lemma = pastTenseLemma(next.norm); }
      }
      // ("imposed targeted sanctions": an -ed word between a verb and a noun modifies the noun.)
      if (t.pos === 'VERB' && prev.pos === 'VERB' && /[a-z]ed$/.test(t.norm) && next?.pos === 'NOUN' && !['DET', 'NUM', 'PROPN', 'PRON'].includes(tokens[k + 2]?.pos ?? '')) t.pos = 'ADJ';
      // ("Russian border guard ships rammed a tugboat": a base-form "verb" between two nouns, with the clause's verb
      // right after them, is a noun of the compound.)
      if (t.pos === 'VERB' && t.norm === t.lemma && prev.pos === 'NOUN' && next?.pos === 'NOUN' && tokens[k + 2]?.pos === 'VERB' && /ed$/.test(tokens[k + 2]!.norm)) t.pos = 'NOUN';
      // ("freeze most of its grant aid", "their trade deal": a base-form "verb" right after a possessive determiner and
      // before a noun is a noun of the compound.)
      if (t.pos === 'VERB' && t.norm === t.lemma && POSSESSIVES.has(prev.norm) && next?.pos === 'NOUN') t.pos = 'NOUN';
      // ("access to rebel areas", "rebel fighters": "rebel" before a noun names the rebels; the verb takes no object.)
      if (t.pos === 'VERB' && t.norm === 'rebel' && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) t.pos = 'NOUN';
      // ("Tokyo cut back grant aid": "grant aid" is a kind of aid wherever no subject, modal or "to" comes before it.)
      if (t.pos === 'VERB' && t.norm === 'grant' && (next?.norm === 'aid' || next?.norm === 'assistance') && !['NOUN', 'PROPN', 'PRON', 'AUX', 'PART'].includes(prev.pos)) t.pos = 'NOUN';
      // ("Syria's continued military presence": so is one between a possessive and a noun.)
      if (t.pos === 'VERB' && (prev.norm === "'s" || prev.norm === '’s') && prev.pos === 'PART' && /[a-z]ed$/.test(t.norm) && (next?.pos === 'NOUN' || next?.pos === 'ADJ')) t.pos = 'ADJ';
      // ("it had shot down two jets": a word right after "have" that a particle and an object follow is the participle,
      // not the noun the tagger made of it.)
      if (t.pos === 'NOUN' && prev.pos === 'AUX' && prev.lemma === 'have' && next && PARTICIPLE_PARTICLES.has(next.norm)
        && ['DET', 'NUM', 'PROPN', 'ADJ', 'NOUN', 'PRON'].includes(tokens[k + 2]?.pos ?? '')) {
        t.pos = 'VERB';
        t.lemma = pastTenseLemma(t.norm);
      }
      // "Islamabad has long accused New Delhi": after "have" (and an adverb or two) an -ed word is the participle.
      if ((t.pos === 'ADJ' || t.pos === 'NOUN') && /[a-z]ed$/.test(t.norm) && next && OBJECT_STARTS.has(next.pos)) {
        let q = k - 1;
        while (q > 0 && k - q <= 2 && (tokens[q]!.pos === 'ADV' || PERFECT_ADVERBS.has(tokens[q]!.norm))) q--;
        if (tokens[q]!.pos === 'AUX' && tokens[q]!.lemma === 'have') {
          t.pos = 'VERB';
          t.lemma = pastTenseLemma(t.norm);
          for (let a = q + 1; a < k; a++) tokens[a]!.pos = 'ADV';
        }
      }
      // ("Britain responded by expelling two Russian diplomats", "by expelling the Pakistani envoy": an -ing word
      // right after a preposition, before a determiner, a number or a name, is a gerund with its object, not the noun
      // the tagger made of it.)
      // ("beating demonstrators and arresting more than 100 people", ", detaining dozens": so is one after a comma or
      // a conjunction, before a determiner, a number, a name or a word of quantity.)
      const opensGerund = prev.pos === 'ADP' || prev.text === ',' || prev.norm === 'and' || prev.norm === 'or';
      if (t.pos === 'NOUN' && t.lemma === t.norm && opensGerund && /^[a-z]{3,}ing$/.test(t.text) && !ING_NOUNS.has(t.norm)
        && next && (['DET', 'NUM', 'PROPN', 'PRON'].includes(next.pos) || (prev.pos !== 'ADP' && QUANTITY_WORDS.has(next.norm)))) {
        const lemma = gerundLemma(t.norm);
        if (lemma !== t.norm) {
          t.pos = 'VERB';
          t.lemma = lemma;
        }
      }
      // ("Witnesses saw police beating protesters", "a video showed soldiers firing on the crowd": an -ing word after
      // the object of a verb of seeing is that object's verb, not a noun of the compound the tagger made.)
      if (t.pos === 'NOUN' && t.lemma === t.norm && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /^[a-z]{3,}ing$/.test(t.text) && !ING_NOUNS.has(t.norm)
        && next && (OBJECT_STARTS.has(next.pos) || next.pos === 'NOUN' || AIMING.has(next.norm))) {
        let q = k - 2;
        while (q >= 0 && k - q <= 4 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[q]!.pos)) q--;
        if (q >= 0 && tokens[q]!.pos === 'VERB' && PERCEIVING.has(tokens[q]!.lemma)) {
          const lemma = gerundLemma(t.norm);
          if (lemma !== t.norm) {
            t.pos = 'VERB';
            t.lemma = lemma;
          }
        }
      }
      // ("decided to expel two Russian diplomats and bar two others": a bare word after "and", with an object after it,
      // in an infinitive's clause, is the infinitive's second verb, not the noun the tagger made of it.)
      if (t.pos === 'NOUN' && t.lemma === t.norm && prev.norm === 'and' && /^[a-z]+$/.test(t.text) && next && ['DET', 'NUM', 'PRON'].includes(next.pos)) {
        for (let q = k - 2; q >= 1 && k - q <= 8; q--) {
          const w = tokens[q]!;
          if (w.pos === 'PUNCT' || w.pos === 'CCONJ' || w.pos === 'SCONJ') break;
          if (w.pos === 'VERB' && w.norm === w.lemma && tokens[q - 1]!.norm === 'to') { t.pos = 'VERB'; break; }
        }
      }
      // ("Turkey demanded that Italy hand over Ocalan", "insisted that Iran halt enrichment": after a verb of demanding
      // and "that", a bare word after its subject's name, with an object or a particle after it, is the subjunctive's
      // verb: a name and a bare singular noun make no noun phrase there.)
      if (t.pos === 'NOUN' && t.lemma === t.norm && /^[a-z]+$/.test(t.text) && prev.pos === 'PROPN' && next
        && (OBJECT_STARTS.has(next.pos) || PARTICIPLE_PARTICLES.has(next.norm) || next.norm === 'over')) {
        let q = k - 1;
        while (q > 0 && tokens[q]!.pos === 'PROPN') q--;
        if (tokens[q]!.norm === 'that') {
          for (let v = q - 1; v >= 0 && q - v <= 5; v--) {
            if (tokens[v]!.pos === 'VERB') { if (DEMANDING.has(tokens[v]!.lemma)) t.pos = 'VERB'; break; }
          }
        }
      }
      // "the victims' families": an apostrophe fused to a plural noun, before a noun, is the possessive, not a quote.
      if ((t.text === "'" || t.text === '’') && t.pos === 'PUNCT' && t.start === prev.end && /s$/.test(prev.norm)
        && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) t.pos = 'PART';
    }
    const opening = tokens.find((t) => t.pos !== 'PUNCT');
    if (opening && opening.pos === 'PROPN' && opening.lemma === opening.norm) opening.lemma = naiveSingulars(opening)[0] ?? opening.lemma;
    sentences.push({ text: text.slice(sStart, sEnd), start: sStart, tokens });
  });
  return sentences;
}

/** Singulars of a plural the tagger left unlemmatised, most likely first ("forces" → "force", "clashes" →
 *  "clash", "gunmen" → "gunman"): the tagger reads a capitalised first word ("Officials said", "Protesters attacked")
 *  as a name and gives it no base form. */
export function naiveSingulars(t: Pick<Token, 'norm' | 'lemma'>): string[] {
  const w = t.norm;
  if (t.lemma !== w || w.length < 4) return [];
  if (w.endsWith('men')) return [`${w.slice(0, -3)}man`];
  if (!w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return [];
  if (w.endsWith('ies')) return [`${w.slice(0, -3)}y`, w.slice(0, -1)];
  if (/(ch|sh|ss|x|z)es$/.test(w)) return [w.slice(0, -2), w.slice(0, -1)];
  if (w.endsWith('es')) return [w.slice(0, -1), w.slice(0, -2)];
  return [w.slice(0, -1)];
}

// Dictionary phrases are tokenized (and their words lemmatized) by wink-nlp itself, so that they match running text
// token for token. That is the slowest part of loading the dictionaries, and the same on every start: the results
// are kept in an on-disk cache keyed by the wink-nlp and model versions.
const WINK_KEY = `wink-nlp@${(require('wink-nlp/package.json') as { version: string }).version}`
  + `+${(require('wink-eng-lite-web-model/package.json') as { version: string }).version}`;
const CACHE_NAME = 'phrases.json';
interface PhraseCache { tokens: Record<string, string[]>; lemmas: Record<string, string[]> }
let phraseCache: PhraseCache | null = null;
let phraseCacheDirty = false;
const cache = (): PhraseCache => (phraseCache ??= readCache<PhraseCache>(CACHE_NAME, WINK_KEY) ?? { tokens: {}, lemmas: {} });

/** Tokenizes a dictionary phrase the way running text is tokenized. */
export function phraseTokens(phrase: string): string[] {
  const c = cache();
  let hit = c.tokens[phrase];
  if (!hit) {
    hit = wink().nlp.readDoc(phrase).tokens().out().map(normalizeWord);
    c.tokens[phrase] = hit;
    phraseCacheDirty = true;
  }
  return hit;
}

/** Lemmas of a phrase's tokens (used to match inflected forms of dictionary words). */
export function phraseLemmas(phrase: string): string[] {
  const c = cache();
  let hit = c.lemmas[phrase];
  if (!hit) {
    hit = (wink().nlp.readDoc(phrase).tokens().out(wink().its.lemma) as string[]).map(normalizeWord);
    c.lemmas[phrase] = hit;
    phraseCacheDirty = true;
  }
  return hit;
}

/** Writes the phrase cache when loading the dictionaries added to it, and lets go of it: only loading dictionaries
 *  reads it, and a coder thread would otherwise keep every phrase of every dictionary for its whole run (a later
 *  lookup reads the file again). */
export function savePhraseCache(): void {
  if (phraseCacheDirty && phraseCache) writeCache(CACHE_NAME, WINK_KEY, phraseCache);
  phraseCacheDirty = false;
  phraseCache = null;
}
