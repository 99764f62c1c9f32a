// Stage 3 of the coder: who did the act a trigger names, and to whom. Word order within the clause gives subject,
// object, passive agent and speaker; the dependency parse is asked where word order finds no named actor. Acts named
// by a noun take their doer from a modifier, a "by" phrase, a possessor or the governing verb, or from the article's
// memory of who did that kind of act; places are venues, not recipients; violence with no named perpetrator is the
// place's unidentified actors'.
import { mapped } from '../arrays.js';
import { actorRef, type ActorRef } from '../model.js';
import { TIME_NAMES } from '../geo/places.js';
import { normalizeWord, parseOf, type Sentence, type Token } from '../text/nlp.js';
import { argumentsOf, heldAlongside } from './arguments.js';
import { joinTokens, phrasesAt } from './arrays.js';
import type { PatternMatch } from './patterns.js';
import { CONDITIONS } from './modality.js';
import { namesAnActor } from './resolution.js';
import { ACCORD_NOUNS, actNamedBy, ANSWERED_CLAIMS, GENERIC_ACT_NOUNS, kindOfAct, MUTUAL_ACTS, namesVote, REFERABLE_KINDS, secondKindNamedBy, WARS } from './act-references.js';
import { afterCopula, CLAIMED, DEFINITE, descriptionBefore, isVerb, objectOfPreposition, passive, POSSESSIVES, PREPOSITIONS_OF_PLACE, QUOTE_MARKS, RELATIVE, relativeClauseBefore, SPEECH, SUBORDINATORS, withBe, wordsOf, WORDS_SAID } from './clauses.js';
import { BORDERS, coordinated, INSTRUMENTS, coordinatedBack, COUNTRY_NOUNS, DIPLOMATIC_BUILDINGS, DOCUMENTS, FROM_ABROAD, lastGroup, NON_STATE_CODES, phraseIn, REACTIONS_FROM, tellsAfter, type ArticleMemory, type ClausePlace, type Phrase } from './mentions.js';

/** CAMEO roots whose acts, with no named perpetrator, are coded to unidentified actors of the place (coerce,
 *  assault, fight, mass violence), and protests with no named protesters to the place's people. */
const UNNAMED_PERPETRATOR_ROOTS = new Set(['14', '17', '18', '19', '20']);
/** Requests (CAMEO roots): appeals and demands, whose "* to" gap names the one asked. */
const REQUESTS = new Set(['02', '10']);
/** Words of legal charges (coded 1121, an accusation of a crime), which only a state's authorities bring: "he was
 *  charged with fraud" names no accuser, and the place's authorities charged him, as they arrest. */
const CHARGING = new Set(['charge', 'indict', 'indictment', 'prosecute', 'prosecution', 'trial', 'try']);
/** The trigger itself when it is a verb, else the first verb within six words after it ("a state of emergency was
 *  declared": declared), else the trigger. */
function verbFrom(i: number, toks: Token[]): number {
  if (toks[i]!.pos === 'VERB') return i;
  for (let k = i + 1; k < toks.length && k - i <= 8 && ![',', ';', '.'].includes(toks[k]!.text); k++) if (toks[k]!.pos === 'VERB') return k;
  return i;
}
/** Whether an act with no named perpetrator is the unidentified actors' of its place (above). */
const unnamedPerpetrator = (m: PatternMatch, toks: Token[]) => UNNAMED_PERPETRATOR_ROOTS.has(m.pattern.cameo.slice(0, 2))
  || (m.pattern.cameo === '1121' && m.matched.some((k) => CHARGING.has(toks[k]!.lemma)));
/** Verbs whose object names an act without its subject doing it: recalling, reporting, investigating, obtaining. */
const ACT_REFERRING_VERBS = new Set(['raise', 'mention', 'recall', 'cite', 'reference', 'investigate', 'probe', 'report', 'describe',
  'see', 'watch', 'witness', 'follow', 'fear', 'remember', 'commemorate', 'mark', 'document', 'study', 'examine', 'review',
  'recount', 'detail', 'hear', 'know', 'expect', 'secure', 'survive', 'monitor', 'track', 'observe', 'cover',
  'relate', 'affect', 'prompt', 'trigger', 'spark', 'cause', 'justify', 'explain', 'question', 'doubt', 'ignore',
  'predict', 'anticipate', 'await', 'debate', 'highlight', 'blame', 'attribute', 'link', 'compare', 'recognize',
  'recognise', 'acknowledge', 'discuss', 'analyse', 'analyze', 'count', 'record', 'tally', 'estimate', 'verify', 'film', 'photograph',
  'challenge', 'contest', 'celebrate', 'hail', 'applaud', 'cheer', 'mourn', 'lament']);
/** Verbs whose subject undergoes the act their object names: "suffered attacks", "faced a crackdown". */
const UNDERGOING = new Set(['suffer', 'face', 'endure', 'experience', 'witness', 'survive', 'sustain', 'undergo']);
/** Verbs of giving and sending: their object is what is given ("sent emergency supplies", "returned six artifacts"),
 *  and whom it goes to follows "to" or "into". */
const TRANSFER_VERBS = new Set(['send', 'give', 'provide', 'deliver', 'return', 'donate', 'deploy', 'dispatch', 'ship', 'supply', 'extradite',
  'hand', 'transfer', 'contribute', 'extend', 'offer', 'grant', 'fly', 'airlift', 'sell', 'lend', 'pledge', 'allocate',
  'channel', 'bring', 'surrender', 'export', 'distribute', 'hand over', 'funnel', 'rush', 'despatch', 'smuggle', 'sent']);
/** What an act may be done under: "under U.S. pressure", "under the auspices of the UN". */
const UNDER_NOUNS = new Set(['pressure', 'auspices', 'mediation', 'supervision', 'sponsorship', 'guidance', 'watch', 'eye', 'aegis']);
/** People called foreign, anywhere in a phrase. */
const FOREIGN_PEOPLE = /\bforeign\s+(?:tourists|nationals|workers|journalists|hostages|visitors|citizens|residents|students|aid workers|engineers|experts)\b/i;
/** What one speaks on: "on social media", "on state radio". */
const CHANNELS = new Set(['media', 'radio', 'television', 'tv', 'twitter', 'facebook', 'instagram', 'telegram', 'website', 'airwaves']);
/** Restrictions imposed on a place: curfews (1723), states of emergency and martial law (1724). */
const IMPOSED_ON_PLACES = new Set(['1723', '1724']);
/** Verbs that tell an act named by their subject as happening: "clashes erupted", "protests spread". */
const HAPPENING_VERBS = new Set(['erupt', 'break', 'continue', 'rage', 'escalate', 'intensify', 'flare', 'occur', 'happen',
  'spread', 'resume', 'grow', 'take', 'erupted', 'persist', 'mount', 'swell', 'spill']);
/** Verbs that, in the passive, tell an act named by their subject as done: "a state of emergency was declared",
 *  "a curfew was imposed". */
const IMPOSING_VERBS = new Set(['declare', 'impose', 'introduce', 'proclaim', 'reimpose', 'extend']);
/** Verbs of reacting to another's act, offer or demand: what they name was done by someone else. */
export const REACTION_VERBS = new Set(['accept', 'welcome', 'embrace', 'endorse', 'hail', 'reject', 'dismiss', 'rebuff', 'spurn',
  'refuse', 'decline', 'condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'slam', 'oppose', 'protest',
  // (Concern voiced about an act, and denials of an accusation: "expressed concern about the raid" is about the
  // raiders, "rejected the accusations" answers the accuser.)
  'express', 'voice', 'concern', 'trouble', 'alarm', 'worry', 'disturb', 'deny', 'refute', 'rebut']);
/** Verbs that take the receiver as a first object: "gave Putin a warning", "offered Kyiv a deal". */
const DOUBLE_OBJECT_VERBS = new Set(['give', 'send', 'offer', 'hand', 'grant', 'issue', 'deliver', 'promise', 'pay', 'lend', 'sell', 'show', 'extend', 'award', 'owe', 'deny']);
/** Verbs of sending people away: "expelled from", "deported from", "extradited from" a country. */
const REMOVAL_VERBS = new Set(['expel', 'deport', 'extradite', 'evict', 'eject', 'oust', 'banish']);
/** Words that end a sum of money: "10 million euros", "$46 million". */
/** Nouns of a locality named after them: "the town of X", "the village of X". */
const LOCALITIES = new Set(['town', 'village', 'city', 'district', 'province', 'region', 'area', 'county', 'municipality', 'neighbourhood', 'neighborhood', 'suburb', 'camp']);


/** Whether a clause says where something happened with the name of a locality no dictionary or gazetteer knows
 *  ("in the town of Khan Sheikhoun", "near the village of X"). */
function unknownPlaceIn(toks: Token[], phraseAt: ReadonlyArray<Phrase | null>, clauseOf: number[], clause: number): boolean {
  for (let j = 0; j + 1 < toks.length; j++) {
    if (clauseOf[j] !== clause || (toks[j]!.norm !== 'in' && toks[j]!.norm !== 'near')) continue;
    let q = j + 1;
    if (toks[q]!.pos === 'DET') q++;
    // (Only a locality named as such: a bare "near Bagram Airfield" may be a base or a landmark of the home country.)
    if (!LOCALITIES.has(toks[q]?.lemma ?? '') || toks[q + 1]?.norm !== 'of') continue;
    q += 2;
    const name = toks[q];
    if (!name || name.pos !== 'PROPN' || !/^[A-Z]/.test(name.text)) continue;
    const p = phraseAt[q];
    if (p && !p.time && !p.place && !p.actor?.code && !p.mentions.length && !TIME_NAMES.test(name.text)) return true;
  }
  return false;
}

/** Prepositions of where crowds are dispersed, beside a building rather than at it. */
const AROUND = new Set(['outside', 'inside', 'opposite']);
/** A country's envoys and missions abroad. */
// ("charge d'affaires" ends on its second word.)
const ENVOYS = new Set(['ambassador', 'envoy', 'diplomat', 'embassy', 'consul', 'consulate', 'representative', 'charge', 'chargé', "d'affaires", 'd’affaires']);
/** Prepositions spelled as -ing verbs. */
const ING_PREPOSITIONS = new Set(['regarding', 'concerning', 'including', 'following', 'according', 'involving', 'excluding', 'pending', 'during', 'considering']);
/** Kinds of act whose noun "from X" names the one who does it: threats, shows of force, violence. */
const FROM_MAKERS = new Set(['13', '15', 'violence']);
/** Verbs that make their object act, whose infinitive is then the object's: "prompted the Council to impose". */
const OBJECT_CONTROL = new Set(['prompt', 'force', 'compel', 'cause', 'lead', 'push', 'persuade', 'convince', 'drive', 'spur', 'oblige']);

/** Verbs whose subject does what it is "in": "engaged in ethnic cleansing", "took part in armed attacks". */
const ENGAGING = new Set(['engage', 'engaged', 'involve', 'involved', 'participate', 'part', 'indulge', 'persist']);
/** Determiners that introduce an act rather than refer back to one told before: "a chemical attack", "another raid". */
const INTRODUCING = new Set(['a', 'an', 'another']);
/** Words before a phrase that give it as the reason or occasion of another act: "in response to", "in retaliation
 *  for", "after", "following", "amid", "despite". */
const CAUSES = new Set(['after', 'following', 'amid', 'despite']);
function causeBefore(toks: Token[], start: number): boolean {
  const w = (k: number) => toks[k]?.norm ?? '';
  return CAUSES.has(w(start - 1)) || (w(start - 1) === 'to' && w(start - 2) === 'response')
    || (w(start - 1) === 'for' && ['retaliation', 'revenge', 'reprisal'].includes(w(start - 2)));
}

const MONEY = /^(?:[$€£]?[\d.,]+|million|billion|trillion|euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|marks?)$/;
/** CAMEO roots of meetings, intentions and protests: their places are venues, never recipients ("met in Helsinki",
 *  "protests were held in Tokyo"). */
/** Nouns for a settlement, a region or a building, which after "in", "at" or "outside" say where, not to whom: "in
 *  the Zambian capital", "a protest outside a police station". */
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'province', 'region', 'district', 'resort', 'enclave', 'suburb', 'outskirts',
  'station', 'building', 'compound', 'headquarters', 'palace', 'square', 'stadium', 'hotel', 'hospital', 'mosque', 'church', 'temple']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Sites people tour, which stand for no one: "toured the ancient temple", "visited a hospital". */
const SITES = new Set(['temple', 'mosque', 'church', 'shrine', 'hospital', 'stadium', 'hotel', 'square', 'site', 'memorial', 'museum', 'monument', 'ruins', 'cemetery', 'factory', 'plant', 'mine']);
/** Nouns for ground, which "on" places an act on rather than aims it at. */
const GROUND = new Set(['soil', 'border', 'territory', 'ground', 'side', 'frontier', 'land', 'waters', 'airspace']);
/** Nouns of violence that name its means, with the CAMEO codes of that means in the order to look for them: air
 *  strikes 195, artillery 194, bombs set off 183. */
const MEANS_OF_VIOLENCE = new Map([['bombing', ['195', '183']], ['bombardment', ['195']], ['airstrike', ['195']], ['strike', ['195']], ['raid', ['195']],
  ['shelling', ['194']], ['barrage', ['194']], ['blast', ['183']], ['explosion', ['183']]]);
/** Prepositions after a participle that describes the noun before it: "people linked to", "weapons made by". */
const PREPOSITION_AFTER_PARTICIPLE = new Set(['to', 'by', 'with']);
/** Nouns for a war as a whole, whose toll is counted over its years. */
const WHOLE_WARS = new Set(['war', 'conflict', 'insurgency', 'uprising', 'rebellion', 'intifada']);
/** Abstract nouns that, as a passive's agent, make the act a figure of speech: "hit by a currency shortage". */
const ABSTRACT_AGENTS = new Set(['shortage', 'crisis', 'recession', 'inflation', 'drought', 'famine', 'history', 'fate', 'system', 'greed', 'corruption', 'poverty']);
/** Nouns of setting someone free, which a demand is made for. */
const RELEASES = new Set(['release', 'freedom', 'freeing']);
/** Verbs of accusing, urging and warning, which a speaker does in words. */
const COMMUNICATIVE = new Set(['accuse', 'urge', 'warn', 'demand', 'deny', 'reject', 'condemn', 'criticise', 'criticize', 'blame', 'appeal', 'vow', 'pledge', 'threaten', 'dismiss', 'denounce']);
/** Verbs of sending someone somewhere. */
const SENDING = new Set(['send', 'dispatch', 'despatch']);
/** Participles of drawing a reaction: ", drawing sharp criticism from Washington". */
const DRAWING = new Set(['draw', 'prompt', 'spark', 'trigger', 'provoke', 'earn']);
/** Modals that a list of bare verbs can hang on: "will cut ..., refuse ... and receive". */
const LIST_MODALS = new Set(['will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might']);
/** Prepositions after a noun of violence that name whom it was done to. */
const VICTIM_PREPOSITIONS = new Set(['of', 'on', 'against']);
/** Nouns for violence as a whole, which name no side that did it: "condemned the violence". */
const SIDELESS_VIOLENCE = new Set(['violence', 'escalation']);
const VENUE_ROOTS = new Set(['03', '04', '05', '06', '14']);
/** Prepositions that put an act in a capital rather than aim it at the government there ("at", "into" and "on" may
 *  aim: "fired rockets at Jerusalem"). */
const LOCATIVE_BEFORE_CAPITAL = new Set(['in', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within']);
/** Directions a place is given from: "north of Baghdad", "30 km east of the capital". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Texts proposed to a body: a participle after one says what the text says ("a draft statement condemning"). */
export const TEXT_NOUNS = new Set(['statement', 'resolution', 'draft', 'text', 'motion', 'declaration', 'communique', 'bill']);
/** Whether a text noun and a participle after it ("a draft statement condemning") stand between two tokens. */
function textAboutBetween(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (TEXT_NOUNS.has(toks[k]!.lemma) && toks[k + 1]!.pos === 'VERB' && /ing$/.test(toks[k + 1]!.norm)) return true;
  return false;
}
/** A phrase that is a capital named alone ("Khartoum"), which the dictionaries read as its government. */
const bareCapital = (p: Phrase) => p.mentions.length === 1 && p.mentions[0]!.entry.kind === 'capital' && p.mentions[0]!.start === p.start && p.mentions[0]!.end === p.end;
/** Sectors of a country's own people and bodies other than its government, whose government is their own (not its
 *  courts: U.N.-backed and foreign courts try other countries' leaders). */
const SUBJECTS_OF_STATE = new Set(['OPP', 'LEG', 'CVL', 'EDU', 'LAB', 'MED', 'REL', 'BUS']);
/** Sectors of a state's own that tell of its arrests and bans: police, forces, courts, government. */
const STATE_TELLERS = new Set(['COP', 'MIL', 'GOV', 'JUD']);
/** Sectors whose actions on unnamed people are, by default, domestic. */
const DOMESTIC_FORCES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);
/** Sectors of people rather than bodies or things: civilians, workers, refugees, clergy ... */
export const PEOPLE_SECTORS = new Set(['CVL', 'LAB', 'REF', 'MED', 'EDU', 'REL', 'HLH', 'AGR']);
/** Roots of acts a state mostly does to its own people: yield (release, ease), coerce (arrest, ban). */
const STATE_OWN_ROOTS = new Set(['08', '17']);
/** Head words of bodies sent to serve somewhere: "the UN peacekeeping mission in Mali", "the security force in Afghanistan". */
const MISSIONS = new Set(['mission', 'force', 'contingent']);
/** Head words of the names of events and texts: "the Gulf War", "the Arab Spring", "the Paris Agreement". */
const NAMED_EVENTS = new Set(['war', 'revolution', 'crisis', 'spring', 'games', 'olympics', 'cup', 'summit', 'conference', 'forum',
  'festival', 'election', 'referendum', 'agreement', 'accord', 'accords', 'treaty', 'convention', 'protocol']);
/** Verbs of firing a weapon: "rockets fired from Gaza". */
const LAUNCHED = new Set(['fire', 'launch', 'lob', 'shoot']);

/** Verbs that bring down an aircraft, a drone or a missile: its owner is the one acted upon. */
const DOWNING = new Set(['shoot', 'shot', 'down', 'downed', 'intercept']);

/** What the roles of a trigger are read from: the sentence and what the earlier stages found in it. */
export interface SentenceReading {
  sentence: Sentence;
  toks: Token[];
  phrases: Phrase[];
  /** The phrase each token is in, if any. */
  phraseAt: Array<Phrase | null>;
  clauseOf: number[];
  places: ClausePlace[];
  /** Kept triggers by token, with their CAMEO codes. */
  triggerTokens: Map<number, string>;
  /** Every token some pattern matched, kept or not. */
  matchedVerbs: ReadonlySet<number>;
  /** The article's own country, for domestic agents. */
  home: string | null;
  memory: ArticleMemory;
}

/**
 * Whether a trigger is a judgement predicated of something: an adjective ("the strike was unlawful") or a noun of
 * disapproval or defiance ("the strike was a violation of international law", "is a flagrant breach of the truce"):
 * said by the speaker about the subject, not done by it.
 */
export function predicativeJudgement(m: PatternMatch, toks: Token[]): boolean {
  const i = m.trigger, t = toks[i]!;
  if (t.pos === 'ADJ') return m.pattern.weight === 1 && afterCopula(toks, i);
  if (t.pos !== 'NOUN' || !/^(11|12)/.test(m.pattern.cameo)) return false;
  let k = i - 1;
  while (k >= 0 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--;
  return k > 0 && toks[k]!.pos === 'DET' && afterCopula(toks, k);
}

/** Verbs that give something a name as a judgement: "called the incident state terrorism", "described the raid as a
 *  massacre", "branded the move an act of aggression". */
const LABELLING = new Set(['call', 'label', 'brand', 'term', 'dub', 'describe', 'denounce', 'characterize', 'characterise', 'decry']);
/** Words that make a kind of actor the place's own: "a local rights group", "domestic monitors". */
const LOCAL = /\b(?:local|domestic)\b/i;
/** Kinds of non-governmental organisation that work across borders, unlike charities or civil society groups. */
const NO_COUNTRY_NGO = /\b(?:aid|relief|humanitarian|rights|foreign|international)\b/i;
/** Participles that say who holds people: "sailors seized by Iranian forces". */
const HELD_BY = new Set(['seized', 'held', 'detained', 'captured', 'abducted', 'kidnapped', 'arrested', 'taken', 'jailed', 'imprisoned']);
/** Words of being away from home ("was away at a conference in Nigeria", "on a visit to Japan"). */
const AWAY = new Set(['away', 'abroad', 'visit', 'visiting', 'trip', 'tour']);
/** Verbs that make their object what the noun after it names: "declared the ambassador persona non grata". */
const DECLARING = new Set(['declare', 'designate', 'deem', 'proclaim']);
/** Whether the word before `start` is a verb of declaring, whose object starts there. */
const declaredBefore = (toks: Token[], start: number): boolean => toks[start - 1]?.pos === 'VERB' && DECLARING.has(toks[start - 1]!.lemma);
const NOMINAL = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM', 'PART']);

/**
 * The verb that names something by the act a trigger names ("Lithuania called the incident state terrorism"): a
 * judgement of its subject's, not the act; -1 when there is none. The trigger must come after a noun phrase of its
 * own (what is named): in "called the shelling a crime" the shelling is no label.
 */
export function labelledBy(m: PatternMatch, toks: Token[]): number {
  const i = m.trigger;
  let noun = false;
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const x = toks[k]!;
    if (x.pos === 'VERB') return LABELLING.has(x.lemma) && noun ? k : -1;
    if (x.norm === 'as' || QUOTE_MARKS.has(x.text) || x.text === "'" || x.text === '‘' || x.text === '’') continue;
    if (!NOMINAL.has(x.pos)) return -1;
    // (A noun before the trigger's own words: "the incident | state terrorism".)
    if ((x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON') && !m.matched.includes(k)
      && (toks[k + 1]?.pos === 'DET' || toks[k + 1]?.norm === 'as' || k + 1 === i || m.matched.includes(k + 1) || QUOTE_MARKS.has(toks[k + 1]?.text ?? ''))) noun = true;
  }
  return -1;
}

/** The doer of the act a phrase names ("the military offensive", "the strikes by Israel"), when the phrase is another
 *  trigger's noun: its agent after "by", or whoever last did that kind of act in the article. rolesOf's
 *  `doerOfActNamed`, a module function for the reason recipientsAfter is. */
function doerOfActNamedIn(scene: ActScene, source: Phrase[], p: Phrase): Phrase | null {
  const { i, toks, phrases, sentence, memory, triggerTokens } = scene;
  let kind: string | undefined;
  for (let k = p.start; k < p.end && !kind; k++) if (k !== i && triggerTokens.has(k)) kind = kindOfAct(triggerTokens.get(k)!);
  const head = toks[p.end - 1]!;
  kind ??= head.pos === 'NOUN' ? actNamedBy(head.lemma) : undefined;
  if (!kind && head.pos === 'NOUN' && ANSWERED_CLAIMS.has(head.lemma) && /^(?:016|12)/.test(triggerTokens.get(i) ?? '')) kind = '11';
  // "Hun Sen welcomed the decision", "Morocco regretted the move": whoever did the last act told (not "its
  // decision", the subject's own).
  // ("the president's decision", "the army's move": the kind of actor before the possessive says whose.)
  const possessor = !kind && GENERIC_ACT_NOUNS.has(head.lemma) ? p.mentions.find((mm) => ["'s", '’s'].includes(toks[mm.end]?.norm ?? '')) : undefined;
  if (possessor) {
    const span = { start: toks[possessor.start]!.start, end: toks[possessor.end - 1]!.end };
    return possessor.entry.kind === 'agent' && possessor.entry.sector
      ? { ...p, actor: actorRef({ name: possessor.entry.name, code: null, sector: possessor.entry.sector }, sentence.text.slice(span.start, span.end), span.start, span.end) }
      : null;
  }
  // (Not one whose doer follows, "the firm action by the Gibraltar authorities", nor what parties agree on: "Kiev and
  // Moldova agreed on the measure".)
  if (!kind && head.pos === 'NOUN' && GENERIC_ACT_NOUNS.has(head.lemma) && ['the', 'this', 'that'].includes(toks[p.start]!.norm) && memory.lastActor
    && toks[p.end]?.norm !== 'by' && toks[p.start - 1]?.norm !== 'on') {
    const doer = (memory.leadActor ?? memory.lastActor).find((a) => a.code);
    const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
    return doer ? { ...p, actor: actorRef(doer, sentence.text.slice(span.start, span.end), span.start, span.end) } : null;
  }
  // "The United States and India welcomed the accord": the parties to the last accord told.
  // (Not a treaty named with capitals: "the North American Free Trade Agreement" is no accord just told.)
  if (head.pos === 'NOUN' && ACCORD_NOUNS.has(head.lemma) && /^[a-z]/.test(head.text) && ['the', 'this', 'that', 'their'].includes(toks[p.start]!.norm) && memory.lastAccord) {
    const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
    const text = sentence.text.slice(span.start, span.end);
    return { ...p, group: mapped(memory.lastAccord, (a) => actorRef(a, text, span.start, span.end)) };
  }
  // "India rejected the map": a thing an earlier event made or put forward is its maker's.
  const owner = !kind && head.pos === 'NOUN' && toks[p.start]!.norm === 'the' && p.end - p.start <= 3 ? memory.thingOwners.get(head.lemma)?.find((a) => a.code) : undefined;
  if (owner) {
    const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
    return { ...p, actor: actorRef(owner, sentence.text.slice(span.start, span.end), span.start, span.end) };
  }
  // "Milinkevich called the vote a farce", "Tshisekedi rejected the official results": a vote is held by the
  // authorities of where it was held, which withCountries finds as for any government named by its kind (the
  // clause's place, the article's own country, or a domestic critic's own).
  // (A government that welcomes or condemns a vote judges another country's: the article's own, when that is not
  // its own — "U.S. Ambassador Ryan Crocker welcomed the vote" in a story about Iraq's parliament.)
  if (!kind && head.pos === 'NOUN' && DEFINITE.has(toks[p.start]!.norm) && !p.actor?.code && namesVote(head.lemma, toks)) {
    const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
    const critic = source.some((q) => q.actor?.code && q.actor.sector && (SUBJECTS_OF_STATE.has(q.actor.sector) || q.actor.sector === 'REB'));
    const state = critic ? undefined : source.map((q) => q.actor).find((a) => a?.code);
    if (state && (!scene.home || scene.home === state.code)) return null;
    const code = state ? scene.home : null;
    return { ...p, actor: actorRef({ name: code ? `${code} government` : 'electoral authorities', code, sector: 'GOV' }, sentence.text.slice(span.start, span.end), span.start, span.end) };
  }
  if (!kind || !REFERABLE_KINDS.has(kind)) return null;
  const byPhrase = toks[p.end]?.norm === 'by' ? phrases.find((q) => q.start === p.end + 1 && q.actor?.code) : undefined;
  if (byPhrase) return byPhrase;
  // "in response to a chemical attack": an act introduced ("a", "another") is a new one, not the one told before;
  // an act given as the reason for another is not whom that one was done to.
  if (INTRODUCING.has(toks[p.start]!.norm) || causeBefore(toks, p.start)) return null;
  // ("Kosovo's government condemned the violence", "urged restraint after the escalation": nouns for violence as a
  // whole name no side; the last side told to have fought is a guess. Judged blind, 3 in 11 such recipients were right.)
  if (SIDELESS_VIOLENCE.has(head.lemma)) return null;
  // The doer of the act the same noun named before ("an attack on a village" … "condemned the attack"), else of
  // the last act of its kind.
  // (A noun that names the means, "the bombing", "the shelling", is the last act by those means, if any.)
  const means = MEANS_OF_VIOLENCE.get(head.lemma);
  // ("the bombings" are air strikes or bombs set off, whichever the article told: the first of its means it has.)
  let byMeans: ActorRef[] | undefined;
  for (const code of means ?? []) byMeans ??= memory.lastDoers.get(`code:${code}`);
  // ("North Korea fired a barrage of artillery shells onto a South Korean island ... South Korean howitzers returned
  // fire ... Washington strongly condemned the attack": "the attack", named by no sentence before, is the one the
  // story is about, the first violence it told, not the last reply to it.)
  // (A judgement of it only: "ordered its forces to confront the attack" meets the last one.)
  const theAttack = head.lemma === 'attack' && DEFINITE.has(toks[p.start]!.norm) && triggerTokens.get(i)?.startsWith('11') ? memory.lastDoers.get('first:violence') : undefined;
  // ("Colombia accused Venezuela ... Caracas rejected the claims": an accusation the accused answers is the last one
  // made against it, whoever accused last.)
  const againstSource = kind === '11' ? source.map((x) => x.actor?.code && memory.accusers.get(x.actor.code)).find((x) => !!x) : undefined;
  let doer = (againstSource ?? memory.nounDoers.get(head.lemma) ?? theAttack ?? byMeans ?? memory.lastDoers.get(kind))?.find((a) => a.code);
  // ("Army officers seized power ... France condemned the takeover": failing a doer of its first kind, of its second.)
  const second = secondKindNamedBy(head.lemma);
  // (Not the speaker's own reduction of relations: "Italy called the expulsion unacceptable" is about another's.)
  // ("Eritrea ordered Italy's ambassador to leave, a move that prompted Rome to expel the Eritrean envoy ... the
  // Italian foreign minister called the expulsion unacceptable": failing another's last, the one before.)
  const notOwnCut = (a: ActorRef) => !!a.code && (second !== '16' || !source.some((x) => x.actor?.code === a.code));
  // (Not the answerer's own: "Ecuador accused Colombia ... Quito and Caracas rejected the claims" answers another's.)
  if (doer && kind === '11' && source.some((x) => x.actor?.code === doer!.code)) doer = memory.lastDoers.get(`before:${kind}`)?.find((a) => a.code && !source.some((x) => x.actor?.code === a.code));
  if (!doer && second) doer = memory.lastDoers.get(second)?.find(notOwnCut) ?? (second === '16' ? memory.lastDoers.get(`before:${second}`)?.find(notOwnCut) : undefined);
  // (A country does not sanction itself: "Mali condemned the sanctions" after Mali recalled its envoys is about the
  // sanctions imposed on it, the act of that kind before.)
  if (doer && kind === '16' && source.some((x) => x.actor?.code === doer!.code)) doer = memory.lastDoers.get(`before:${kind}`)?.find((a) => a.code && !source.some((x) => x.actor?.code === a.code));
  if (!doer) return null;
  const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
  return { ...p, actor: actorRef(doer, sentence.text.slice(span.start, span.end), span.start, span.end) };
}

/** What doerOfActNamedIn reads of a trigger's sentence and article. */
interface ActScene {
  i: number;
  /** The article's own country, for domestic agents. */
  home: string | null;
  toks: Token[];
  phrases: Phrase[];
  sentence: Sentence;
  memory: ArticleMemory;
  triggerTokens: Map<number, string>;
}

/** What recipientsAfter reads of a trigger's sentence, and the readings rolesOf makes of it. */
interface AfterScene extends ActScene {
  m: PatternMatch;
  t: Token;
  clause: number;
  clauseOf: number[];
  own: Phrase | null;
  matched: Set<number>;
  properName: (p: Phrase) => boolean;
  namesActor: (p: Phrase) => boolean;
  doerOfActNamed: (p: Phrase) => Phrase | null;
  described: (p: Phrase) => boolean;
  violenceNamedBefore: (p: Phrase) => number;
  listBetween: (a: number, b: number) => boolean;
  ownSide: (a: ActorRef) => boolean;
  coordinatedInClause: (p: Phrase) => Phrase[];
  coordinatedVerbBetween: (from: number, to: number) => boolean;
}

/** The recipients a trigger's words after token `from` name: rolesOf's `after`, a module function so that V8 keeps its
 *  optimised code (a closure made on each call loses it at each full garbage collection: docs/coder.md, "Twenty-first
 *  round"). */
/** Whether a phrase, with the phrases coordinated after it, is followed by a finite verb (past adverbs): the subject
 *  of a clause of its own. */
function subjectOfNextClause(p: Phrase, phrases: Phrase[], toks: Token[]): boolean {
  let end = p.end;
  for (let next: Phrase | undefined; (toks[end]?.norm === 'and' || toks[end]?.text === ',') && (next = phrases.find((q) => q.start === end + 1));) end = next.end;
  while (toks[end]?.pos === 'ADV') end++;
  const verb = toks[end];
  return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.norm) && verb.norm !== verb.lemma));
}

function recipientsAfter(scene: AfterScene, source: Phrase[], from: number): Phrase[] {
  const { m, i, t, toks, phrases, clause, clauseOf, sentence, memory, own, matched, properName, namesActor, doerOfActNamed, described, violenceNamedBefore, listBetween, ownSide, coordinatedInClause, coordinatedVerbBetween } = scene;
  let first: Phrase | null = null;
  // Phrases named together with one that is no recipient (a venue, the actor's own forces) are none either.
  const notRecipients = new Set<Phrase>();
  // "demanded that the US cancel ...": the subject of a that-clause right after the trigger is the target.
  let targetClause = clause;
  // (Not a relative clause about what is halted or eased: "aiming to halt fighting that has displaced a million
  // people", "a roadmap aimed at easing tensions that have flared over a rebel offensive". An attack's relative
  // clause may say whom it struck: "launched an attack that included 500 troops ... on the SDF headquarters".)
  const relative = toks[m.last]!.pos === 'NOUN' && toks[m.last + 1]?.norm === 'that' && /^(?:03|08)/.test(m.pattern.cameo);
  // ("Turkey demanded on Friday that Italy hand over Ocalan": a time may come between the trigger and "that".)
  const timeBetween = phrases.find((q) => q.time && (q.start === m.last + 1 || (q.start === m.last + 2 && toks[m.last + 1]!.pos === 'ADP')));
  const afterTrigger = timeBetween && toks[timeBetween.end]?.norm === 'that' ? timeBetween.end - 1 : m.last;
  if (!relative && (toks[afterTrigger + 1]?.norm === 'that' || (toks[m.last + 1] && clauseOf[m.last + 1] !== clause && toks[m.last + 1]!.pos !== 'SCONJ' && !RELATIVE.has(toks[m.last + 1]!.norm)))) {
    targetClause = clauseOf[Math.min(toks.length - 1, afterTrigger + 2)]!;
  }
  // "complained that the raids killed several Kyrgyz villagers", "demanded that the US cancel the deal": a
  // complaint or a demand about what a that-clause tells is aimed at the clause's subject — or, when the subject is
  // an act, at its doer — never at whom the clause's verb is done to.
  const that = toks[m.last]!.norm === 'that' ? m.last : toks[afterTrigger + 1]?.norm === 'that' ? afterTrigger + 1 : -1;
  const thatSubject = that >= 0 && /^(10|11|12)/.test(m.pattern.cameo) ? phrases.find((q) => q.start === that + 1) : undefined;
  // ("sent about 35,000 troops backed by tanks and warplanes into northern Iraq": what goes with the forces a side
  // moves describes them; whom the move is aimed at is told after.)
  let describedTo = -1;
  if (m.pattern.cameo.startsWith('15') && toks[m.last + 1]?.pos === 'VERB' && /ed$/.test(toks[m.last + 1]!.norm) && ['by', 'with'].includes(toks[m.last + 2]?.norm ?? '')) {
    describedTo = m.last + 3;
    while (describedTo < toks.length && toks[describedTo]!.pos !== 'ADP' && toks[describedTo]!.text !== ',' && clauseOf[describedTo] === clause) describedTo++;
  }
  for (const p of phrases) {
    if (p.start < from || p === own) continue;
    if (p.start > m.last && p.start < describedTo) continue;
    if (thatSubject && p.start > thatSubject.start) break;
    // ("complained that its officials were harassed by Russian security services": a passive's agent in the clause is
    // whom it is aimed at.)
    const agent = p === thatSubject ? phrases.find((q) => q.start > p.end && toks[q.start - 1]?.norm === 'by' && q.actor?.code
      && clauseOf[q.start] === clauseOf[p.start] && passive(toks, q.start - 2)) : undefined;
    if (agent) return [agent];
    // ("demanded the release of 15 sailors seized by Iranian forces": a demand to free people is made of whoever holds
    // them, named after the participle, not of their own country.)
    if (/^(?:1053|0243|0343|0843)/.test(m.pattern.cameo) && p.end > m.last + 1) {
      let held = p;
      for (let next: Phrase | undefined; (toks[held.end]?.norm === 'and' || toks[held.end]?.text === ',') && (next = phrases.find((q) => q.start === held.end + 1));) held = next;
      const holder = HELD_BY.has(toks[held.end]?.norm ?? '') && toks[held.end + 1]?.norm === 'by' ? phrases.find((q) => q.start === held.end + 2 && q.actor?.code) : undefined;
      if (holder) return [holder];
    }
    if (p === thatSubject && !p.actor && !p.group) {
      const referred = doerOfActNamed(p);
      if (referred) return [referred];
      break;
    }
    // ("recalled its own ambassador, Mikhail Khvostov, from Washington", "withdrew its diplomats": the actor's own
    // envoys, named with the pattern's word after a possessive, are what the act moves, and the name set off after
    // them is who they are; neither is whom the act is done to.)
    // (Only where the place after it says to whom: "recalled its own envoy, shortly before President X" recalled it
    // from no one named.)
    // ("Saudi Arabia and Iran recalled their ambassadors": the envoys of two sides are recalled from each other, which
    // the coder reads from "their".)
    if (m.pattern.cameo.startsWith('16') && POSSESSIVES.has(toks[p.start]!.norm) && toks[p.start]!.norm !== 'their' && p.end - 1 === m.last && phraseIn(p, matched) && ENVOYS.has(toks[m.last]!.lemma)) {
      let q = p.end;
      const named = toks[q]?.text === ',' ? phrases.find((x) => x.start === q + 1 && toks[x.end]?.text === ',' && toks.slice(x.start, x.end).every((w) => w.pos === 'PROPN')) : undefined;
      if (named) q = named.end + 1;
      const where = phrases.find((x) => x.start === q + 1 && ['from', 'to', 'in'].includes(toks[q]?.norm ?? '') && namesActor(x));
      return where ? [where] : [];
    }
    // ("Police fired tear gas outside the court": where crowds are dispersed, after "outside", is not whom force is used
    // on. A bomb set off "near the gates of the U.S. embassy" is aimed at the embassy.)
    if (p.start > m.last && m.pattern.cameo.startsWith('175') && AROUND.has(toks[p.start - 1]?.norm ?? '')) continue;
    // ("fired rubber bullets, stun grenades and water cannon at protesters": commas of a list open no clause.)
    if (clauseOf[p.start] !== clause && clauseOf[p.start] !== targetClause && p.start > m.last && !listBetween(m.last + 1, p.start)) break;
    // ("was arrested in Cuba and deported to Mexico": where someone is deported to is no one it was done to.)
    if (m.pattern.cameo.startsWith('174') && p.start > m.last && toks[p.start - 1]?.norm === 'to') continue;
    // "welcomed the agreement and urged Eritrea to withdraw": past a coordinated verb, phrases are its own.
    if (p.start > m.last && coordinatedVerbBetween(m.last + 1, p.start)) break;
    // ("imposed sanctions, and the United States and the European Union have expressed concern": names after ", and"
    // that a verb follows are the subject of a clause of their own.)
    if (p.start > m.last && toks[p.start - 1]?.norm === 'and' && toks[p.start - 2]?.text === ',' && subjectOfNextClause(p, phrases, toks)) break;
    // ("blocked a draft statement condemning the killings", "vetoed a resolution calling on Israel": whom a text
    // is about is the text's matter, not whom blocking it was done to.)
    if (p.start > m.last && textAboutBetween(toks, m.last, p.start)) break;
    // (Except what is brought down: "shot down a U.S. surveillance drone" is done to its owner.)
    if (p.time || (p.instrument && !((DOWNING.has(t.lemma) || DOWNING.has(t.norm)) && p.actor?.code))) continue;
    // "withdraw its troops", "mobilized their forces": the actor's own forces are what it moves, not to whom.
    // (Whatever country the phrase's place gives them, for a change of force posture: "strengthened its forces in
    // Crimea" moves the actor's own.)
    if (POSSESSIVES.has(toks[p.start]!.norm) && (p.actor?.sector === 'MIL' || p.actor?.sector === 'COP')
      && (!p.actor.code || m.pattern.cameo.startsWith('15'))) continue;
    // ("agreed to withdraw troops from cities", "to halt military operations in Chechnya", "both sides will pull back
    // forces": the forces a side yields or stands down are its own, whatever country their place gives them; not
    // those it makes a truce "with".)
    if (/^(035|087)/.test(m.pattern.cameo) && (p.actor?.sector === 'MIL' || p.actor?.sector === 'COP')
      && (!p.actor.code || ownSide(p.actor)) && !['with', 'between', 'to', 'against'].includes(toks[p.start - 1]?.norm ?? '')) continue;
    // "ordered his government to gather information", "met his security ministers": what a leader asks of, or
    // discusses with, their own government is no act between two sides.
    if (POSSESSIVES.has(toks[p.start]!.norm) && p.actor?.sector && STATE_SECTORS.has(p.actor.sector) && /^(02|04|10)/.test(m.pattern.cameo)
      && source.some((x) => x.actor?.code && x.actor.code === p.actor!.code)) continue;
    // "... battling for a base near the border, Thai military sources said": the one who tells is no recipient.
    if (tellsAfter(p, toks)) break;
    // ("accused the West of trying to destabilise Serbia": what an accusation charges is not whom it is aimed at.)
    if (m.pattern.cameo.startsWith('11') && toks.slice(m.trigger + 1, p.start).some((w, j) => w.norm === 'of' && /ing$/.test(toks[m.trigger + 2 + j]?.norm ?? ''))) break;
    // ("demanded the release of opposition leader Vuk Draskovic": a release is demanded of whoever holds the
    // prisoner, the prisoner's own government when the demand is made at home.)
    if (/^(?:02|10|14)/.test(m.pattern.cameo) && RELEASES.has(toks[DETERMINERS.has(toks[p.start]!.norm) ? p.start + 1 : p.start]?.lemma ?? '') && p.actor?.code) {
      // (Not a state's demand for its nationals held abroad: "Italy demanded the release of two Italian aid workers".)
      const own = source.find((x) => x.actor?.code === p.actor!.code && x.actor.sector && !STATE_SECTORS.has(x.actor.sector));
      if (!own) return [];
      const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
      return [{ ...p, actor: actorRef({ name: `${p.actor.code} government`, code: p.actor.code, sector: 'GOV' }, sentence.text.slice(span.start, span.end), span.start, span.end) }];
    }
    // "condemned the offensive", "protested the arrests": the act named is done by someone, who is the one
    // condemned.
    // (Also when the pattern names the act: "dismissed the offer", "rejected the demands".)
    // ("condemned the killing of its citizens", "the attack on the French peacekeepers": what violence was done to is
    // not whom a reaction to it is aimed at; its doer is — named with "by", or told before — or no one.)
    // ("ordered an investigation into the shooting of protesters": so is what an inquiry looks into.)
    const violenceOf = REACTION_VERBS.has(t.lemma) || m.pattern.cameo.startsWith('09') ? violenceNamedBefore(p) : -1;
    if (violenceOf > 0) {
      const victimEnd = violenceOf < p.end ? p.end : phrases.find((q) => q.start === violenceOf + 1)?.end ?? -1;
      const agent = toks[victimEnd]?.norm === 'by' ? phrases.find((q) => q.start === victimEnd + 1 && q.actor?.code) : undefined;
      if (agent) return [agent];
      const referred = doerOfActNamed({ ...p, end: violenceOf });
      if (referred) return [referred];
      // (With no doer known, "the attack on a church in Quetta" still says where the condemned act was done; "the
      // killing of its citizens" names only the victims.)
      if (toks[violenceOf]!.norm === 'of') return [];
    }
    if (!p.actor?.code && !p.group && (!phraseIn(p, matched) || REACTION_VERBS.has(t.lemma))) {
      const referred = doerOfActNamed(p);
      if (referred) return [referred];
      // ("condemned the use of violence against citizens": reacting to violence that names no side, one reacts to
      // no one named here.)
      if (REACTION_VERBS.has(t.lemma) && SIDELESS_VIOLENCE.has(toks[p.end - 1]!.lemma)) return [];
    }
    if (!p.actor) continue;
    // ("Thaksin declared a state of emergency from New York": where an act is done from is no one it is done to;
    // what one withdraws, expels or recalls from, or cuts off from, is, and so is whoever a reaction comes from:
    // "defying warnings from Madrid".)
    if (toks[p.start - 1]?.norm === 'from' && (p.place || p.mentions.some((x) => x.entry.kind === 'capital')) && !REMOVAL_VERBS.has(t.lemma)
      && !/^(08|16)/.test(m.pattern.cameo) && !REACTIONS_FROM.has(toks[p.start - 2]?.lemma ?? '')) continue;
    // ("reaffirmed Washington's support for Bazoum": the subject's own thing is what it gives, not to whom.)
    // (When another party follows in the clause: "defended Mexico's immigration policy" alone stays Mexico's own.)
    // ("revoking U.S. sanctions on Iran": so is a thing of the pattern's own words that the subject's name modifies.)
    if (p.actor.code && (["'s", '’s'].includes(toks[p.mentions[0]?.end ?? -1]?.norm ?? '') || (phraseIn(p, matched) && (p.mentions[0]?.end ?? p.end) < p.end))
      && toks[p.end - 1]!.pos === 'NOUN'
      && p.mentions.length === 1 && source.some((x) => x.actor?.code === p.actor!.code)
      && (phrases.some((q) => q.start >= p.end && clauseOf[q.start] === clause && q.actor?.code && q.actor.code !== p.actor!.code && !q.time)
        // (A promise or a signature is never to one's own thing: "promised American support", "signed a declaration
        // on Austria's responsibility"; nor a cut: "Putin suspended Russia's participation in the treaty".)
        || (/^(?:03|057|16)/.test(m.pattern.cameo) && !p.mentions.some((mm) => mm.entry.kind === 'agent')))) continue;
    // ("sending special envoy Ibrahim Gambari to the region": the envoy one sends is one's own, sent to the recipient.)
    if (SENDING.has(t.lemma) && p.mentions.some((mm) => mm.entry.kind === 'agent' && ENVOYS.has(toks[mm.end - 1]!.lemma))) continue;
    // The pattern's own words ("send aid", "hold talks") are the event, not its target, unless they name
    // actors themselves ("release * prisoners").
    if (phraseIn(p, matched) && !p.actor.code && !p.actor.sector) {
      // ("forgave Iraq's debt", "froze Russia's assets": whose thing it is, is whom it is done to.)
      const owner = p.mentions[0];
      if (owner && owner.start === p.start && owner.entry.code && ['country', 'capital', 'org'].includes(owner.entry.kind)
        && ["'s", '’s'].includes(toks[owner.end]?.norm ?? '') && !first) {
        const span = { start: toks[owner.start]!.start, end: toks[owner.end - 1]!.end };
        return [{ ...p, end: owner.end, actor: actorRef({ name: owner.entry.name, code: owner.entry.code, sector: null }, sentence.text.slice(span.start, span.end), span.start, span.end) }];
      }
      continue;
    }
    // ("sending eight military helicopters from neighbouring Afghanistan": what is given is not whom it is given
    // to, whoever's it is.)
    // (Refugees "from Afghanistan" are given refuge as that country's people.)
    if (m.pattern.cameo.startsWith('07') && !m.pattern.reverse
      && m.matched.some((k) => k >= p.start && k < p.end && toks[k + 1]?.norm === 'from' && !UPROOTED.has(toks[k]!.lemma)
        && !p.mentions.some((x) => x.start < k && x.entry.kind !== 'agent'))) continue;
    // ("mobilized troops", "deployed 300 police and soldiers": forces the pattern moves, and those named with
    // them, are the actor's own.)
    if (phraseIn(p, matched) && m.pattern.cameo.startsWith('15') && (p.actor.sector === 'MIL' || p.actor.sector === 'COP')) {
      for (const q of coordinated(p, phrases, toks)) notRecipients.add(q);
      continue;
    }
    if (toks[p.start - 1]?.lemma === 'by' && passive(toks, i)) continue;
    // ("she told reporters, vowing to hunt down those responsible": the press one speaks to is no one acted on.)
    if (p.end - p.start === 1 && PRESS.has(toks[p.start]!.lemma) && ['tell', 'brief', 'inform', 'assure', 'address'].includes(toks[p.start - 1]?.lemma ?? '')) continue;
    // ("signed the agreement, watched by the two prime ministers": the agent of another participle is no recipient.)
    // ("signed the memorandum in a ceremony hosted by former Finnish President Martti Ahtisaari": nor is the host or
    // broker of the occasion.)
    if (toks[p.start - 1]?.lemma === 'by' && p.start - 2 > m.last && (WITNESSING.has(toks[p.start - 2]!.norm) || HOSTING.has(toks[p.start - 2]!.norm))) break;
    // ("Libya voted against and China abstained": a phrase after "and" that a verb follows is the next clause's
    // subject.)
    if (p.start > m.last + 1 && ['and', 'but', 'while'].includes(toks[p.start - 1]!.norm) && ['VERB', 'AUX'].includes(toks[p.end]?.pos ?? '')
      && toks[p.end]!.norm !== toks[p.end]!.lemma && !/ing$/.test(toks[p.end]!.norm)
      // (Not a participle describing the phrase: "war crimes related to", "threats made by", "companies linked to".)
      && !['to', 'by', 'with', 'in', 'on', 'for', 'from', 'as'].includes(toks[p.end + 1]?.norm ?? '')) break;
    // ("took to the streets, looting French-owned shops": a phrase opened by an -ing word after a comma is the
    // act of a participle clause, not whom the act before was done to; "took control of Kirkuk, meeting little
    // resistance as Kurdish Peshmerga fighters pulled back" goes on past it.)
    if (p.start > m.last + 1 && toks[p.start - 1]?.text === ',' && /ing$/.test(toks[p.start]!.norm) && ['NOUN', 'VERB'].includes(toks[p.start]!.pos)) continue;
    // ("held talks on the sidelines of the Group of 20 summit": the occasion is where, not with whom.)
    if (['sideline', 'sidelines', 'margin', 'margins'].includes(toks[toks[p.start]!.pos === 'DET' ? p.start + 1 : p.start]?.norm ?? '') && toks[p.start - 1]?.pos === 'ADP') continue;
    // ("took to the streets of Abidjan": the streets marched in are where, not against whom.)
    if (phraseIn(p, matched) && toks.slice(p.start, p.end).some((x, k) => (x.lemma === 'street' || x.lemma === 'square') && toks[p.start + k + 1]?.norm === 'of')) continue;
    // ("condemned what State Department spokesman Sean McCormack called Eritrean aggression": one who names the
    // thing is no recipient; what they named is.)
    if (toks[p.start - 1]?.norm === 'what' && !p.pronoun && ['call', 'describe', 'term', 'label', 'dub'].includes(toks[p.end]?.lemma ?? '')) continue;
    // ("congratulating his rival on social media", "appealed on state radio for all sides to lay down their weapons":
    // the channel one speaks on is no recipient.)
    // (Not what a ban or a curb is on: "the ban on Indian television channels".)
    if (['on', 'over', 'via'].includes(toks[p.start - 1]?.norm ?? '') && CHANNELS.has(toks[p.end - 1]!.lemma) && toks[p.start - 2]?.pos !== 'NOUN'
      && !matched.has(p.start - 1)) continue;
    // ("agreeing under intense U.S. pressure", "met under the auspices of regional bodies": the one whose pressure or
    // auspices an act was done under is no recipient of it.)
    if ((toks[p.start - 1]?.norm === 'under' || (toks[p.start - 1]?.norm === 'the' && toks[p.start - 2]?.norm === 'under'))
      && toks.slice(p.start, p.end).some((w) => UNDER_NOUNS.has(w.lemma)) && !matched.has(p.start - 1)) continue;
    // ("said it was cutting ties in solidarity with Riyadh": the one stood beside is no recipient of the act.)
    if (toks[p.start - 1]?.norm === 'with' && toks[p.start - 2]?.norm === 'solidarity' && toks[p.start - 3]?.norm === 'in' && !m.matched.includes(p.start - 2)) continue;
    // Where it happened is not to whom: "shelled rebel positions near Idlib", and for meetings and plans even a
    // capital ("met in Helsinki", "will meet at the White House"), unless the pattern itself takes the place
    // ("arrived in Amman": the host).
    // (A curfew or a state of emergency "in" a place is imposed on it.)
    // ("rallied outside the French embassy": a country's embassy stands for it, wherever it stands.)
    // ("stormed a protest camp in Khartoum", "two bombs exploded in the town of Khalis, north of Baghdad": the capital
    // named bare where a country's own people used violence is the city, not its government; nor is a place a direction is taken
    // from. (Aid suspended or a curfew threatened "in Baghdad" still concerns the country.) ("in the north of the
    // Gaza Strip" is in it.)
    // (Not another country's capital: "Hamas carried out a bombing in Jerusalem" was done to Israel.)
    const inCapital = bareCapital(p) && LOCATIVE_BEFORE_CAPITAL.has(toks[p.start - 1]?.norm ?? '') && kindOfAct(m.pattern.cameo) === 'violence'
      && !source.some((x) => !!x.actor?.code && x.actor.code !== p.actor?.code);
    const directionFrom = toks[p.start - 1]?.norm === 'of' && COMPASS.has(toks[p.start - 2]?.norm ?? '') && !DETERMINERS.has(toks[p.start - 3]?.norm ?? '');
    const venue = (PREPOSITIONS_OF_PLACE.has(toks[p.start - 1]?.norm ?? '') || directionFrom) && !matched.has(p.start - 1) && !IMPOSED_ON_PLACES.has(m.pattern.cameo)
      && !(p.actor.code && DIPLOMATIC_BUILDINGS.has(toks[p.end - 1]!.norm));
    // ("signed a ceasefire in the Zambian capital": a place described, not named, is a venue as much.)
    if (venue && (((!p.actor.code || p.place || inCapital || directionFrom) && properName(p)) || described(p) || VENUE_ROOTS.has(m.pattern.cameo.slice(0, 2)))) {
      // ("in Tokyo and Malaysia": the places coordinated with a venue are venues too.)
      for (const q of coordinated(p, phrases, toks)) notRecipients.add(q);
      continue;
    }
    // ("heavy gunfire continued near the palace, the radio station and the airport": what is near is where; "took
    // Laukkai, on the Chinese border": a border is where, and not the neighbour's.)
    // (Not violence "near an army base", which was aimed at it.)
    // ("on the Chinese border last week": a time after the border is no part of it; "border guards" are people.)
    let headAt = p.end - 1;
    while (headAt > p.start && /^(?:last|this|next|week|month|year|day|night|morning|evening)$/.test(toks[headAt]!.norm)) headAt--;
    if ((toks[p.start - 1]?.norm === 'near' && !matched.has(p.start - 1) && kindOfAct(m.pattern.cameo) !== 'violence') || BORDERS.has(toks[headAt]!.lemma)) {
      for (const q of coordinated(p, phrases, toks)) notRecipients.add(q);
      continue;
    }
    // ("signed a ceasefire on Sunday aboard a Portuguese navy frigate": the ship or plane it was done on is where.)
    if (toks[p.start - 1]?.norm === 'aboard' || (toks[p.start - 1]?.norm === 'board' && toks[p.start - 2]?.norm === 'on')) continue;
    // ("had given emergency cash through its embassy": the channel an act goes through is not whom it is for.)
    // (Not violence or a march: "a bomb tore through the district" struck it.)
    if ((toks[p.start - 1]?.norm === 'through' || toks[p.start - 1]?.norm === 'via') && !matched.has(p.start - 1) && /^0[3-8]/.test(m.pattern.cameo)) continue;
    if (notRecipients.has(p)) continue;
    // ("after touring the ancient temple where militants gunned down tourists": a site one visits is no one visited.)
    if (m.pattern.cameo.startsWith('04') && DETERMINERS.has(toks[p.start]!.norm) && SITES.has(toks[p.end - 1]!.lemma)) break;
    // "launched an offensive with tanks": what violence is done with is no one it is done to (unless the pattern
    // takes "with": "clashed with"); "welcomed the vote, with Sabri praising ...": an absolute clause's subject.
    // ("exchanged fire with gunmen", "fought with rebels": a mutual act's "with" is the other side; "with their
    // counterparts regarding ...": a preposition in -ing is no clause.)
    if (toks[p.start - 1]?.norm === 'with' && !matched.has(p.start - 1)) {
      if (kindOfAct(m.pattern.cameo) === 'violence' && !m.matched.some((k) => MUTUAL_ACTS.has(toks[k]!.lemma))) continue;
      // (The absolute clause goes on to its own objects: "with Washington promising to admit 20,000 Cuban
      // immigrants". The tagger may take the -ing word into a name's phrase.)
      // ("with U.N. mediator Cyrus Vance and Richard Holbrooke looking on": after the whole list of its subjects.)
      const listEnd = coordinated(p, phrases, toks).at(-1)!.end;
      if ((toks[listEnd]?.pos === 'VERB' && /ing$/.test(toks[listEnd]!.norm) && !ING_PREPOSITIONS.has(toks[listEnd]!.norm))
        || (p.end - p.start > 1 && /ing$/.test(toks[p.end - 1]!.norm) && toks[p.end - 2]!.pos === 'PROPN' && toks[p.end]?.norm === 'to')) break;
    }
    // "recalled its ambassador to Somalia": one's own envoy is posted to the one it is about.
    // ("recalled his ambassador from Asuncion": where the envoy was posted.)
    // "China condemned NATO. NATO missiles struck its embassy in Belgrade": an embassy or envoy that "its" owns, done
    // violence to by another, is the last sentence's subject's.
    if (POSSESSIVES.has(toks[p.start]!.norm) && toks[p.start]!.norm !== 'his' && toks[p.start]!.norm !== 'her'
      && ENVOYS.has(toks[p.start + 1]?.lemma ?? '') && kindOfAct(m.pattern.cameo) === 'violence' && memory.lastSubject?.code
      && !source.some((x) => x.actor?.code === memory.lastSubject!.code)) {
      const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
      return [{ ...p, actor: actorRef(memory.lastSubject, sentence.text.slice(span.start, span.end), span.start, span.end) }];
    }
    // (Not for violence: "NATO missiles struck its embassy in Belgrade" strikes the embassy's owner.)
    // ("recalled the Philippine ambassador to Singapore": so is one's own envoy named by one's own country.)
    const ownEnvoy = POSSESSIVES.has(toks[p.start]!.norm) || (!!p.actor?.code && source.some((x) => x.actor?.code === p.actor!.code));
    // (Nor for a protest: "protesters stormed its embassy in Tehran" protest against the embassy's owner.)
    if (ownEnvoy && ENVOYS.has(toks[p.end - 1]!.lemma) && ['to', 'in', 'from'].includes(toks[p.end]?.norm ?? '')
      && kindOfAct(m.pattern.cameo) !== 'violence' && !m.pattern.cameo.startsWith('14')) {
      const posting = phrases.find((q) => q.start === p.end + 1 && !!q.actor?.code);
      if (posting) return coordinatedInClause(posting);
      continue;
    }
    // "warned in a speech to a joint session of parliament": the audience of a speech, letter or interview.
    if (toks[p.start - 1]?.norm === 'to' && WORDS_SAID.has(toks[p.start - 2]?.lemma ?? '') && !matched.has(p.start - 2)) continue;
    // A city or region is no party to a meeting, plan or protest ("talks at a border village of Panmunjom").
    if (p.place && VENUE_ROOTS.has(m.pattern.cameo.slice(0, 2))) continue;
    // ("launched a coordinated attack that included 500 troops, howitzers and tanks on the SDF headquarters": what
    // violence is done "on" or "against", later in the clause, beats the components or the attacker's own forces
    // named first.)
    if (!first && kindOfAct(m.pattern.cameo) === 'violence' && p.start > m.last && !['on', 'against'].includes(toks[p.start - 1]?.norm ?? '')
      && (!p.actor.code || ownSide(p.actor))) {
      // (Not ground it was done on: "on the Thai border", "on Ecuadorean soil".)
      const aimed = phrases.find((q) => q.start > p.end && clauseOf[q.start] === clauseOf[p.start] && ['on', 'against'].includes(toks[q.start - 1]!.norm) && q.actor?.code && !q.time
        && !q.place && !GROUND.has(toks[q.end - 1]!.lemma) && !ownSide(q.actor));
      if (aimed) return coordinatedInClause(aimed);
    }
    if (!first) {
      first = p;
      // An unresolved phrase that names no kind of actor ("$46 million", "a statement") yields to a
      // resolved actor later in the clause ("... to the Iraq Humanitarian Fund").
      if (p.actor.code || p.actor.sector) break;
      // (Not the one asked, in the gap of a request's "* to": "encouraged Germany's partners to restrict arms exports
      // to Saudi Arabia" asks the partners, whom no dictionary codes, and nothing of Saudi Arabia.)
      if (p.start > i && p.end <= m.last && toks[m.last]!.norm === 'to' && REQUESTS.has(m.pattern.cameo.slice(0, 2))) break;
      continue;
    }
    // (Also a kind of actor, when the first names none: "expressed sympathy and solidarity with victim families".)
    // (The first lay inside the pattern's gap, the kind of actor right after its end.)
    // ("fired flares at protesters": or one a preposition of aim opens.)
    if (p.actor.code || (p.actor.sector && !first.actor?.code && !first.actor?.sector
      && ((first.start < m.last && p.start === m.last + 1) || AIMED_AT.has(toks[p.start - 1]?.norm ?? '')))) return coordinatedInClause(p);
  }
  return first ? coordinatedInClause(first) : [];
}

/** Source and target of a trigger. */
export function rolesOf(m: PatternMatch, reading: SentenceReading): { source: ActorRef[]; target: ActorRef[]; inferred: boolean; mentioned: boolean } {
  const { sentence, toks, phrases, phraseAt, clauseOf, places, triggerTokens, matchedVerbs, home, memory } = reading;
  const i = m.trigger;
  const t = toks[i]!;
  const clause = clauseOf[i]!;
  let inferred = false;
  const own = phraseAt[i];
  const isNounTrigger = own !== null && (t.pos === 'NOUN' || t.pos === 'PROPN');
  // A predicative judgement ("the strike was unlawful") is said by someone about something.
  const labeller = labelledBy(m, toks);
  const isJudgement = predicativeJudgement(m, toks) || labeller >= 0 || m.pattern.verdict;
  // An act named as the object of another ("condemned the military offensive"): its doer is not the subject of
  // the sentence, who only reacts to it.
  let before = (own ?? { start: i }).start - 1;
  // (Not past a word that opens a clause, which the tagger may read as an adverb: "were killed when police opened".)
  while (before >= 0 && ['DET', 'ADJ', 'ADV', 'PART', 'AUX'].includes(toks[before]!.pos) && !SUBORDINATORS.has(toks[before]!.norm)) before--;
  // (So is an act named by a verb of naming: "Putin called the shelling a crime".)
  const objectOfAct = t.pos !== 'VERB' && before >= 0 && toks[before]!.pos === 'VERB' && (triggerTokens.has(before) || matchedVerbs.has(before) || LABELLING.has(toks[before]!.lemma));

  // The tagger reads any capitalised first word as a name ("Thousands protested", "Protests grew"): the first
  // word alone does not make a proper name.
  // ("the first Gulf War", "the Paris Agreement", "the Asian Games": the name of an event or a text is no actor.)
  const properName = (p: Phrase) => !NAMED_EVENTS.has(toks[p.end - 1]!.lemma) && toks.slice(p.start, p.end).some((x, k) => x.pos === 'PROPN' && p.start + k > 0);
  const namesActor = (p: Phrase) => !!p.group || (!!p.actor && namesAnActor(p.actor, properName(p)));
  const actScene: ActScene = { i, toks, phrases, sentence, memory, triggerTokens, home };
  const doerOfActNamed = (p: Phrase): Phrase | null => doerOfActNamedIn(actScene, source, p);
  /** "the Zambian capital", "a border town": a place described rather than named; where violence is done, it is
   *  still whom it is done to. */
  const described = (p: Phrase) => DETERMINERS.has(toks[p.start]!.norm) && PLACE_NOUNS.has(toks[p.end - 1]!.lemma) && kindOfAct(m.pattern.cameo) !== 'violence';
  /** The "of", "on" or "against" after a noun of violence that opens this phrase or ends it ("the killing of its
   *  citizens", "the attack on the French peacekeepers"), or -1. */
  const violenceNamedBefore = (p: Phrase): number => {
    const first = toks[p.start]!.pos === 'DET' ? p.start + 1 : p.start;
    for (let k = first + 1; k <= p.end && k - first <= 3; k++) {
      // ("Russia's annexation of Crimea": a possessive before the noun names the doer itself.)
      if (toks[k - 1]!.norm === "'s" || toks[k - 1]!.norm === '’s') return -1;
      if (VICTIM_PREPOSITIONS.has(toks[k]?.norm ?? '')) return toks[k - 1]!.pos === 'NOUN' && actNamedBy(toks[k - 1]!.lemma) === 'violence' ? k : -1;
    }
    return -1;
  };
  // Target: the first actor phrase after the trigger (inside a pattern gap too), within the clause.
  const matched = new Set(m.matched);
  /** Whether the words from a to b hold no verb and no word that opens a clause: the commas of a list. */
  const listBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      const x = toks[k]!;
      if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ' || x.pos === 'PRON' || RELATIVE.has(x.norm) || SUBORDINATORS.has(x.norm)
        || x.norm === 'as' || x.text === ';' || x.text === ':') return false;
    }
    // (A phrase a verb follows opens a clause of its own: "..., hours after Armenia and Azerbaijan agreed".)
    let end = b;
    while (end < toks.length && (phraseAt[end] || (toks[end]!.pos === 'ADP' && phraseAt[end + 1]))) end++;
    return toks[end]?.pos !== 'VERB' && toks[end]?.pos !== 'AUX';
  };
  /** Of the source's own side: its country's state, or those opposing it, as the source is. */
  const ownSide = (a: ActorRef) => source.some((x) => x.actor?.code === a.code && ofState(x.actor) === ofState(a));
  // (Made at the first call, when every reading it holds has been made.)
  let afterScene: AfterScene | undefined;
  const after = (from: number): Phrase[] => recipientsAfter(afterScene ??= {
    m, i, t, toks, phrases, clause, clauseOf, sentence, memory, triggerTokens, home, own, matched, properName, namesActor, doerOfActNamed, described,
    violenceNamedBefore, listBetween, ownSide, coordinatedInClause, coordinatedVerbBetween,
  }, source, from);
  // ("welcomed the agreement, and China called on ...": a phrase after ", and" that opens a clause of its own is that
  // clause's subject, not coordinated with the object.)
  // (A list does not end at a clause boundary the splitter put inside it: "Pompeo, Azar, and Bannon, along with ...".)
  const coordinatedInClause = (p: Phrase) => {
    const list = coordinated(p, phrases, toks);
    const cut = list.findIndex((q) => clauseOf[q.start] !== clauseOf[p.start] && ['VERB', 'AUX'].includes(toks[q.end]?.pos ?? ''));
    return cut < 0 ? list : list.slice(0, cut);
  };
  const subject = (at: number) => subjectOf(at, toks, phrases, clauseOf, own);
  /** For a verb with no object of its own (a preposition, or nothing, right after it), the one a relative clause it
   *  ends describes: "a commander [whom] it blames for", "a commander that the government blames for". The clause's
   *  subject stands right before the verb, and the described one right before the subject or its relative word. */
  const relativeAntecedent = (v: number): Phrase | null => {
    if (toks[v]!.pos !== 'VERB' || /ing$/.test(toks[v]!.norm) || passive(toks, v)) return null;
    const next = toks[v + 1];
    if (next && next.pos !== 'ADP' && next.pos !== 'PUNCT') return null;
    let s = v - 1;
    while (s >= 0 && (toks[s]!.pos === 'ADV' || toks[s]!.pos === 'AUX')) s--;
    const clauseSubject = phrases.find((p) => p.end === s + 1 && p.actor);
    if (!clauseSubject) return null;
    const opener = toks[clauseSubject.start - 1];
    const end = opener && ['whom', 'that', 'who'].includes(opener.norm) ? clauseSubject.start - 1 : clauseSubject.start;
    const antecedent = phrases.find((p) => p.end === end && p !== clauseSubject && !p.time && !p.place && p.actor && (p.actor.code || p.actor.sector));
    if (!antecedent || toks[antecedent.start - 1]?.pos === 'ADP' || toks[antecedent.start]!.pos === 'VERB') return null;
    // ("promising President Andres Pastrana that Washington would stand by Colombia": after a name, "that" opens what
    // is said, not a relative clause.)
    return opener?.norm === 'that' && toks[antecedent.end - 1]!.pos !== 'NOUN' ? null : antecedent;
  };
  /** Whether "and" or "but" and a verb stand in [from, to), after an object of the trigger's own ("condemned and
   *  criticized Israel" share theirs). */
  const coordinatedVerbBetween = (from: number, to: number) => {
    for (let k = from; k < to - 1; k++) {
      // ("supported the regional effort and had suspended aid to Burundi": auxiliaries may come between.)
      let v = k + 1;
      while (v < to && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'ADV')) v++;
      if ((toks[k]!.norm === 'and' || toks[k]!.norm === 'but') && toks[v]?.pos === 'VERB') return phrases.some((q) => q.start > i && q.start !== own?.start && q.end <= k);
      // ("tested a missile, prompting Japan to impose sanctions": a participle clause after a comma has its own.)
      // (Also one the tagger read as a noun: "met in the chamber, voting 101-6 to remove Castillo".)
      if (toks[k]!.text === ',' && (toks[k + 1]!.pos === 'VERB' || toks[k + 1]!.pos === 'NOUN') && /[a-z]ing$/.test(toks[k + 1]!.norm) && !ING_PREPOSITIONS.has(toks[k + 1]!.norm)) return true;
    }
    return false;
  };
  /** The first of two objects ending at token k, after a verb of giving ("gave Putin | a warning"). */
  const indirectObject = (k: number): { receiver: Phrase; verb: number } | null => {
    const receiver = k > 0 && ['NOUN', 'PROPN', 'PRON'].includes(toks[k]!.pos) ? phraseAt[k] : null;
    const verb = receiver ? receiver.start - 1 : -1;
    return receiver && verb >= 0 && toks[verb]!.pos === 'VERB' && DOUBLE_OBJECT_VERBS.has(toks[verb]!.lemma) && namesActor(receiver) ? { receiver, verb } : null;
  };
  // (Each actor once: "Saudi Arabia and Iran ... the rivals" names the two again through the group.)
  const refs = (ps: Phrase[]) => {
    const out: ActorRef[] = [];
    for (const a of ps.flatMap((p) => p.group ?? (p.actor ? [p.actor] : []))) {
      if (!a.code || !out.some((x) => x.code === a.code && x.sector === a.sector && x.name === a.name)) out.push(a);
    }
    return out;
  };
  // What was done ("sent aid", "signed an agreement") is not whom it was done to: a recipient phrase that names
  // no kind of actor is dropped, and the event has no recipient.
  const recipients = (ps: Phrase[]) => ps.filter(namesActor);

  let source: Phrase[] = [];
  let target: Phrase[] = [];
  // An act a verb's or adjective's trigger names as a noun after a preposition (below): told elsewhere.
  let namedAfterPreposition = false;
  // "Police fired tear gas": a pattern that opens with its actor's own word ("police * fired") names the doer.
  // (Not when another verb's object: "its troops repelled the attackers and killed 12 of them".)
  // (Nor a preposition's object, whose participle describes it: "a day of mourning for a police officer killed when
  // Serb gunmen ambushed a patrol".)
  const doerFirst = isNounTrigger && own && (own.actor?.sector || own.actor?.code) && m.matched.some((k) => k >= own.end && toks[k]!.pos === 'VERB')
    && !(before >= 0 && toks[before]!.pos === 'VERB' && !SPEECH.has(toks[before]!.lemma)) && !objectOfPreposition(toks, own.start);
  // (Nor what another's participle was done by: "Nigerian soldiers backed by artillery attacked": the soldiers did.)
  const backedBy = doerFirst && toks[own!.start - 1]?.norm === 'by';
  const ownDoer = doerFirst && !backedBy ? own : null;
  // "Israel intercepted a rocket fired from Gaza": what was fired from a place was fired by that place's side, at
  // the one who stopped it (not by the subject of the sentence).
  const firedFrom = isNounTrigger && own && toks[own.end]?.pos === 'VERB' && LAUNCHED.has(toks[own.end]!.lemma) && toks[own.end + 1]?.norm === 'from'
    ? phrases.find((p) => p.start === own.end + 2 && p.actor?.code) ?? null : null;
  if (firedFrom) {
    source = [firedFrom];
    target = before >= 0 && toks[before]!.pos === 'VERB' ? subject(before).filter(namesActor) : [];
  } else if (toks[i - 1]?.norm === 'those' && toks[i - 2]?.norm === 'among' && toks[i - 3]?.lemma === 'be' && t.pos === 'VERB') {
    // ("a New Zealand student was among those killed": the subject of "was among those" is one of the victims.)
    source = [];
    target = subject(i - 3);
  } else if (ownDoer) {
    source = coordinatedBack(ownDoer, phrases, toks);
    target = after(m.last + 1);
    // ("troops * opened fire on * protesters": the people the pattern's own last words name are its recipient, before
    // anything named after them: "on a crowd of mourners at a cemetery in Dili".)
    const named = phraseAt[m.last];
    if (named && named !== ownDoer && named.start > i && named.actor && (named.actor.code || named.actor.sector)
      && (!target.some(namesActor) || (!named.actor.code && named.actor.sector && PEOPLE_SECTORS.has(named.actor.sector)))) target = [named];
  } else if (backedBy) {
    const verb = m.matched.find((k) => k >= own!.end && toks[k]!.pos === 'VERB')!;
    source = subject(verb);
    target = after(m.last + 1);
  } else if (isNounTrigger && own && !isJudgement) {
    // "Russia's attack on Ukraine", "the U.S. strike": a named modifier of the trigger noun is its source.
    const mods = own.mentions.filter((mm) => mm.end <= i && mm.entry.kind !== 'agent');
    // (Not the object of a verb of declaring read as one phrase with the noun: "declared British High Commissioner
    // Fergus Cochrane-Dyet persona non grata"; see below.)
    if (mods.length && own.actor && own.actor.code && !declaredBefore(toks, own.start)) {
      const first = toks[own.start]!.pos === 'DET' ? own.start + 1 : own.start;
      source = [{ ...own, actor: actorRef(own.actor, wordsOf(toks, first, i), toks[first]!.start, toks[i - 1]!.end) }];
    }
    target = after(m.last + 1);
    // "Protests against President Omar al-Bashir": the pattern's last word is inside the target's name.
    if (!target.some(namesActor) && m.last > i) target = after(i + 1);
    // ... or inside the trigger's own noun phrase, when the chunker kept them together.
    if (!target.some(namesActor) && !mods.length && own.actor?.code && own.mentions.some((mm) => mm.start > i)) target = [own];
    // "an air strike by government forces": the agent of the act named by the noun.
    // (Not a means told by a gerund: "started the air war by striking Asmara".)
    if (!source.length && toks[m.last + 1]?.norm === 'by' && !/ing$/.test(toks[m.last + 2]?.norm ?? '')) {
      const agent = phrases.find((p) => p.start === m.last + 2 && p.actor);
      if (agent) source = coordinated(agent, phrases, toks);
    }
    // ("to counter threats from North Korea", "attacks from Gaza": where an act named by a noun comes from made it.)
    if (!source.length && toks[m.last + 1]?.norm === 'from' && toks[m.last]!.pos === 'NOUN' && FROM_MAKERS.has(kindOfAct(m.pattern.cameo))) {
      const origin = phrases.find((p) => p.start === m.last + 2 && p.actor?.code);
      if (origin) {
        source = coordinated(origin, phrases, toks);
        target = target.filter((p) => p !== origin);
      }
    }
    // ("a car bomb claimed by the Taliban", "an attack carried out by Islamic State": by the agent of the participle.)
    const participle = own.end;
    if (!source.length && toks[participle]?.pos === 'VERB' && CLAIMED.has(toks[participle]!.lemma)) {
      const by = toks[participle + 1]?.norm === 'by' ? participle + 2 : toks[participle + 2]?.norm === 'by' ? participle + 3 : -1;
      const agent = by > 0 ? phrases.find((p) => p.start === by && p.actor?.code) : undefined;
      if (agent) {
        source = coordinated(agent, phrases, toks);
        if (target.some((p) => p === agent)) target = after(agent.end);
      }
    }
    // "the Houthis' recent attack on ...": the possessor named just before the noun phrase.
    const possessive = toks[own.start - 1];
    if (!source.length && possessive && (possessive.norm === "'s" || possessive.norm === "'" || possessive.norm === '’s' || possessive.norm === '’')) {
      const owner = phraseAt[own.start - 2];
      if (owner?.actor?.code) source = [owner];
    }
    // ("the cartel's counterattack": a kind of actor that owns the act inside its phrase did it, named or not.)
    if (!source.length && !own.actor?.code) {
      const apostrophe = toks.findIndex((x, k) => k > own.start && k < i && (x.norm === "'s" || x.norm === '’s'));
      const kind = apostrophe > 0 ? own.mentions.find((mm) => mm.entry.kind === 'agent' && mm.end === apostrophe) : undefined;
      if (kind) {
        const text = sentence.text.slice(toks[own.start]!.start, toks[apostrophe - 1]!.end);
        source = [{ ...own, end: apostrophe, actor: actorRef({ name: text, code: null, sector: kind.entry.sector }, text, toks[own.start]!.start, toks[apostrophe - 1]!.end) }];
      }
    }
    const between = phrases.find((p) => p.start > i && clauseOf[p.start] === clause && p.actor && toks[p.start - 1]?.lemma === 'between');
    if (between && !source.length) {
      // "talks between Russia and Ukraine": the first named meets the others. A mediator is neither: "launched a
      // mediation to resolve the rift between Qatar and other Gulf states" is towards both.
      const parties = coordinated(between, phrases, toks);
      if (m.pattern.cameo.startsWith('045')) target = parties;
      else {
        source = parties.slice(0, 1);
        target = parties.slice(1);
      }
    }
    if (!source.length) {
      // "Ghani announced a ceasefire", "Iraqi troops launched an assault": the subject of the governing verb.
      let k = own.start - 1;
      // "Germany has been the second-largest donor": a noun after a copula is said of the copula's subject.
      let copula = k;
      while (copula >= 0 && ['ADV', 'PART'].includes(toks[copula]!.pos)) copula--;
      // (A noun phrase with its determiner: "have been abducted" mis-tagged as a noun is no predicate noun.)
      const predicate = copula >= 0 && toks[copula]!.lemma === 'be' && toks[copula]!.pos === 'AUX' && toks[own.start]!.pos === 'DET';
      // ("push forward economic and trade cooperation": modifiers and their coordination are skipped.)
      while (k >= 0 && ['ADV', 'PART', 'AUX', 'ADJ', 'CCONJ'].includes(toks[k]!.pos)) k--;
      // "provides 10 million euros in aid": a sum "in" aid is the object of the verb that gives it.
      if (k > 0 && toks[k]!.norm === 'in' && MONEY.test(toks[k - 1]!.norm)) {
        let q = k - 1;
        while (q > 0 && k - q < 8 && (MONEY.test(toks[q]!.norm) || toks[q]!.norm === 'than' || ['NUM', 'SYM', 'ADV', 'ADJ', 'DET'].includes(toks[q]!.pos) || /^[$€£(]/.test(toks[q]!.text))) q--;
        if (toks[q]!.pos === 'VERB') k = q;
      }
      // "Obama gave Putin a stern warning": with two objects, the first is to whom, and the verb's subject acts.
      const indirect = indirectObject(k);
      if (indirect) {
        target = coordinated(indirect.receiver, phrases, toks);
        k = indirect.verb;
      }
      // ("Malawi declared British High Commissioner Fergus Cochrane-Dyet persona non grata": an act named as what a verb
      // of declaring makes of its object, when the object is too long for the pattern's gap, is done by the verb's
      // subject to that object.)
      // (The object and the noun may be read as one phrase, "British High Commissioner Fergus Cochrane-Dyet persona".)
      const declaring = (p: Phrase) => namesActor(p) && declaredBefore(toks, p.start);
      const declared = phrases.find((p) => p.end === own.start && p !== own && declaring(p)) ?? (m.trigger > own.start && declaring(own) ? own : undefined);
      if (declared && !indirect) {
        target = coordinated(declared, phrases, toks);
        k = declared.start - 1;
      }
      // ("arrested the former president, drawing protests from his party": a reaction drawn is made by whoever it
      // comes "from", not by whoever drew it; with no one named, by no one here.)
      const drawn = k >= 0 && toks[k]!.pos === 'VERB' && DRAWING.has(toks[k]!.lemma) && m.pattern.cameo.startsWith('14');
      if (drawn) {
        const from = toks[m.last + 1]?.norm === 'from' ? phraseAt[m.last + 2] : undefined;
        source = from && namesActor(from) ? coordinated(from, phrases, toks) : [];
        // (Against whoever drew it: "Police arrested Kaunda, drawing protests from his party" protests the police.)
        const drawer = subject(k).filter(namesActor);
        target = drawer.length ? drawer : from ? target.filter((p) => p.start > from.end) : target;
      }
      // Unless that verb is an event of its own: in "Lavrov criticized the strike on Syria" Lavrov did not strike.
      else if (predicate) source = subject(copula).filter(namesActor);
      // The verb tells the same act ("provides 10 million euros in aid"): its subject, and one event of the two.
      else if (k >= 0 && toks[k]!.pos === 'VERB' && triggerTokens.get(k)?.slice(0, 2) === m.pattern.cameo.slice(0, 2)) source = subject(k);
      else if (k >= 0 && toks[k]!.pos === 'VERB' && (triggerTokens.has(k) || matchedVerbs.has(k) || LABELLING.has(toks[k]!.lemma))) source = [];
      // Nor when the verb only talks about the act or looks at it ("raised several murders", "investigated the
      // attack", "secured the release"): the subject reports, recalls or obtains an act others did.
      else if (k >= 0 && toks[k]!.pos === 'VERB' && ACT_REFERRING_VERBS.has(toks[k]!.lemma)) source = [];
      // ("the minister first announced the attack on state television": violence named with "the" after a verb of
      // telling is told, not done, by the teller; "announced a ceasefire" is the speaker's own.)
      else if (k >= 0 && toks[k]!.pos === 'VERB' && ['announce', 'disclose', 'reveal'].includes(toks[k]!.lemma)
        && kindOfAct(m.pattern.cameo) === 'violence' && DEFINITE.has(toks[own.start]!.norm)) source = [];
      // "Parrikar said the capture did not relate to ...": after a verb of saying the act is what the reported
      // clause is about, not the speaker's ("announced a ceasefire" is the speaker's own).
      else if (k >= 0 && toks[k]!.pos === 'VERB' && SPEECH.has(toks[k]!.lemma) && !['announce', 'declare', 'confirm'].includes(toks[k]!.lemma)) source = [];
      else if (k >= 0 && toks[k]!.pos === 'VERB' && UNDERGOING.has(toks[k]!.lemma)) {
        // "Tunisia suffered major attacks": the subject is the one the act was done to.
        target = subject(k);
        source = [];
      }
      // ("opposed all acts of terrorism, including attacks against Cuba": nor one named in a list after "including".)
      else if (k >= 0 && (toks[k]!.pos === 'ADP' || toks[k]!.norm === 'including')) {
        // "killed in the offensive", "marched against the war": an act named after a preposition is not the
        // clause subject's, and news names an act that way once it has been told: no doer here.
        // Talks are the exception: "met Putin after talks with Lavrov", "After meeting his Russian counterpart,
        // Tillerson said": the clause's subject held them.
        source = m.pattern.cameo.startsWith('04') ? phrasesAt(heldAlongside(parseOf(sentence), i), phraseAt, (ph) => !!ph.actor?.code && ph !== own && !ph.time) : [];
      } else if (k >= 0 && toks[k]!.pos === 'VERB') source = subject(k);
      // An act named as a clause's subject ("told reporters that the missile launch would not affect the talks")
      // is one already told: the phrase before it is not its doer.
      else if (!m.matched.some((q) => toks[q]!.pos === 'VERB')) source = [];
      else source = subject(own.start); // "Israeli helicopters and tanks shelled": the trigger noun's own verb
      if (source.length && k >= 0 && toks[k]!.pos === 'VERB' && passive(toks, k)) {
        const by = byAgent(k, toks, phrases, clauseOf);
        source = by;
      }
    }
  } else if (isJudgement) {
    // "Lavrov said the strike was unlawful": the speaker accuses what the clause is about, or whoever did the act
    // it names.
    target = mapped(subject(i), (p) => (namesActor(p) ? p : doerOfActNamed(p) ?? p));
    source = labeller >= 0 ? subject(labeller) : speakerBefore(toks, phrases, clauseOf, clause);
    inferred = true;
  } else if (passive(toks, i)) {
    // "the memorandum was suspended by Moscow"
    source = byAgent(i, toks, phrases, clauseOf);
    // "inspectors have been expelled from North Korea", "was extradited from Britain": with no agent, the country
    // they were sent away from did it.
    if (!source.length && REMOVAL_VERBS.has(t.lemma)) {
      const from = phrases.find((p) => p.start > i && p.start - i <= 3 && toks[p.start - 1]?.norm === 'from' && p.actor?.code && clauseOf[p.start] === clause);
      if (from) source = [from];
    }
    target = subject(i);
    // ("Mousavi, a former prime minister backed by reformists": a participle right after its noun, with no "be",
    // is done to that noun, or to the actor it describes.)
    // ("The accord, brokered by Russia, sets up": set off by a comma too.)
    const described = phrases.find((p) => (p.end === i || (p.end === i - 1 && toks[i - 1]!.text === ',')) && p !== own);
    if (described && !withBe(toks, i) && toks[i + 1]?.norm === 'by') {
      const head = toks[described.start - 1]?.text === ',' ? phrases.find((p) => p.end === described.start - 1 && p.actor?.code) : undefined;
      // (An accord brokered is brokered between its parties.)
      const accord = !head && !described.actor?.code ? doerOfActNamed(described) : null;
      target = head ? [head] : [accord?.group ? accord : described];
    }
    // Word order took a phrase that names no actor ("a woman distributing polio vaccinations to children was shot
    // dead"): the parse's passive subject, when it does.
    if (!target.some(namesActor)) {
      const parsed = phrasesAt(argumentsOf(parseOf(sentence), i).object, phraseAt, (ph) => ph !== own && !ph.time && namesActor(ph));
      if (parsed.length) target = [...new Set(parsed)];
    }
    // "The memorandum with the United States was suspended": the partner in what was suspended.
    if (!target.some(namesActor) && target[0]) {
      const partner = phrases.find((q) => q.start === target[0]!.end + 1 && ['with', 'between'].includes(toks[target[0]!.end]!.norm) && namesActor(q));
      if (partner) target = coordinated(partner, phrases, toks);
    }
    // "Armenia and Azerbaijan agreed to a truce after talks brokered by Russia": whom talks were brokered or hosted
    // for are the parties the sentence names, or else the last ones named together.
    if (m.pattern.cameo.startsWith('04') && source.some(namesActor) && !target.some(namesActor)) {
      // (Not people counted: "a ceasefire brokered by Egypt to end eight days of fighting that killed more than 140
      // Palestinians and five Israelis" names the dead, not the parties.)
      const parties = phrases.filter((q) => q.actor?.code && !q.place && !q.time && q !== own && !PREPOSITIONS_OF_PLACE.has(toks[q.start - 1]?.norm ?? '') && !source.includes(q) && !source.some((x) => x.actor?.code === q.actor!.code)
        && !toks.slice(q.start, q.end).some((x) => x.pos === 'NUM'));
      if (parties.length) target = parties;
      else {
        const group = lastGroup(memory)?.filter((a) => !source.some((x) => x.actor?.code === a.code)) ?? [];
        if (group.length) target = [{ ...source[0]!, group }];
      }
    }
  } else if (t.pos === 'ADJ' && own && indirectObject(own.start - 1)) {
    // "gave Putin a stern warning": the act's adjective leads its noun, the object of a verb of giving.
    const { receiver, verb } = indirectObject(own.start - 1)!;
    source = subject(verb);
    target = coordinated(receiver, phrases, toks);
  } else {
    // ("in response to a chemical weapons attack": an act named by a noun the trigger's adjective opens, after a
    // preposition, is not the clause subject's, as for a noun trigger.)
    // ("were engaged in ethnic cleansing", "took part in armed attacks": the subject does what it engages in; "$250
    // million in military aid": a sum in aid is what the subject gives.)
    // ("over the poisoning and jailing of Navalny": so is a gerund named as a noun, after "the" or after a noun it is
    // coordinated with.)
    let governor = before;
    if (governor > 0 && toks[governor]!.pos === 'CCONJ') {
      let q = governor - 1;
      while (q >= 0 && (toks[q]!.pos === 'NOUN' || toks[q]!.pos === 'ADJ' || (toks[q]!.pos === 'VERB' && /ing$/.test(toks[q]!.norm)))) q--;
      if (q < governor - 1 && toks[q]?.pos === 'DET') q--;
      if (q < governor - 1) governor = q;
    }
    const nominal = (t.pos === 'ADJ' && own !== null)
      || (t.pos === 'VERB' && /ing$/.test(t.norm) && (toks[i - 1]?.pos === 'DET' || governor !== before));
    namedAfterPreposition = nominal && governor >= 0 && toks[governor]!.pos === 'ADP'
      && !(toks[governor]!.norm === 'in' && governor > 0 && (ENGAGING.has(toks[governor - 1]!.lemma) || MONEY.test(toks[governor - 1]!.norm)));
    source = objectOfAct || namedAfterPreposition ? [] : subject(i);
    // Word order found no named subject ("Thousands marched as Israel mounted an assault"): the parse's, when it
    // names an actor the dictionaries know.
    // (Parsing is the costly step: only when a known actor named before the verb could be its subject.)
    // (Nor when an infinitive's subject is a kind of actor its governing verb names: "persuaded the country's military
    // rulers to step aside".)
    // (Nor for a participle after a passive, whose subject suffered the act before: "was shot down, killing".)
    if (!objectOfAct && !namedAfterPreposition && !source.some((ph) => ph.actor?.code) && phrases.some((ph) => ph.actor?.code && ph !== own && !ph.time && ph.end <= i)
      && !(toks[i - 1]?.text === ',' && HARMING.has(t.lemma) && followsPassive(toks, i))
      && !(toks[i - 1]?.norm === 'to' && source.some((ph) => ph.actor?.sector))) {
      // (Not the teller of what is told: "Iraqi officials said at least three missiles went astray, killing".)
      const told = speechBefore(toks, i, 0);
      const candidate = (ph: Phrase) => !!ph.actor?.code && ph !== own && !ph.time && ph.start > told;
      // (No parse when no phrase could pass: the known actors are all the teller's side of a verb of saying.)
      if (phrases.some(candidate)) {
        const parsed = phrasesAt(argumentsOf(parseOf(sentence), i).subject, phraseAt, candidate);
        if (parsed.length) source = [...new Set(parsed)];
      }
    }
    target = after(i + 1);
    // ("suspended military and intelligence cooperation with Australia": a phrase named only by a word of the pattern
    // before its last ("suspend * military * cooperation") names the act's kind, not whom it is done to; the one
    // "with" or "to" names after the act is.)
    const modifiesActNoun = (from: number) => toks[m.last]!.pos === 'NOUN' && toks.slice(from, m.last).every((x) => ['ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(x.pos) || x.text === ',');
    const kindWord = (p: Phrase) => p.mentions.length > 0 && p.mentions.every((mm) => m.matched.includes(mm.start) && mm.end - 1 < m.last && modifiesActNoun(mm.end));
    if (target.some(namesActor) && target.filter(namesActor).every(kindWord)) {
      const partner = ['with', 'to'].includes(toks[m.last + 1]?.norm ?? '') ? phraseAt[m.last + 2] : null;
      target = partner && namesActor(partner) ? coordinated(partner, phrases, toks) : [];
    }
    // ("after days of shelling by government forces failed to dislodge them": a gerund named as a noun, as a noun
    // trigger, has its doer after "by", who is not its recipient.)
    if ((nominal || (t.pos === 'VERB' && /ing$/.test(t.norm) && toks[i - 1]?.pos === 'ADP')) && m.last === i && toks[i + 1]?.norm === 'by') {
      const agent = phrases.find((p) => p.start === i + 2 && namesActor(p));
      if (agent) {
        source = coordinated(agent, phrases, toks);
        target = target.filter((p) => !source.includes(p));
        namedAfterPreposition = false;
      }
    }
    // ("Many of the businesses targeted were owned by South Africans": a participle between its noun and that noun's
    // own "be" describes what was done to it, by no one the sentence names.)
    const sufferer = t.pos === 'VERB' && /ed$/.test(t.norm) && m.last === i && toks[i + 1]?.lemma === 'be' && toks[i + 1]!.pos === 'AUX'
      ? phrases.find((p) => p.end === i && p !== own && !p.time) : undefined;
    if (sufferer) {
      source = [];
      target = [sufferer];
    }
    // A pattern that ends in a preposition names whom the act is done to: its object. A phrase of the pattern's own
    // words before it ("closed Venezuela's land borders with | Brazil") is what was done, whoever it belongs to.
    // ("accused the government of", "provided Egypt with": a phrase in the pattern's gap is still the recipient.)
    // ("fired more than 20 rockets from Gaza into southern Israel": nor is where it came from, in the gap.)
    // ("blamed the grenade attacks in Kigali on Uganda": nor where, named in the gap.)
    // ("blamed the fighting on Georgian guerrilla groups": what is blamed "on" someone is theirs.)
    if (m.last > i && toks[m.last]!.norm === 'on' && t.lemma === 'blame') {
      const object = after(m.last + 1);
      if (object.some(namesActor)) target = object;
    } else if (m.last > i && toks[m.last]!.pos === 'ADP' && target[0] && target[0].end <= m.last && (phraseIn(target[0], matched) || toks[target[0].start - 1]?.norm === 'from' || toks[target[0].start - 1]?.norm === 'in')) {
      const object = after(m.last + 1);
      if (object.some(namesActor)) target = object;
    }
    // ("accused foreign-funded groups of seeking to destabilise the country": whom the gap names is the one accused,
    // even when the dictionaries cannot code it; what comes after "of" is what they are accused of.)
    else if (m.pattern.cameo.startsWith('11') && m.last > i && toks[m.last]!.pos === 'ADP' && !target.some((p) => p.end <= m.last)) {
      const accused = phrases.find((p) => p.start > i && p.end <= m.last && p !== own && !p.time && !phraseIn(p, matched));
      if (accused && !namesActor(accused)) target = [accused];
    }
    // "a former opposition commander it blames for the killing", "a commander whom the government blames": a relative
    // clause's verb with no object of its own is done to the one the clause describes.
    const described = relativeAntecedent(i);
    if (described) target = [described];
    // ("The Pentagon said it regretted the decision", "welcomed the move": an act the pattern's own last word names
    // is done to the one who did that act, whom the article told before.)
    const named = m.last > i ? phraseAt[m.last] : null;
    if (!target.some(namesActor) && named && named !== own && named.end === m.last + 1 && toks[m.last]!.pos === 'NOUN'
      && GENERIC_ACT_NOUNS.has(toks[m.last]!.lemma)) {
      const referred = doerOfActNamed(named);
      if (referred?.actor?.code && !source.some((x) => x.actor?.code === referred.actor!.code)) target = [referred];
    }
  }
  // "sent a military platoon to Kuwait", "have sent emergency supplies to Nepal": with a verb of giving, whom it
  // goes to is the recipient, not the thing given.
  let giver = own && isNounTrigger ? own.start - 1 : i;
  while (giver >= 0 && giver < i && ['ADV', 'PART', 'AUX', 'ADJ', 'DET', 'NUM'].includes(toks[giver]!.pos)) giver--;
  if (giver >= 0 && TRANSFER_VERBS.has(toks[giver]!.lemma) && !passive(toks, giver)) {
    const to = phrases.find((p) => p.start > i && clauseOf[p.start] === clause && ['to', 'into'].includes(toks[p.start - 1]?.norm ?? '')
      && !p.time && p !== own && namesActor(p));
    // (Not past another verb: "donated ventilators to assist Ethiopia with its response to COVID-19".)
    if (to && !toks.slice(i + 1, to.start).some((x) => x.pos === 'VERB')) target = coordinated(to, phrases, toks);
  }
  // "Lebanon complained to the United Nations over two Israeli air raids": whom a complaint is made to is its
  // audience; what it is over, or whoever did that, is the one accused.
  const addressee = target.length === 1 && m.pattern.cameo.startsWith('11') ? target[0]! : null;
  if (addressee && ['to', 'with'].includes(toks[addressee.start - 1]?.norm ?? '')) {
    const over = phrases.find((q) => q.start > addressee.end && q.start - addressee.end <= 5 && clauseOf[q.start] === clause
      && ['over', 'about', 'against'].includes(toks[q.start - 1]?.norm ?? ''));
    const accused = over && (namesActor(over) ? over : doerOfActNamed(over));
    if (accused) target = [accused];
  }
  // "contribute troops to the NATO-led security force in Afghanistan", "deploying 300 troops to the UN peacekeeping
  // mission in Mali": what is given to a mission or force serving in a country goes to that country.
  const mission = target.length === 1 && target[0] !== own ? target[0]! : null;
  if (mission && MISSIONS.has(toks[mission.end - 1]!.norm) && ['in', 'to'].includes(toks[mission.end]?.norm ?? '')) {
    const where = phrases.find((q) => q.start === mission.end + 1 && q.actor?.code && (q.place || q.mentions.some((mm) => mm.entry.kind === 'country')));
    if (where) target = [where];
  }
  // ("a year of fighting between Serbian security forces and the KLA": a pattern that ends in "between" names both
  // sides, the first against the others, as a noun's "talks between" does.)
  // (Whatever subject word order found: "as fighting between Abkhaz separatists and armed groups escalated".)
  // (Fighting only: a mediator "shuttling between Beirut and Damascus" or a host of "talks between" is neither side.)
  if (toks[m.last]?.lemma === 'between' && kindOfAct(m.pattern.cameo) === 'violence' && target.filter(namesActor).length >= 2) {
    const sides = target.filter(namesActor);
    source = sides.slice(0, 1);
    target = sides.slice(1);
  }
  if (m.pattern.cameo.startsWith('13')) target = threatenedByCondition(m, toks, phrases, phraseAt, source, target, namesActor);
  // Nor is it who did it: "a crackdown that the inhabitants say ...", "the ban outlawed": a subject that names no
  // kind of actor (no code, no sector, no proper name) is a thing, and the act has no named doer here.
  // ("Kenyan troops backed by tanks and helicopters": arms that back troops give them no political support.)
  // (A pattern read backwards, "X backed by Y", has its doer on the other side until the coder turns it round.)
  const backer = m.pattern.reverse ? target : source;
  const arms = (p: Phrase) => p.instrument || (p.actor?.sector === 'MIL' && p.mentions.every((mm) => mm.entry.kind === 'agent') && ARMS.test(wordsOf(toks, p.start, p.end)));
  // ("the authorities, backed by Saudi and Emirati troops, crushed", "government troops backed by U.N. forces": nor do
  // troops that back others, whose backing is armed, not said.)
  // (A bare people's name coordinated with them is theirs: "Saudi and Emirati troops". Only armed backing told by
  // "backed by": "the army backed the president's decision" is support in words.)
  const troops = (p: Phrase) => t.lemma === 'back' && passive(toks, i) && (p.actor?.sector === 'MIL' || TROOP_WORDS.test(wordsOf(toks, p.start, p.end)));
  const backers = backer.filter(namesActor);
  const armed = backers.every(arms) || (backers.some(troops) && backers.every((p) => arms(p) || troops(p) || (p.end - p.start === 1 && p.mentions.every((mm) => mm.entry.kind === 'demonym' || mm.entry.kind === 'country'))));
  if (m.pattern.cameo.startsWith('05') && backers.length && armed) {
    if (m.pattern.reverse) target = []; else source = [];
  }

  // ("summoned South Korea's ambassador, Shin Kak-soo, to protest": the name set off after one person's title is that
  // person, counted once.)
  const sameAsTitle = (a: ActorRef, k: number, list: ActorRef[]) => {
    const prev = list[k - 1];
    if (!prev || !a.code || a.code !== prev.code || sentence.text.slice(prev.end, a.start).trim() !== ',') return false;
    const named = phrases.find((p) => toks[p.start]!.start === a.start);
    const title = named ? phrases[phrases.indexOf(named) - 1] : undefined;
    const head = title ? toks[title.end - 1]! : undefined;
    return named?.appositive === 'name' && !!head && head.pos === 'NOUN' && head.norm === head.lemma;
  };
  const src = refs(source.filter((p) => namesActor(p) || p.pronoun)).filter((a, k, list) => !sameAsTitle(a, k, list));
  const tgt = refs(recipients(target)).filter((a, k, list) => !src.some((x) => x.start === a.start) && !sameAsTitle(a, k, list));
  // (Where an unnamed doer acted, not where someone came back from: "was arrested on his return from Germany".)
  const acted = places.filter((x) => !x.origin);
  // (Failing one in its clause, a place the sentence names, but not in a relative clause: "Wamwere, a former MP who
  // has lived in Norway, was arrested".)
  const inRelative = (at: number) => {
    for (let k = at - 1; k > 0; k--) {
      if (toks[k]!.text === ',' || toks[k]!.text === ';') return false;
      // (A relative pronoun about someone, not "where": what the clause says of them happened elsewhere or before.)
      const pronoun = (RELATIVE.has(toks[k]!.norm) && toks[k]!.norm !== 'where') || toks[k]!.norm === 'that';
      if (pronoun && (toks[k - 1]!.text === ',' || ['NOUN', 'PROPN'].includes(toks[k - 1]!.pos))) return !(i > k && toks.slice(k, i).every((w) => w.text !== ','));
    }
    return false;
  };
  // (Nor, in another clause, where someone was away: "detaining the prime minister while President Fradique de Menezes
  // was away at a conference in Nigeria".)
  // ("Troops seized the radio ... while Taya was in Saudi Arabia for the funeral of King Fahd": nor where someone
  // else "was".)
  const awayAt = (at: number) => {
    for (let k = at - 1; k >= 0 && at - k <= 8 && clauseOf[k] === clauseOf[at]; k--) if (AWAY.has(toks[k]!.lemma)) return true;
    const before = toks[at - 1]?.norm === 'in' ? at - 2 : -1;
    return before >= 0 && toks[before]!.lemma === 'be' && clauseOf[before] !== clause;
  };
  const clausePlace = (acted.find((x) => x.clause === clause && !inRelative(x.at)) ?? acted.find((x) => !inRelative(x.at) && !awayAt(x.at)))?.place.countryCode ?? null;
  // (Not the article's own country when the clause names a place the gazetteer does not know: "killed 80 people
  // in the town of Khan Sheikhoun" in a story datelined MOSCOW happened somewhere else.)
  const homeHere = !phrases.some((p) => p.place) && unknownPlaceIn(toks, phraseAt, clauseOf, clause) ? null : home;
  const place = clausePlace ?? homeHere;
  // (A speaker in the main clause is not of the place the reported clause names: "Attorney General Eric Holder said
  // the plot had been directed from Iran", datelined WASHINGTON.)
  const sourceAt = src[0] && src[0].start >= 0 ? toks.findIndex((w) => w.start >= src[0]!.end) : -1;
  let saidAt = sourceAt;
  while (saidAt >= 0 && saidAt < toks.length && ['ADV', 'AUX'].includes(toks[saidAt]!.pos)) saidAt++;
  const speaker = sourceAt >= 0 && clauseOf[saidAt] !== clause && SPEECH.has(toks[saidAt]?.lemma ?? '');
  const sourcePlace = speaker ? acted.find((x) => x.clause === clauseOf[saidAt])?.place.countryCode ?? homeHere ?? clausePlace : clausePlace;
  // ("In Tehran, the foreign ministry summoned Nigeria's charge d'affaires", in a story from Abuja: a sentence that
  // opens on a capital is told from there, and its government is that capital's country's.)
  const opening = toks[0]?.norm === 'in' ? phraseAt[1] : null;
  const scene = opening && toks[opening.end]?.text === ',' && opening.actor?.code && opening.mentions.some((mm) => mm.entry.kind === 'capital') ? opening.actor.code : null;
  // (Whether the story names its own country in its text, not only in the dateline: where foreign troops act.)
  const homeNamed = !!homeHere && (memory.places.countryCounts.get(homeHere) ?? 0) - (memory.places.datelineCountry === homeHere ? 1 : 0) >= 1;
  const countried = withCountries(src, tgt, m.pattern.cameo, clausePlace, scene ?? homeHere, memory.victims, sourcePlace, homeNamed);
  const src2 = countried.src2;
  let tgt2 = m.pattern.cameo.startsWith('087') && fromOwnGround(toks, target, src2, countried.tgt2) ? [] : countried.tgt2;
  // Violence and coercion with no named perpetrator ("three civilians were killed", "a bomb tore into a market",
  // "he was arrested in Mumbai") are, by event data's convention, acts of unidentified actors of the country
  // where they happened; protests with no named protesters ("protests against Bashir grew"), of its people.
  // A pronoun subject ("We have launched an operation", "they fired") names a perpetrator, one the coder cannot
  // resolve: not an unnamed one.
  let subjectAt = i - 1;
  while (subjectAt >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[subjectAt]!.pos)) subjectAt--;
  const pronounSubject = !passive(toks, i) && subjectAt >= 0 && toks[subjectAt]!.pos === 'PRON' && !RELATIVE.has(toks[subjectAt]!.norm) && toks[subjectAt]!.norm !== 'that';
  const named = source.some(namesActor) || pronounSubject;
  // Not for an act named as what another act is about ("condemned the offensive"): that one is reported elsewhere.
  // Nor for an act named by a noun ("the shooting", "in the attack", "the blast site"): news names an act that way
  // when it has been reported already, and who did it is then said elsewhere or not known.
  // Protests are the exception: news tells them by the noun as often as by the verb ("Protests against Bashir are
  // growing"), so a protest noun that is its clause's subject (no verb or preposition governs it) is told here.
  // ("after weeks of street protests": the noun's own modifiers are skipped.)
  let governing = (own && isNounTrigger ? own.start : i) - 1;
  while (governing >= 0 && ['DET', 'ADJ', 'ADV', 'NUM'].includes(toks[governing]!.pos)) governing--;
  // (Not a noun modifying another: "Protest leaders said"; nor one coordinated with a phrase a preposition governs:
  // "after weeks of protests and days of unrest".)
  const modifier = ['NOUN', 'PROPN'].includes(toks[i + 1]?.pos ?? '');
  const protestTold = m.pattern.cameo.startsWith('14') && isNounTrigger && !modifier && (governing < 0 || !['VERB', 'ADP', 'AUX', 'CCONJ'].includes(toks[governing]!.pos));
  // ... and an act named by the noun that is the subject of a verb of its own kind ("A suicide car bomb attack killed
  // at least one civilian") is told by that verb.
  // (After the pattern's own words too: "a state of emergency was declared", where the phrase ends before "of".)
  let verbAfter = own ? Math.max(own.end, m.last + 1) : -1;
  while (verbAfter >= 0 && verbAfter < toks.length && ['AUX', 'ADV'].includes(toks[verbAfter]!.pos)) verbAfter++;
  // (Not when the phrase names people: "Protest leaders in Sudan said".)
  const toldByVerb = isNounTrigger && !own?.actor?.sector && !own?.actor?.code && verbAfter >= 0 && toks[verbAfter]?.pos === 'VERB'
    && (matchedVerbs.has(verbAfter) || HAPPENING_VERBS.has(toks[verbAfter]!.lemma) || (IMPOSING_VERBS.has(toks[verbAfter]!.lemma) && passive(toks, verbAfter)));
  const referredTo = objectOfAct || namedAfterPreposition || (!m.matched.some((k) => toks[k]!.pos === 'VERB') && !protestTold && !toldByVerb);
  // ("a review of the $1.5 billion in annual U.S. aid to Egypt": a standing flow is no act of this sentence.)
  if (isNounTrigger && own) for (let k = own.start; k < i; k++) if (STANDING.has(toks[k]!.norm)) return { source: [], target: [], inferred: false, mentioned: true };
  // ("Cameron called the storming outrageous and indefensible": an act a speaker labels is judged, not told.)
  // (A gerund named with "the" too: "the storming".)
  const labelled = isNounTrigger && own ? { start: own.start, end: own.end }
    : t.pos === 'VERB' && /ing$/.test(t.norm) && toks[i - 1]?.pos === 'DET' ? { start: i - 1, end: i + 1 } : null;
  if (labelled && toks[labelled.start - 1]?.pos === 'VERB' && LABELLING.has(toks[labelled.start - 1]!.lemma)
    && (toks[labelled.end]?.pos === 'ADJ' || toks[labelled.end]?.norm === 'as' || ['a', 'an'].includes(toks[labelled.end]?.norm ?? ''))) {
    return { source: [], target: [], inferred: false, mentioned: true };
  }
  // ("the NATO-led peacekeeping force KFOR said it was monitoring": a body named by what it does, speaking, does
  // nothing here.)
  let named2 = own ? own.end : -1;
  while (named2 >= 0 && named2 < toks.length && (toks[named2]!.pos === 'PROPN' || toks[named2]!.pos === 'ADV')) named2++;
  if (isNounTrigger && own && !m.matched.some((k) => toks[k]!.pos === 'VERB') && named2 >= 0 && SPEECH.has(toks[named2]?.lemma ?? '') && toks[named2 + 1]?.norm !== 'by') {
    return { source: [], target: [], inferred: false, mentioned: true };
  }
  // And only with someone it was done to: "a security operation was conducted", "shops were damaged" name no one
  // attacked, and were not, judged blind, events of their own.
  // "24 people had been killed in the clashes, which it blamed on Tajik troops": whom the sentence blames did it.
  const blamed = !named && !referredTo && !m.pattern.reverse && unnamedPerpetrator(m, toks) && !m.pattern.cameo.startsWith('14')
    ? phrases.find((q) => q.actor?.code && ((toks[q.start - 1]?.norm === 'on' && toks[q.start - 2]?.lemma === 'blame')
      || (toks[q.start - 1]?.norm === 'to' && toks[q.start - 2]?.lemma === 'attribute'))) : undefined;
  if (blamed) return { source: refs(coordinated(blamed, phrases, toks)), target: tgt2, inferred: true, mentioned: false };
  // ("Twenty Indian soldiers were killed in a clash with Chinese troops": the side a clash or battle was "with" did
  // the killing, when the ones killed are of another country.)
  if (!named && kindOfAct(m.pattern.cameo) === 'violence' && tgt2.some((a) => a.code)) {
    const other = phrases.find((q) => q.start > i && clauseOf[q.start] === clause && q.actor?.code && toks[q.start - 1]?.norm === 'with'
      && CLASH_WORDS.has(toks[q.start - 2]?.lemma ?? '') && !tgt2.some((a) => a.code === q.actor!.code));
    if (other) return { source: refs(coordinated(other, phrases, toks)), target: tgt2, inferred: true, mentioned: false };
  }
  // (Not in a war or a battle between sides the clause names: "80,000 people were killed in the border war",
  // "Fighting over the enclave has killed hundreds", "The conflict has killed 220,000": the sides did it, not
  // unidentified people of the place. Judged blind on fresh stories, such guesses were right 6 times in 28; street
  // clashes are left to the convention.)
  // ("the war, which has killed more than 30,000 people since 1983": or the war a relative clause's verb hangs on.)
  let relative = i - 1;
  while (relative >= 0 && ['AUX', 'ADV'].includes(toks[relative]!.pos)) relative--;
  let antecedent = ['which', 'that'].includes(toks[relative]?.norm ?? '') ? toks[toks[relative - 1]?.text === ',' ? relative - 2 : relative - 1] : undefined;
  // ("a two-year border war with Ethiopia in which tens of thousands of people were killed": or "in which".)
  // (The war may be named a few words before: "a border war with Ethiopia in which"; a whole war, not "a brief naval
  // battle in which dozens of soldiers were killed", which its sides fought that day.)
  for (let k = i - 1; !antecedent && k >= 2 && i - k <= 12 && toks[k]!.pos !== 'VERB'; k--) {
    if (toks[k]!.norm === 'which' && toks[k - 1]!.norm === 'in') antecedent = toks.slice(Math.max(0, k - 6), k - 1).reverse().find((w) => WHOLE_WARS.has(w.lemma));
  }
  const inWar = toks.some((w, k) => clauseOf[k] === clause && (w.pos === 'NOUN' || w.norm === 'fighting') && WAR_WORDS.has(w.lemma === 'fight' ? w.norm : w.lemma) && !m.matched.includes(k))
    || (!!antecedent && WAR_WORDS.has(antecedent.lemma));
  // ("The president has been kidnapped by imperialism": a passive whose agent names no kind of actor is a figure of
  // speech, not violence by unidentified people of the place.)
  const agentPhrase = passive(toks, i) && toks[i + 1]?.norm === 'by' ? phraseAt[i + 2] : null;
  const figurative = !!agentPhrase && !agentPhrase.actor?.code && !agentPhrase.actor?.sector && !agentPhrase.mentions.length
    && (/ism$/.test(toks[agentPhrase.end - 1]!.lemma) || ABSTRACT_AGENTS.has(toks[agentPhrase.end - 1]!.lemma));
  if (figurative) return { source: [], target: [], inferred: false, mentioned: true };
  // ("Iranian police said about 40 people had been arrested", in a story from Riyadh: an arrest or a ban with no one
  // named to make it, told by a state's police, forces, courts or government, is theirs, in their country.)
  // (Not property destroyed: "the interior minister said 45 churches had been burned" tells what rioters did.)
  if (!named && m.pattern.cameo.startsWith('17') && m.pattern.cameo !== '1712' && passive(toks, i) && tgt.length && !referredTo) {
    const teller = speakerBefore(toks, phrases, clauseOf, clause).find((p) => p.actor?.code && !NON_STATE_CODES.has(p.actor.code) && STATE_TELLERS.has(p.actor.sector ?? ''));
    const own = teller?.actor?.code ?? null;
    if (teller && (!clausePlace || clausePlace === own)) {
      const told = withCountries([teller.actor!], tgt, m.pattern.cameo, clausePlace, own, memory.victims, own);
      return { source: told.src2, target: told.tgt2, inferred: true, mentioned: false };
    }
  }
  // ("A dusk-to-dawn curfew was imposed", "Gatherings were banned in Islamabad": a curfew, a ban or an emergency with
  // no one named it was imposed on is imposed on the people of where it was.)
  // (Not one a condition names: "will not end the strike until the taxi services are banned".)
  let conditioned = false;
  for (let k = i - 1; k >= 0 && i - k <= 16 && toks[k]!.text !== ';' && !conditioned; k--) conditioned = CONDITIONS.has(toks[k]!.norm);
  if (!named && !tgt2.length && place && /^172/.test(m.pattern.cameo) && !referredTo && !conditioned && passive(toks, verbFrom(m.trigger, toks))) {
    tgt2 = [actorRef({ name: `${place} people`, code: place, sector: null }, '', -1, -1, true)];
  }
  // ("Security was tightened at airports, border crossings and Jewish schools", "Security was stepped up in London":
  // security raised, said in the passive with no one named, is the place's own forces'.)
  if (!named && place && m.pattern.cameo === '151' && toks[m.trigger]!.lemma === 'security' && !referredTo && !conditioned
    && passive(toks, verbFrom(m.trigger, toks))) {
    return { source: [actorRef({ name: `security forces (${place})`, code: place, sector: 'COP' }, '', -1, -1, true)], target: [], inferred: true, mentioned: false };
  }
  if (!named && !inWar && place && tgt2.length && !referredTo && !m.pattern.reverse && unnamedPerpetrator(m, toks)) {
    const protest = m.pattern.cameo.startsWith('14');
    // Unidentified attackers are unaligned armed actors (UAF), not the state: a bare country code would read as
    // its government acting.
    const violent = kindOfAct(m.pattern.cameo) === 'violence';
    // ("Hamas fighters fired on the patrol. Four soldiers were wounded.": violence with no doer named, after violence
    // whose doer the article named, is theirs.)
    const lastViolent = violent ? memory.lastDoers.get('violence')?.filter((a) => a.code && !a.implicit) : undefined;
    // ("U.S. missiles struck a Syrian air base ... The strike killed six people": the people, named with no country
    // and given the article's, are those of whom that violence was done to.)
    const victims = lastViolent?.length ? memory.victims.get(lastViolent[0]!.code!) : undefined;
    const victimsHere = victims ? mapped(tgt2, (a, k) => (!tgt[k]?.code && a.code === place && a.sector && PEOPLE_SECTORS.has(a.sector)
      ? actorRef({ ...a, code: victims }, a.text, a.start, a.end, a.implicit) : a)) : tgt2;
    // (Not against their own: "a French helicopter pilot was killed" after French strikes was killed by the other side.)
    if (lastViolent?.length && !victimsHere.some((a) => lastViolent.some((d) => d.code === a.code))) {
      return { source: mapped(lastViolent, (a) => actorRef(a, '', -1, -1, true)), target: victimsHere, inferred: true, mentioned: false };
    }
    const unidentified = actorRef({ name: `${protest ? 'protesters' : 'unidentified'} (${place})`, code: place,
      sector: protest ? 'CVL' : violent ? 'UAF' : null }, '', -1, -1, true);
    return { source: [unidentified], target: tgt2, inferred: true, mentioned: false };
  }
  // An act only named here, with no doer in sight ("in the attack on the convoy"), is a mention of an event told
  // elsewhere, not one of this sentence.
  // A protest by named protesters with no named target is aimed at the authorities of where it happens ("rioted
  // at a jail in northern Israel"): the place is the venue, its government the recipient.
  const venueTarget = m.pattern.cameo.startsWith('14') && !tgt2.some((a) => a.code) && place && src2.some((a) => a.code) && !m.pattern.reverse;
  // ("protested in Bogota, burning U.S. flags": the country whose flags protesters burn is whom they protest against.)
  const burnt = venueTarget ? flagsBurnt(toks, phrases) : null;
  // ("Thousands of Jordanians demonstrated against an income tax bill", in a story from Riyadh: a people named by their
  // country's name for them protest against their own government, unless the clause says where they are.)
  const protesters = venueTarget ? src2.find((a) => a.code)!.code! : null;
  const aimedAt = burnt ? actorRef({ name: burnt, code: burnt, sector: null }, '', -1, -1, true)
    : protesters ? protestAimedAt(protesters, clausePlace ?? (homeHere === protesters || !source.some((p) => namesPeople(p, toks)) ? homeHere : null), memory) : null;
  return { source: src2, target: aimedAt ? [aimedAt] : tgt2, inferred, mentioned: referredTo && !src2.length };
}

/**
 * Whom a threat is made to when its condition is about someone else ("warned that the military would respond firmly
 * if the rebels failed to disarm", "said he would withdraw Venezuela's ambassador if Garcia won"): the subject of
 * its "if" or "unless", in place of a target that is the threatener's own or no one's ("threatened to shell British
 * forces if western forces launched any attack" threatens the British forces; the state's forces are a state's own,
 * not a rebel's: "insurgents threatened to shell the bases of government forces if Damascus did not").
 */
function threatenedByCondition(m: PatternMatch, toks: Token[], phrases: Phrase[], phraseAt: ReadonlyArray<Phrase | null>, source: Phrase[], target: Phrase[],
  namesActor: (p: Phrase) => boolean): Phrase[] {
  const condition = toks.findIndex((w, k) => k > m.last && (w.norm === 'if' || w.norm === 'unless'));
  const about = condition > 0 ? phraseAt[condition + 1] : undefined;
  if (!about || !namesActor(about) || about.pronoun || source.includes(about) || about.time || !target.some(namesActor)) return target;
  const stateSide = source.some((q) => !q.actor?.sector || STATE_SECTORS.has(q.actor.sector));
  const own = (p: Phrase) => (p.actor?.code ? source.some((q) => q.actor?.code === p.actor!.code) : stateSide || !p.actor?.sector || !STATE_SECTORS.has(p.actor.sector));
  return target.every(own) ? coordinated(about, phrases, toks) : target;
}

/** The relative pronoun ("who", "which", "that") that opens the clause a comma at q ends, after its noun; or -1. */
function relativeOpenerBefore(toks: Token[], q: number): number {
  let r = q - 1;
  while (r > 0 && toks[r]!.text !== ',' && !RELATIVE.has(toks[r]!.norm) && toks[r]!.norm !== 'that') r--;
  const opens = r > 0 && (RELATIVE.has(toks[r]!.norm) || toks[r]!.norm === 'that') && !['where', 'when'].includes(toks[r]!.norm)
    && ['NOUN', 'PROPN'].includes(toks[r - 1]?.pos ?? '');
  return opens ? r : -1;
}

/** Whether the relative clause before q describes what a harming verb before it struck: "shot down a helicopter that
 *  strayed across the border". */
function harmedBeforeRelative(toks: Token[], q: number): boolean {
  const r = relativeOpenerBefore(toks, q);
  if (r < 0) return false;
  // (The tagger may read "shot" of "shot down" as a noun.)
  const strikes = (t: Token) => (t.pos === 'VERB' && (HARMING.has(t.lemma) || STRIKING.has(t.lemma))) || t.norm === 'shot';
  for (let h = r - 1; h >= 0 && r - h <= 10 && toks[h]!.text !== ','; h--) {
    if (strikes(toks[h]!)) return true;
    if (toks[h]!.pos === 'VERB') return false;
  }
  return false;
}
/** Verbs of striking at something, whose harm a participle may tell: "shot down a helicopter ..., killing". */
const STRIKING = new Set(['shoot', 'attack', 'strike', 'hit', 'bomb', 'shell', 'ambush', 'raid', 'storm', 'ram', 'torpedo', 'sink']);

/**
 * Whether forces pulled back from their own country's city ("the army began withdrawing from some junctions in
 * Kathmandu", "the army withdrew from central La Paz"): they yield to no one there; whom they stood against, if
 * anyone, is elsewhere.
 */
function fromOwnGround(toks: Token[], target: Phrase[], src: ActorRef[], tgt: ActorRef[]): boolean {
  return tgt.length > 0 && tgt.every((a) => {
    const at = a.start >= 0 ? toks.findIndex((w) => w.start >= a.start) : -1;
    const p = target.find((q) => at >= q.start && at < q.end);
    return !!p && (p.place || p.mentions.some((mm) => mm.entry.kind === 'capital' || mm.entry.kind === 'seat')) && src.some((x) => x.code === a.code && (x.sector === 'MIL' || x.sector === 'COP'));
  });
}

/**
 * The countries of the kinds of actor a trigger's sides name without one ("police", "demonstrators", "the
 * government"), from the named parties beside them, the place the clause names (`clausePlace`) and the article's
 * own country (`home`).
 */
function withCountries(src: ActorRef[], tgt: ActorRef[], cameo: string, clausePlace: string | null, home: string | null,
  victims: ReadonlyMap<string, string> = new Map(), sourcePlace: string | null = clausePlace, homeNamed = false): { src2: ActorRef[]; tgt2: ActorRef[] } {
  const place = clausePlace ?? home;
  // Kinds of actor without a country ("demonstrators", "political opponents") take the place the clause names
  // ("in Baghdad"); people a government's forces act on are, failing that, that country's own (CAMEO's
  // convention for domestic events).
  // Failing a place in the sentence, the article's own country: "police" in a story datelined ISLAMABAD are
  // Pakistan's.
  // A bare "the government" or "the prime minister" is the article's own country's, wherever the clause says the
  // act happened ("extended support to the government on the Kashmir issue", datelined ISLAMABAD).
  const withCode = (a: ActorRef, code: string | null): ActorRef => {
    // ("hacked to death eight foreign tourists": people called foreign are no one's of the place, wherever the phrase
    // the coder read begins.)
    if (a.code || !a.sector || FROM_ABROAD.test(a.text) || FOREIGN_PEOPLE.test(a.text)) return a;
    // ("Aid agencies welcomed the truce", "rights groups said": unnamed aid and rights groups are non-governmental
    // organisations of no country the story says, not the place's; a local one, a charity or a civil society group is
    // the place's.)
    if (a.sector === 'NGO' && NO_COUNTRY_NGO.test(a.text) && !LOCAL.test(a.text)) return actorRef({ ...a, code: 'NGO' }, a.text, a.start, a.end, a.implicit);
    const own = a.sector === 'GOV' && home ? home : code;
    return own ? actorRef({ ...a, code: own }, a.text, a.start, a.end, a.implicit) : a;
  };
  // "Israeli helicopters and tanks": a kind of actor coordinated with a named one shares its country.
  // ("soldiers overthrew President Mohamed Bazoum": soldiers who seize power are the ousted ruler's country's.)
  const ousted = cameo.startsWith('17') && src.every((a) => !a.code && a.sector === 'MIL') ? tgt.find((a) => a.code && !NON_STATE_CODES.has(a.code) && a.sector === 'GOV')?.code ?? null : null;
  const sibling = src.find((a) => a.code)?.code ?? ousted;
  // (Loops rather than map: these arrays become events' actors, read by many sites; src/events/arrays.ts says why.)
  const src2: ActorRef[] = [];
  // ("Critics accuse Mbeki of failing to tackle the crisis in Zimbabwe": critics and opponents of a government are its
  // own country's, whatever place the clause names.)
  const governed = tgt.find((a) => a.code && !NON_STATE_CODES.has(a.code) && a.sector === 'GOV')?.code ?? null;
  // (But the opposition, named so, is the story's own country's: "Opposition leader Otton Solis ... citing what he
  // called interference by the U.S. government" in a story from Costa Rica.)
  const opposing = (a: ActorRef) => a.sector === 'OPP' ? (home && /\bopposition\b/i.test(a.text) ? home : governed) : null;
  for (const a of src) src2.push(withCode(a, sibling ?? opposing(a) ?? sourcePlace ?? home));
  // (A country named bare acts as its state: "Ethiopia let free 74 political leaders", "Venezuela has banned an
  // opposition member" — for releases and coercion, which a state does to its own people far more than to others.)
  // (Not peacekeepers, who serve abroad: "its peacekeepers had helped evacuate civilians" in Georgia.)
  const domestic = src2.find((a) => a.code && !NON_STATE_CODES.has(a.code) && (a.sector ? DOMESTIC_FORCES.has(a.sector) : STATE_OWN_ROOTS.has(cameo.slice(0, 2))) && !/peace-?keep/i.test(a.text))?.code ?? null;
  // ... and a country's authorities that its own people act towards are, failing that, theirs ("rebels
  // surrendered to the police", "protesters attacked the army").
  const subjects = src2.find((a) => a.code && !NON_STATE_CODES.has(a.code) && a.sector && !DOMESTIC_FORCES.has(a.sector))?.code ?? null;
  // (The dateline's country comes after the forces': "Assad's chemical attack killed dozens of civilians" in a
  // story from Moscow killed Syrians.)
  // Failing all of that, people an actor of a country acts towards are that country's ("Bilawal Bhutto Zardari
  // expressed solidarity with victim families").
  const country = src2.find((a) => a.code && !NON_STATE_CODES.has(a.code))?.code ?? null;
  // (Refugees are not their host's; "Lukashenko and his son": a kind of actor coordinated with a named one is of
  // its country first.)
  const targetSibling = tgt.find((a) => a.code && !NON_STATE_CODES.has(a.code))?.code ?? null;
  // "U.S. cruise missiles struck a Syrian air base ... The strike killed six people": people a country's violence
  // kills, where the clause names no place, are those of the country it was last done to, not its own.
  // (A state's forces: rebels and militants mostly kill their own country's people.)
  const stateSide = src2.find((a) => a.code === country && (!a.sector || a.sector === 'GOV' || a.sector === 'MIL'));
  const victimsOf = kindOfAct(cameo) === 'violence' && country && stateSide ? victims.get(country) ?? null : null;
  const forces = src2.some((a) => a.code === country && (!a.sector || ['GOV', 'MIL', 'COP'].includes(a.sector)));
  const tgt2: ActorRef[] = [];
  for (const a of tgt) {
    const people = !!a.sector && PEOPLE_SECTORS.has(a.sector) && a.sector !== 'REF';
    // ("Russian border guard ships opened fire on two gunboats": armed forces a state's forces use violence on are,
    // unless named, another country's, not their own.)
    if (a.sector === 'MIL' && !a.code && kindOfAct(cameo) === 'violence' && forces && !targetSibling) {
      const other = [clausePlace, victims.get(country!) ?? null, home].find((x) => x && x !== country) ?? null;
      tgt2.push(withCode(a, other));
      continue;
    }
    // ("Mali summoned Ambassador Joel Meyer": an envoy a country summons, expels or receives is another country's, not
    // its own: uncoded rather than the actor's, when nothing in the sentence says whose.)
    if (!a.code && country && ENVOYS_BY_TITLE.test(a.text) && (targetSibling ?? clausePlace ?? domestic ?? home) === country) {
      tgt2.push(a);
      continue;
    }
    // ("Conservative opposition lawmakers in Seoul warned the president", in a story from Pyongyang: the government a
    // country's own opposition, parliament, courts or people act towards is their own.)
    const ownGovernment = !a.code && a.sector === 'GOV' && !targetSibling ? src2.find((x) => x.code && !NON_STATE_CODES.has(x.code) && x.sector && SUBJECTS_OF_STATE.has(x.sector))?.code : undefined;
    if (ownGovernment) {
      tgt2.push(actorRef({ ...a, code: ownGovernment }, a.text, a.start, a.end, a.implicit));
      continue;
    }
    // ("American soldiers fired on a crowd", in a story from Kabul: people a foreign state's troops use force on are of
    // the story's country, not the troops' own. Police act at home: "Greek police fired tear gas at protesters" in a
    // story from Macedonia fired on Greeks.) (Only a country the story names in its text, not only as the dateline's:
    // "Assad's forces killed dozens of civilians" in a story from Moscow killed Syrians.)
    const foreignForces = people && homeNamed && domestic && home && home !== domestic && !NON_STATE_CODES.has(home) && /^(1[789]|20)/.test(cameo)
      && src2.some((x) => x.code === domestic && x.sector === 'MIL') ? home : null;
    tgt2.push(withCode(a, targetSibling ?? clausePlace ?? (people ? victimsOf : null) ?? foreignForces ?? domestic ?? home
      ?? (a.sector && DOMESTIC_FORCES.has(a.sector) ? subjects : a.sector && a.sector !== 'REF' && PEOPLE_SECTORS.has(a.sector) ? country : null)));
  }
  // "Two Ethiopian aircraft fired into Asmara airport", "India has violated the ceasefire" (datelined ISLAMABAD):
  // a state's violence that names no one it was done to was done to the country where it happened — the place the
  // clause names, the country it was last done to, or the article's own — when that is another country. (With
  // none, violence has no recipient and is held back: resolution.ts.)
  // (One side's: "India and Pakistan fought two wars" were done to each other.)
  if (kindOfAct(cameo) === 'violence' && stateSide && !tgt2.some((a) => a.code || a.sector) && src2.every((a) => !a.code || a.code === country)) {
    const where = [clausePlace, victims.get(country!) ?? null, home].find((x) => x && x !== country && !NON_STATE_CODES.has(x)) ?? null;
    if (where) return { src2, tgt2: [actorRef({ name: where, code: where, sector: null }, '', -1, -1, true)] };
  }
  return { src2, tgt2 };
}

/**
 * Whom a protest with no named target is aimed at: the foreign party the article's protests are about, when it
 * has named one before ("... outside Israel's embassy. In Jakarta, 500 people marched"); else the government of
 * where it happens, or of the protesters' own country.
 */
export function protestAimedAt(protesters: string, place: string | null, memory: ArticleMemory): ActorRef {
  const abroad = memory.protestTarget;
  if (abroad?.code && abroad.code !== protesters) return actorRef(abroad, '', -1, -1, true);
  const code = place ?? protesters;
  return actorRef({ name: `${code} government`, code, sector: 'GOV' }, '', -1, -1, true);
}

/** Whether a phrase ends on a people's name, in the plural ("Thousands of Jordanians"), not on its country's. */
function namesPeople(p: Phrase, toks: Token[]): boolean {
  const last = toks[p.end - 1]!;
  return p.mentions.some((mm) => (mm.entry.kind === 'demonym' || mm.entry.kind === 'country') && mm.end === p.end)
    && /s$/.test(last.norm) && normalizeWord(last.text) !== normalizeWord(p.mentions.at(-1)!.entry.name);
}

/** The country whose flags a sentence says were burnt ("burning U.S. flags", "burned an Israeli flag"), or null. */
function flagsBurnt(toks: Token[], phrases: Phrase[]): string | null {
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.lemma !== 'burn' && !/^burn/.test(toks[k]!.norm)) continue;
    const flag = phrases.find((p) => p.start >= k && p.start - k <= 2 && p.end > k + 1 && toks[p.end - 1]!.lemma === 'flag');
    const country = flag?.mentions.find((mm) => (mm.entry.kind === 'country' || mm.entry.kind === 'demonym') && mm.entry.code)?.entry.code;
    if (country) return country;
  }
  return null;
}

/** The agent of a passive verb: "suspended by Moscow". */
/** Participles of harm done ("..., killing nine"): after a passive, not its subject's doing. */
const HARMING = new Set(['kill', 'wound', 'injure', 'destroy', 'damage']);

/** Bodies of armed men named as a side: "backed by U.N. forces". */
const TROOP_WORDS = /\b(?:troops|forces|soldiers|peacekeepers|army|armies|militias?)\b/i;
/** Arms and war machines named as a side ("backed by tanks and helicopters"), not people. */
const ARMS = /\b(?:tanks?|helicopters?|gunships?|warplanes?|jets?|aircraft|artillery|armou?red vehicles?|air power|air support|drones?)\b/i;

/** The last verb of saying before token `at`, no further back than `from`; -1 when there is none. */
function speechBefore(toks: Token[], at: number, from: number): number {
  for (let k = at - 1; k >= from; k--) if (toks[k]!.pos === 'VERB' && SPEECH.has(toks[k]!.lemma)) return k;
  return -1;
}

/** Whether the verb nearest before a participle at `v` ("was shot down over the gorge, killing") is a passive. */
function followsPassive(toks: Token[], v: number): boolean {
  for (let q = v - 2; q >= 0 && v - q <= 22; q--) {
    if (toks[q]!.text === ';' || toks[q]!.text === '.') return false;
    if (isVerb(toks, q)) return passive(toks, q);
  }
  return false;
}

/** Verbs of being at, hosting or mediating an occasion, not acting in it. */
const ATTENDING = new Set(['attend', 'attended', 'witness', 'witnessed', 'host', 'hosted', 'chair', 'chaired', 'mediate', 'mediated', 'broker', 'brokered', 'observe', 'observed', 'monitor', 'monitored', 'sponsor', 'sponsored', 'organise', 'organised', 'organize', 'organized', 'convene', 'convened']);
function byAgent(v: number, toks: Token[], phrases: Phrase[], clauseOf: number[]): Phrase[] {
  // ("by suspected militants": a hedge may stand between.)
  const after = (p: Phrase) => (/^(?:suspected|alleged|presumed)$/.test(toks[p.start - 1]?.norm ?? '') ? p.start - 2 : p.start - 1);
  // ("was signed at a summit attended by Tanzania's president", "at talks mediated by Norway": those who attend, host or
  // mediate what the act was done at did not do it. Another participle's agent may be this verb's: "was hit by bullets
  // fired by two men", "were detained and are being questioned by the police".)
  const otherParticiple = (b: number) => b - 1 > v && toks[b - 1]!.pos === 'VERB' && ATTENDING.has(toks[b - 1]!.lemma);
  const by = phrases.find((p) => p.start > v && p.start - v <= 20 && toks[after(p)]?.lemma === 'by' && clauseOf[p.start] === clauseOf[v] && p.actor && !otherParticiple(after(p)));
  return by ? coordinated(by, phrases, toks) : [];
}

/** Modifiers of a noun act that make it a standing state of affairs, not an act: "annual aid", "existing sanctions". */
const STANDING = new Set(['annual', 'yearly', 'existing', 'ongoing', 'longstanding', 'long-standing', 'decades-old', 'standing']);

/** Envoys by their title: "Ambassador Joel Meyer", "the charge d'affaires". */
const ENVOYS_BY_TITLE = /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé] d'affaires|[Dd]iplomats?|[Cc]onsul)\b/;

/** The press, whom statements are made to. */
const PRESS = new Set(['reporter', 'journalist', 'media', 'press']);


/** Sectors of a state's own people and bodies; the others (rebels, the opposition) can be its counterpart. */
export const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** Is this side its country's state: the country named alone, or one of its state's sectors? */
export const ofState = (a: ActorRef) => !a.sector || STATE_SECTORS.has(a.sector);

/** People who flee their country, named by where they come from: "refugees from Afghanistan". */
const UPROOTED = new Set(['refugee', 'migrant', 'asylum-seeker', 'exile', 'evacuee', 'defector']);

/** Participles of those who look on: "signed the agreement, watched by the two prime ministers". */
const WITNESSING = new Set(['watched', 'witnessed', 'attended', 'flanked', 'accompanied', 'applauded', 'observed']);
/** Participles of those who host or broker an occasion: "a ceremony hosted by", "talks mediated by". */
const HOSTING = new Set(['hosted', 'brokered', 'mediated', 'chaired', 'organised', 'organized', 'sponsored', 'convened']);

/** Verbs of beginning, continuing and stopping (lemmas), which take an act as their complement. */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'finish', 'cease']);

/** Prepositions that name what an act is aimed at: "fired at protesters", "cracked down on dissidents". */
const AIMED_AT = new Set(['at', 'on', 'against', 'upon']);

/** Nouns of a fight between two sides, whose other side follows "with" (lemmas). */
const CLASH_WORDS = new Set(['clash', 'clashes', 'fighting', 'battle', 'gunfight', 'firefight', 'skirmish', 'confrontation', 'exchange', 'shootout']);

/** Nouns of fighting between sides (lemmas). */
const WAR_WORDS = new Set(['war', 'fighting', 'battle', 'conflict', 'hostilities', 'crossfire']);


/**
 * The subject of the verb (or noun) at token v: the nearest phrase before it in its clause that is not the object
 * of a preposition. Without one: a coordinated verb ("Japan lifted curbs and ended restrictions") takes the
 * earlier verb's subject; a relative clause ("Hamas, which fired rockets") takes the phrase before the pronoun;
 * otherwise the nearest earlier subject-like phrase of the sentence.
 */
function subjectOf(v: number, toks: Token[], phrases: Phrase[], clauseOf: number[], exclude: Phrase | null, depth = 0): Phrase[] {
  // ("eight days of fighting that killed 140 Palestinians", "the attack that wounded 12": what a war or an attack
  // did, no one named did; its doer is told elsewhere or not known.)
  {
    let r = v - 1;
    while (r >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[r]!.pos)) r--;
    // ("the war, which has killed more than 30,000 people": after a comma too.)
    const act = toks[r - 1]?.text === ',' ? toks[r - 2] : toks[r - 1];
    if (act && toks[v]!.pos === 'VERB' && ['that', 'which'].includes(toks[r]!.norm)
      && (act.pos === 'NOUN' || (act.pos === 'VERB' && /ing$/.test(act.norm))) && (WARS.has(act.lemma) || WARS.has(act.norm) || actNamedBy(act.lemma) === 'violence')) return [];
  }
  // ("air strikes on Sanaa, which residents and Houthi media said killed 14 people": those who said so did not kill;
  // the relative's noun, an act, did, and its doer is told elsewhere.)
  if (SPEECH.has(toks[v - 1]?.lemma ?? '') && toks[v - 1]!.pos === 'VERB') {
    let r = v - 2;
    while (r >= 0 && v - r <= 9 && !['which', 'that'].includes(toks[r]!.norm) && ['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'NUM'].includes(toks[r]!.pos)) r--;
    if (r >= 0 && r < v - 2 && ['which', 'that'].includes(toks[r]!.norm)) return [];
  }
  const clause = clauseOf[v]!;
  // Infinitives and gerunds share the subject of the verb they hang on: "sent a team to Alabama to investigate",
  // "suspended aid by accusing Pakistan", "agreed to cooperate".
  const before = toks[v - 1];
  if (depth < 3 && before && toks[v]!.pos === 'VERB' && (before.norm === 'to' || (/ing$/.test(toks[v]!.norm) && ['by', ',', 'after', 'before', 'while', 'when', 'without'].includes(before.norm)))) {
    // (", killing several civilians" may follow a long clause: "struck the town of Gori on Tuesday morning, hours
    // before Medvedev's announcement, killing".)
    let reach = before.text === ',' ? 22 : 14;
    for (let q = v - 2; q >= 0 && v - q <= reach; q--) {
      const x = toks[q]!;
      if (x.text === ';' || x.text === '.') break;
      // ("withdraw troops from the Heglig oilfield seized from Sudan this week, rebuffing": a participle right after its
      // noun describes it; the clause's verb is further back.)
      // ("the disputed Heglig oilfield": so is one after a determiner.)
      // (Not a phrasal verb's particle: "the Taliban stepped up their war".)
      // ("rammed a car packed with explosives into the gates ..., killing": nor "with" what it holds.)
      // ("tore through a building used by U.S. military advisers, killing": nor "by" whom it is used.)
      const describing = /(ed|en)$/.test(x.norm) && ((['NOUN', 'PROPN'].includes(toks[q - 1]?.pos ?? '') && ['from', 'in', 'at', 'near', 'during', 'on', 'for', 'since', 'with', 'by'].includes(toks[q + 1]?.norm ?? ''))
        || toks[q - 1]?.pos === 'DET')
        // (Nor one fused to a word by a hyphen: "in the rebel-held town of Bouake, killing".)
        || (toks[q - 1]?.text === '-' && toks[q - 1]!.end === x.start)
        // ("opened fire on a group of Israeli schoolgirls visiting a border park on Thursday, killing seven": nor an -ing
        // participle right after its noun.)
        || (/ing$/.test(x.norm) && x.pos === 'VERB' && ['NOUN', 'PROPN'].includes(toks[q - 1]?.pos ?? '') && before.text === ',');
      // ("An Iranian court has convicted Saberi, her lawyer said Saturday, drawing sharp criticism from Washington":
      // what draws a reaction is the act told, not the telling.)
      const telling = before.text === ',' && SPEECH.has(x.lemma) && DRAWING.has(toks[v]!.lemma);
      if (isVerb(toks, q) && !(toks[q - 1]?.norm === 'to') && !describing && !telling) {
        if (before.text === ',') {
          // ("opened fire on police officers who had surrendered and were being escorted by U.N. staff, killing nine":
          // the verbs of a relative clause are not what the participle goes with; the clause's own verb is before it.)
          let w = q - 1;
          while (w > 0 && toks[w]!.text !== ',' && !RELATIVE.has(toks[w]!.norm)) w--;
          // ("North Korea shot down a U.S. Army helicopter that strayed across the border on Saturday, killing one pilot":
          // nor, for harm, an active one about what the clause's own harming verb struck.)
          if (HARMING.has(toks[v]!.lemma) && harmedBeforeRelative(toks, q)) { const r = relativeOpenerBefore(toks, q); reach += q - r; q = r; continue; }
          // (Only a passive one, whose subject was acted on: "protesters who tried to break through a cordon, throwing
          // stones" threw them.)
          if (w > 0 && RELATIVE.has(toks[w]!.norm) && ['NOUN', 'PROPN'].includes(toks[w - 1]?.pos ?? '') && passive(toks, q)) { reach += q - w; q = w; continue; }
          // ("attacked a Mogadishu hotel on Wednesday where the president was holding a news conference, killing several
          // people": nor a clause of where or when, whose subject is another.)
          if (w > 0 && (toks[w]!.norm === 'where' || toks[w]!.norm === 'when') && ['NOUN', 'PROPN'].includes(toks[w - 1]?.pos ?? '')) { reach += q - w; q = w; continue; }
          // ("A U.N. helicopter was shot down over the gorge, killing all nine people on board": what a passive's
          // subject suffered did not kill; its agent, when named, did.)
          if (passive(toks, q) && HARMING.has(toks[v]!.lemma)) return byAgent(q, toks, phrases, clauseOf);
          // ("Gligorov was seriously wounded when a powerful car bomb exploded beside his car, killing his driver": the
          // subject of a clause of when or as harmed, and one that names no actor, a bomb, leaves the harm unclaimed;
          // not the one it wounded.)
          if (HARMING.has(toks[v]!.lemma)) {
            let o = q - 1;
            while (o >= 0 && q - o <= 8 && !['when', 'as'].includes(toks[o]!.norm) && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT'].includes(toks[o]!.pos) && toks[o]!.text !== ',') o--;
            if (o >= 0 && ['when', 'as'].includes(toks[o]!.norm) && o < q - 1 && !phrases.some((p) => p.start > o && p.end <= q && p.actor?.code)) return [];
          }
        }
        // "prompting the U.N. Security Council to slap sanctions", "forced Russia to withdraw": with a verb of making
        // someone act, the infinitive is its object's act.
        if (before.norm === 'to' && OBJECT_CONTROL.has(x.lemma)) {
          const object = phrases.find((p) => p.start > q && p.end <= v - 1 && p.actor && !p.time && toks[p.start - 1]?.pos !== 'ADP');
          if (object) return coordinated(object, phrases, toks);
        }
        return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
      }
    }
  }
  // ("was held by the Khmer Rouge for a month before being released": the subject of a passive gerund is whom it was
  // done to; the doer is not named here.)
  if (before?.norm === 'being' && ['before', 'after', 'while', 'without', 'since'].includes(toks[v - 2]?.norm ?? '') && /(ed|en)$/.test(toks[v]!.norm)) return [];
  // ("responded by barring two diplomats and refusing to accept a new ambassador": a gerund coordinated with one
  // after "by", "after" or "while" shares its subject.)
  if (depth < 3 && before?.norm === 'and' && toks[v]!.pos === 'VERB' && /ing$/.test(toks[v]!.norm)) {
    for (let q = v - 2; q >= 0 && v - q <= 15; q--) {
      const x = toks[q]!;
      if (x.text === ';' || x.text === '.' || (isVerb(toks, q) && !/ing$/.test(x.norm))) break;
      if (x.pos === 'VERB' && /ing$/.test(x.norm) && ['by', 'after', 'before', 'while', 'without'].includes(toks[q - 1]?.norm ?? '')) return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
    }
  }
  // ("began evacuating diplomats' families", "continued shelling the town": a verb of beginning or going on shares
  // its subject with the act it takes.)
  if (depth < 3 && before && toks[v]!.pos === 'VERB' && /ing$/.test(toks[v]!.norm) && before.pos === 'VERB' && ASPECT_VERBS.has(before.lemma)) {
    return subjectOf(v - 1, toks, phrases, clauseOf, exclude, depth + 1);
  }
  // "issued a statement condemning the attack", "adopted a resolution urging": what a document says is said by whoever
  // issued it, the subject of the verb it is the object of.
  if (depth < 3 && before && toks[v]!.pos === 'VERB' && /ing$/.test(toks[v]!.norm) && DOCUMENTS.has(before.lemma)) {
    let q = v - 2;
    while (q >= 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[q]!.pos)) q--;
    if (q >= 0 && isVerb(toks, q)) return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
  }
  // "Washington, which gives Colombia aid, backed its ally", "Merkel, whose country holds the EU presidency,
  // telephoned Putin": the subject is before the relative clause, not in it.
  const opened = toks[v]!.pos === 'VERB' ? relativeClauseBefore(toks, v) : -1;
  if (opened > 0) {
    const named = phrases.find((p) => p.end === opened && p.actor && !p.time && p !== exclude);
    if (named) return coordinatedBack(named, phrases, toks);
  }
  // ("Georgia, a former Soviet republic that has accused Moscow": the subject of a verb right after a relative
  // pronoun is the phrase before it; a description set off after a name, naming no one itself, stands for the name.)
  let r = v - 1;
  while (r >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[r]!.pos)) r--;
  if (r > 0 && toks[v]!.pos === 'VERB' && ['that', 'which', 'who'].includes(toks[r]!.norm)) {
    const antecedent = phrases.find((p) => p.end === r && !p.time && p !== exclude);
    const name = antecedent && !antecedent.actor?.code && toks[antecedent.start - 1]?.text === ',' && COUNTRY_NOUNS.has(toks[antecedent.end - 1]!.lemma)
      ? phrases.find((q) => q.end === antecedent.start - 1 && q.actor?.code && !q.time && q !== exclude) : undefined;
    if (name) return [name];
  }
  // ("Gunmen who burst into Armenia's parliament and killed the prime minister ... surrendered": a finite verb right
  // after the last object of a relative clause that opens with "who" or "which" is the main verb; its subject is the
  // noun the clause hangs on, when that noun opens the clause.)
  if (toks[v]!.pos === 'VERB' && toks[v]!.norm !== toks[v]!.lemma && !/ing$/.test(toks[v]!.norm) && ['NOUN', 'PROPN'].includes(toks[v - 1]?.pos ?? '')) {
    for (let q = v - 2; q > 0 && v - q <= 30; q--) {
      if ([';', ':', '.'].includes(toks[q]!.text) || toks[q]!.norm === 'that' || SUBORDINATORS.has(toks[q]!.norm)) break;
      if (toks[q]!.norm !== 'who' && toks[q]!.norm !== 'which') continue;
      const antecedent = phrases.find((p) => p.end === q && p.actor && !p.time && p !== exclude);
      // (Not an appositive's: "Thaksin, a telecoms billionaire who won two elections, had faced".)
      const opens = antecedent && (antecedent.start === 0 || (toks[antecedent.start - 1]!.pos === 'PUNCT' && toks[antecedent.start - 1]!.text !== ',') || SUBORDINATORS.has(toks[antecedent.start - 1]!.norm));
      if (antecedent && opens && toks.slice(q + 1, v).some((x) => x.pos === 'VERB')) return coordinatedBack(antecedent, phrases, toks);
      break;
    }
  }
  // Coordinated verb: "... and signed", ", then attacked".
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  // ("stormed a prison, freed 23 men, then seized the building": a comma and "then" coordinate as "and" does.)
  // ("agreed to reopen embassies, resume flights": so does a comma between bare verbs after an infinitive.)
  const listed = () => {
    // ("The government detained the party's deputy leader, Tin Oo, closed NLD offices and shut universities": a
    // finite verb after a comma, in a list that goes on with "and" and another, shares the list's subject.)
    if (toks[v]!.norm !== toks[v]!.lemma && !/ing$/.test(toks[v]!.norm)) {
      let andVerb = false;
      for (let q = v + 1; q < toks.length && q <= v + 25 && toks[q]!.text !== ';' && toks[q]!.text !== '.'; q++) {
        if (toks[q]!.norm === 'and' && toks[q + 1]?.pos === 'VERB' && !/ing$/.test(toks[q + 1]!.norm)) { andVerb = true; break; }
      }
      if (!andVerb) return false;
      for (let q = k - 1; q >= Math.max(0, k - 20); q--) {
        if (toks[q]!.pos === 'VERB' && toks[q]!.norm !== toks[q]!.lemma && !/ing$/.test(toks[q]!.norm) && !passive(toks, q)) return !RELATIVE.has(toks[q - 1]?.norm ?? '') && toks[q - 1]?.norm !== 'that';
      }
      return false;
    }
    if (toks[v]!.norm !== toks[v]!.lemma) return false;
    // (Or after a modal: "will cut contacts with Vienna, refuse to back its candidates and receive".)
    for (let q = k - 1; q >= Math.max(0, k - 10); q--) if (toks[q]!.pos === 'VERB') return toks[q - 1]?.norm === 'to' || (toks[q - 1]?.pos === 'AUX' && LIST_MODALS.has(toks[q - 1]!.norm));
    return false;
  };
  const then = toks[k]?.text === ',' && (toks.slice(k + 1, v).some((x) => x.norm === 'then') || listed());
  // ("detained Ovidio Guzman but came under fire": "but" coordinates verbs as "and" does.)
  if (depth < 3 && k > 0 && (toks[k]!.norm === 'and' || toks[k]!.norm === 'then' || toks[k]!.norm === 'but' || then) && toks[v]!.pos === 'VERB') {
    // "Obama said the airliner was shot down by a missile fired from territory held by separatists, and accused
    // Moscow": after a comma, the verb is coordinated with the verb of saying, not with the participles between.
    if (toks[k - 1]?.text === ',') {
      for (let q = k - 2; q >= 0; q--) {
        if (toks[q]!.text === ';') break;
        if (toks[q]!.pos === 'VERB' && SPEECH.has(toks[q]!.lemma)) return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
      }
    }
    // ("It said Italy's recent statements had no precedent and accused the Italian government", "said his people looked
    // well fed and accused opposition parties": a verb of accusing or urging after what was said goes with the verb
    // of saying.)
    const finite = toks[v]!.norm !== toks[v]!.lemma;
    if (finite && /ed$/.test(toks[v]!.norm) && COMMUNICATIVE.has(toks[v]!.lemma)) {
      // (Not across a clause of when or why: "..., Vucic said, after Kosovo deployed police and accused Belgrade"; a
      // phrase is no clause: "said the military had left before the killings and accused the rebels".)
      let clauseVerb = false;
      for (let q = k - 1; q >= 0 && toks[q]!.text !== ';' && !(clauseVerb && SUBORDINATORS.has(toks[q]!.norm)); q--) {
        if (toks[q]!.pos === 'VERB' && toks[q]!.norm !== toks[q]!.lemma) clauseVerb = true;
        if (toks[q]!.pos === 'VERB' && SPEECH.has(toks[q]!.lemma) && toks[q]!.norm !== toks[q]!.lemma && toks[q - 1]?.norm !== 'to' && !passive(toks, q)) {
          return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
        }
      }
    }
    for (let q = k - 1; q >= 0; q--) {
      // (Nor with a gerund: "barred 18 Saudis from entering the Schengen zone and halted arms exports".)
      // ("over their suspected role": nor with a participle a determiner opens.)
      // (Nor with a participle describing a noun: "freezes funds of people linked to its weapons programs and imposes".)
      const describing = /(ed|en)$/.test(toks[q]!.norm) && ['NOUN', 'PROPN'].includes(toks[q - 1]?.pos ?? '') && PREPOSITION_AFTER_PARTICIPLE.has(toks[q + 1]?.norm ?? '');
      // ("said more than 130 people had been arrested and accused Azerbaijan": an active verb with an object after "and"
      // is not the passive's, whose subject was acted on; it goes with a verb further back.)
      const passiveBefore = finite && passive(toks, q) && !passive(toks, v);
      // ("said the Swedish embassy should close by Aug. 30 and accused Stockholm": a past tense is not coordinated with a
      // bare verb after a modal; it goes with a past tense further back.)
      if (finite && toks[q]!.pos === 'VERB' && toks[q]!.norm === toks[q]!.lemma && /ed$/.test(toks[v]!.norm) && LIST_MODALS.has(toks[q - 1]?.norm ?? '')) continue;
      // ("accused two officials of helping the FARC traffic cocaine and obtain weapons, and froze their assets": nor
      // with a bare verb coordinated with another, the second of an infinitive's pair; a verb of the same pair is
      // further back, and the one it hangs on further still.)
      if (finite && toks[k - 1]?.text === ',' && toks[q]!.pos === 'VERB' && toks[q]!.norm === toks[q]!.lemma && !/ing$/.test(toks[q]!.norm) && ['and', 'or'].includes(toks[q - 1]?.norm ?? '')) continue;
      if (isVerb(toks, q) && !describing && !passiveBefore && !(finite && (toks[q - 1]?.norm === 'to' || /ing$/.test(toks[q]!.norm) || ['DET', 'PRON'].includes(toks[q - 1]?.pos ?? '')))) {
        return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
      }
      if (toks[q]!.text === ';') break;
    }
  }
  // ("Iraqi officials said at least three missiles went astray and struck nearby homes": the one who tells is not
  // the subject of what is told.)
  const told = speechBefore(toks, v, clauseOf.indexOf(clause));
  for (let q = phrases.length - 1; q >= 0; q--) {
    const p = phrases[q]!;
    if (p.end > v || p === exclude) continue;
    if (clauseOf[p.end - 1] !== clause || (told >= 0 && p.end <= told)) break;
    if (p.time || !p.actor) continue;
    // ("Indian forces in occupied Kashmir arrested": a participle between a preposition and its object modifies it.)
    const participle = toks[p.start - 1]?.pos === 'VERB' && /(ed|en)$/.test(toks[p.start - 1]!.norm) && toks[p.start - 2]?.pos === 'ADP';
    const prev = toks[p.start - (participle ? 2 : 1)];
    // Objects of prepositions are not subjects; a subordinator is no preposition ("after New Delhi revoked").
    // ("as troops attacked the town": "as" before a subject and its verb opens a clause.)
    const asClause = prev?.norm === 'as' && ['VERB', 'AUX'].includes(toks[p.end]?.pos ?? '');
    // ("more than 60 people have been killed", "at least 20 people": words of quantity before a number are no
    // preposition.)
    // (Only as the subject of this very verb: "more than 60 people have been killed", not "said more than 130 people
    // had been arrested and accused".)
    let verbAfter = p.end;
    // (Past an aside set off by commas: "more than 300 people, including many civilians, had been killed".)
    if (toks[verbAfter]?.text === ',') {
      let q = verbAfter + 1;
      while (q < v && toks[q]!.text !== ',' && (toks[q]!.pos !== 'VERB' || toks[q]!.norm === 'including')) q++;
      if (q < v && toks[q]!.text === ',') verbAfter = q + 1;
    }
    while (verbAfter < v && ['AUX', 'ADV', 'PART'].includes(toks[verbAfter]!.pos)) verbAfter++;
    // (Nor the second of two subjects: "The United States and more than a dozen European Union countries expelled".)
    // (But a clause of its own after a verb and "and" is: "One man was killed and more than 1,000 people were detained".)
    const secondSubject = ['and', ','].includes(toks[p.start - 3]?.norm ?? '') && toks[p.start - 4]?.pos !== 'VERB';
    const counted = verbAfter === v && toks[v]?.pos === 'VERB' && !secondSubject
      && ((prev?.norm === 'than' && ['more', 'fewer', 'less'].includes(toks[p.start - 2]?.norm ?? '')) || (prev?.norm === 'to' && toks[p.start - 2]?.norm === 'up'));
    // (A subordinator with no verb of its own after its noun is a preposition: "Germany, Ukraine's second-biggest
    // military backer after the United States, has expelled".)
    // (Only inside a description set off by commas: not "Hariri, a billionaire who rebuilt Beirut after the civil war,
    // resigned", where the relative clause's object is no subject either.)
    const prepositionAfterAll = prev?.pos === 'ADP' && SUBORDINATORS.has(prev.norm) && toks[p.end]?.text === ',' && descriptionBefore(toks, p.start - 1);
    // ("struggling with anti-government protesters occupying his offices": a participle right after a preposition's
    // object describes that object, its subject.)
    // ("approved Prime Minister Pavel Filip, with opposition deputies boycotting the vote": after "with", any actor.)
    const describedBy = p.end === v && toks[v]!.pos === 'VERB' && /ing$/.test(toks[v]!.norm)
      && ((!!p.actor?.sector && PEOPLE_SECTORS.has(p.actor.sector)) || prev?.norm === 'with');
    if (((prev?.pos === 'ADP' && !SUBORDINATORS.has(prev.norm) && !asClause && !counted) || prev?.norm === 'including' || prepositionAfterAll) && !describedBy) continue;
    // ("thousands have surrounded Government House for more than two weeks demanding that Abhisit resign": a verb's
    // object is not the subject of a participle that a time or a place set apart from it; the verb's subject is.)
    if (depth < 3 && prev?.pos === 'VERB' && !/ing$/.test(prev.norm) && toks[v]!.pos === 'VERB' && /ing$/.test(toks[v]!.norm) && p.end < v
      && toks[p.end]!.pos === 'ADP' && phrases.some((x) => x.start > p.end && x.end === v && (x.time || x.place)
        && toks.slice(p.end, x.start).every((w) => ['ADP', 'ADJ', 'ADV', 'SCONJ'].includes(w.pos)))) {
      return subjectOf(p.start - 1, toks, phrases, clauseOf, exclude, depth + 1);
    }
    // ("Kenyan troops backed by tanks and helicopters pushed": nor the second of an agent's two phrases.)
    if ((prev?.norm === 'and' || prev?.norm === 'or') && phrases.some((x) => x.end === p.start - 1 && toks[x.start - 1]?.norm === 'by')) continue;
    // ("President Lee, meeting his security ministers in a bunker, ordered": the object of a participle clause set
    // off by commas is not the subject; the phrase before the clause is.)
    if ((prev?.pos === 'VERB' || prev?.pos === 'NOUN') && /ing$/.test(prev.norm) && toks[p.start - 2]?.text === ',' && toks.slice(p.end, v).some((x) => x.text === ',')) {
      const named = phrases.find((x) => x.end === p.start - 2 && x.actor && !x.time && x !== exclude);
      if (named) return coordinatedBack(named, phrases, toks);
    }
    // "Germany has been the largest donor, contributing ...": a predicate noun stands for the copula's subject.
    let copula = p.start - 1;
    while (copula >= 0 && ['ADV', 'PART'].includes(toks[copula]!.pos)) copula--;
    if (!p.actor.code && depth < 3 && copula >= 0 && toks[copula]!.lemma === 'be' && toks[copula]!.pos === 'AUX' && toks[p.start]!.pos === 'DET') {
      const said = subjectOf(copula, toks, phrases, clauseOf, exclude, depth + 1);
      if (said.some((x) => x.actor?.code)) return said;
    }
    // ("A car bomb claimed by the Taliban killed 12 people": the agent of a participle after the subject did it.)
    if (!p.actor.code && toks[p.end]?.pos === 'VERB' && CLAIMED.has(toks[p.end]!.lemma) && toks[p.end + 1]?.norm === 'by') {
      const agent = phrases.find((q) => q.start === p.end + 2 && q.actor?.code && q.end <= v);
      if (agent) return coordinated(agent, phrases, toks);
    }
    // ("Hugo Chavez, a close ally of Correa, closed ...", "India, Sri Lanka's largest creditor, said": a description
    // between commas right before the verb is an appositive of the named actor before it, whatever it names itself.)
    let w = p.end + 1;
    while (w < v && ['ADV', 'AUX'].includes(toks[w]!.pos)) w++;
    const described = prev?.text === ',' && toks[p.end]?.text === ',' && w === v
      && (['a', 'an', 'the'].includes(toks[p.start]!.norm) || toks.slice(p.start, p.end).some((x) => x.norm === "'s" || x.norm === '’s'));
    const head = described ? phrases.find((x) => x.end === p.start - 1 && x.actor?.code && !x.time) : undefined;
    // (Unless the description is an international body's command: "British Lt. Gen. Mike Jackson, the KFOR
    // commander, met" acts for KFOR.)
    if (head && p.actor.code === 'IGO' && head.actor!.code !== 'IGO' && p.mentions.some((mm) => mm.entry.kind === 'agent')) return [p];
    if (head) return [head];
    // ("Sullivan spoke with his Japanese counterparts, and Washington condemned": the subject's coordination stops at
    // its clause.)
    // (A clause the splitter opened inside a list, with no verb of its own, is no clause: "France, the United States,
    // and Britain condemned".)
    const hasVerb = (c: number) => toks.some((x, j) => clauseOf[j] === c && x.pos === 'VERB');
    const inClause = (list: Phrase[]) => {
      const cut = list.findIndex((x) => clauseOf[x.start] === clauseOf[p.start]);
      return cut > 0 && list.slice(0, cut).some((x) => hasVerb(clauseOf[x.start]!)) ? list.slice(cut) : list;
    };
    if (!p.actor.code && prev?.text === ',') {
      // An appositive ("the Nigerian Union of Teachers, the umbrella union for teachers, announced"): the named
      // actor before it is the subject.
      const named = [...phrases].reverse().find((x) => x.end < p.start - 1 && x.actor?.code && clauseOf[x.start] === clause && toks[x.start - 1]?.pos !== 'ADP');
      if (named) return coordinatedBack(named, phrases, toks);
    }
    const list = coordinatedBack(p, phrases, toks);
    // ("is to travel to Tokyo, Seoul, Beijing and Moscow next week to discuss": names listed after one a preposition
    // governs are its objects too, not the subject.)
    const governed = phrases[phrases.indexOf(list[0]!) - 1];
    const link = governed ? joinTokens(toks, governed.end, list[0]!.start, 'norm') : '';
    // (Bare names only: "With the signing of the MOU, the government and the SPLM agreed" has its subject after the
    // comma.)
    if (governed?.actor && !governed.time && toks[governed.start - 1]?.pos === 'ADP' && !SUBORDINATORS.has(toks[governed.start - 1]!.norm)
      && (link === 'and' || link === ', and' || (link === ',' && list.length >= 2))
      && toks[governed.start]!.pos === 'PROPN' && list.every((x) => toks[x.start]!.pos === 'PROPN')) {
      q = phrases.indexOf(governed);
      continue;
    }
    return inClause(list);
  }
  // No subject in the clause.
  const startOfClause = clauseOf.indexOf(clause);
  const opener = toks[startOfClause]!;
  // ("a day after a car bomb at a police academy in Bogota killed 21 people", "officers in the city reported that mortar
  // rounds had struck a hospital": a clause whose subject is a weapon has no doer named; no phrase before it is.)
  // (Not a passive's: "a mortar bomb was fired at it from the Gaza Strip" was fired by someone.)
  if (!passive(toks, v) && weaponOpens(toks, startOfClause, v)) return [];
  // ("We begin in Syria, where fierce fighting ...": "where" refers back to a place, never to who acts.)
  if ((RELATIVE.has(opener.norm) && opener.norm !== 'where') || opener.norm === 'that') {
    const p = [...phrases].reverse().find((x) => x.end <= startOfClause && x.actor && !x.time);
    // ("Aristide and the army commander who ousted him": a relative clause with no comma before it is about the noun
    // it follows, not about the others named with it.)
    if (p && p.end === startOfClause && RELATIVE_PERSONS.has(opener.norm) && toks[p.start - 1]?.norm === 'and') return [p];
    if (p) return coordinatedBack(p, phrases, toks);
  }
  for (let q = phrases.length - 1; q >= 0; q--) {
    const p = phrases[q]!;
    if (p.end > startOfClause || !p.actor || p.time || p === exclude) continue;
    if (toks[p.start - 1]?.pos === 'ADP') continue;
    // (Not when arms are the clause's subject: "Iraqi officials said at least three missiles went astray" tells what
    // the missiles did, not the officials.)
    if (!passive(toks, v) && toks.slice(p.end, startOfClause).some((x) => x.pos === 'VERB' && SPEECH.has(x.lemma))
      && phrases.some((x) => x.instrument && x.start >= startOfClause && x.end <= v && toks[x.start - 1]?.pos !== 'ADP')) return [];
    return coordinatedBack(p, phrases, toks);
  }
  return [];
}

/** Whether the clause from `start` opens (after its subordinator) on a noun phrase whose head is a weapon, before the
 *  verb at `v`: "after a car bomb at a police academy killed". */
function weaponOpens(toks: Token[], start: number, v: number): boolean {
  let k = start;
  while (k < v && (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'SCONJ' || SUBORDINATORS.has(toks[k]!.norm))) k++;
  let head = -1;
  while (k < v && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(toks[k]!.pos)) { if (toks[k]!.pos === 'NOUN') head = k; k++; }
  return head >= 0 && INSTRUMENTS.has(toks[head]!.lemma);
}

/** Relative pronouns that refer to whoever they follow. */
const RELATIVE_PERSONS = new Set(['who', 'that']);

/** The speaker of the reported speech that contains clause `clause`: "Lavrov said [the strike was unlawful]". */
/** Words that open a relative clause set off by commas: ", whose ministers met on Monday,". */
const RELATIVE_ASIDE_OPENERS = new Set(['whose', 'who', 'which']);

/** Where what comes before word k ends once a relative clause set off by commas just before it is left out: the
 *  aside's opening comma, or k itself when there is none. */
function asideBefore(toks: Token[], k: number): number {
  if (toks[k - 1]?.text !== ',') return k;
  for (let j = k - 2; j > 0 && k - j <= 25; j--) {
    if (toks[j]!.text !== ',') continue;
    return RELATIVE_ASIDE_OPENERS.has(toks[j + 1]?.norm ?? '') ? j : k;
  }
  return k;
}

export function speakerBefore(toks: Token[], phrases: Phrase[], clauseOf: number[], clause: number): Phrase[] {
  for (let k = toks.length - 1; k >= 0; k--) {
    if (clauseOf[k]! >= clause) continue;
    const t = toks[k]!;
    // (The tagger reads "alleged" after a name as an adjective: "Israel alleged that ...".)
    if ((t.pos === 'VERB' && SPEECH.has(t.lemma)) || (t.norm === 'alleged' && toks[k + 1]?.norm === 'that')) {
      // ("The European Union, whose foreign ministers meet later this month, said": the aside's people do not speak.)
      const end = asideBefore(toks, k);
      for (let q = phrases.length - 1; q >= 0; q--) {
        const p = phrases[q]!;
        if (p.end <= end && p.actor && !p.time && toks[p.start - 1]?.pos !== 'ADP') return [p];
      }
      return [];
    }
  }
  // "the strike was unlawful, Lavrov said"
  for (let k = 0; k < toks.length; k++) {
    if (clauseOf[k]! <= clause) continue;
    const t = toks[k]!;
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) {
      // "..., Senator Rhiannon told the crowd": the one named before the verb speaks; "..., said Lavrov": after it.
      const p = [...phrases].reverse().find((x) => x.end <= k && clauseOf[x.start]! > clause && x.actor) ?? phrases.find((x) => x.start > k && x.actor);
      return p ? [p] : [];
    }
  }
  return [];
}
