// Verb and phrase patterns (dictionaries/verbs/*.tsv): parsing, compiling and matching against tagged tokens.
// The pattern language is documented in docs/dictionaries.md.
import { mapped } from '../arrays.js';
import { basename, join } from 'node:path';
import { existsSync } from 'node:fs';
import { DICTIONARY_DIR, DictionaryError, readTsv, tsvFilesIn } from '../dictionaries/tsv.js';
import { normalizeWord, phraseLemmas, type Token } from '../text/nlp.js';
import { QUOTE_MARKS, SPEECH } from './clauses.js';

export type PatternElement =
  | { type: 'word'; words: Set<string>; optional: boolean; pos?: 'NOUN' | 'VERB' | 'ADJ' }
  | { type: 'gap'; max: number }
  | { type: 'actor' };

export interface VerbPattern {
  cameo: string;
  source: string;
  elements: PatternElement[];
  reverse: boolean;
  noActorOk: boolean;
  /** A verdict the speaker gives on what the clause's subject is or did ("said the vote fell short of standards"):
   *  the speaker is the actor, the subject (or the doer of the act it names) the recipient. */
  verdict: boolean;
  /** `file:line` of the entry, reported as the event's `pattern`. */
  origin: string;
  /** Number of word elements: the specificity used to prefer one match over another. */
  weight: number;
  /** Alternatives of each required word element after the first: a sentence lacking any of them cannot match. */
  required?: string[][];
  /** Matching bookkeeping (see PatternSet.matchAll). */
  stamp?: number;
  stampToken?: number;
}

export interface PatternMatch {
  pattern: VerbPattern;
  /** Token index of the trigger (first element). */
  trigger: number;
  /** Token indices matched by word elements (gaps excluded). */
  matched: number[];
  /** Last matched token index. */
  last: number;
}

/** A person's possessives, which may open an @ACTOR's phrase. */
const PERSONS_POSSESSIVES = new Set(['his', 'her']);
const FLAGS = new Set(['reverse', 'noactor-ok', 'verdict']);
// Four tokens hold most objects between a verb and its particle ("accused the Syrian government of"); longer gaps
// start reaching into the next clause (measured: 5 and 6 lower GSR category recall by 0.01-0.02).
const GAP_MAX = 4;
/** Tokens a gap never crosses: they end a clause. */
const GAP_STOP = new Set([';', ':', '.', '!', '?', '"', '“', '”', '(', ')']);
/** Words that open a clause of their own: a gap stops there too ("told reporters after returning to Dhaka" is no
 *  "tell * to"). */
/** Words that open an aside counting what came before it: ", most of them", ", many of whom". */
const PARTITIVE_ASIDE = new Set(['most', 'many', 'some', 'all', 'several', 'half', 'none', 'both', 'few', 'one', 'two', 'three', 'dozens', 'hundreds', 'thousands']);
/** Whether token k is a hyphen written inside a word ("72-hour"): no space on either side. */
export function hyphenJoins(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === '-' && k > 0 && k + 1 < tokens.length && tokens[k - 1]!.end === t.start && tokens[k + 1]!.start === t.end;
}

/** Tags of the words of a noun phrase. */
const NOMINAL_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);
const GAP_STOP_WORDS = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'unless', 'until', 'whereas']);
/** Whether token k is a quotation mark around a few words without a verb ('warned of "serious consequences"'): a
 *  writer's emphasis, not a quotation that opens a clause of its own. */
function scareQuote(tokens: readonly Token[], k: number): boolean {
  if (!QUOTE_MARKS.has(tokens[k]!.text)) return false;
  for (const dir of [1, -1]) {
    for (let j = k + dir, n = 0; j >= 0 && j < tokens.length && n < 6; j += dir, n++) {
      if (QUOTE_MARKS.has(tokens[j]!.text)) return n > 0;
      if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX' || GAP_STOP.has(tokens[j]!.text)) break;
    }
  }
  return false;
}
/** Words that open a time after a preposition: "on Tuesday", "in March", "at dawn". */
const TIME_OPENERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'dawn', 'midnight', 'noon']);
/** Verbs whose next word makes an idiom with another meaning ("take place" is to happen). */
const IDIOM_AFTER: Record<string, ReadonlySet<string>> = {
  take: new Set(['place', 'part', 'note', 'care', 'time', 'turns']),
  slam: new Set(['into']), hit: new Set(['out']), blast: new Set(['off']),
  // ("The Supreme Court struck down both moves": a court annuls; no one is struck.)
  strike: new Set(['down']),
  // ("launched 10 days of war games": exercises, not a war.)
  war: new Set(['games', 'game', 'gaming']),
};
/** Verbs that mean something else with these objects: "released a statement" frees no one. Read only for a pattern
 *  that ends on the verb ("release =VERB"); "release * prisoners" says its object itself. */
const OTHER_SENSE_OBJECTS: Record<string, ReadonlySet<string>> = {
  release: new Set(['statement', 'statements', 'report', 'reports', 'video', 'videos', 'footage', 'figures', 'data', 'details', 'results',
    'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'document', 'documents', 'list', 'album', 'film', 'budget', 'version',
    'update', 'transcript', 'transcripts', 'audio', 'recording', 'communique', 'findings', 'information', 'text', 'memo', 'letter', 'plan',
    'guidelines', 'record', 'records', 'study', 'survey', 'poll', 'estimate', 'estimates', 'statistics', 'forecast', 'funds', 'tranche']),
  // ("Kyiv struck a cautious note", "struck a deal": a manner of speaking, an agreement; no one is struck.)
  strike: new Set(['note', 'notes', 'tone', 'chord', 'balance', 'deal', 'deals', 'bargain', 'agreement', 'compromise', 'accord', 'pose', 'figure']),
};
/** Whether the verb at token v is followed by an object (its noun run's last word) that gives the verb another sense. */
function objectGivesOtherSense(tokens: Token[], v: number): boolean {
  const objects = OTHER_SENSE_OBJECTS[tokens[v]!.lemma];
  if (!objects) return false;
  let last = -1;
  for (let k = v + 1; k < tokens.length && k <= v + 5; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN') last = k;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PRON') break;
  }
  return last >= 0 && objects.has(tokens[last]!.norm);
}
const POS_MAP: Record<string, 'NOUN' | 'VERB' | 'ADJ'> = { NOUN: 'NOUN', VERB: 'VERB', ADJ: 'ADJ' };

/** Parses one pattern string into elements; throws a plain Error describing the problem. An alternative `$NAME`
 *  stands for every word of the word class NAME (dictionaries/word-classes.tsv). */
export function parsePattern(text: string, classes: ReadonlyMap<string, readonly string[]> = new Map()): PatternElement[] {
  const out: PatternElement[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    if (raw === '*') { out.push({ type: 'gap', max: GAP_MAX }); continue; }
    if (raw === '@ACTOR') { out.push({ type: 'actor' }); continue; }
    if (raw.startsWith('=')) {
      const pos = POS_MAP[raw.slice(1)];
      const prev = out[out.length - 1];
      if (!pos || !prev || prev.type !== 'word') throw new Error(`"${raw}" must follow a word and be =NOUN, =VERB or =ADJ`);
      prev.pos = pos;
      continue;
    }
    const optional = raw.startsWith('(') && raw.endsWith(')');
    const body = optional ? raw.slice(1, -1) : raw;
    const words = new Set<string>();
    for (const alt of body.split('|')) {
      if (!alt) throw new Error(`empty alternative in "${raw}"`);
      if (alt.startsWith('$')) {
        const members = classes.get(alt.slice(1));
        if (!members) throw new Error(`unknown word class "${alt}" in "${raw}"`);
        for (const w of members) words.add(normalizeWord(w));
        continue;
      }
      words.add(normalizeWord(alt));
    }
    out.push({ type: 'word', words, optional });
  }
  const first = out[0];
  if (!first || first.type !== 'word' || first.optional) throw new Error('a pattern must start with a (non-optional) word');
  return out;
}

/**
 * The patterns one word starts, with an index to those a sentence can match. Most of a list cannot ("said" starts
 * hundreds of patterns, each needing words of its own), and visiting each to find out was the coder's largest
 * single cost: the index keys each pattern by the alternatives of one of its required words, so that a sentence
 * visits only the patterns whose key word it holds.
 */
class TriggerPatterns {
  readonly patterns: VerbPattern[] = [];
  /** Positions in `patterns` of those that require no word after the first. */
  private readonly unconditional: number[] = [];
  /** Positions in `patterns` by each alternative of the pattern's key word (see keyWords). */
  private readonly byKeyWord = new Map<string, number[]>();

  add(p: VerbPattern): void {
    const at = this.patterns.push(p) - 1;
    const key = keyWords(p.required!);
    if (!key) {
      this.unconditional.push(at);
      return;
    }
    for (const w of key) {
      const list = this.byKeyWord.get(w);
      if (list) list.push(at);
      else this.byKeyWord.set(w, [at]);
    }
  }

  /** Positions, ascending, of the patterns whose key word is among the sentence's words (`present`); read only. */
  possibleIn(present: ReadonlySet<string>): readonly number[] {
    // (Called for every token a pattern starts with: no array is made unless a keyed pattern is possible.)
    let out: number[] | null = null;
    const take = (at: number[]) => { out ??= this.unconditional.slice(); for (const k of at) out.push(k); };
    if (this.byKeyWord.size <= present.size) {
      for (const [w, at] of this.byKeyWord) if (present.has(w)) take(at);
    } else {
      for (const w of present) {
        const at = this.byKeyWord.get(w);
        if (at) take(at);
      }
    }
    if (!out) return this.unconditional;
    const found: number[] = out;
    found.sort((a, b) => a - b);
    // (A pattern is listed under each alternative of its key word: "ceasefire|truce" may both be present.)
    let n = 0;
    for (let k = 0; k < found.length; k++) if (k === 0 || found[k] !== found[k - 1]) found[n++] = found[k]!;
    found.length = n;
    return found;
  }
}

/** Words too common to key a pattern by: nearly every sentence holds one. */
const COMMON_WORDS = new Set(['to', 'the', 'a', 'an', 'of', 'in', 'on', 'with', 'for', 'by', 'from', 'at', 'as', 'that', 'and', 'be', 'have', 'it', 'its', 'their', 'his', 'her', 'not', 'against', 'into', 'over', 'up', 'out', 'off']);

/** The alternatives of the required word a pattern is indexed by: its first with no common word among them. */
function keyWords(required: string[][]): string[] | null {
  if (!required.length) return null;
  return required.find((alts) => !alts.some((w) => COMMON_WORDS.has(w))) ?? required[0]!;
}

/** Word classes (dictionaries/word-classes.tsv: NAME, a word, one per line), which a pattern names by `$NAME`; none
 *  when the file is absent. */
export function loadWordClasses(path: string): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  if (!existsSync(path)) return classes;
  for (const r of readTsv(path, 2)) {
    const [name, word] = r.cols as [string, string];
    if (!/^[A-Z][A-Z_]*$/.test(name)) throw new DictionaryError(path, r.line, `bad word class name "${name}" (capitals and _ only)`);
    if (/\s|\|/.test(word)) throw new DictionaryError(path, r.line, `one word per line, found "${word}"`);
    const list = classes.get(name);
    if (list) list.push(word);
    else classes.set(name, [word]);
  }
  return classes;
}

export class PatternSet {
  readonly patterns: VerbPattern[] = [];
  private readonly byWord = new Map<string, TriggerPatterns>();

  static load(dir = join(DICTIONARY_DIR, 'verbs'), classFile = join(DICTIONARY_DIR, 'word-classes.tsv')): PatternSet {
    const set = new PatternSet();
    const classes = loadWordClasses(classFile);
    for (const file of tsvFilesIn(dir)) {
      for (const r of readTsv(file, 2)) {
        const [code, text, flagCol] = r.cols as [string, string, string | undefined];
        const where = `${basename(file)}:${r.line}`;
        if (!/^\d{2,4}$/.test(code)) throw new DictionaryError(file, r.line, `bad CAMEO code "${code}"`);
        const flags = (flagCol ?? '').split(',').map((f) => f.trim()).filter(Boolean);
        for (const f of flags) if (!FLAGS.has(f)) throw new DictionaryError(file, r.line, `unknown flag "${f}"`);
        let elements: PatternElement[];
        try { elements = parsePattern(text, classes); } catch (e) { throw new DictionaryError(file, r.line, (e as Error).message); }
        set.add({
          cameo: code, source: text, elements, reverse: flags.includes('reverse'), noActorOk: flags.includes('noactor-ok'), verdict: flags.includes('verdict'),
          origin: where, weight: elements.filter((e) => e.type === 'word' && !e.optional).length,
        });
      }
    }
    return set;
  }

  add(pattern: VerbPattern): void {
    // Every field set at once, so all patterns share one object shape (the matcher reads them in a hot loop).
    const p: VerbPattern = {
      cameo: pattern.cameo, source: pattern.source, elements: pattern.elements, reverse: pattern.reverse,
      noActorOk: pattern.noActorOk, verdict: pattern.verdict, origin: pattern.origin, weight: pattern.weight,
      required: pattern.elements.slice(1).flatMap((e) => (e.type === 'word' && !e.optional ? [[...e.words]] : [])),
      stamp: 0, stampToken: -1,
    };
    this.patterns.push(p);
    const first = p.elements[0] as Extract<PatternElement, { type: 'word' }>;
    // Index by the written word and by its lemma, so "talks" in a pattern still finds the token lemma "talk".
    const keys = new Set<string>();
    for (const w of first.words) { keys.add(w); for (const l of phraseLemmas(w)) keys.add(l); }
    for (const k of keys) {
      let list = this.byWord.get(k);
      if (!list) this.byWord.set(k, (list = new TriggerPatterns()));
      list.add(p);
    }
  }

  /** Every match starting at each token (all patterns, not only the best). */
  matchAll(tokens: Token[], isActor: (i: number) => boolean): PatternMatch[] {
    const out: PatternMatch[] = [];
    const present = new Set<string>();
    for (const t of tokens) { present.add(t.norm); present.add(t.lemma); }
    // Stamps instead of per-token sets: a pattern reached under both a token's form and its lemma is tried once.
    const stamp = ++this.stampCounter;
    const matched: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      for (let pass = 0; pass < 2; pass++) {
        if (pass === 1 && t.lemma === t.norm) break;
        const list = this.byWord.get(pass === 0 ? t.norm : t.lemma);
        if (!list) continue;
        for (const at of list.possibleIn(present)) {
          const p = list.patterns[at]!;
          if (p.stamp === stamp && p.stampToken === i) continue;
          p.stamp = stamp; p.stampToken = i;
          if (!possible(p, present)) continue;
          matched.length = 0;
          if (matchFrom(p.elements, 0, tokens, i, matched, isActor)) {
            out.push({ pattern: p, trigger: i, matched: matched.slice(), last: matched[matched.length - 1]! });
          }
        }
      }
    }
    return out;
  }
  private stampCounter = 0;

  /**
   * Matches a passive verb's patterns against the words before it: "the memorandum was suspended" is tried as
   * "suspended the memorandum", so "suspend * memorandum" applies in both voices. `before` lists the token
   * indices of the clause before the verb (auxiliaries excluded), in order.
   */
  matchPassive(tokens: Token[], verb: number, before: number[], isActor: (i: number) => boolean): PatternMatch[] {
    // (The clause's opener is no part of it: "after three soldiers were wounded" is tried as "wounded three soldiers".)
    const order = [verb, ...before.filter((i) => !GAP_STOP_WORDS.has(tokens[i]!.norm))];
    const virtual = mapped(order, (i) => tokens[i]!);
    const out: PatternMatch[] = [];
    const t = tokens[verb]!;
    const seen = new Set<VerbPattern>();
    for (const key of t.lemma === t.norm ? [t.norm] : [t.norm, t.lemma]) {
      for (const p of this.byWord.get(key)?.patterns ?? []) {
        if (seen.has(p) || p.weight < 2) continue;
        seen.add(p);
        const matched: number[] = [];
        if (matchFrom(p.elements, 0, virtual, 0, matched, (k) => isActor(order[k]!))) {
          const real = mapped(matched, (k) => order[k]!);
          out.push({ pattern: p, trigger: verb, matched: real, last: verb });
        }
      }
    }
    return out;
  }
}

/** False when a required word of the pattern is missing from the sentence: no need to try matching. */
function possible(p: VerbPattern, present: Set<string>): boolean {
  const required = p.required!;
  for (let r = 0; r < required.length; r++) {
    const alts = required[r]!;
    let any = false;
    for (let a = 0; a < alts.length; a++) if (present.has(alts[a]!)) { any = true; break; }
    if (!any) return false;
  }
  return true;
}

function tokenMatches(e: Extract<PatternElement, { type: 'word' }>, t: Token): boolean {
  if (!e.words.has(t.norm) && !e.words.has(t.lemma)) return false;
  // ("agreed to hold elections by March": the month, written with its capital, is no march.)
  if (t.text === 'March') return false;
  if (e.pos) {
    if (e.pos === 'NOUN') return t.pos === 'NOUN' || t.pos === 'PROPN';
    if (e.pos === 'VERB') return t.pos === 'VERB' || t.pos === 'AUX';
    return t.pos === e.pos;
  }
  return true;
}

/** Backtracking match of elements[k..] at token i; fills `matched` with word-token indices. */
function matchFrom(els: PatternElement[], k: number, tokens: Token[], i: number, matched: number[], isActor: (i: number) => boolean): boolean {
  // "a rocket slammed into the Sinai": a match whose last word makes an idiom with the next is something else.
  if (k === els.length) {
    const endsOnWord = i > 0 && matched[matched.length - 1] === i - 1;
    // ("fired a missile over Japan on Tuesday": a preposition that opens a time is not the pattern's.)
    const timeAfter = endsOnWord && tokens[i - 1]!.pos === 'ADP' && TIME_OPENERS.has(tokens[i]?.norm ?? '');
    return !timeAfter && !(endsOnWord && (IDIOM_AFTER[tokens[i - 1]!.lemma]?.has(tokens[i]?.norm ?? '') || objectGivesOtherSense(tokens, i - 1)));
  }
  const e = els[k]!;
  if (e.type === 'gap') {
    // "took place in Kandahar city", "took part in talks": an idiom's second word is not a gap's start.
    if (k > 0 && i > 0 && IDIOM_AFTER[tokens[i - 1]!.lemma]?.has(tokens[i]?.norm ?? '')) return false;
    const toInfinitive = i > 0 && matched[matched.length - 1] === i - 1 && tokens[i - 1]!.norm === 'to';
    // ("agreed to a 72-hour truce": a hyphenated word is one word of the gap, though it is three tokens.)
    let joined = 0;
    for (let skip = 0; i + skip <= tokens.length; skip++) {
      if (skip >= 2 && hyphenJoins(tokens, i + skip - 2)) joined++;
      if (skip - 2 * joined > e.max) break;
      if (skip > 0 && GAP_STOP.has(tokens[i + skip - 1]!.text) && !scareQuote(tokens, i + skip - 1)) break;
      if (skip > 0 && GAP_STOP_WORDS.has(tokens[i + skip - 1]!.norm)) break;
      // ("Several civilians were also reported killed, and residents said hundreds of villagers had fled": nor a verb of
      // saying, which opens what is said.)
      if (skip > 0 && tokens[i + skip - 1]!.pos === 'VERB' && SPEECH.has(tokens[i + skip - 1]!.lemma)) break;
      // ("Six assailants, some wearing police uniforms, opened fire": after a doer's word ("police * opened"), a gap
      // does not cross a comma into another clause's verb.)
      if (skip > 0 && tokens[i + skip - 1]!.text === ',' && k === 1 && matched.length === 1 && ['NOUN', 'PROPN'].includes(tokens[matched[0]!]!.pos)) break;
      // ("killed in Thursday's fighting, most of them fighters of the United Front": a gap does not cross a comma into
      // an aside that counts what came before it.)
      if (skip > 0 && tokens[i + skip - 1]!.text === ',' && PARTITIVE_ASIDE.has(tokens[i + skip]?.norm ?? '') && tokens[i + skip + 1]?.norm === 'of') break;
      // ("agreed to a ceasefire brokered by Egypt": after "to", a gap that crosses a noun phrase to reach a verb has read
      // "to" as a preposition; an infinitive's gap holds only adverbs and verbs: "agreed to help mediate".)
      if (skip > 0 && toInfinitive && tokens[i + skip]?.pos === 'VERB' && NOMINAL_TAGS.has(tokens[i + skip - 1]!.pos)) break;
      if (matchFrom(els, k + 1, tokens, i + skip, matched, isActor)) return true;
    }
    return false;
  }
  if (e.type === 'actor') {
    // ("spoke to his Chinese counterpart Wang Yi by telephone": a person's possessive may open the actor's phrase; not
    // "its" or "their", whose phrase is mostly the actor's own people: "would defend its companies".)
    if (i < tokens.length && PERSONS_POSSESSIVES.has(tokens[i]!.norm) && isActor(i + 1)) i++;
    if (i >= tokens.length || !isActor(i)) return false;
    let j = i;
    while (j < tokens.length && isActor(j)) j++;
    return matchFrom(els, k + 1, tokens, j, matched, isActor);
  }
  // ('said it was "deeply troubled" by the sentence': a quotation mark between two words of a pattern is no word.)
  if (k > 0 && i < tokens.length && QUOTE_MARKS.has(tokens[i]!.text) && matched[matched.length - 1] === i - 1 && !tokenMatches(e, tokens[i]!)) {
    return matchFrom(els, k, tokens, i + 1, matched, isActor);
  }
  if (i < tokens.length && tokenMatches(e, tokens[i]!)) {
    matched.push(i);
    if (matchFrom(els, k + 1, tokens, i + 1, matched, isActor)) return true;
    matched.pop();
  }
  return e.optional ? matchFrom(els, k + 1, tokens, i, matched, isActor) : false;
}
