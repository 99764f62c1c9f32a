// Negation and intent change what a trigger means. "did not attack" is no event; "will not accept refugees" is a
// rejection; "will provide aid" is an expressed intent to help (CAMEO 03), and "will impose a curfew" a threat (13).
import { WARS } from './act-references.js';
import type { Token } from '../text/nlp.js';
import { DEFINITE, POSSESSIVES, QUOTE_MARKS } from './clauses.js';

export type Modality = 'affirmed' | 'negated' | 'intended' | 'negated-intent' | 'obliged' | 'alleged' | 'possible' | 'habitual' | 'planned' | 'not-so';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'cannot']);
/** Whether the word at i is part of "refused to confirm or deny", "declined to comment". */
function noComment(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if ((t.lemma === 'refuse' || t.lemma === 'decline') && toks[i + 1]?.norm === 'to') return ['confirm', 'comment'].includes(toks[i + 2]?.lemma ?? '');
  return t.lemma === 'deny' && toks[i - 1]?.norm === 'or' && toks[i - 2]?.lemma === 'confirm';
}
/** Adverbs that make an act an accident. */
const ACCIDENTALLY = new Set(['accidentally', 'inadvertently', 'unintentionally']);
const FUTURE = new Set(['will', "'ll", 'would', 'shall']);
/** "must cooperate", "should withdraw": said by someone else, a demand. */
/** Words of a schedule before "to": "is due to", "is scheduled to", "is set to". */
const SCHEDULED = new Set(['due', 'scheduled', 'set', 'slated']);
/** Participles that give a purpose: "aimed at forcing", "designed to isolate". */
const PURPOSED = new Set(['aimed', 'designed', 'intended', 'meant']);
/** Nouns of news of an act: "no reports of arrests", "no sign of fighting". */
const NO_NEWS = new Set(['report', 'sign', 'word', 'evidence', 'indication', 'confirmation']);
/** Words of a prediction before "to": "is expected to", "are likely to". */
const PREDICTED = new Set(['expected', 'likely', 'unlikely', 'poised', 'tipped']);
/** Verbs of meeting and visiting, which news says are "expected to" happen when they are scheduled. */
const EXPECTED_MEETINGS = new Set(['meet', 'visit', 'travel', 'fly', 'attend', 'confer', 'talk', 'negotiate', 'resume', 'host']);
/** Verbs whose object is an act not yet done: "planned attacks", "is considering sanctions". */
const PLANNING = new Set(['plan', 'plot', 'prepare', 'intend', 'consider', 'propose', 'schedule', 'contemplate', 'mull', 'envisage', 'weigh']);
/** Verbs whose object does not take place: "postponed talks", "called off the summit". */
const CANCELLING = new Set(['postpone', 'cancel', 'delay', 'scrap', 'abandon', 'skip', 'boycott', 'shelve', 'suspend', 'halt', 'ban', 'bar', 'prohibit', 'forbid', 'restrict', 'block']);
/** Verbs whose object is an act promised: "promised security guarantees", "pledged aid". */
const PROMISING = new Set(['promise', 'pledge', 'vow', 'offer', 'guarantee']);
/** Modals that with "have" and a participle tell a past that did not happen: "would have condemned". */
const COUNTERFACTUAL = new Set(['would', 'could', 'should', 'might', "'d"]);
const OBLIGATION = new Set(['must', 'should', 'ought']);
/** Words before "to" that make the following verb an intention: "plans to attack", "is ready to help". */
export const INTENT_BEFORE_TO = new Set(['vow', 'pledge', 'promise', 'agree', 'offer', 'threaten', 'undertake', 'commit', 'resolve', 'plan', 'intend', 'ready', 'willing', 'prepared', 'prepare', 'going', 'seek', 'aim', 'expect', 'hope', 'want', 'wish', 'set', 'about', 'try', 'attempt', 'mean', 'eager', 'poised', 'determined', 'likely']);
/**
 * Words before "to" that tell an aim, a wish or an expectation rather than a commitment: "planned to attack citizens",
 * "seeking to overthrow the government", "is expected to be tried for treason", "was meant to intimidate". Announced
 * cooperation so worded is still an intention (CAMEO 03, as "hopes to meet"), but force or coercion so worded threatens
 * no one: a threat is a commitment made to the one threatened ("vowed to retaliate", "said it would expel").
 */
const ASPIRING_BEFORE_TO = new Set(['plan', 'plot', 'intend', 'seek', 'aim', 'mean', 'hope', 'want', 'wish', 'expect', 'likely', 'eager']);
/** Words before "to" that tell an attempt: "tried to hack into the network". An act of force attempted is that act. */
const ATTEMPTING_BEFORE_TO = new Set(['try', 'attempt']);

/** Whether a verb of intent comes before the "to" at `to` with one prepositional phrase between ("vowed during his
 *  recent re-election campaign to", "agreed in principle to"): no object, which would make the "to" another's. */
function intentAcrossPhrase(toks: Token[], to: number): boolean {
  let k = to - 1;
  while (k >= 0 && to - k <= 7 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(toks[k]!.pos)) k--;
  if (k === to - 1 || toks[k]?.pos !== 'ADP') return false;
  const verb = toks[k - 1];
  return !!verb && verb.pos === 'VERB' && INTENT_BEFORE_TO.has(verb.lemma);
}

/** The word before the "to" of an infinitive trigger ("planned to attack": planned), adverbs and "not" skipped. */
function wordBeforeInfinitive(toks: Token[], i: number): Token | null {
  if (toks[i - 1]?.norm !== 'to') return null;
  let k = i - 2;
  while (k >= 0 && (toks[k]!.pos === 'ADV' || toks[k]!.norm === 'not')) k--;
  return toks[k] ?? null;
}

/** How the word before an infinitive frames the act: an aim or wish, an attempt, or neither. */
export function framingBefore(toks: Token[], i: number): 'aspired' | 'attempted' | null {
  // ("is expected to be tried": the infinitive is the "be" of a passive.)
  let v = i;
  if (toks[v - 1]?.lemma === 'be' && toks[v - 2]?.norm === 'to') v--;
  const w = wordBeforeInfinitive(toks, v);
  if (!w) return null;
  if (ASPIRING_BEFORE_TO.has(w.lemma)) return 'aspired';
  // (A verb: "blocked attempts to prosecute him" names attempts that failed.)
  return ATTEMPTING_BEFORE_TO.has(w.lemma) && w.pos === 'VERB' ? 'attempted' : null;
}

/** Nouns before "to" that name what is possible, right, needed or tried, not what was done. */
const UNREALISED_BEFORE_TO = new Set(['job', 'time', 'right', 'effort', 'attempt', 'bid', 'chance', 'opportunity', 'way', 'need',
  'duty', 'obligation', 'responsibility', 'power', 'ability', 'capacity', 'authority', 'mandate', 'permission', 'freedom',
  'reason', 'intention', 'desire', 'willingness', 'readiness', 'goal', 'aim', 'objective', 'mission', 'pressure', 'call',
  'demand', 'request', 'proposal', 'push', 'drive', 'move', 'plea', 'appeal', 'urge', 'temptation', 'incentive', 'capability',
  'plot', 'plan', 'scheme', 'conspiracy', 'ploy', 'threat', 'offer', 'promise', 'pledge', 'vow', 'initiative', 'idea',
  // ("said the decision was a pretext to crush peaceful opposition": what a pretext or an excuse is for is alleged.)
  'pretext', 'excuse']);
/** Whether a "to" completes a noun of what is possible, right, needed or tried, next to it or past a "by" phrase
 *  naming who tried or planned ("an attempt by former colonial power Britain to interfere", "a plot by army officers
 *  to assassinate the president"). */
function unrealisedBeforeTo(toks: Token[], to: number): boolean {
  if (toks[to - 1]?.pos === 'NOUN' && UNREALISED_BEFORE_TO.has(toks[to - 1]!.lemma)) return true;
  for (let k = to - 1; k >= Math.max(1, to - 7); k--) {
    const t = toks[k]!;
    if (t.norm === 'by') return toks[k - 1]!.pos === 'NOUN' && UNREALISED_BEFORE_TO.has(toks[k - 1]!.lemma);
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) && !(t.norm === 'and' || t.text === '-')) return false;
  }
  return false;
}
/** Quotation marks, straight and typographic. */
const SKIPPABLE = new Set(['AUX', 'PART', 'ADV']);
/** Words that open a figure after "is" or "was": "worth", "valued at", "about", "up 5 percent". */
const FIGURE_WORDS = new Set(['worth', 'valued', 'estimated', 'roughly', 'nearly', 'around', 'approximately', 'about', 'up', 'down', 'almost']);
/** Modal verbs after a noun that names an act: "the offensive would continue", "talks will resume". */
const NOUN_MODALS = new Set(['will', "'ll", 'would', 'could', 'may', 'might', 'should', 'must']);
/** Verbs that say an act takes place, goes on or sets in: "the offensive would continue", not "the visit will push
 *  forward cooperation". */
const HAPPENING = new Set(['continue', 'resume', 'begin', 'start', 'proceed', 'happen', 'occur', 'go', 'take', 'open', 'restart']);
/** Whether a modal at `at`, after an act's noun, says the act is yet to be: a verb of taking place ("the offensive would
 *  continue", "talks will resume") or a passive ("martial law could be used to delay it", "sanctions may be imposed"). */
function modalAfterNoun(toks: Token[], at: number): boolean {
  const modal = toks[at];
  if (modal?.pos !== 'AUX' || !NOUN_MODALS.has(modal.norm)) return false;
  const verb = toks[at + 1]?.norm === 'be' ? toks[at + 2] : toks[at + 1];
  return !!verb && (toks[at + 1]!.norm === 'be' ? verb.pos === 'VERB' && /(?:ed|en)$/.test(verb.norm) : HAPPENING.has(verb.lemma));
}
/** What a modal after the act's noun makes of it: "will" a plan, the others a possibility. */
const nounModal = (modal: Token): Modality => (modal.norm === 'will' || modal.norm === "'ll" ? 'planned' : 'possible');
/** Verbs that make way for an act: "clearing the way for", "paved the way for", "opens the way for". */
const WAY_MAKING = new Set(['clear', 'pave', 'open', 'prepare']);
/** Verbs that only say an act sets in: "will begin withdrawing", "started to pull out". */
const SETTING_IN = new Set(['begin', 'start']);
/** Words of not doing what follows "to": "failed to reach agreement", "the failure to detain Bashir". */
const FAILED = new Set(['fail', 'unable', 'failure']);
/** Passives that say a named act will not take place: "rallies are banned", "talks were postponed". */
const CANCELLING_OR_BANNING = new Set(['ban', 'prohibit', 'outlaw', 'forbid', 'cancel', 'postpone', 'call', 'scrap', 'suspend', 'bar']);
/** "can fire missiles at any time", "may impose sanctions": able or likely to, not done. */
const POSSIBILITY = new Set(['can', 'could', 'may', 'might']);
/** "has often fired missiles", "usually come": what happens as a rule is no one event. */
const HABITUAL = new Set(['often', 'habitually', 'usually', 'frequently', 'typically', 'generally', 'normally', 'traditionally', 'customarily']);
/** "the upcoming drill", "a planned meeting": named acts that have not happened yet. */
const PLANNED = new Set(['upcoming', 'planned', 'scheduled', 'proposed', 'forthcoming', 'prospective', 'future', 'expected', 'possible', 'potential', 'would-be', 'mooted']);
/** "bar the North from conducting tests", "prevented troops from entering": the act was kept from happening. */
const PREVENTING = new Set(['bar', 'prevent', 'ban', 'prohibit', 'block', 'deter', 'stop', 'keep', 'forbid', 'restrain']);
/** Verbs of a stance that lasts: "does not recognise" tells a standing policy. */
const STANDING_STANCES = new Set(['recognise', 'recognize']);
const DISOWNING = new Set(['deny', 'refrain', 'avoid', 'abstain', 'stop']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/** Verbs that let someone act: "allowed inspectors to return" tells the permission, not the return. */
export const PERMITTING = new Set(['allow', 'permit', 'enable', 'authorize', 'authorise', 'let']);

/** Verbs that put what follows as one side's claim: "claimed that ISIL had attacked Iraq". */
const ALLEGING = new Set(['claim', 'allege', 'alleged']);
/** Verbs and nouns that say what follows did not happen: "Russia denied (that) it had attacked Ukraine". */
const DENYING = new Set(['deny', 'denial']);
/** "rejected claims that", "dismissed reports that": a denial of what others say. */
const DISMISSING = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'brush']);
const HEARSAY = new Set(['claim', 'report', 'allegation', 'accusation', 'charge', 'suggestion', 'rumour', 'rumor', 'assertion']);

/** Where the word is that introduces the trigger's clause as what someone claims or denies ("claimed that",
 *  "denied"): the last word before the clause, past a "that" and punctuation; -1 if none. */
function introducer(toks: Token[], i: number, clauseOf: number[]): number {
  let open = i;
  while (open > 0 && clauseOf[open - 1] === clauseOf[i]) open--;
  for (let k = open - 1; k >= Math.max(0, open - 2); k--) {
    if (toks[k]!.norm !== 'that' && toks[k]!.pos !== 'PUNCT') return k;
  }
  return -1;
}

/** How the clause is reported: as one side's claim, as denied (it did not happen, says the one who would know), or plainly. */
function reportedAs(toks: Token[], i: number, clauseOf: number[]): 'alleged' | 'not-so' | null {
  if (deniedWithoutThat(toks, i)) return 'not-so';
  const at = introducer(toks, i, clauseOf);
  if (at < 0) return null;
  const x = toks[at]!;
  if (DENYING.has(x.lemma)) return 'not-so';
  if (!ALLEGING.has(x.lemma) && !HEARSAY.has(x.lemma)) return null;
  // "rejected claims that Russia had shelled the town": the claim is denied, not made.
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (DISMISSING.has(toks[k]!.lemma)) return 'not-so';
  return ALLEGING.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'ADJ') ? 'alleged' : null;
}

/** "denied it had attacked", "denies Russian troops were shelling": a denial whose clause has no "that" (the clause
 *  splitter does not see a clause there): the denying verb, a short subject, auxiliaries, the trigger. */
function deniedWithoutThat(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  if (k === i - 1) {
    // ("Britain denied any shots had been fired at the ship": or the trigger is the clause's subject, a noun with its
    // auxiliary after it.)
    if (toks[i]!.pos !== 'NOUN' || toks[i + 1]?.pos !== 'AUX') return false;
    while (k >= 0 && i - k < 3 && ['DET', 'ADJ', 'NUM'].includes(toks[k]!.pos)) k--;
    return k >= 0 && toks[k]!.pos === 'VERB' && DENYING.has(toks[k]!.lemma);
  }
  const end = k;
  while (k >= 0 && end - k < 4 && SUBJECT_WORDS.has(toks[k]!.pos)) k--;
  return k < end && k >= 0 && toks[k]!.pos === 'VERB' && DENYING.has(toks[k]!.lemma);
}
const SUBJECT_WORDS = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN']);

/** Reads the words right before a trigger (within its clause) for negation and future/intent markers. */
export function modalityOf(toks: Token[], i: number, clauseOf: number[]): Modality {
  // ("would keep cooperating", "will continue shelling": a verb of going on takes the modality of its own verb.)
  if (/ing$/.test(toks[i]!.norm) && toks[i - 1]?.pos === 'VERB' && GOING_ON.has(toks[i - 1]!.lemma)) return modalityOf(toks, i - 1, clauseOf);
  if (proposedThat(toks, i, clauseOf) || topicOfTalks(toks, i) || listedInTerms(toks, i) || setByDeadline(toks, i) || purposeOfBody(toks, i)) return 'possible';
  const modality = localModality(toks, i, clauseOf);
  // ("said he had made no commitment to recognise Kosovo", "reached no agreement": a verb whose object is opened by
  // "no" tells what was not done, and refuses nothing.)
  if (modality === 'affirmed' && toks[i]!.pos === 'VERB' && toks[i + 1]?.norm === 'no' && toks[i + 1]!.pos === 'DET' && toks[i + 2]?.text !== '-') return 'not-so';
  // ("Turkey and Armenia have never established diplomatic relations": what has never been done is a state of
  // things, no refusal of the day.)
  if (modality === 'negated' && toks.slice(Math.max(0, i - 4), i).some((t) => t.norm === 'never') && toks.slice(Math.max(0, i - 5), i).some((t) => t.lemma === 'have')) return 'not-so';
  // ("a ceasefire takes effect once parliament has ratified the deal": what is to happen once something is done is not
  // yet done.)
  // (Only "once" before a subject: not "once again", "once more", "about once every three days".)
  if (toks.slice(Math.max(0, i - 6), i).some((t, k, before) => t.norm === 'once' && !['again', 'more', 'every', 'a', 'an', 'in', 'upon'].includes(before[k + 1]?.norm ?? '')
    && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(before[k + 1]?.pos ?? '') && before.slice(k + 1).every((w) => w.pos !== 'VERB' || w.lemma === 'have'))) return 'possible';
  if (modality === 'affirmed' && (chargedWith(toks, i) || predicatedOf(toks, i, clauseOf) || taskedWith(toks, i) || averted(toks, i) || tollOfWar(toks, i) || sinceWhen(toks, i)
    // ("advised Russian tourists against travelling to Georgia", "voted against imposing sanctions": not done.)
    || (toks[i - 1]?.norm === 'against' && /ing$/.test(toks[i]!.norm))
    // ("It freezes nothing and concedes nothing": an act done to nothing is not done.)
    || (toks[i]!.pos === 'VERB' && toks[i + 1]?.norm === 'nothing'))) return 'not-so';
  if (modality === 'affirmed' && (permittedOnly(toks, i) || conditionOfModal(toks, i))) return 'possible';
  if (modality === 'affirmed' && envoyUnderWay(toks, i)) return 'planned';
  if (modality === 'affirmed' && namedSoByOthers(toks, i)) return 'not-so';
  return modality === 'affirmed' ? reportedAs(toks, i, clauseOf) ?? modality : modality;
}

/** Pronouns that stand for the one who warns: "the EU warned it could impose sanctions". */
const WARNER_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "The European Union warned it could impose sanctions", "warned that they might cut aid": what a warner says it could
 * do, of its own (a pronoun right before the modal, "warned" and "that" at most before it), is a threat, not a mere
 * possibility. (What a warning says another could do is no threat of the warner's: "warned the rebels could attack".)
 */
export function warnedOwnPossibility(toks: Token[], i: number): boolean {
  let k = i - 1;
  let modal = false;
  while (k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) {
    if (POSSIBILITY.has(toks[k]!.norm)) modal = true;
    k--;
  }
  if (!modal || k < 1 || toks[k]!.pos !== 'PRON' || !WARNER_PRONOUNS.has(toks[k]!.norm)) return false;
  k--;
  if (toks[k]!.norm === 'that') k--;
  return k >= 0 && toks[k]!.pos === 'VERB' && toks[k]!.lemma === 'warn';
}

/** Verbs that give a name to something: "what the government called collaborating". */
const NAMING = new Set(['called', 'termed', 'dubbed', 'branded', 'labelled', 'labeled']);

/**
 * "sentenced for what the government called collaborating with the United States": an act only named so by someone
 * (a charge, a label) is that one's word for it, not an act told as done.
 */
function namedSoByOthers(toks: Token[], i: number): boolean {
  const before = toks[i - 1];
  if (!before || !NAMING.has(before.norm)) return false;
  return toks.slice(Math.max(0, i - 7), i - 1).some((t) => t.norm === 'what');
}

/** Who is sent to talk: "is sending its peace envoy to Colombo". */
const EMISSARIES = new Set(['envoy', 'envoys', 'emissary', 'emissaries', 'delegation', 'delegations', 'mission', 'representative', 'representatives', 'mediator', 'mediators']);

/**
 * "Norway said it was sending its peace envoy Erik Solheim to Colombo", "said he was sending a special envoy to
 * Yerevan": an envoy on the way has not yet met anyone; the talks are planned. Judged blind, 2 of 2 such meetings
 * coded as held were wrong.
 */
function envoyUnderWay(toks: Token[], i: number): boolean {
  return ['sending', 'dispatching'].includes(toks[i]!.norm) && ['is', 'are', 'was', 'were', "'s", "'re"].includes(toks[i - 1]?.norm ?? '')
    && toks.slice(i + 1, i + 6).some((t) => EMISSARIES.has(t.norm));
}

/** Verbs of going on with an act, which carry their own tense and modality. */
const GOING_ON = new Set(['keep', 'continue', 'resume']);

/** Units of time that "every" or "each" makes a rule of: "kills soldiers on both sides every year". */
const RECURRING = new Set(['year', 'month', 'week', 'day', 'night', 'summer', 'winter', 'spring', 'autumn', 'weekend']);

/** Whether the clause of the act at `i` says it happens every so often ("kills soldiers on both sides every year"). */
export function everyTime(toks: Token[], i: number, clauseOf: number[]): boolean {
  // (A campaign told in the perfect is one: "have rallied outside parliament every night for a month".)
  for (let k = i - 1; k >= 0 && k >= i - 3 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV'); k--) if (toks[k]!.lemma === 'have') return false;
  for (let k = 0; k < toks.length - 1; k++) {
    if (clauseOf[k] !== clauseOf[i] || (toks[k]!.norm !== 'every' && toks[k]!.norm !== 'each')) continue;
    if (RECURRING.has(toks[k + 1]!.lemma)) return true;
  }
  return false;
}

/** Nouns of talks and texts whose subject an "on" or "about" phrase gives. */
const TALK_NOUNS = new Set(['talk', 'negotiation', 'discussion', 'consultation', 'dialogue', 'conference', 'summit', 'meeting', 'agreement', 'deal', 'accord', 'plan', 'proposal', 'deadlock', 'dispute']);

/** "for talks on ending the conflict", "a deal on withdrawing troops": an act talks are about is not done. */
function topicOfTalks(toks: Token[], i: number): boolean {
  if (toks[i]!.pos !== 'VERB' || !/ing$/.test(toks[i]!.norm) || !['on', 'about', 'over'].includes(toks[i - 1]?.norm ?? '')) return false;
  let k = i - 2;
  while (k >= 0 && ['ADJ', 'DET'].includes(toks[k]!.pos)) k--;
  return TALK_NOUNS.has(toks[k]?.lemma ?? '');
}

/** Nouns of what one side asks of another or binds itself to: the acts they list are not yet done. */
const TERMS = new Set(['condition', 'demand', 'term', 'requirement', 'provision', 'point', 'step', 'measure', 'commitment', 'pledge', 'promise', 'obligation']);

/** "accepted six government conditions, including withdrawing from positions ... and freeing captured soldiers": a
 *  gerund in the list of what conditions or demands include is asked for, not done. */
function listedInTerms(toks: Token[], i: number): boolean {
  if (toks[i]!.pos !== 'VERB' || !/ing$/.test(toks[i]!.norm)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 25; k--) {
    const t = toks[k]!;
    if (t.text === '.' || t.text === ';' || ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm))) return false;
    if (t.norm !== 'including') continue;
    const before = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
    return TERMS.has(toks[before]?.lemma ?? '');
  }
  return false;
}

/** "a deadline for the Philippines to meet Taiwan's demands": what a deadline is set for is not yet done. */
function setByDeadline(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.norm !== 'to') return false;
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX' || toks[k]!.text === ',') return false;
    if (toks[k]!.lemma === 'deadline' && toks[k + 1]?.norm === 'for') return true;
  }
  return false;
}

/** Verbs of setting a body up, whose purpose an infinitive gives: "was set up in 1991 to oversee a ceasefire". */
const FOUNDING = new Set(['establish', 'create', 'form', 'found', 'set', 'launch', 'mandate']);

/** "MINURSO was set up in 1991 to oversee a ceasefire": what a body was set up to do is its mandate, not an act. */
function purposeOfBody(toks: Token[], i: number): boolean {
  // (An act named by a noun, by the verb whose object it is: "to oversee a ceasefire".)
  let v = i;
  if (toks[i]!.pos === 'NOUN') {
    v = i - 1;
    while (v > 0 && i - v <= 3 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(toks[v]!.pos)) v--;
  }
  if (toks[v]?.pos !== 'VERB' || toks[v - 1]?.norm !== 'to') return false;
  for (let k = v - 2; k >= 1 && k >= v - 6; k--) {
    const t = toks[k]!;
    if (FOUNDING.has(t.lemma) && /(ed|et|up)$/.test(t.norm) && (toks[k - 1]!.lemma === 'be' || toks[k - 1]!.pos === 'ADV')) return true;
    if (!['ADP', 'NUM', 'PROPN', 'ADV', 'PART'].includes(t.pos) && t.norm !== 'up') return false;
  }
  return false;
}

/** Nouns of a course of action put forward: what a clause after them with "that" says is not done. */
const PROPOSALS = new Set(['recommendation', 'proposal', 'suggestion', 'plan', 'idea', 'call', 'request', 'recommend', 'propose', 'suggest', 'demand', 'insist']);

/** "endorsed recommendations that the two neighbours withdraw forces and resume talks", "proposed that both sides
 *  pull back": a verb in its bare form in a that-clause after a proposal is what is put forward, not done. */
function proposedThat(toks: Token[], i: number, clauseOf: number[]): boolean {
  const t = toks[i]!;
  if (t.pos !== 'VERB' || t.norm !== t.lemma) return false;
  let start = i;
  while (start > 0 && clauseOf[start - 1] === clauseOf[i]) start--;
  const that = toks.slice(start, i).findIndex((x) => x.norm === 'that');
  if (that < 0) return false;
  const k = start + that;
  // (The proposal's own words may stand between: "recommendations by OAS Secretary-General Insulza, who visited both
  // countries, that".)
  for (let q = k - 1; q >= Math.max(0, k - 16); q--) {
    if (PROPOSALS.has(toks[q]!.lemma)) return true;
    if (toks[q]!.text === '.' || toks[q]!.text === ';') break;
  }
  return false;
}

/** "has accused foreign-funded groups of destabilising the country since last year's uprising that toppled Hosni
 *  Mubarak": an act named after "since" (and what a clause on it says it did) tells from when, not what happened. */
function sinceWhen(toks: Token[], i: number): boolean {
  let k = i - 1;
  // (The verb of a relative clause on the noun: "uprising that toppled".)
  if (toks[i]!.pos === 'VERB') {
    while (k >= 0 && ['ADV', 'AUX'].includes(toks[k]!.pos)) k--;
    if (!['that', 'which'].includes(toks[k]?.norm ?? '')) return false;
    k--;
    if (toks[k]?.pos !== 'NOUN') return false;
  }
  while (k >= 0 && i - k <= 8 && (['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART'].includes(toks[k]!.pos) || toks[k]!.norm === "'s")) k--;
  return toks[k]?.norm === 'since';
}

/** "ends a Maoist insurgency that has killed 13,000 people since 1996": the toll of a war, told in a clause
 *  describing it, is how the war is described, not an event of the article's day. */
function tollOfWar(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
  // ("Liberia's wars between 1989 and 2003 killed", "a brief war in 1992 that killed": a war dated by its years is
  // history, whatever the tense.)
  if (datedWarBefore(toks, ['that', 'which'].includes(toks[k]?.norm ?? '') ? k : k + 1)) return true;
  if (k === i - 1 || !['that', 'which'].includes(toks[k]?.norm ?? '') || !toks.slice(k + 1, i).some((x) => x.lemma === 'have')) return false;
  return WARS.has(toks[k - 1]?.lemma ?? '');
}

/** Whether the words right before `end` name a war and a year: "Liberia's wars between 1989 and 2003", "a brief war
 *  in 1992". */
function datedWarBefore(toks: Token[], end: number): boolean {
  let war = false, year = false;
  for (let q = end - 1; q >= 0 && end - q <= 8; q--) {
    const x = toks[q]!;
    if (!DATED_WAR_WORDS.has(x.pos) && x.norm !== "'s") break;
    if (WARS.has(x.lemma)) war = true;
    if (x.pos === 'NUM' && /^(?:19|20)\d\d$/.test(x.norm)) year = true;
  }
  return war && year;
}
/** What a war's name and its dates are made of. */
const DATED_WAR_WORDS = new Set(['NUM', 'ADP', 'CCONJ', 'DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/** Verbs whose object is an act kept from happening, or stopped: "to spare his country further bloodshed", "excluding
 *  the use of military force", "temporarily halting U.S.-led air strikes". */
const AVERTING = new Set(['spare', 'prevent', 'avert', 'avoid', 'forestall', 'head', 'exclude', 'rule', 'halt']);

/** Is the trigger a noun that a verb of averting takes as its object? */
function averted(toks: Token[], i: number): boolean {
  if (toks[i]!.pos !== 'NOUN') return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = toks[k]!;
    // (Past a modifier fused by a hyphen: "halting U.S.-led air strikes".)
    if (x.text === '-' || (x.pos === 'VERB' && toks[k - 1]?.text === '-')) continue;
    if (x.pos === 'VERB') return AVERTING.has(x.lemma);
    if (!['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN', 'PART'].includes(x.pos)) return false;
  }
  return false;
}

/** "members of the U.N. Special Commission charged with eliminating Iraq's weapons": a body charged with a task is
 *  given a mandate, not charged with a crime. */
function taskedWith(toks: Token[], i: number): boolean {
  return toks[i]!.lemma === 'charge' && toks[i + 1]?.norm === 'with' && /ing$/.test(toks[i + 2]?.norm ?? '') && toks[i + 2]!.pos === 'VERB';
}

/** "France will not let its soldiers be attacked": what someone lets (or would let) happen, named after the one
 *  let, has not happened for that. */
function permittedOnly(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const x = toks[k]!;
    if (x.pos === 'PUNCT' || x.norm === 'to') return false;
    if (x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma !== 'be')) return PERMITTING.has(x.lemma) && k < i - 1;
  }
  return false;
}

/** "would pursue the gunmen until they surrendered", "will strike if they attack", "as soon as", "once": a clause of condition or limit
 *  under a modal tells what may come, not what came. */
function conditionOfModal(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    const x = toks[k]!;
    if (x.text === '.' || x.text === ';' || (x.pos === 'VERB' && k < i - 1)) return false;
    // ("would move onto the airfield as soon as both sides respected a ceasefire", "will strike once they attack".)
    // (Not "as soon as possible", which says when, not on what condition.)
    const asSoonAs = x.norm === 'soon' && toks[k - 1]?.norm === 'as' && toks[k + 1]?.norm === 'as' && toks[k + 2]?.norm !== 'possible';
    if (!CONDITIONS.has(x.norm) && !asSoonAs) continue;
    for (let q = k - 1; q >= Math.max(0, k - 12); q--) {
      if (toks[q]!.text === '.' || toks[q]!.text === ';') return false;
      if ((FUTURE.has(toks[q]!.norm) || COUNTERFACTUAL.has(toks[q]!.norm)) && toks[q]!.pos === 'AUX') return true;
    }
    return false;
  }
  return false;
}
/** Words that open a condition: what follows them is not told as done. */
export const CONDITIONS = new Set(['until', 'unless', 'if', 'lest', 'once']);

/** "The unrest is the most serious challenge to Ortega": an act named as the subject of "is" and a predicate is
 *  one told before, not an event here. */
function predicatedOf(toks: Token[], i: number, clauseOf: number[]): boolean {
  const x = toks[i]!, be = toks[i + 1], after = toks[i + 2];
  if (x.pos !== 'NOUN' || !be || be.lemma !== 'be' || !after || !['DET', 'ADJ', 'ADV'].includes(after.pos)) return false;
  let k = i - 1;
  while (k >= 0 && clauseOf[k] === clauseOf[i] && ['ADJ', 'NOUN'].includes(toks[k]!.pos)) k--;
  return k >= 0 && ['the', 'this', 'that'].includes(toks[k]!.norm) && (k === 0 || clauseOf[k - 1] !== clauseOf[i] || toks[k - 1]!.pos === 'PUNCT');
}

/** Verbs whose "of" or "for" names what someone is said to have done: "accused Iran of stirring unrest". */
const ACCUSING = new Set(['accuse', 'blame', 'charge', 'suspect', 'fault', 'condemn', 'criticise', 'criticize']);

/** Is the trigger inside what an accusation charges someone with ("accused Iran of stirring unrest among the
 *  Shi'ite majority")? That act is the accusation's content, told by the accusation's own event, not an event. */
function chargedWith(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
    const x = toks[k]!;
    if (x.pos === 'PUNCT' || (x.pos === 'VERB' && !/ing$/.test(x.norm))) return false;
    if (x.norm !== 'of' && x.norm !== 'for') continue;
    // The accusing verb and its object: "accused Iran of", "blamed the rebels for".
    for (let v = k - 1; v >= Math.max(0, k - 5); v--) {
      const y = toks[v]!;
      if (y.pos === 'VERB') return ACCUSING.has(y.lemma);
      if (y.pos === 'PUNCT' || y.pos === 'ADP') return false;
    }
    return false;
  }
  return false;
}

/** Whether the verb at `v` is scheduled: "is due to discuss", "was also due to meet", "are set to begin". */
function scheduled(toks: Token[], v: number): boolean {
  if (toks[v - 1]?.norm !== 'to' || !SCHEDULED.has(toks[v - 2]?.norm ?? '')) return false;
  let be = v - 3;
  while (be >= 0 && toks[be]!.pos === 'ADV') be--;
  return toks[be]?.lemma === 'be';
}

function localModality(toks: Token[], i: number, clauseOf: number[]): Modality {
  let neg = false, intent = false, possible = false;
  // ("Israel refused to confirm or deny involvement": declining to comment neither refuses nor denies anything.)
  if (noComment(toks, i)) return 'not-so';
  // A noun trigger takes the modality of the verb that governs it: "will provide emergency food aid".
  // ("the upcoming joint drill": the trigger may be the noun's first modifier.)
  if (toks[i]!.pos === 'ADJ') for (let k = i - 1; k >= Math.max(0, i - 3) && NOUN_PHRASE.has(toks[k]!.pos); k--) if (PLANNED.has(toks[k]!.norm)) return 'planned';
  // ("its military offensive would continue": an act whose noun a modal and a verb of taking place follow is yet to
  // be, as for a noun trigger below; here the trigger opens with an adjective.)
  // ("are due to begin the annual Sea Breeze naval exercise": so is one whose verb is scheduled.)
  if (toks[i]!.pos === 'ADJ') {
    let k = i - 1;
    while (k >= 0 && i - k <= 6 && NOUN_PHRASE.has(toks[k]!.pos)) k--;
    if (k >= 2 && toks[k]!.pos === 'VERB' && scheduled(toks, k)) return 'planned';
    // ("says it will begin a new military operation against Kurdish fighters": an act whose noun a verb of setting
    // in takes has that verb's modality.)
    // (The tagger may read an adjective before the trigger as an adverb: "a new military operation".)
    let v = i - 1;
    while (v >= 0 && i - v <= 6 && (NOUN_PHRASE.has(toks[v]!.pos) || toks[v]!.pos === 'ADV')) v--;
    if (v >= 0 && toks[v]!.pos === 'VERB' && SETTING_IN.has(toks[v]!.lemma)) i = v;
  }
  if (toks[i]!.pos === 'ADJ') {
    let head = i;
    while (head + 1 < toks.length && head - i < 3 && (toks[head + 1]!.pos === 'ADJ' || toks[head + 1]!.pos === 'NOUN')) head++;
    let after = head + 1;
    while (head > i && after < toks.length && after - head <= 8 && (NOUN_PHRASE.has(toks[after]!.pos) || toks[after]!.pos === 'ADP' || toks[after]!.pos === 'CCONJ')) after++;
    if (head > i && modalAfterNoun(toks, after)) return nounModal(toks[after]!);
  }
  if (toks[i]!.pos === 'NOUN' || toks[i]!.pos === 'PROPN') {
    for (let k = i - 1; k >= Math.max(0, i - 4) && NOUN_PHRASE.has(toks[k]!.pos); k--) if (PLANNED.has(toks[k]!.norm)) return 'planned';
    let k = i - 1;
    // ("announce its own sanctions": a possessive opens the noun phrase too.)
    while (k >= 0 && i - k <= 6 && (NOUN_PHRASE.has(toks[k]!.pos) || POSSESSIVES.has(toks[k]!.norm))) k--;
    // ("had planned attacks on security forces", "is considering sanctions": what a verb of planning takes as its
    // object has not been done.)
    // (Only noun-phrase words lie between: the verb governs the noun even where the clauses split after it, as
    // after a verb of saying, "announce | its own sanctions".)
    const governs = k >= 0 && toks[k]!.pos === 'VERB';
    // ("there were no immediate reports of arrests", "no sign of fighting": what no one reports is not told.)
    if (toks[k]?.norm === 'of' && NO_NEWS.has(toks[k - 1]?.lemma ?? '') && (toks[k - 2]?.norm === 'no' || toks[k - 3]?.norm === 'no')) return 'negated';
    // ("there will be no bilateral truce", "no new sanctions": a noun phrase opened by "no" names what is not so.)
    for (let q = k + 1; q < i; q++) if (toks[q]!.norm === 'no' && toks[q]!.pos === 'DET' && toks[q + 1]?.text !== '-') return 'negated';
    // ("clearing the way for the suspension of U.N. sanctions", "paved the way for talks": what the way is cleared for
    // is yet to be.)
    if (toks[k]?.norm === 'for' && toks[k - 1]?.norm === 'way' && toks[k - 2]?.norm === 'the' && WAY_MAKING.has(toks[k - 3]?.lemma ?? '')) return 'possible';
    // (Not "contributed to planning the massacres": a definite act is one that happened.)
    if (governs && PLANNING.has(toks[k]!.lemma) && !DEFINITE.has(toks[k + 1]!.norm)) return 'planned';
    // ("postponed talks with Tokyo", "cancelled the summit": what is called off does not take place.)
    if (governs && CANCELLING.has(toks[k]!.lemma)) return 'not-so';
    // ("Normalization talks between Japan and North Korea are to resume in October": the noun's own verb is planned.)
    let after = i + 1;
    while (after < toks.length && after - i <= 8 && (NOUN_PHRASE.has(toks[after]!.pos) || toks[after]!.pos === 'ADP' || toks[after]!.pos === 'CCONJ')) after++;
    if (toks[after]?.lemma === 'be' && toks[after + 1]?.norm === 'to') return 'planned';
    // ("its military offensive would continue", "talks will resume": what the noun's own modal verb says is yet to be.)
    if (modalAfterNoun(toks, after)) return nounModal(toks[after]!);
    // ("rallies are banned", "the summit was called off": an act a noun names, banned or cancelled, did not happen.)
    if (toks[after]?.lemma === 'be' && toks[after + 1] && CANCELLING_OR_BANNING.has(toks[after + 1]!.lemma) && toks[after + 1]!.pos === 'VERB') return 'not-so';
    // ("U.S. exports to Syria were worth roughly $200 million", "trade between them is worth $4 billion": a figure
    // told of what the noun names is no act.)
    if (toks[after]?.lemma === 'be' && toks[after + 1] && (FIGURE_WORDS.has(toks[after + 1]!.norm) || toks[after + 1]!.pos === 'NUM' || toks[after + 1]!.text === '$')) return 'not-so';
    // ("promised security guarantees to Pyongyang", "pledged $1 billion in aid": promised, not yet given.)
    if (governs && PROMISING.has(toks[k]!.lemma)) return 'intended';
    if (governs) i = k;
    else if (k >= 0 && (NEGATORS.has(toks[k]!.norm))) return 'negated';
  }

  // ("sanctions aimed at forcing the Taliban to hand over bin Laden", "a plan designed to isolate Iran": a purpose,
  // not an act.)
  if ((toks[i - 1]?.norm === 'at' && PURPOSED.has(toks[i - 2]?.norm ?? '')) || (toks[i - 1]?.norm === 'to' && PURPOSED.has(toks[i - 2]?.norm ?? '') && toks[i - 2]!.norm !== 'aimed')) return 'possible';
  // "The United States is expected to announce sanctions": what others expect is no one's act yet. ("to" opens a
  // clause of its own.)
  // (But a meeting, a visit or talks expected are scheduled: "Sargsyan is expected to travel to Bursa on Wednesday",
  // "the Security Council was expected to meet on Thursday", as "is due to meet" is.)
  if (toks[i - 1]?.norm === 'to' && PREDICTED.has(toks[i - 2]?.norm ?? '') && toks[i - 3]?.lemma === 'be') {
    return toks[i - 2]!.norm !== 'unlikely' && EXPECTED_MEETINGS.has(toks[i]!.lemma) ? 'planned' : 'possible';
  }
  // "The Security Council is due to discuss the crisis": scheduled, not done.
  // ("Lavrov was also due to meet Wen": past an adverb too.)
  if (scheduled(toks, i)) return 'planned';
  // ("The Security Council was to hold an emergency meeting", "ministers were to meet on Sunday".)
  // ("The Palestine National Council is also to meet".)
  let be = i - 2;
  while (be >= 0 && toks[be]!.pos === 'ADV') be--;
  if (toks[i - 1]?.norm === 'to' && ['was', 'were', 'is', 'are'].includes(toks[be]?.norm ?? '') && toks[i]!.pos === 'VERB') return 'planned';
  // "Neither is the army supporting any party": a clause that opens with "neither" or "nor" is negated throughout.
  let open = i;
  while (open > 0 && clauseOf[open - 1] === clauseOf[i]) open--;
  while (open < i && toks[open]!.pos === 'PUNCT') open++;
  // A clause opened by "neither" or "nor" says what is not so; it refuses nothing ("I assure you, neither is the
  // army supporting any party": after a comma, with the subject inverted): no event.
  if (toks[open]!.norm === 'neither' || toks[open]!.norm === 'nor') return 'not-so';
  // ("NATO members have refused to follow until Moscow withdraws its remaining troops", "unless Iran stops
  // enrichment": a condition set is yet to be met.)
  if ((toks[open]!.norm === 'until' || toks[open]!.norm === 'unless') && toks[i]!.pos === 'VERB'
    && [toks[i]!.lemma, toks[i]!.lemma + 's', toks[i]!.lemma + 'es'].includes(toks[i]!.norm)) return 'possible';
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k]!.pos !== 'VERB'; k--) if (toks[k]!.norm === 'neither' || (toks[k]!.norm === 'nor' && toks[k + 1]?.pos === 'AUX')) return 'not-so';
  // A quotation mark opens a clause of its own, but "Dublin should \"urgently assist\"" is one verb phrase: the words
  // before an opening quote still modify what is quoted.
  let clause = clauseOf[i]!;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = toks[k]!;
    if (QUOTE_MARKS.has(x.text) && k > 0) { clause = clauseOf[k - 1]!; continue; }
    if (clauseOf[k] !== clause) break;
    // ("Serbia does not recognise Kosovo's independence", "Belgrade, which does not recognise the declaration": a
    // stance held in the present is how things stand, not an act of the day.)
    if (x.norm === 'not' && ['does', 'do'].includes(toks[k - 1]?.norm ?? '') && k === i - 1 && STANDING_STANCES.has(toks[i]!.lemma)) return 'habitual';
    if (NEGATORS.has(x.norm) || NEGATORS.has(x.lemma)) { neg = true; continue; }
    // "denied attacking", "refrained from shelling": the act is disowned.
    // ("Pakistan denies supporting the Taliban", "Rwanda has denied supporting him": an act denied is the denier's
    // word that it did not happen, no refusal of anything; judged blind, such "rejections" were wrong.)
    if (DENYING.has(x.lemma) && x.pos === 'VERB' && /ing$/.test(toks[i]!.norm) && k === i - 1) return 'not-so';
    if (DISOWNING.has(x.lemma) && /ing$/.test(toks[i]!.norm)) { neg = true; break; }
    if (x.norm === 'from' && toks[k - 1] && DISOWNING.has(toks[k - 1]!.lemma)) { neg = true; break; }
    // "a resolution that would have condemned the attack", "could have prevented it": a past that did not happen.
    if ((x.norm === 'have' || x.norm === "'ve") && x.pos === 'AUX') {
      let q = k - 1;
      while (q >= 0 && toks[q]!.pos === 'ADV') q--;
      if (q >= 0 && COUNTERFACTUAL.has(toks[q]!.norm)) return 'not-so';
    }
    if (FUTURE.has(x.norm)) { intent = true; continue; }
    // ("Theresa May held talks": a name, not a modal.)
    if (x.text === 'May' && toks[k - 1]?.pos === 'PROPN') break;
    if (POSSIBILITY.has(x.norm)) { possible = true; continue; }
    if (HABITUAL.has(x.norm)) return 'habitual';
    if (x.norm === 'from' && /ing$/.test(toks[i]!.norm)) {
      // (The tagger often reads "bar" as a noun: any part of speech will do.)
      for (let q = k - 1; q >= Math.max(0, k - 5); q--) if (PREVENTING.has(toks[q]!.lemma)) return 'not-so';
    }
    if (OBLIGATION.has(x.norm) || (x.norm === 'to' && toks[k - 1] && ['have', 'need'].includes(toks[k - 1]!.lemma) && toks[k - 2]?.pos !== 'VERB')) {
      return neg ? 'negated' : 'obliged';
    }
    // ("India said it had accidentally fired a missile into Pakistan": an accident is no one's act towards another.)
    if (ACCIDENTALLY.has(x.norm)) return 'not-so';
    // ("The two governments have yet to agree on a plan": what is yet to be done has not been, and is refused by no one.)
    if (x.norm === 'to' && toks[k - 1]?.norm === 'yet' && ['have', 'be'].includes(toks[k - 2]?.lemma ?? '')) return 'not-so';
    // "failed to reach agreement", "refrained from": the act did not happen.
    if (x.norm === 'to' && toks[k - 1] && FAILED.has(toks[k - 1]!.lemma)) { neg = true; break; }
    // "was shot before he was able to attack the checkpoint": what one was not yet able to do was not done.
    if (x.norm === 'to' && toks[k - 1]?.lemma === 'able' && toks.slice(Math.max(0, k - 6), k).some((w) => w.norm === 'before' || w.norm === 'until')) return 'possible';
    // ("had no plans to take over the base": an intention denied.)
    // ("came to power promising to end the war": the tagger may leave the participle's lemma as it is.)
    if (x.norm === 'to' && toks[k - 1] && (INTENT_BEFORE_TO.has(toks[k - 1]!.lemma) || INTENT_BEFORE_TO.has(toks[k - 1]!.norm.replace(/ing$/, 'e'))
      || INTENT_BEFORE_TO.has(toks[k - 1]!.norm.replace(/ing$/, '')))) { intent = true; if (NEGATORS.has(toks[k - 2]?.norm ?? '')) neg = true; break; }
    // ("vowed during his re-election campaign to enter talks", "promised on Friday to withdraw": so with a phrase of
    // when or where between the verb of intent and its "to".)
    if (x.norm === 'to' && intentAcrossPhrase(toks, k)) { intent = true; break; }
    // "it is not our job to destroy parties", "efforts to broker a truce", "the right to protest": what a noun says
    // may, should or could be done is not done.
    if (x.norm === 'to' && unrealisedBeforeTo(toks, k)) { possible = true; break; }
    // "to create or destroy": a verb coordinated before the trigger shares its modality.
    if ((x.norm === 'or' || x.norm === 'and') && toks[k - 1]?.pos === 'VERB' && k - 2 >= 0 && toks[k - 2]!.norm === 'to') continue;
    // "a resolution that would have condemned the attack and demanded ...": a verb coordinated right after another
    // one's object, with no subject of its own, shares that verb's counterfactual.
    if (x.norm === 'and' && k === i - 1 && toks[i]!.pos === 'VERB') {
      for (let v = k - 1; v >= Math.max(0, k - 12) && clauseOf[v] === clause; v--) {
        if (toks[v]!.pos === 'VERB') {
          const governing = localModality(toks, v, clauseOf);
          if (governing === 'not-so') return 'not-so';
          // ("agreed to reopen embassies and resume flights": a bare verb after "and" continues the infinitive.)
          // ("said he would suspend the constitution and dissolve parliament": so does one after a modal.)
          if ((toks[v - 1]?.norm === 'to' || (toks[v - 1]?.text === ',' && toks[v]!.norm === toks[v]!.lemma) || (FUTURE.has(toks[v - 1]?.norm ?? '') && toks[i]!.norm === toks[i]!.lemma))
            && (governing === 'intended' || governing === 'planned')) return governing;
          break;
        }
      }
    }
    // "agreed to reopen embassies, resume flights and allow ...": a list of bare verbs after an infinitive shares
    // its modality.
    if (x.text === ',' && k === i - 1 && toks[i]!.pos === 'VERB' && toks[i]!.norm === toks[i]!.lemma) {
      for (let v = k - 1; v >= Math.max(0, k - 10); v--) {
        if (toks[v]!.text === ';' || toks[v]!.text === '.') break;
        if (toks[v]!.pos === 'VERB') {
          if (toks[v - 1]?.norm !== 'to') break;
          const governing = localModality(toks, v, clauseOf);
          if (governing === 'intended' || governing === 'planned' || governing === 'possible' || governing === 'not-so') return governing;
          break;
        }
      }
    }
    if (x.pos === 'VERB' && toks[k + 1] && (toks[k + 1]!.norm === 'or' || toks[k + 1]!.norm === 'and') && toks[k - 1]?.norm === 'to') continue;
    // "will hold an emergency session on Tuesday to discuss the crisis": what is done for a purpose shares the
    // modality of what it is done by.
    if (x.norm === 'to' && k === i - 1 && toks[i]!.pos === 'VERB') {
      for (let g = k - 1; g >= Math.max(0, k - 16); g--) {
        const y = toks[g]!;
        // (Not the commas of a list of names: "is to travel to Tokyo, Seoul, Beijing and Moscow next week to discuss".)
        // (Nor the comma of a list of infinitives: "not to finance armed groups, to protect each other's nationals".)
        const listComma = y.text === ',' && ((toks[g - 1]?.pos === 'PROPN' && toks[g + 1]?.pos === 'PROPN') || g === k - 1);
        if (y.text === ';' || (y.text === ',' && !listComma) || y.text === '.') break;
        if (y.pos === 'VERB') {
          // ("signed an agreement to ... allow peacekeeping troops to deploy": what one is allowed to do is not
          // yet done.)
          if (PERMITTING.has(y.lemma) && g < k - 1) return 'possible';
          const governing = localModality(toks, g, clauseOf);
          // ("had agreed to respect each other's sovereignty and not to interfere": a "not" of its own negates it.)
          if (governing === 'intended' && toks[k - 1]?.norm === 'not') return 'negated-intent';
          if (governing === 'intended' || governing === 'planned' || governing === 'possible' || governing === 'not-so') return governing;
          // ("agreed on Thursday to a ceasefire and to withdraw their forces": an infinitive coordinated with what a
          // verb of intent takes is intended as much.)
          if (governing === 'affirmed' && toks[k - 1]?.norm === 'and' && INTENT_BEFORE_TO.has(y.lemma) && y.pos === 'VERB') return 'intended';
          // ("undertook not to finance armed groups, to protect each other's nationals and to resume trade": the "not"
          // is the first infinitive's; the others are still undertaken.)
          if ((governing === 'negated-intent' || (governing === 'negated' && toks[g - 1]?.norm === 'to' && toks[g - 2]?.norm === 'not'
            && INTENT_BEFORE_TO.has(toks[g - 3]?.lemma ?? ''))) && g < k - 1) return 'intended';
          break;
        }
      }
    }
    if (x.norm === 'to') continue;
    if (SKIPPABLE.has(x.pos) || (x.pos === 'DET' && x.norm === 'no')) continue;
    // ("Russia will start withdrawing troops", "plans to begin releasing prisoners", "began to pull out": an act that
    // sets in has the modality of its setting in.)
    if (x.pos === 'VERB' && SETTING_IN.has(x.lemma) && ((k === i - 1 && /ing$/.test(toks[i]!.norm)) || (k === i - 2 && toks[i - 1]!.norm === 'to'))) {
      return localModality(toks, k, clauseOf);
    }
    break;
  }
  // "no Russian personnel were hit", "no one was killed": what happened to, or was done by, no one did not happen.
  if (toks[i]!.pos === 'VERB') {
    let q = i - 1;
    while (q >= 0 && (toks[q]!.pos === 'AUX' || toks[q]!.pos === 'ADV')) q--;
    let r = q;
    while (r >= 0 && q - r < 5 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(toks[r]!.pos)) r--;
    if (r >= 0 && r < q && toks[r]!.norm === 'no' && clauseOf[r] === clauseOf[i]) neg = true;
    else if (q >= 0 && (toks[q]!.norm === 'nobody' || toks[q]!.norm === 'none' || (toks[q]!.norm === 'one' && toks[q - 1]?.norm === 'no'))) neg = true;
  }
  if (neg && intent) return 'negated-intent';
  if (neg) return 'negated';
  if (possible) return 'possible';
  if (intent) return 'intended';
  return 'affirmed';
}

/** What must be done is demanded (CAMEO 10x, mirroring the kind of act); refused cooperation is rejected (12x). */
const DEMAND_BY_ROOT: Record<number, string> = { 3: '100', 4: '106', 5: '102', 6: '101', 7: '103', 8: '105', 12: '105', 15: '1056', 18: '1056', 19: '1056', 20: '1056' };
const REJECTION_BY_ROOT: Record<number, string> = { 3: '120', 4: '125', 5: '120', 6: '121', 7: '122', 8: '124' };

/** The CAMEO code a trigger's code becomes under a modality; null when the event did not happen. */
export function applyModality(code: string, modality: Modality): string | null {
  if (modality === 'affirmed') return code;
  // What could or may happen has not: no event (a threat says so in words of its own: "threatened to").
  if (modality === 'possible' || modality === 'habitual' || modality === 'not-so') return null;
  // A planned act: cooperation planned is an intention (CAMEO 03, as "will meet"); conflict planned is no event.
  if (modality === 'obliged') {
    // What someone must do is demanded of them: CAMEO 10, mirroring the kind of act demanded.
    return DEMAND_BY_ROOT[Number(code.slice(0, 2))] ?? '100';
  }
  if (modality === 'alleged') {
    // What one side claims another did is known as an accusation (of aggression, for violence); claimed
    // cooperation is no event.
    const claimedRoot = Number(code.slice(0, 2));
    return claimedRoot >= 18 ? '1123' : claimedRoot >= 11 ? '112' : null;
  }
  const root = Number(code.slice(0, 2));
  const cooperative = root >= 3 && root <= 8;
  if (modality === 'planned' && !cooperative) return null;
  if (modality === 'negated' || modality === 'negated-intent') {
    // Refusing cooperation ("will not accept refugees", "did not agree") is a rejection; a conflict that did not
    // happen, or talks or aid that simply are not going on ("was not negotiating"), are no event.
    if (!cooperative) return null;
    // (Nor a concession not made: "the United States had not lifted any sanctions" tells what is not, refusing
    // nothing; "will not lift" does refuse.)
    if (modality === 'negated' && (root === 4 || root === 6 || root === 7 || root === 8)) return null;
    return REJECTION_BY_ROOT[root]!;
  }
  // Intended: announced material cooperation is intent to cooperate; announced material conflict is a threat.
  switch (root) {
    case 4: return '036';
    case 5: return '032';
    case 6: return code.length === 3 && code[2] !== '0' ? `031${code[2]}` : '031';
    case 7: return code.length === 3 && code[2] !== '0' && code[2]! <= '4' ? `033${code[2]}` : '033';
    case 8: return '035';
    case 14: return '133';
    case 15: return '138';
    case 16: return code.startsWith('161') ? '1313' : code.startsWith('163') ? '1312' : code.startsWith('162') ? '1311' : '131';
    case 17: return code === '1723' ? '1323' : code === '1724' ? '1324' : '131';
    case 18: case 19: return '138';
    case 20: return '1385';
    default: return code;
  }
}

/** Finite forms that state what is (or was) so. */
const STATING = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'did', 'does']);

/** Whether the clause right after a verb of insisting states a fact: its first verb is a finite "was", "had", ... */
export function assertedAfter(toks: Token[], at: number): boolean {
  for (let k = at + 1; k < toks.length && k <= at + 12; k++) {
    if (toks[k]!.norm === 'on') return false;
    // (A past tense of its own states as much: "insisted the army acted lawfully"; a bare "be" asks: "that Aoun be
    // allowed".)
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return STATING.has(toks[k]!.norm) || (toks[k]!.pos === 'VERB' && /ed$/.test(toks[k]!.norm) && toks[k - 1]?.pos !== 'AUX');
  }
  return false;
}

/** Verbs of talks failing: "broke down", "collapsed", "stalled" (not "failed to reach agreement": they were held). */
const FAILING_TALKS = new Set(['collapse', 'stall', 'founder']);

/** Whether the clause's verb after a noun of talks ending at `last` says they failed. */
export function talksFailed(toks: Token[], clauseOf: number[], last: number): boolean {
  for (let k = last + 1; k < toks.length && clauseOf[k] === clauseOf[last]; k++) {
    if (toks[k]!.pos !== 'VERB') continue;
    return FAILING_TALKS.has(toks[k]!.lemma) || (toks[k]!.lemma === 'break' && ['down', 'off'].includes(toks[k + 1]?.norm ?? ''));
  }
  return false;
}
