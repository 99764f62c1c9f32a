// Sentence structure read from word order and tags: clauses, passives, copulas and the words that open clauses.
// The coder's stages share these; the dependency parse (arguments.ts) is consulted where word order cannot decide.
import type { Token } from '../text/nlp.js';

export const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'allege', 'insist', 'declare', 'note', 'stress', 'write',
  'report', 'confirm', 'argue', 'assert', 'believe', 'think', 'warn', 'acknowledge', 'explain', 'suggest', 'indicate', 'told', 'said']);
/** Nouns (lemmas) of words said or written: a speech or a letter is addressed "to" an audience, given or sent it is
 *  no aid, and words that "attack" criticise. */
export const WORDS_SAID = new Set(['speech', 'address', 'remark', 'comment', 'statement', 'testimony', 'interview', 'briefing',
  'lecture', 'message', 'letter', 'editorial', 'article', 'column', 'tweet', 'post', 'sermon', 'broadcast', 'talk', 'signal',
  'detail', 'account', 'assurance', 'toast']);
export const SUBORDINATORS = new Set(['after', 'before', 'because', 'while', 'although', 'though', 'whereas', 'if', 'unless', 'since', 'until', 'when', 'whether', 'once', 'amid', 'despite']);
export const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);
/** Subordinators the tagger often reads as adverbs. */
export const WH_SUBORDINATORS = new Set(['when', 'while', 'once', 'since']);
export const CLAUSE_PUNCT = new Set([';', ':', '"', '“', '”', '—', '–']);
// Possessive determiners ("its allies") are the text layer's: nlp.ts reads them when it mends tags.
export { POSSESSIVES } from '../text/nlp.js';
/** Determiners of something already known: "the attack", "this bombing". */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Clause index of every token. */
export function clauses(toks: Token[]): number[] {
  const out = new Array<number>(toks.length);
  let c = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (CLAUSE_PUNCT.has(t.text) || (((SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || (t.pos === 'ADP' && !insideAppositive(toks, i)) || (t.pos === 'ADV' && WH_SUBORDINATORS.has(t.norm))))
      || (t.norm === 'as' && (t.pos === 'SCONJ' || asOpensClause(toks, i)))) && i > 0)
      || (RELATIVE.has(t.norm) && i > 0) || (t.norm === 'but' && t.pos === 'CCONJ')
      // ", and Pompeo said": a comma before "and" joins clauses, not names.
      || (t.norm === 'and' && toks[i - 1]?.text === ',' && !!toks[i + 1] && toks[i + 1]!.pos !== 'VERB')
      || (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON') && i > 0)
      || (reports(toks, i) && i > 0 && i < toks.length - 2)
      // "Iran, which has long claimed ties to Bahrain, | condemned the deployment": the main verb after a relative
      // clause set off by commas.
      || (t.pos === 'VERB' && relativeClauseBefore(toks, i) >= 0)) {
      c++;
      // (With its auxiliaries and adverbs: "Rwanda, which says ..., | will pull out its forces".)
      if (t.pos === 'VERB') for (let k = i - 1; k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV') && out[k] === c - 1; k--) out[k] = c;
    }
    out[i] = c;
    if (reports(toks, i)) out[i] = c, c++;
  }
  return out;
}

/** A preposition inside a description set off by commas, whose clause goes on after the second comma: "Germany,
 *  Ukraine's second-biggest military backer after the United States, has expelled" (no verb before the comma, a verb
 *  right after it). */
function insideAppositive(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && toks[k]!.text !== ',' && toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX' && !CLAUSE_PUNCT.has(toks[k]!.text) && toks[k]!.text !== '.') k++;
  if (toks[k]?.text !== ',') return false;
  let v = k + 1;
  while (toks[v]?.pos === 'ADV') v++;
  if (!(toks[v]?.pos === 'AUX' || toks[v]?.pos === 'VERB')) return false;
  // (The description opened with a comma after its noun, and is no relative clause: "Hariri, a billionaire who rebuilt
  // Beirut after the civil war, resigned".)
  return descriptionBefore(toks, i);
}

/** Whether the words before k, back to a comma, are a description with no verb of its own: ", Ukraine's biggest backer
 *  | after". */
export function descriptionBefore(toks: Token[], k: number): boolean {
  for (let c = k - 1; c >= 0 && k - c <= 10; c--) {
    const t = toks[c]!;
    if (t.text === ',') return c < k - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.norm) || t.norm === 'that') return false;
  }
  return false;
}

/** "as" read as a preposition that opens a clause: a subject, then its verb ("declared a state of emergency as the
 *  government blamed Tamil Tiger rebels"); not "as a mediator", "such as Russia and China". */
function asOpensClause(toks: Token[], i: number): boolean {
  // (Nor "as soon as", "as long as": a condition, not a clause of its own.)
  if (toks[i]!.pos !== 'ADP' || AS_COMPARED.has(toks[i - 1]?.norm ?? '')) return false;
  // (Nor what something is called: "dismissed the deal as an American decision imposed on Afghans", "denounced the
  // summit as collusion aimed at the North".)
  const first = toks[i + 1];
  if (!first || first.norm === 'a' || first.norm === 'an') return false;
  let k = i + 1;
  while (k < toks.length && k - i <= 6 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(toks[k]!.pos)) k++;
  if (k === i + 2 && first.pos === 'NOUN' && first.norm === first.lemma && first.norm !== 'police') return false;
  const t = toks[k];
  return k > i + 1 && !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && t.norm !== t.lemma && !/ing$/.test(t.norm)));
}
/** Words before "as" that make it a comparison or a condition: "such as", "as soon as". */
const AS_COMPARED = new Set(['such', 'soon', 'long', 'far', 'well', 'much', 'many', 'same']);

/** A verb of saying that opens what it reports (not "an attack claimed by Islamic State": a participle with its
 *  agent). */
function reports(toks: Token[], i: number): boolean {
  return toks[i]!.pos === 'VERB' && SPEECH.has(toks[i]!.lemma) && toks[i + 1]?.norm !== 'by';
}

/** Participles that, before "to", are adjectives: "opposed to", "committed to". */
export const ADJECTIVE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'resigned']);

/** Participles whose agent is the doer of what the noun before them names: "a bombing claimed by", "an attack
 *  carried out by". */
export const CLAIMED = new Set(['claim', 'carry', 'conduct', 'launch', 'stage', 'perpetrate', 'plant', 'detonate', 'mount']);

export function passive(toks: Token[], i: number): boolean {
  // ("no Russian personnel were hit": a participle written as its base form is one only right after "be".)
  // (Or right after its noun with its agent: "a woman hit by a stray bullet", "a convoy hit by a roadside bomb".)
  if (SAME_AS_BASE.has(toks[i]!.norm) && toks[i]!.pos === 'VERB') {
    let k = i - 1;
    while (k >= 0 && toks[k]!.pos === 'ADV') k--;
    return k >= 0 && (toks[k]!.lemma === 'be' || toks[k]!.lemma === 'get' || (toks[i + 1]?.norm === 'by' && k === i - 1 && ['NOUN', 'PROPN'].includes(toks[k]!.pos)));
  }
  if (!participle(toks[i]!)) return false;
  // ("Israel is opposed to French mediation", "is committed to the talks": a participle that is an adjective with
  // its preposition says what the subject is, not what was done to it.)
  if (toks[i + 1]?.norm === 'to' && ADJECTIVE_PARTICIPLES.has(toks[i]!.norm)) return false;
  if (withBe(toks, i)) return true;
  // "talks brokered by Russia", "the agreement, hosted by Brazil's president": a participle after its noun with
  // its agent. ("A car bomb claimed by the Taliban": not one that names who did the noun's act.)
  if (CLAIMED.has(toks[i]!.lemma)) return false;
  let next = i + 1;
  while (toks[next]?.pos === 'ADV') next++;
  // ("Palestinians ..., refused entry by Cairo": a verb of giving keeps its thing before the agent.)
  if (GIVING.has(toks[i]!.lemma) && toks[next]?.pos === 'NOUN' && toks[next + 1]?.norm === 'by') next++;
  // ("a project strongly backed by Washington": past an adverb too.)
  let prev = i - 1;
  while (prev > 0 && toks[prev]!.pos === 'ADV') prev--;
  if (toks[next]?.norm === 'by' && ['NOUN', 'PROPN'].includes(toks[prev]?.pos ?? '')) return true;
  if (toks[next]?.norm === 'by' && toks[prev]?.text === ',' && ['NOUN', 'PROPN'].includes(toks[prev - 1]?.pos ?? '')) return true;
  // ("backed by Washington and opposed by Moscow": a participle with its agent after "and" and another such.)
  if (toks[next]?.norm === 'by' && toks[prev]?.norm === 'and') {
    for (let k = prev - 1; k >= Math.max(1, prev - 8); k--) if (participle(toks[k]!) && toks[k + 1]?.norm === 'by') return true;
  }
  // "A policeman was killed and a second kidnapped": a participle after "and" and a new subject shares the passive
  // of the verb before "and".
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const x = toks[k]!;
    if (x.norm === 'and') return (k + 1 < i && participle(toks[k - 1]!) && withBe(toks, k - 1)) || passiveBeforeAnd(toks, k, i);
    if (!['DET', 'ADJ', 'ADV', 'NUM', 'NOUN'].includes(x.pos)) return false;
  }
  return false;
}

/** "The Moroccans were flown to Ceuta and later handed over", "was seized by a group of men and handed over to
 *  police": a participle right after "and" (adverbs apart), with no subject of its own, is as passive as the
 *  participle with "be" before it in the same clause. */
function passiveBeforeAnd(toks: Token[], and: number, i: number): boolean {
  for (let k = and + 1; k < i; k++) if (toks[k]!.pos !== 'ADV') return false;
  // (Not a verb with an object of its own, which is active: "Beijing was strongly dissatisfied and demanded that
  // Hanoi protect".)
  let next = i + 1;
  while (PARTICLES.has(toks[next]?.norm ?? '')) next++;
  if (toks[next] && (OBJECT_OPENERS.has(toks[next]!.pos) || toks[next]!.norm === 'that')) return false;
  // (Nor an appeal: "said he was shocked and called on Israel to end such operations".)
  if (toks[i]!.lemma === 'call' && ['on', 'upon', 'for'].includes(toks[i + 1]?.norm ?? '')) return false;
  for (let q = and - 1; q >= 0 && and - q <= 12; q--) {
    const x = toks[q]!;
    if (x.text === ',' || x.text === ';' || RELATIVE.has(x.norm) || x.norm === 'that') return false;
    if (x.pos === 'VERB') return participle(x) && withBe(toks, q);
  }
  return false;
}

/** Verbs of giving and refusing, whose passive keeps the thing given: "refused entry by", "granted asylum by". */
const GIVING = new Set(['refuse', 'deny', 'grant', 'give', 'offer', 'award', 'promise', 'send', 'hand']);
/** Particles of phrasal verbs: "handed over", "rounded up". */
const PARTICLES = new Set(['over', 'up', 'off', 'out', 'back', 'down', 'away']);
/** What opens a verb's object: "demanded that", "seized the town". */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** A verb in a past-participle form. */
function participle(t: Token): boolean {
  // ("were told to leave", "was held", "were sold": irregular participles differ from their base.)
  return t.pos === 'VERB' && (/(ed|en|wn|ne|un|t)$/.test(t.norm) || IRREGULAR_PARTICIPLE.test(t.norm)) && !(t.norm === t.lemma && !/ed$/.test(t.norm));
}
/** Past participles written as their base form. */
const SAME_AS_BASE = new Set(['hit', 'cut', 'put', 'set', 'shut', 'quit', 'spread', 'hurt', 'shed', 'upset', 'thrust']);
/** Irregular past participles with none of the regular endings. */
const IRREGULAR_PARTICIPLE = /^(?:told|sold|held|paid|laid|said|led|fed|fled|hung|struck|stuck|found|bound|ground|won|shut|hit|cut|put|set|quit|spread)$/;

/** "be" or "get" right before word i, across adverbs and auxiliaries ("was killed", "has been quickly seized"). */
export function withBe(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = toks[k]!;
    if (x.lemma === 'be' || x.lemma === 'get') return true;
    // ("Several civilians were also reported killed", "were feared dead": a participle of hearsay between.)
    if (HEARSAY.has(x.norm) && k === i - 1 && withBe(toks, k)) return true;
    if (x.pos !== 'ADV' && x.pos !== 'PART' && x.pos !== 'AUX') return false;
  }
  return false;
}
/** Participles of hearsay that may stand between "be" and a passive's participle: "were reported killed". */
const HEARSAY = new Set(['reported', 'reportedly', 'feared', 'believed', 'said', 'thought', 'confirmed']);

/** A verb, and not a capitalised word inside a name the tagger read as one ("the Samjhauta Express train"). */
export function isVerb(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  return t.pos === 'VERB' && !(k > 0 && /^[A-Z]/.test(t.text) && (toks[k - 1]!.pos === 'PROPN' || toks[k + 1]?.pos === 'PROPN' || toks[k + 1]?.pos === 'NOUN'));
}

/** Words of tokens [from, to) as written in the sentence. */
export function wordsOf(toks: Token[], from: number, to: number): string {
  let out = '';
  for (let k = Math.max(0, from); k < Math.min(to, toks.length); k++) out += (k > from && toks[k]!.start > toks[k - 1]!.end ? ' ' : '') + toks[k]!.text;
  return out;
}

export function afterCopula(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = toks[k]!;
    // ('the seizure was "unacceptable"': quotation marks around the word do not part it from its copula.)
    if (QUOTE_MARKS.has(x.text)) continue;
    if (x.lemma === 'be' || x.lemma === 'seem' || x.lemma === 'remain') return true;
    if (!['ADV', 'PART', 'AUX'].includes(x.pos)) return false;
  }
  return false;
}

/** Double quotation marks, straight and curly. */
export const QUOTE_MARKS = new Set(['"', '“', '”']);

/**
 * Where a relative clause set off by commas between a subject and its verb opens: for a verb at v right after
 * "Washington, which gives Colombia aid," (or "who", "whose", or a participle and its agent: ", co-chaired by X,"),
 * the index of that comma, whose left neighbour ends the subject; -1 when the verb follows no such clause.
 */
export function relativeClauseBefore(toks: Token[], v: number): number {
  let k = v - 1;
  while (k >= 0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  if (k < 0 || toks[k]!.text !== ',') return -1;
  for (let q = k - 1; q > 0 && k - q <= 30; q--) {
    const x = toks[q]!;
    if (x.text === ';' || x.text === '.') return -1;
    // (Or a participle with its agent: "The OSCE Minsk Group, co-chaired by Russia, France and the United States,";
    // the commas of a list inside it are passed.)
    if (x.text === ',') {
      if (['who', 'which', 'whose'].includes(toks[q + 1]!.norm) || (toks[q + 1]!.pos === 'VERB' && /(ed|en)$/.test(toks[q + 1]!.norm) && toks[q + 2]?.norm === 'by')) return q;
      if (!['PROPN', 'NOUN', 'DET', 'ADJ'].includes(toks[q + 1]!.pos)) return -1;
    }
  }
  return -1;
}

/** Prepositions that introduce where something happened ("in Aleppo", "near Kharkiv"). */
export const PREPOSITIONS_OF_PLACE = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'inside', 'outside', 'throughout', 'around', 'within']);

/** Whether the phrase starting at `start` is a preposition's object ("for a police officer killed"): not after "by",
 *  whose object is a doer, nor after a subordinator or "as" that opens a clause ("after police opened fire", "as tanks
 *  shelled"), nor after "of", which ties a phrase to the noun before it ("thousands of protesters marched"). */
export function objectOfPreposition(toks: Token[], start: number): boolean {
  const prev = toks[start - 1];
  return !!prev && prev.pos === 'ADP' && !['by', 'as', 'of'].includes(prev.norm) && !SUBORDINATORS.has(prev.norm);
}
