// Stage 2 of the coder (after mentions): which pattern matches in a sentence are events. Every match is found,
// passives included; then one match is kept per trigger word, and matches that are part of another event, what is
// said, asked or hoped, modifiers and names are dropped. Intent verbs pass their complement through as intentions.
import { joinTokens } from './arrays.js';
import type { Token } from '../text/nlp.js';
import { hyphenJoins, type PatternMatch, type PatternSet } from './patterns.js';
import { INTENT_BEFORE_TO, PERMITTING, warnedOwnPossibility } from './modality.js';
import { ADJECTIVE_PARTICIPLES, afterCopula, objectOfPreposition, passive, POSSESSIVES, QUOTE_MARKS, relativeClauseBefore, SPEECH, SUBORDINATORS } from './clauses.js';
import { TIME_NAMES } from '../geo/places.js';
import { FROM_ABROAD } from './mentions.js';
import { WARS } from './act-references.js';

/** Participles that hedge who did an act: "suspected militants", "alleged rebels". */
const HEDGES = new Set(['suspect', 'allege', 'presume', 'purport']);

/** Words that make what follows them wished for, feared or weighed rather than done. */
const HYPOTHETICAL = new Set(['hope', 'hopeful', 'wish', 'want', 'consider', 'authorize', 'authorise', 'skeptical', 'sceptical', 'fear', 'doubt', 'mull', 'allegedly',
  'contemplate', 'weigh', 'would-be', 'possibility', 'prospect', 'whether', 'if', 'unless', 'could', 'might',

  // What a thing is made for or able to do ("a shield designed to intercept missiles fired from Iran", "missiles
  // capable of striking Israel") describes it; nothing was done.
  'design', 'capable']);

/** Natural disasters and accidents: what kills "in the quake" or "by floods" is no one's act. */
const DISASTERS = new Set(['quake', 'earthquake', 'flood', 'flooding', 'storm', 'cyclone', 'hurricane', 'typhoon', 'tsunami',
  'landslide', 'mudslide', 'avalanche', 'eruption', 'tornado', 'drought', 'famine', 'heatwave', 'wildfire', 'epidemic',
  'outbreak', 'disaster', 'accident', 'crash', 'stampede', 'aftershock',
  // ("Bolivia has been hit by an economic crisis": hard times strike no one either.)
  'crisis', 'recession', 'slump', 'downturn', 'shortage', 'inflation', 'pandemic',
  // ("many farming families have been hit by low prices and by the peso's collapse".)
  'price', 'collapse', 'unemployment', 'devaluation',
  // ("cholera has killed 917 people": nor do diseases.)
  'cholera', 'disease', 'virus', 'malaria', 'ebola', 'measles', 'flu', 'influenza', 'typhoid', 'plague', 'aids', 'dengue']);

/** Words for armed bodies that patterns open with as their doer: "police * fired", "troops * opened". */
const DOER_WORDS = new Set(['police', 'troop', 'force', 'soldier', 'army', 'military', 'navy', 'unit', 'security', 'mob']);
/** The words of a noun phrase before its head: "a police officer", "the riot police". */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A kept trigger, and the intent verb that governs it, if any ("vowed to retaliate": vow). */
export interface Trigger { m: PatternMatch; intendedBy: string | null }

/** Every pattern match of a sentence, passives included ("was attacked by", with the words before the verb). */
export function findMatches(patterns: PatternSet, toks: Token[], isActor: (i: number) => boolean, clauseOf: number[]): PatternMatch[] {
  const all = patterns.matchAll(toks, isActor);
  for (let v = 0; v < toks.length; v++) {
    if (!passive(toks, v)) continue;
    const before: number[] = [];
    for (let k = v - 1; k >= 0 && clauseOf[k] === clauseOf[v] && v - k <= 10; k--) {
      if (toks[k]!.pos !== 'AUX' && toks[k]!.pos !== 'ADV' && toks[k]!.pos !== 'PART') before.unshift(k);
    }
    all.push(...patterns.matchPassive(toks, v, before, isActor));
  }
  return all;
}

/** Keeps the best match per trigger and drops matches inside longer ones. A trigger in the infinitive
 *  complement of another is resolved by the governing verb: "refused to cooperate" and "urged Iran to stop" keep
 *  the governor (REJECT, REQUEST); intent verbs ("vowed to retaliate", "agreed to withdraw", "threatened to impose
 *  sanctions") pass the complement through as an intention, whose code then says what was intended. */
/** Prepositions of the occasion of a statement ("said after talks with", "told reporters during a visit to"). */
const OCCASIONS = new Set(['after', 'following', 'during']);
/** Verbs that undo an act named as their object: "revoked the pardons", "overturned the ban", "to cease offensive
 *  operations". */
const UNDOING = new Set(['revoke', 'rescind', 'annul', 'overturn', 'reverse', 'cancel', 'repeal', 'void', 'invalidate', 'quash', 'cease', 'end', 'lift']);
/** Nouns for an election or a contest in one. */
const ELECTIONS = /\b(?:elections?|run ?- ?off|runoff|race|vote|ballot|polls?|primary|primaries)\b/;
/** Nouns of stopping what follows them: "a halt to targeted killings", "a ban on rallies". */
const HALTS = new Set(['halt', 'end', 'stop', 'cessation', 'suspension', 'moratorium', 'ban', 'freeze']);
/** Units of time a war is counted in: "decades of fighting" (not "two weeks of clashes", told as they go on). */
/** Words that count things without a figure: "fought several wars". */
const COUNTING = new Set(['several', 'many', 'numerous', 'multiple', 'countless']);
/** What "targeted" describes rather than does: "targeted sanctions". */
const AIMED_MEASURES = new Set(['sanctions', 'measures', 'restrictions', 'assistance', 'aid', 'killings', 'killing', 'strikes', 'operations', 'attacks', 'raids', 'tariffs']);
/** One's own people an embassy or a firm sends home: "ordered non-emergency staff to leave". */
const OWN_STAFF = new Set(['staff', 'personnel', 'employee', 'dependent', 'dependant', 'family', 'national', 'citizen']);
const TIME_SPANS = new Set(['years', 'decade', 'decades', 'century', 'centuries']);
/** Words that make a blast a weapons test. */
const NUCLEAR = new Set(['nuclear', 'atomic', 'thermonuclear', 'hydrogen']);
/** Nouns of advice and alerts, which "travel" makes advice to travellers. */
const ADVICE_NOUNS = new Set(['warning', 'alert', 'advisory']);

/** Particles of phrasal verbs: "carried out", "called off", "pulled back". */
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'over', 'back', 'away', 'in', 'on', 'into']);

/** Words that open a clause or an aside after a verb with no object: "stood by as", "stood by while". */
const IDLE_AFTER = new Set(['as', 'while', 'when', 'and', 'but', 'without', 'helplessly', 'idly']);

/** Verbs of answering one act with another. */
const RETALIATING = new Set(['retaliate', 'respond', 'hit', 'react']);

/** Acts of violence in which people are harmed: "killed in the attack", "wounded during clashes". */
const VIOLENT_OCCASIONS = new Set(['attack', 'bombing', 'blast', 'explosion', 'fighting', 'clash', 'raid', 'strike', 'shelling', 'ambush',
  'massacre', 'offensive', 'violence', 'crackdown', 'shooting', 'airstrike', 'war', 'assault', 'riot', 'unrest', 'bombardment', 'battle']);

/** Words of leaving a contest (lemmas): "withdrew", "pulled out", "their pullout". */
const LEAVING = new Set(['withdraw', 'pull', 'pullout', 'quit', 'withdrawal']);
/** Words of armed men, besides forces: whoever is with them in a sentence may withdraw as a military retreat. */
const ARMED_WORDS = /^(?:rebels?|militants?|gunmen|fighters?|guerrillas?|insurgents?|militias?|tanks?|peacekeepers?)$/;

/** Inquiries, and looking into: what they look into is their subject ("an investigation into the killings"). */
const INQUIRIES = new Set(['investigation', 'inquiry', 'enquiry', 'probe', 'examination', 'investigate', 'look', 'inquest']);

/** Verbs of accusing, whose allegation follows them even where no pattern reached it ("accuses President Bashar
 *  al-Assad's government of letting fighters cross, hosting leaders of ..."). */
const ALLEGING = new Set(['accuse', 'blame', 'charge', 'suspect', 'allege']);

/** Verbs of asking and declining, and the words after "asked not to be" of a source who stays unnamed. */
const ANONYMITY_VERBS = new Set(['ask', 'request', 'demand', 'seek', 'decline', 'refuse']);
const UNNAMED = /^(?:named|identified|quoted|cited)$/;
/** What a court rules, appealed against in a higher court. */
const RULINGS = new Set(['ruling', 'verdict', 'sentence', 'conviction', 'judgment', 'judgement', 'decision', 'acquittal']);
const COURTS = new Set(['court', 'tribunal']);
/** Where lands meet: "the point where India, China and Bhutan meet", "where the borders of three countries meet". */
const MEETING_POINTS = new Set(['point', 'junction', 'tri-junction', 'trijunction', 'spot', 'corner']);
const BORDER_WORDS = new Set(['border', 'frontier', 'boundary']);

/**
 * Whether the words from `from` (right after an "and") up to `at` open a coordinated verb with a tense of its own:
 * an auxiliary then a verb ("and had already announced"), or a past tense ("and suspended"), which cannot continue
 * an infinitive of the words before ("urged them to stop and proceed": `afterTo`).
 */
function coordinatedTensed(toks: Token[], from: number, at: number, afterTo: boolean): boolean {
  let v = from;
  const aux = toks[v]!.pos === 'AUX';
  while (v < at && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'ADV')) v++;
  return v < at && toks[v]!.pos === 'VERB' && (aux || (!afterTo && tensed(toks[v]!)));
}
/** A verb in a tense of its own: a past in -ed, an irregular past ("said", "sent") or a present in -s ("says"),
 *  not an infinitive (its lemma) or a participle in -ing. */
const tensed = (t: Token) => /ed$/.test(t.norm) || (t.norm !== t.lemma && !/ing$/.test(t.norm));

/** Verbs that end a round of talks, and words that set the next one. */
const ROUND_ENDING = new Set(['end', 'conclude', 'wrap', 'close']);
const NEXT_ROUND = /\b(?:meet again|next round|another round|new round|further talks|(?:resume|continue) (?:the )?talks|first round)\b/;
/** Participles of banning, in a standing rule: "women are banned from driving". */
const STANDING_BANS = new Set(['banned', 'barred', 'prohibited', 'forbidden']);

/** Verbs that undo a measure: "lifted the embargo and asset freezes". */
const LIFTING = new Set(['lift', 'ease', 'relax', 'remove', 'scrap', 'rescind', 'revoke', 'repeal', 'end', 'drop', 'waive']);
/** Words for working against an act, before its noun: "combating violence", "to prevent torture". */
const COMBATING = new Set(['combat', 'combating', 'combatting', 'prevent', 'preventing', 'eliminate', 'eliminating', 'counter', 'countering', 'tackle', 'tackling', 'fight', 'fighting', 'curb', 'curbing']);

/** Verbs of a war's start or end, after "since" in a toll: "since the rebels began fighting", "since the war ended"
 *  (with a word for a war: "since the ceasefire began" dates a day's act). */
const WAR_BOUNDS = new Set(['begin', 'start', 'end', 'erupt', 'launch', 'break']);

export function selectTriggers(all: PatternMatch[], toks: Token[], clauseOf: number[]): Trigger[] {
  const byTrigger = new Map<number, PatternMatch>();
  for (const m of all) {
    const cur = byTrigger.get(m.trigger);
    if (!cur || m.pattern.weight > cur.pattern.weight || (m.pattern.weight === cur.pattern.weight && m.pattern.cameo.length > cur.pattern.cameo.length)) {
      byTrigger.set(m.trigger, m);
    }
  }
  // ("for a police officer killed when Serb gunmen ambushed a patrol", "a car bomb at a police academy in Bogota killed
  // 21 people": a pattern that opens with its doer's word, "police * killed", names no doer when that word is a
  // preposition's object; it covers nothing, so the verb's own pattern stays.)
  const doerWordObject = (m: PatternMatch) => {
    if (toks[m.trigger]!.pos !== 'NOUN' || !DOER_WORDS.has(toks[m.trigger]!.lemma)
      || !m.matched.some((k) => k > m.trigger && toks[k]!.pos === 'VERB' && /(?:ed|en)$/.test(toks[k]!.norm))) return false;
    let start = m.trigger;
    while (start > 0 && NOUN_PHRASE_WORDS.has(toks[start - 1]!.pos)) start--;
    return objectOfPreposition(toks, start);
  };
  // ("Police stood by as the crowd chanted insults", "Soldiers stood by while protesters burned the embassy": a
  // pattern that ends in "by" with no one after it stands idle; it defends no one.)
  const idleBy = (m: PatternMatch) => {
    if (toks[m.last]!.norm !== 'by') return false;
    const next = toks[m.last + 1];
    return !next || ['PUNCT', 'CCONJ', 'SCONJ', 'ADV'].includes(next.pos) || IDLE_AFTER.has(next.norm);
  };
  // ("said one envoy, who asked not to be named", "requested anonymity", "declined to give her name": a source's wish
  // to stay unnamed is no appeal and no refusal.)
  const anonymity = (m: PatternMatch) => {
    if (!ANONYMITY_VERBS.has(toks[m.trigger]!.lemma)) return false;
    const next = toks.slice(m.trigger + 1, m.trigger + 6).map((t) => t.norm);
    const to = next[0] === 'not' ? 1 : 0;
    return next.includes('anonymity') || (next[to] === 'to' && next[to + 1] === 'be' && UNNAMED.test(next[to + 2] ?? ''))
      || (next[to] === 'to' && next[to + 1] === 'give' && next.includes('name'));
  };
  // ("the government appealed", "lawyers said they would appeal", "appealed against the verdict", "appealed the
  // ruling", "would appeal to the Supreme Court": an appeal to a higher court, not to anyone to act; an appeal for
  // something or to someone names it.)
  const courtAppeal = (m: PatternMatch) => {
    if (toks[m.trigger]!.lemma !== 'appeal' || toks[m.trigger]!.pos !== 'VERB' || m.matched.length > 1) return false;
    let k = m.trigger + 1;
    while (toks[k]?.pos === 'ADV') k++;
    const next = toks[k];
    if (!next || next.pos === 'PUNCT' || next.norm === 'against') return true;
    // ("said they would appeal to the Supreme Court")
    if (next.norm === 'to' && toks.slice(k + 1, k + 5).some((t) => COURTS.has(t.lemma))) return true;
    for (let q = k; q < k + 3 && q < toks.length; q++) {
      if (toks[q]!.norm === 'for' || toks[q]!.norm === 'to') return false;
      if (RULINGS.has(toks[q]!.lemma)) return true;
    }
    return false;
  };
  // ("near the point where India, China and Bhutan meet", "where the borders of Iraq, Iran and Turkey meet": lands or
  // borders meeting at a place, no meeting held.)
  const meetingPoint = (m: PatternMatch) => {
    if (toks[m.trigger]!.lemma !== 'meet' || m.matched.length > 1) return false;
    const next = toks[m.trigger + 1];
    if (next && next.pos !== 'PUNCT' && next.pos !== 'CCONJ') return false;
    for (let k = m.trigger - 1; k >= 0 && k >= m.trigger - 12; k--) {
      if (toks[k]!.norm === 'where') return MEETING_POINTS.has(toks[k - 1]?.lemma ?? '') || toks.slice(k + 1, m.trigger).some((t) => BORDER_WORDS.has(t.lemma));
      if (toks[k]!.pos === 'VERB' || toks[k]!.text === ';') return false;
    }
    return false;
  };
  // ("summoned the ambassador to receive a formal note of protest", "to hear a formal protest": a protest received is
  // the sender's, made by the summoning side, not by the one who receives it.)
  const received = (m: PatternMatch) => {
    if (!/^1(?:14|4)/.test(m.pattern.cameo)) return false;
    for (let k = m.trigger - 1; k >= 0 && m.trigger - k <= 5; k--) {
      if (toks[k]!.pos === 'VERB') return toks[k]!.lemma === 'receive' || toks[k]!.lemma === 'hear';
      if (!['DET', 'ADJ', 'NOUN'].includes(toks[k]!.pos) && toks[k]!.norm !== 'of') return false;
    }
    return false;
  };
  // ("a Council of Europe treaty on combating violence against women", "a law to prevent torture": an act named as
  // what a treaty, a law or a campaign works against is no act done.)
  const combated = (m: PatternMatch) => toks[m.trigger]!.pos === 'NOUN' && COMBATING.has(toks[m.trigger - 1]?.lemma ?? '');
  // ("voted to lift an arms embargo, travel bans and asset freezes on Eritrea": a measure named in a list of what is
  // lifted is lifted, not imposed.)
  const lifted = (m: PatternMatch) => {
    if (toks[m.trigger]!.pos !== 'NOUN' || !/^1[67]/.test(m.pattern.cameo)) return false;
    for (let k = m.trigger - 1; k >= 0 && m.trigger - k <= 10; k--) {
      if (toks[k]!.pos === 'VERB') return LIFTING.has(toks[k]!.lemma);
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'NUM'].includes(toks[k]!.pos) && toks[k]!.text !== ',') return false;
    }
    return false;
  };
  // ("Japan and North Korea ended their first formal talks ..., agreeing to meet again": a round of talks that ends
  // with the next one set is no breakdown.)
  const roundEnded = (m: PatternMatch) => m.pattern.cameo.startsWith('164') && ROUND_ENDING.has(toks[m.trigger]!.lemma)
    && NEXT_ROUND.test(joinTokens(toks, 0, toks.length, 'norm'));
  // ("in a country where women are banned from driving": a ban told in the present passive is a standing rule, not
  // an act of the day.)
  // ("sanctions over the SolarWinds hack and interference", "the Taliban attack on the base": a bare verb form after a
  // determiner and a name, with no object or particle after it, is the name's act as a noun, told, not done in this
  // clause; "the Taliban set off a bomb" is done.)
  const namedActNoun = (m: PatternMatch) => toks[m.trigger]!.pos === 'VERB' && toks[m.trigger]!.norm === toks[m.trigger]!.lemma
    && toks[m.trigger - 1]?.pos === 'PROPN' && ['the', 'a', 'an'].includes(toks[m.trigger - 2]?.norm ?? '')
    && (['PUNCT', 'CCONJ'].includes(toks[m.trigger + 1]?.pos ?? 'PUNCT') || (toks[m.trigger + 1]!.pos === 'ADP' && !PARTICLES.has(toks[m.trigger + 1]!.norm)));
  const standingRule = (m: PatternMatch) => m.pattern.cameo.startsWith('17') && toks[m.trigger]!.pos === 'VERB' && STANDING_BANS.has(toks[m.trigger]!.norm)
    && ['are', 'is'].includes(toks[m.trigger - 1]?.norm ?? '');
  const list = [...byTrigger.values()].filter((m) => !doerWordObject(m) && !idleBy(m) && !anonymity(m) && !courtAppeal(m) && !meetingPoint(m) && !received(m) && !combated(m) && !lifted(m) && !roundEnded(m) && !standingRule(m) && !namedActNoun(m)).sort((a, b) => a.trigger - b.trigger);
  // A pattern whose gap holds another pattern's verb is that verb's object, not an act of its own: "had cancelled a
  // secret meeting with" is no meeting held, "Police arrested 15 militants in raids on" no raid.
  const verbTriggers = new Set(list.filter((m) => toks[m.trigger]!.pos === 'VERB').map((m) => m.trigger));
  // (A finite verb: right after the pattern's first word or after an adverb, not "to hold", "the detained leaders" or
  // "homeguards held captive".)
  const spansVerb = (m: PatternMatch) => {
    for (let k = m.trigger + 1; k < m.last; k++) {
      // (After "have", any verb: "has already postponed talks with" is no talks had.)
      const verb = verbTriggers.has(k) || (toks[k]!.pos === 'VERB' && toks[m.trigger]!.lemma === 'have');
      if (verb && !m.matched.includes(k) && (k - 1 === m.trigger || toks[k - 1]!.pos === 'ADV')) return true;
    }
    return false;
  };
  const covered = new Set<number>();
  for (const m of list) if (m.pattern.weight > 1 && !spansVerb(m)) for (const i of m.matched.slice(1)) covered.add(i);
  // Statements, appeals, demands and accusations (CAMEO 01/02/10/11: "accused Iran of attacking") and hopes, wishes and considerations govern what follows them in their
  // clause: "urged Russia to withdraw", "is considering sending aid", "hoped Japan would lift sanctions" report no
  // withdrawal, aid or lifting.
  // An accusation blocks only the acts it alleges ("accused Iran of attacking"), not the events it names as its
  // object ("condemned the Israeli strike on Damascus" reports a strike).
  // "Suspected Boko Haram militants killed …", "by alleged rebels": a hedge on who did it, not an accusation (but
  // "Police suspected militants of …" is one).
  const hedge = (i: number) => {
    const t = toks[i]!, next = toks[i + 1];
    let k = i - 1;
    if (toks[k]?.pos === 'ADV') k--;
    return HEDGES.has(t.lemma) && /ed$/.test(t.norm) && !!next && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)
      && !['NOUN', 'PROPN', 'PRON'].includes(toks[k]?.pos ?? '');
  };
  // (Loops rather than chains of filter and map: src/events/arrays.ts says why.)
  const blockers: Array<{ at: number; verbsOnly: boolean; alleging?: boolean; trigger?: number; describes?: boolean; hypothetical?: boolean; reach?: number }> = [];
  // ("Pakistan denies supporting the Taliban, saying it backs a negotiated settlement": what a denial denies ends at
  // the comma; what follows is the denier's own word.)
  for (const m of list) if (/^(0[12]|10)/.test(m.pattern.cameo)) blockers.push({ at: m.last, verbsOnly: false, ...(m.pattern.cameo.startsWith('016') ? { reach: 18 } : {}) });
  // (An accusation "of" or "for" something alleges what follows it; a judgement complete in its words, "called the
  // raid a crime", alleges nothing more.)
  // ("accused the Shia-led government of waging a campaign of persecution": what an accusation alleges starts at its
  // "of", where a pattern that runs on to the charge's noun has words of the allegation inside its span.)
  for (const m of list) {
    if (!m.pattern.cameo.startsWith('11') || hedge(m.trigger)) continue;
    const of = m.matched.find((k) => k > m.trigger && toks[k]!.pos === 'ADP' && (toks[k]!.norm === 'of' || toks[k]!.norm === 'for'));
    blockers.push({ at: of ?? m.last, verbsOnly: true, alleging: m.matched.some((k) => toks[k]!.pos === 'ADP') || ALLEGING.has(toks[m.trigger]!.lemma), trigger: m.trigger });
  }
  for (let k = 0; k < toks.length; k++) {
    // ("The EU warned it could impose sanctions": what a warner says it could do is weighed by the coder as a threat.)
    if (HYPOTHETICAL.has(toks[k]!.lemma) && !(toks[k]!.pos === 'AUX' && warnedOwnPossibility(toks, k + 1))) blockers.push({ at: k, verbsOnly: false, hypothetical: true });
    // ("warned that anyone caught looting would face the full force of the law": what whoever might do, in the few
    // words that say who, is no one's act.)
    else if (toks[k]!.norm === 'anyone' || toks[k]!.norm === 'whoever') blockers.push({ at: k, verbsOnly: false, hypothetical: true, reach: 8 });
  }
  const blocked = (at: number) => blockers.some((blocker) => {
    const { at: b, verbsOnly, alleging, trigger } = blocker;
    if (b >= at || at - b > (blocker.reach ?? 18)) return false;
    // ("Iran, which has long claimed ties to Bahrain's Shi'ites, condemned the deployment": a relative clause's
    // claim ends with it.)
    const opened = relativeClauseBefore(toks, at);
    if (opened >= 0 && opened < b) return false;
    if (verbsOnly && toks[at]!.pos !== 'VERB') return false;
    for (let k = b + 1; k < at; k++) {
      const t = toks[k]!;
      if (t.text === ';' || (SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP'))) return false;
      // (Who might do something is said in a few words, before any comma; so is what a denial denies.)
      if (blocker.reach && t.text === ',') return false;
      // ("Ali Kushayb, a militia leader charged with 50 crimes against humanity ..., has surrendered": a charge that
      // describes a noun alleges up to the comma that closes the description.)
      if (t.text === ',' && trigger !== undefined && (blocker.describes ??= reducedRelative(trigger))) return false;
      // "Tillerson said after talks with Lavrov that ...": a phrase of when, right after the verb, is not what was said.
      if (t.pos === 'ADP' && OCCASIONS.has(t.norm) && k - b <= 4) return false;
      // "... and sent troops": a coordinated verb is a new act, not part of what was said or asked (but not a second
      // infinitive of what was asked: "called on Rwanda to stop supporting the rebels and withdraw its forces").
      if (t.norm === 'and' && toks[k + 1]?.pos === 'VERB' && k + 1 === at
        && !(toks[at]!.norm === toks[at]!.lemma && toks.slice(b, k).some((x) => x.norm === 'to'))) return false;
      // ("pushed for tough measures and had already announced its own ban on North Korean imports": nor what a
      // coordinated verb with a tense of its own governs; it is that verb's.)
      if (t.norm === 'and' && k + 1 < at && coordinatedTensed(toks, k + 1, at, toks.slice(b, k).some((x) => x.norm === 'to'))) return false;
      // ("summoned Japan's ambassador several times, suspended ministerial-level contacts, postponed talks": nor the next
      // act of a list of acts, after a complaint that alleges nothing.)
      if (verbsOnly && !alleging && t.text === ',' && k + 1 === at && toks[at]!.pos === 'VERB' && /ed$/.test(toks[at]!.norm)
        && toks[at + 1]?.norm !== 'by' && !SUBORDINATORS.has(toks[k - 1]?.norm ?? '')) return false;
      // ("called Malawi's action unjustified and said Britain had also suspended talks", "called the raid a crime,
      // blaming Britain": after a judgement is made, a new statement or a participle set off by a comma is the
      // speaker's next act, not what the judgement alleges; but what "accused X of" alleges may run on past a comma:
      // "accused Russian warplanes of bombing villages, killing one civilian".)
      if (verbsOnly && ((t.norm === 'and' && SPEECH.has(toks[k + 1]?.lemma ?? ''))
        || (t.text === ',' && k + 1 === at && /ing$/.test(toks[at]!.norm) && !alleging))) return false;
      // ("Rouhani condemned the attack, and Iranian police said about 40 people had been arrested": nor is what a new
      // speaker, named after "and", says.)
      if (verbsOnly && t.norm === 'and' && newSpeakerAfter(toks, k + 1, at)) return false;
      // ("called the raid a violation of international law, and Tehran summoned the Iraqi ambassador": nor what a new
      // subject does after ", and", after any statement or appeal: "Kazakhstan and Kyrgyzstan sent messages of
      // condolence, and Russia's Foreign Ministry condemned what it called a barbaric terrorist act".)
      // (After a statement or an appeal only when the new subject is named, and not as "Western governments", which may
      // be the speaker's words; and a fear is no statement.)
      if (t.norm === 'and' && toks[k - 1]?.text === ',' && subjectThenVerb(toks, k + 1, at)
        && (verbsOnly || (!blocker.hypothetical && toks.slice(k + 1, at).some((w) => w.pos === 'PROPN') && !FROM_ABROAD.test(joinTokens(toks, k + 1, at, 'text'))))) return false;
    }
    return true;
  });
  // "U.S.-backed", "Kurdish-led", "Taliban-claimed": a verb fused into a modifier is no event.
  const fused = (i: number) => { const d = toks[i - 1]; return !!d && d.text === '-' && d.end === toks[i]!.start && toks[i]!.pos !== 'NOUN'; };
  // A judging adjective is an event only when predicated ("the strike was unlawful"), not as a modifier
  // ("unlawful detention").
  // (A past tense the tagger read as an adjective, between a noun and an object, is a verb: "troops apprehended a man".)
  const pastTense = (i: number) => /ed$/.test(toks[i]!.norm) && ['NOUN', 'PROPN'].includes(toks[i - 1]?.pos ?? '')
    && ['DET', 'NUM', 'PROPN', 'PRON', 'SCONJ'].includes(toks[i + 1]?.pos ?? '');
  const attributive = (m: PatternMatch) => m.pattern.weight === 1 && toks[m.trigger]!.pos === 'ADJ' && !afterCopula(toks, m.trigger) && !pastTense(m.trigger);
  // A participle modifying a noun ("Libya's internationally recognized government") is no act.
  const adjectival = (i: number) => {
    const t = toks[i]!, next = toks[i + 1];
    // ("their threatened diplomatic freeze": with an adjective between it and its noun too.)
    const modified = next && (['NOUN', 'PROPN'].includes(next.pos) || (next.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(toks[i + 2]?.pos ?? '')));
    if (t.pos !== 'VERB' || !/(ed|en|ing)$/.test(t.norm) || !next || !modified) return false;
    let k = i - 1;
    if (toks[k]?.pos === 'ADV') k--;
    const prev = toks[k];
    if (hedge(i)) return true;
    // ("an arms embargo and targeted sanctions on leaders", "targeted killings": aimed measures, not an act of aiming.)
    if (t.norm === 'targeted' && AIMED_MEASURES.has(next.norm)) return true;
    // ("from jailed Kurdish militant leader Abdullah Ocalan", "of jailed opposition leader Khaleda Zia": a participle
    // before a title and a name describes the person.)
    // ("chanted slogans praising ousted Iraqi leader Saddam Hussein": after another verb too.)
    if (/(ed|en)$/.test(t.norm) && (i === 0 || (!!prev && (['ADP', 'DET', 'VERB'].includes(prev.pos) || ['-', '—', '–'].includes(prev.text))))) {
      // (A title's words, "Kurdish militant leader", then the name.)
      for (let n = i + 1; n < toks.length && n - i <= 5 && ['ADJ', 'NOUN', 'PROPN'].includes(toks[n]!.pos); n++) {
        if (toks[n]!.pos === 'NOUN' && toks[n + 1]?.pos === 'PROPN') return true;
      }
    }
    // ("the surrounding villages", "its continuing blockade"; after a preposition "by attacking villages" is an act,
    // "in occupied Kashmir", "in besieged Aleppo", "hundreds of jailed guerrillas", "a camp for displaced people" are
    // not.)
    // (The tagger often reads that "for" as a subordinator; not "since", which may be an adverb: "has since arrested".)
    // ("was greeted by cheering crowds": a present participle before people who do it, after "by" or "with", describes
    // them; "by attacking villages" is an act.)
    if (prev && (prev.norm === 'by' || prev.norm === 'with') && /ing$/.test(t.norm) && CROWDS.test(next.norm)) return true;
    if (prev && (prev.pos === 'ADP' || (prev.pos === 'SCONJ' && prev.norm === 'for')) && !/ing$/.test(t.norm)) return /(ed|en)$/.test(t.norm);
    // ("the four boycotting states", "two jailed activists": after a number too.)
    return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'NUM' && !/^\d{4}$/.test(prev.text)) || prev.norm === "'s" || POSSESSIVES.has(prev.norm)
      || (prev.pos === 'ADP' && ['from', 'in', 'of'].includes(prev.norm) && /ing$/.test(t.norm)));
  };
  // A match lying wholly inside a longer one's span, gap included ("ground assault" in "mounted a ground
  // assault"), with the same CAMEO root, is part of that event, not a second one.
  // (Not a verb in the longer one's gap: in "Police arrested 15 militants in raids on Sunday" the arrest is its own.)
  const inside = (m: PatternMatch) => list.some((o) => o !== m && o.pattern.weight > 1 && o.trigger < m.trigger && m.last <= o.last
    && o.pattern.cameo.slice(0, 2) === m.pattern.cameo.slice(0, 2) && !(toks[m.trigger]!.pos === 'VERB' && !o.matched.includes(m.trigger)));
  // A participle right after a noun, with no "be" ("children killed in the offensive", "people injured in the
  // blast"), describes the noun by an act already told, or told elsewhere: no new event.
  const HARMED = /^(?:killed|wounded|injured|hurt|maimed|murdered|slain)$/;
  const TAKEN = /^(?:kidnapped|abducted|detained|arrested|captured|seized)$/;
  const CHARGING = new Set(['accuse', 'charge', 'suspect']);
  const ECONOMIC = new Set(['economy', 'economies', 'export', 'exports', 'import', 'imports', 'trade', 'market', 'markets', 'price', 'prices',
    'currency', 'industry', 'revenue', 'revenues', 'growth', 'output', 'tourism', 'investment', 'investments', 'sector', 'earnings', 'sales',
    // ("The Turkish lira hit a record low": a currency or a market that is hit falls; no one strikes it.)
    'lira', 'rupee', 'peso', 'dollar', 'euro', 'rouble', 'ruble', 'yen', 'yuan', 'rand', 'naira', 'shilling', 'dinar', 'rial', 'share', 'shares', 'stock', 'stocks', 'bond', 'bonds']);
  const FORCES = /^(?:forces|troops|police|army|soldiers|units|commanders|military|guards|policemen|officers)$/;
  const ORDERING_TO = new Set(['order', 'instruct', 'direct', 'command', 'tell']);
  const CROWDS = /^(?:crowds?|supporters|protesters|demonstrators|people|residents|villagers|fans|students|mobs?|youths|women|men)$/;
  const CALLING_FOR = new Set(['chant', 'call', 'clamour', 'clamor', 'shout', 'press', 'push', 'rally', 'demonstrate', 'march', 'campaign', 'lobby', 'petition', 'appeal', 'pray', 'wait']);
  const reducedRelative = (i: number) => {
    const t = toks[i]!, prev = toks[i - 1], next = toks[i + 1];
    // ("members of the Royal Ulster Constabulary (RUC) murdered in an ambush": a bracketed name ends the noun.)
    const noun = prev?.text === ')' ? toks[i - 2] : prev;
    // ("a day of mourning for a police officer killed when Serb gunmen ambushed a patrol": or a subordinator.)
    if (!(t.pos === 'VERB' && /ed$/.test(t.norm) && !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !!next && (next.pos === 'ADP' || SUBORDINATORS.has(next.norm)) && next.norm !== 'by')) return false;
    // ("killed at least 30 people": "at least" is a number's, not a preposition.)
    if (next.norm === 'at' && toks[i + 2]?.norm === 'least') return false;
    // ("the trial of 15 people accused of involvement in the violence opened": a charge's participle right after a
    // noun, with no object, describes those charged; it tells no one's accusation.)
    if (CHARGING.has(t.lemma) && (next.norm === 'of' || next.norm === 'with')) return true;
    // ("Hundreds of protesters opposed to a deal keeping Mali's interim president in office stormed his offices": nor
    // does one that is an adjective with its preposition.)
    if (next.norm === 'to' && ADJECTIVE_PARTICIPLES.has(t.norm)) return true;
    // Only where the clause already has its verb ("carrying posters of children killed in"); otherwise the noun
    // is the subject ("Saddam Hussein arrived in Amman").
    // ("an estimated 3,000 people demonstrated": a participle after a determiner is no verb.)
    // ("the death toll rose to 165 and the UN Security Council called on both sides": not past "and" after a verb,
    // with only the noun before the participle between, which opens a clause of its own with that noun as subject.)
    for (let k = i - 2; k >= 0 && clauseOf[k] === clauseOf[i]; k--) {
      if (toks[k]!.pos === 'CCONJ' && ['VERB', 'ADV', 'NUM'].includes(toks[k - 1]?.pos ?? '') && toks.slice(k + 1, i).every((x) => NOUN_PHRASE_WORDS.has(x.pos))) return false;
      if ((toks[k]!.pos === 'VERB' && toks[k - 1]?.pos !== 'DET' && !hedge(k)) || toks[k]!.pos === 'AUX') return true;
    }
    // ... or where the clause's verb comes after it: "Protesters opposed to Morales blocked roads", "soldiers killed
    // in the ambush were buried on Sunday".
    // (Right after the preposition's noun phrase: not a particle, "carried out a multi-pronged attack ... that killed",
    // nor a verb coordinated with it, "Troops moved into the town and seized the airport".)
    // ("Parents of children killed in the TTP's 2014 attack ... said": harm suffered "in" an act of violence named
    // after it is what that act did to the noun's people, told as their description.)
    if ((next.norm === 'in' || next.norm === 'during') && HARMED.test(t.norm)
      && toks.slice(i + 2, i + 8).some((x) => x.pos === 'NOUN' && VIOLENT_OCCASIONS.has(x.lemma))) return true;
    // ("The 18 U.S. soldiers killed in Mogadishu were honoured": "in" after a verb of harm opens a place, not a particle.)
    // ("Three Romanian journalists kidnapped in Iraq in March were released", "the four Americans kidnapped at gunpoint
    // in the border city of Matamoros were found dead": nor after a verb of taking people; and what follows such a
    // participle may be several phrases of place and time before the clause's verb.)
    const suffered = HARMED.test(t.norm) || TAKEN.test(t.norm);
    if (PARTICLES.has(next.norm) && !suffered) return false;
    let k = i + 2;
    while (k < toks.length && k - i <= (suffered ? 14 : 7) && (['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(toks[k]!.pos) || (suffered && ((toks[k]!.pos === 'ADP' && toks[k]!.norm !== 'by') || toks[k]!.pos === 'ADV')))) k++;
    // (The noun phrase ends on its noun: in "agreed to a cease-fire" the tagger's verb "cease" after "a" is none.)
    // ("Israel and Hamas agreed to a ceasefire brokered by Egypt": a participle with its agent after the noun describes
    // it; it is no verb of the clause.)
    return k > i + 2 && clauseOf[k] === clauseOf[i] && (['NOUN', 'PROPN'].includes(toks[k - 1]!.pos) || (suffered && toks[k - 1]!.norm === 'ago'))
      && (toks[k]?.pos === 'AUX' || (toks[k]?.pos === 'VERB' && !/ing$/.test(toks[k]!.norm) && toks[k + 1]?.norm !== 'by'));
  };
  // A capitalised word inside a name ("Indian Occupied Kashmir", "the Liberation Tigers") is no act.
  // ("was hanged at Dhaka Central Jail": so is the last word of a name.)
  const inName = (i: number) => i > 0 && /^[A-Z]/.test(toks[i]!.text) && /^[A-Z]/.test(toks[i - 1]!.text) && toks[i - 1]!.pos !== 'PUNCT'
    && (toks[i + 1]?.pos === 'PROPN' || (toks[i - 1]!.pos === 'PROPN' && toks[i]!.pos === 'PROPN'));
  // A trigger inside a statement's, appeal's or demand's own span is what is said or asked ("called on both sides to
  // declare a ceasefire"), not an act.
  const asked = (m: PatternMatch) => list.some((o) => o !== m && /^(0[12]|10)/.test(o.pattern.cameo) && o.trigger < m.trigger && m.trigger < o.last);
  // ("chanted for Trajkovski to resign", "pressed for the ministers to step down": so is what a crowd calls for.)
  // (And what someone is ordered to do: "ordered security forces to \"find and destroy\" the attackers".)
  const calledFor = (m: PatternMatch) => {
    let to = m.trigger - 1;
    while (to >= 0 && QUOTE_MARKS.has(toks[to]!.text)) to--;
    // ("to find and destroy": the second of two verbs the "to" governs.)
    if (['and', 'or'].includes(toks[to]?.norm ?? '') && toks[to - 1]?.pos === 'VERB') to -= 2;
    while (to >= 0 && QUOTE_MARKS.has(toks[to]!.text)) to--;
    if (toks[to]?.norm !== 'to' || toks[m.trigger]!.pos !== 'VERB') return false;
    for (let k = to - 1; k >= 1 && to - k <= 6; k--) {
      if (toks[k]!.norm === 'for') return CALLING_FOR.has(toks[k - 1]!.lemma);
      // (Only one's own forces: "ordered the opposition newspaper La Prensa to suspend publication" is the coercion.)
      if (toks[k]!.pos === 'VERB' && k < to - 1) return ORDERING_TO.has(toks[k]!.lemma) && toks.slice(k + 1, to).some((w) => FORCES.test(w.norm));
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART'].includes(toks[k]!.pos)) return false;
    }
    return false;
  };
  // "calling Bolivia's decision a 'hostile gesture'": a call that names something is a judgement, not a phone call.
  const naming = (m: PatternMatch) => {
    if (!m.pattern.cameo.startsWith('041') || toks[m.trigger]!.lemma !== 'call') return false;
    // ("what Tehran called Iranian waters", "the so-called safe zone": so does a call whose object is "what" before it.)
    if (toks[m.trigger - 1]?.norm === 'so') return true;
    for (let b = m.trigger - 1; b >= 0 && m.trigger - b <= 5; b--) {
      if (toks[b]!.norm === 'what') return b < m.trigger - 1;
      if (!['PROPN', 'NOUN', 'DET', 'PRON', 'ADJ', 'AUX'].includes(toks[b]!.pos)) break;
    }
    // ("called his Uruguayan counterpart Jorge Batlle a lackey": the name may open with a possessive.)
    const opening = ['his', 'her', 'their', 'its'].includes(toks[m.trigger + 1]?.norm ?? '') ? 1 : 0;
    let k = m.trigger + 1 + opening;
    while (k < toks.length && k - m.trigger <= 7 + opening && ['PROPN', 'NOUN', 'PART', 'ADJ'].includes(toks[k]!.pos) || toks[k]?.norm === 'the' || (k < toks.length && hyphenJoins(toks, k))) k++;
    // ("for calling Prime Minister Pedro Sanchez's wife corrupt": or an adjective after the name.)
    // ("Kenyatta called Odinga his brother": or a possessive after the name; "called his counterpart" is a call.)
    return ['a', 'an', '"', '“', 'as'].includes(toks[k]?.norm ?? '') || (toks[k - 1]?.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(toks[k - 2]?.pos ?? '') && k - 1 > m.trigger + 1)
      || (k > m.trigger + 1 + opening && ['his', 'her', 'their', 'its', 'our', 'my'].includes(toks[k]?.norm ?? ''));
  };
  // "more than 20,000 people had been killed in Saturday's quake": deaths a disaster caused are no one's violence.
  const naturalCause = (m: PatternMatch) => {
    if (root(m) < 18) return false;
    // ("Floods killed 30 people": a disaster as the subject.)
    let b = m.trigger - 1;
    while (b >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[b]!.pos)) b--;
    if (b >= 0 && (DISASTERS.has(toks[b]!.lemma) || DISASTERS.has(toks[b]!.norm.replace(/s$/, ''))) && toks[b]!.pos !== 'VERB') return true;
    // ("the Indian Ocean tsunami of December 2004 killed about 170,000 people": or the head of a subject that runs on.)
    for (let k = b - 1; k >= 0 && b - k <= 5 && ['NOUN', 'PROPN', 'NUM', 'ADP', 'DET', 'ADJ'].includes(toks[k + 1]!.pos); k--) {
      if (DISASTERS.has(toks[k]!.lemma) && toks[k]!.pos === 'NOUN' && toks[k + 1]!.pos === 'ADP') return true;
    }
    // ("the earthquake and tsunami, which killed more than 150,000 people": after a relative pronoun too.)
    if (b >= 1 && ['which', 'that'].includes(toks[b]!.norm)) {
      const a = toks[b - 1]!.text === ',' ? b - 2 : b - 1;
      if (a >= 0 && (DISASTERS.has(toks[a]!.lemma) || DISASTERS.has(toks[a]!.norm.replace(/s$/, '')))) return true;
    }
    for (let k = m.last + 1; k < toks.length && k - m.last <= 6 && clauseOf[k] === clauseOf[m.trigger]; k++) {
      if (toks[k]!.norm !== 'in' && toks[k]!.norm !== 'by') continue;
      for (let q = k + 1; q < toks.length && q - k <= 4; q++) {
        if (DISASTERS.has(toks[q]!.lemma) && toks[q]!.pos === 'NOUN') return true;
        if (!['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN'].includes(toks[q]!.pos) && toks[q]!.norm !== "'s") break;
      }
    }
    return false;
  };
  // ("The United States ordered non-emergency staff to leave its embassy", "ordered its diplomats to leave": one's own
  // people sent home are evacuated, not a demand of anyone.)
  const evacuation = (m: PatternMatch) => {
    if (m.pattern.cameo !== '106' || toks[m.trigger]!.lemma !== 'order') return false;
    const to = toks.findIndex((t, k) => k > m.trigger && t.norm === 'to');
    const ordered = toks.slice(m.trigger + 1, to < 0 ? m.last : to);
    return !ordered.some((t) => /^[A-Z]/.test(t.text)) && ordered.some((t) => OWN_STAFF.has(t.lemma)
      || (t.lemma === 'diplomat' && ordered.some((o) => ['its', 'their', 'his', 'her'].includes(o.norm))));
  };
  // ("issued a warning against travel to the Philippines", "raised its travel alert": advice to one's own travellers
  // threatens no one and puts no force on alert.)
  const travelAdvice = (m: PatternMatch) => m.matched.some((k) => ADVICE_NOUNS.has(toks[k]!.lemma)
    && (toks[k - 1]?.lemma === 'travel' || (toks[k + 1]?.norm === 'against' && /^travel/.test(toks[k + 2]?.norm ?? ''))));
  // ("the first ceasefire in more than half a century of fighting with the guerrillas": a span of war is how long it
  // has lasted, not a clash of the day.)
  // ("the two countries, which have fought two wars over Kashmir": wars counted are a history, not a clash.)
  const spanOfWar = (m: PatternMatch) => root(m) >= 18 && ((toks[m.trigger - 1]?.norm === 'of' && TIME_SPANS.has(toks[m.trigger - 2]?.norm ?? ''))
    || (toks[m.trigger]!.lemma === 'fight' && (toks[m.trigger + 1]?.pos === 'NUM' || COUNTING.has(toks[m.trigger + 1]?.norm ?? '')) && /^wars?$/.test(toks[m.trigger + 2]?.norm ?? '')));
  // ("Syria's economy has been badly hit by the unrest and sanctions", "the crisis hit exports": what strikes an
  // economy is no violence.)
  const economic = (m: PatternMatch) => {
    if (root(m) < 18) return false;
    let b = m.trigger - 1;
    while (b >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[b]!.pos)) b--;
    if (b >= 0 && ECONOMIC.has(toks[b]!.lemma)) return true;
    // (Not "attacked Chinese investment", which is criticism: coder.ts.)
    if (toks[m.trigger]!.lemma === 'attack') return false;
    for (let a = m.trigger + 1; a < toks.length && a - m.trigger <= 5; a++) {
      if (ECONOMIC.has(toks[a]!.lemma) && toks[a]!.pos === 'NOUN') return true;
      if (!['DET', 'ADJ', 'PART', 'PROPN', 'NOUN'].includes(toks[a]!.pos) && toks[a]!.norm !== "'s") return false;
    }
    return false;
  };
  // ("France exploded a nuclear device under Mururoa atoll": a weapons test is no attack on anyone.)
  const weaponsTest = (m: PatternMatch) => root(m) === 18 && toks.slice(Math.max(0, m.trigger - 3), m.last + 4).some((t) => NUCLEAR.has(t.norm));
  // ("Lonsdale revoked the pardons": an act named as what is revoked or overturned is undone, not done.)
  // ("a halt to targeted killings", "an end to the shelling": nor what a halt or an end is to.)
  const undone = (m: PatternMatch) => {
    const first = Math.min(...m.matched);
    let k = first - 1;
    // ("Israel ended its occupation of south Lebanon": over a possessive too.)
    while (k >= 0 && first - k <= 3 && (['DET', 'ADJ', 'NUM'].includes(toks[k]!.pos) || POSSESSIVES.has(toks[k]!.norm))) k--;
    if (k >= 1 && ['to', 'of', 'on'].includes(toks[k]!.norm) && HALTS.has(toks[k - 1]!.lemma) && toks[k - 1]!.pos === 'NOUN') return true;
    return toks[m.trigger]!.pos === 'NOUN' && k >= 0 && toks[k]!.pos === 'VERB' && UNDOING.has(toks[k]!.lemma);
  };
  // ("The soldiers were patrolling in thick fog on Tuesday when Pakistani troops crossed the Line of Control": a past
  // progressive that a "when" clause follows sets the scene for what happened.)
  const sceneSetting = (m: PatternMatch) => {
    const t = toks[m.trigger]!;
    if (t.pos !== 'VERB' || !/ing$/.test(t.norm) || !['was', 'were'].includes(toks[m.trigger - 1]?.norm ?? '')) return false;
    for (let k = m.last + 1; k < toks.length && k - m.last <= 15; k++) {
      if (toks[k]!.norm === 'when') return true;
      if (toks[k]!.text === ';' || toks[k]!.text === '.' || toks[k]!.pos === 'VERB') return false;
    }
    return false;
  };
  // ("Rebels of the SPLM-North, fighting Khartoum in South Kordofan, said ...": a participle set off after the subject,
  // before the clause's own verb, says who the subject is, not what happened that day.)
  // ("Militant groups fighting Indian rule in Kashmir were sceptical": so does one right after a plural subject.)
  const describesSubject = (m: PatternMatch) => {
    const i = m.trigger;
    if (toks[i]!.pos !== 'VERB' || !/ing$/.test(toks[i]!.norm)) return false;
    const setOff = toks[i - 1]?.text === ',' && ['NOUN', 'PROPN'].includes(toks[i - 2]?.pos ?? '');
    const plural = toks[i - 1]?.pos === 'NOUN' && toks[i - 1]!.norm !== toks[i - 1]!.lemma;
    if (!setOff && !plural) return false;
    // (Only before the sentence has its verb: "declared a state of siege on Saturday, suspending ..." tells an act.)
    for (let k = 0; k < i - 1; k++) if (toks[k]!.pos === 'AUX' || (toks[k]!.pos === 'VERB' && /^[a-z]/.test(toks[k]!.text))) return false;
    if (plural) {
      // (The clause's own verb comes next, before any comma: "... in Kashmir were sceptical".)
      for (let k = m.last + 1; k < toks.length && !/^[,;.:]$/.test(toks[k]!.text); k++) {
        if (toks[k]!.pos === 'AUX' && ['be', 'have'].includes(toks[k]!.lemma)) return true;
        if (toks[k]!.pos === 'VERB') return toks[k]!.norm !== toks[k]!.lemma && !/ing$/.test(toks[k]!.norm) && !/en$/.test(toks[k]!.norm);
      }
      return false;
    }
    for (let k = m.last + 1; k + 1 < toks.length; k++) {
      if (toks[k]!.text === ';' || toks[k]!.text === '.') return false;
      if (toks[k]!.text === ',') {
        let v = k + 1;
        while (toks[v]?.pos === 'ADV' || toks[v]?.pos === 'AUX') v++;
        return toks[v]?.pos === 'VERB' && toks[v]!.norm !== toks[v]!.lemma && !/ing$/.test(toks[v]!.norm);
      }
    }
    return false;
  };
  // ("declined further comment", "refused to comment": saying nothing rejects no one.)
  const noComment = (m: PatternMatch) => root(m) === 12 && (toks[m.trigger]!.lemma === 'decline' || toks[m.trigger]!.lemma === 'refuse')
    && toks.slice(m.trigger + 1, m.trigger + 4).some((t) => t.lemma === 'comment');
  // ("The United States, which maintains sanctions on Iran, said ...": what a relative clause in the present says an
  // actor keeps doing describes it; the act was told when it began.)
  const standing = (m: PatternMatch) => {
    const t = toks[m.trigger]!;
    // (The present only: "Ivanov, who flew to Tbilisi overnight" tells what he did.)
    const present = (t.norm !== t.lemma && /s$/.test(t.norm)) || t.norm === t.lemma;
    // ("Uzbekistan hosts a U.S. air base at Khanabad": a state's hosting of foreign forces, in the present, is how
    // things stand.)
    if (root(m) === 6 && t.norm === 'hosts') return true;
    if (t.pos !== 'VERB' || !present) return false;
    let k = m.trigger - 1;
    while (k >= 0 && toks[k]!.pos === 'ADV') k--;
    // ("a U.S. air base that supports military operations in Afghanistan": so does a relative clause about a thing.)
    return ((toks[k]?.norm === 'which' || toks[k]?.norm === 'who') && toks[k - 1]?.text === ',')
      || ((toks[k]?.norm === 'that' || toks[k]?.norm === 'which') && toks[k - 1]?.pos === 'NOUN');
  };
  // ("Rwanda's support for M23 fuels a conflict", "a central figure in Rwanda's support for M23": support named with
  // its giver's possessive is a standing relation the sentence names, not an act of the day.)
  const namedSupport = (m: PatternMatch) => root(m) === 5 && toks[m.trigger]!.pos === 'NOUN' && (toks[m.trigger - 1]?.norm === "'s" || toks[m.trigger - 1]?.norm === '’s');
  // ("More than 15,000 people have been killed since the PKK took up arms in 1984": a toll counted since a year long
  // past is how a war has gone, not an attack of the day.)
  // (Also a span counted back from now, "over the past decade", "in the last two years", "this year", or months and
  // years of a conflict, "in four months of protests"; and a "since" before the verb: "Violence since the army
  // cancelled elections in January 1992 has killed an estimated 100,000".)
  const tollSince = (m: PatternMatch) => {
    if (root(m) < 18) return false;
    // ("have been killed since fighting broke out in late January": the fighting that opens the period counted is
    // its start, told before.)
    const opener = toks[m.trigger - 1]?.pos === 'DET' ? m.trigger - 2 : m.trigger - 1;
    if (toks[opener]?.norm === 'since' && toks.slice(m.trigger + 1, m.trigger + 4).some((w) => w.pos === 'VERB' && WAR_BOUNDS.has(w.lemma))) return true;
    const v = m.matched.find((k) => toks[k]!.pos === 'VERB') ?? m.trigger;
    if (!toks.slice(Math.max(0, v - 3), v).some((t) => t.lemma === 'have')) return false;
    // Since when the toll is counted: a year ("since 1984", "since the late 1960s"),
    // or a war's start or end told as a clause ("since the LTTE began fighting", "since the war ended").
    const sinceStart = (t: Token, k: number, rest: Token[]) => t.norm === 'since' && (rest.slice(k + 1, k + 16).some((y) => /^(1[89]|20)\d\ds?$/.test(y.norm))
      || (rest.slice(k + 1, k + 7).some((w) => w.pos === 'VERB' && WAR_BOUNDS.has(w.lemma)) && rest.slice(k + 1, k + 7).some((w) => WARS.has(w.norm))));
    // (Not a day's act told with its count: "Since 2001, troops have killed 20 rebels in a raid on Tuesday".)
    if (toks.some((t, k) => clauseOf[k] === clauseOf[v] && TIME_NAMES.test(t.norm) && t.norm.endsWith('day'))) return false;
    const after = toks.slice(v + 1, v + 16);
    // (Not a "since" before a relative clause the act is told in: "More than 1,000 people have been killed since January
    // 2004 in the south, where insurgents have attacked soldiers" tells the insurgents' attacks.)
    let lastRelative = v - 1;
    while (lastRelative >= 0 && !['where', 'who', 'which'].includes(toks[lastRelative]!.norm)) lastRelative--;
    if (after.some(sinceStart) || toks.slice(lastRelative + 1, v).some(sinceStart)) return true;
    // ("More than 9,000 people have been killed in the insurgency", "months of protests in which more than 75 people
    // have been killed": a toll of a war or of months of unrest as a whole, counted to date, tells no day's act.)
    // (A present perfect only: "had been killed in the fighting" tells a day's battle.)
    const passiveToll = toks[v - 1]?.norm === 'been' && toks.slice(Math.max(0, v - 3), v).some((t) => t.norm === 'have' || t.norm === 'has');
    if (passiveToll && (/^in (?:the |this |that |its )?(?:\w+ )?(?:insurgency|conflict|war|civil war|rebellion|uprising|unrest)\b/.test(joinTokens(after, 0, Math.min(6, after.length), 'norm'))
      || (toks[lastRelative]?.norm === 'which' && toks[lastRelative - 1]?.norm === 'in' && v - lastRelative <= 8))) return true;
    const span = joinTokens(after, 0, after.length, 'norm');
    return /\b(?:(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|decades?|months)|this year|(?:in|during|over) (?:\w+ )?(?:months|years) of)\b/.test(span);
  };
  // ("pulled out of a June run-off", "withdrew from the race": leaving an election is no military retreat.)
  // ("all six of Bouteflika's rivals withdrew, accusing the army-backed authorities of fraud": in a sentence about an
  // election that names no forces (an "army-backed" government is none), those who withdraw leave the race.)
  const leftElection = (m: PatternMatch) => m.pattern.cameo.startsWith('087') && (ELECTIONS.test(joinTokens(toks, m.last + 1, m.last + 7, 'norm'))
    || (LEAVING.has(toks[m.trigger]!.lemma) && ELECTIONS.test(joinTokens(toks, 0, toks.length, 'norm')) && !toks.some((t, k) => (FORCES.test(t.norm) || ARMED_WORDS.test(t.norm)) && toks[k + 1]?.text !== '-')));
  // ("Libya retaliated by halting oil shipments to Switzerland": the retaliation is the act done by it, coded as
  // itself; the bare verb is no second act, and no attack.)
  const retaliatedBy = (m: PatternMatch) => RETALIATING.has(toks[m.trigger]!.lemma) && toks[m.last + 1]?.norm === 'by'
    && toks[m.last + 2]?.pos === 'VERB' && /ing$/.test(toks[m.last + 2]!.norm);
  // ("Hezbollah fighters ambushed an Israeli patrol near the border", "attacked an army convoy": a show of force named
  // as the object of violence or coercion is whom it was done to, not an act of its own.)
  const forceTargeted = (m: PatternMatch) => {
    if (root(m) !== 15 || toks[m.trigger]!.pos !== 'NOUN') return false;
    let k = m.trigger - 1;
    while (k >= 0 && ['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(toks[k]!.pos)) k--;
    return k >= 0 && toks[k]!.pos === 'VERB' && list.some((o) => o.trigger === k && root(o) >= 17);
  };
  // ("opened a preliminary examination into killings, imprisonment, torture, rape and enforced disappearances": acts
  // named as what an inquiry looks into are its subject, not acts the sentence tells.)
  const investigated = (m: PatternMatch) => {
    // (The tagger may read a noun of the list as a verb: ", torture ,", "and enforced disappearances".)
    const listed = toks[m.trigger]!.pos === 'VERB' && (toks[m.trigger - 1]?.text === ',' || toks[m.trigger - 1]?.pos === 'CCONJ');
    if (root(m) < 17 || (toks[m.trigger]!.pos !== 'NOUN' && !listed)) return false;
    for (let k = m.trigger - 1; k >= 0 && m.trigger - k <= 14; k--) {
      const x = toks[k]!;
      // (A time between: "opened a preliminary examination in April into".)
      if (x.norm === 'into' || x.norm === 'of') return toks.slice(Math.max(0, k - 4), k).some((y) => INQUIRIES.has(y.lemma) && y.pos !== 'VERB' || (y.lemma === 'investigate' || y.lemma === 'look'));
      if (!['NOUN', 'ADJ', 'DET', 'CCONJ', 'PROPN', 'VERB'].includes(x.pos) && x.text !== ',') return false;
    }
    return false;
  };
  // ("Obama said attacking Iran would be a mistake", "rejecting the pact would cost jobs": a gerund that opens its
  // clause and is, with its object, the subject of the clause's verb names an act as a topic; it tells no act.)
  const gerundSubject = (m: PatternMatch) => {
    const i = m.trigger, t = toks[i]!, prev = toks[i - 1];
    if (t.pos !== 'VERB' || !/ing$/.test(t.norm)) return false;
    if (prev && !(prev.norm === 'that' || QUOTE_MARKS.has(prev.text) || (prev.pos === 'VERB' && SPEECH.has(prev.lemma)))) return false;
    let k = i + 1;
    while (k < toks.length && k - i <= 8 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART'].includes(toks[k]!.pos) || toks[k]!.norm === 'of')) k++;
    return k > i + 1 && toks[k]?.pos === 'AUX';
  };
  const live = list.filter((m) => !covered.has(m.trigger) && !forceTargeted(m) && !gerundSubject(m) && !investigated(m) && !undone(m) && !evacuation(m) && !tollSince(m) && !retaliatedBy(m) && !leftElection(m) && !describesSubject(m) && !noComment(m) && !standing(m) && !namedSupport(m) && !inside(m) && !naming(m) && !spansVerb(m) && !asked(m) && !calledFor(m) && !sceneSetting(m) && !economic(m) && !blocked(m.trigger) && !fused(m.trigger) && !attributive(m) && !adjectival(m.trigger)
    && !reducedRelative(m.trigger) && !inName(m.trigger) && !naturalCause(m) && !travelAdvice(m) && !spanOfWar(m) && !weaponsTest(m));
  const dropped = new Set<PatternMatch>();
  const intendedBy = new Map<PatternMatch, string>();
  for (const m of live) {
    const gov = governorOf(m, live, toks, clauseOf);
    if (!gov) continue;
    const lemma = toks[gov.trigger]!.lemma;
    // ("agreed to allow access for ground convoys to deliver aid": what one agrees to let others do is the permission,
    // which the intention's own pattern names; the act after it is the others'.)
    const permits = (g: PatternMatch) => g.matched.some((k) => k < m.trigger && PERMITTING.has(toks[k]!.lemma));
    // Intent verbs (the words that make "to ..." an intention) pass their complement through.
    if (INTENT_BEFORE_TO.has(lemma) && permits(gov)) dropped.add(m);
    else if (INTENT_BEFORE_TO.has(lemma)) { dropped.add(gov); intendedBy.set(m, lemma); }
    // "signed a treaty to annex Crimea": an act of cooperation done for an act of force is that act, done by it,
    // not cooperation with whoever it is done to.
    // (Only right after the act's own words: in "supports its decision to expel diplomats" the decision is another's.)
    else if (cooperative(gov) && forceful(m) && wordBeforeAdverbs(m.trigger, toks) === gov.last + 1) dropped.add(gov);
    else dropped.add(m);
  }
  const out: Trigger[] = [];
  for (const m of live) if (!dropped.has(m)) out.push({ m, intendedBy: intendedBy.get(m) ?? null });
  return out;
}

/** Where the "to" before an infinitive trigger is (adverbs skipped). */
function wordBeforeAdverbs(i: number, toks: Token[]): number {
  let k = i - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  return k;
}

const root = (m: PatternMatch) => Number(m.pattern.cameo.slice(0, 2));
/** Diplomatic and material cooperation (CAMEO 05–06: agreements, alliances, joint action). Not yielding (08): "ended
 *  a campaign to seize the capital" ends the seizing. */
const cooperative = (m: PatternMatch) => root(m) === 5 || root(m) === 6;
/** Acts that reduce relations, coerce or use force (CAMEO 16–20). */
const forceful = (m: PatternMatch) => root(m) >= 16;

/** The trigger whose infinitive complement this trigger is ("agreed to cooperate", "urged Iran to stop"). */
function governorOf(m: PatternMatch, all: PatternMatch[], toks: Token[], clauseOf: number[]): PatternMatch | undefined {
  const i = m.trigger;
  const k = wordBeforeAdverbs(i, toks);
  if (k < 0 || toks[k]!.norm !== 'to') return undefined;
  let gov: PatternMatch | undefined;
  // (Not across another verb: in "tested a missile, prompting Japan to impose sanctions" "prompting" governs.)
  const verbBetween = (o: PatternMatch) => toks.slice(o.last + 1, k).some((x, j) => x.pos === 'VERB' && /ing$/.test(x.norm) && toks[o.last + j]?.text === ',');
  for (const o of all) if (o !== m && o.trigger < k && k - o.last <= 7 && clauseOf[o.trigger] === clauseOf[i] && !verbBetween(o)) gov = o;
  return gov;
}

/** Words a subject named after "and" may be made of: "and Iranian police", "and the U.S. State Department". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);

/** Whether the words from `from` up to `to` open with a subject of their own and a verb of speech: "and Iranian
 *  police said ...". */
/** Whether the words from `from` are a subject (a noun phrase ending on a noun or a name) and its verb is the word at
 *  `verb`, with auxiliaries or adverbs between: "Tehran summoned", "the army has also sent". */
function subjectThenVerb(toks: Token[], from: number, verb: number): boolean {
  let k = from;
  while (k < verb && (SUBJECT_WORDS.has(toks[k]!.pos) || toks[k]!.text === "'s" || toks[k]!.text === '’s')) k++;
  const end = k;
  while (k < verb && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k++;
  return end > from && k === verb && ['NOUN', 'PROPN'].includes(toks[end - 1]!.pos) && toks[verb]!.pos === 'VERB';
}
function newSpeakerAfter(toks: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && (SUBJECT_WORDS.has(toks[k]!.pos) || toks[k]!.text === "'s" || toks[k]!.text === '’s')) k++;
  return k > from && k < to && ['NOUN', 'PROPN'].includes(toks[k - 1]!.pos) && toks[k]!.pos === 'VERB' && SPEECH.has(toks[k]!.lemma);
}
