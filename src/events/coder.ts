// The event coder: tagged sentences + actor dictionary + verb patterns → CAMEO/PLOVER events with evidence.
//
// There is no parser here: the coder segments each sentence into noun phrases (runs of nominal tokens and
// dictionary mentions) and clauses (split at subordinators, relative pronouns and strong punctuation), finds
// event triggers with the verb patterns, and assigns each trigger a source (its subject, or the agent of a passive,
// or the speaker of reported speech) and a target (the first actor phrase after it).
import type { ActorRef, Article, CodedEvent, EventLocation } from '../model.js';
import { Gazetteer } from '../geo/gazetteer.js';
import { articlePlaces, NO_PLACE_CONTEXT, resolvePlace, type PlaceContext } from '../geo/places.js';
import { ActorDictionary, type Mention, type Resolved } from '../actors/dictionary.js';
import { CameoTable } from '../ontology/cameo.js';
import { analyze, parseOf, savePhraseCache, type Sentence, type Token } from '../text/nlp.js';
import { argumentsOf } from './arguments.js';
import { newsSegments } from '../text/article.js';
import { eventDate } from '../text/dates.js';
import { PatternSet, type PatternMatch } from './patterns.js';
import { applyModality, INTENT_BEFORE_TO, modalityOf } from './modality.js';
import { isResolved, namesAnActor } from './resolution.js';
import { actNamedBy, kindOfAct, REFERABLE_KINDS } from './act-references.js';

export interface CoderOptions {
  /** Also code CAMEO 01 (statements) and 02 (appeals), which PLOVER drops. */
  includeStatements?: boolean;
  /** Also emit events whose actor or recipient could not be resolved to a code, marked `unresolved: true`, for
   *  exploration (`detente code --unresolved`). They are never stored, so never counted in relations or exports. */
  unresolved?: boolean;
}

/** A noun phrase: tokens [start, end) and what the dictionaries say about it. */
interface Phrase {
  start: number;
  end: number;
  mentions: Mention[];
  actor: ActorRef | null;
  /** A time expression ("on Tuesday", "last week"): never an actor. */
  time: boolean;
  /** A personal pronoun, resolved in reading order. */
  pronoun?: boolean;
  /** A reference to several parties named before ("the two leaders", "both sides"). */
  group?: ActorRef[];
  /** Headed by a weapon or means ("missiles", "tear gas"). */
  instrument?: boolean;
}

/** What the coder remembers while reading one article: people named so far, for surnames and pronouns. */
interface ArticleMemory {
  lastPerson: ActorRef | null;
  surnames: Map<string, Omit<ActorRef, 'text' | 'start' | 'end'>>;
  /** The last two (or more) named parties acting together or towards each other: what "the two leaders" and
   *  "both sides" refer to. */
  lastGroup: ActorRef[] | null;
  /** The article's countries and dateline: which Geneva a place name means. */
  places: PlaceContext;
  /** Who last did each kind of act (by CAMEO root, violence as one): what "the offensive" or "the arrests"
   *  refers to when a later sentence condemns or protests it. */
  lastDoers: Map<string, ActorRef[]>;
}

const newMemory = (places: PlaceContext = NO_PLACE_CONTEXT): ArticleMemory => ({ lastPerson: null, surnames: new Map(), lastGroup: null, places, lastDoers: new Map() });

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'insist', 'declare', 'note', 'stress', 'write',
  'report', 'confirm', 'argue', 'assert', 'believe', 'think', 'warn', 'acknowledge', 'explain', 'suggest', 'indicate', 'told', 'said']);
const SUBORDINATORS = new Set(['after', 'before', 'because', 'while', 'although', 'though', 'whereas', 'if', 'unless', 'since', 'until', 'when', 'whether', 'once', 'amid', 'despite']);
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);
/** Subordinators the tagger often reads as adverbs. */
const WH_SUBORDINATORS = new Set(['when', 'while', 'once', 'since']);
const CLAUSE_PUNCT = new Set([';', ':', '"', '“', '”', '—', '–']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tomorrow', 'week', 'month', 'year', 'day', 'night', 'morning', 'evening', 'afternoon', 'weekend', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'hour', 'decade', 'century',
  'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'earlier', 'later', 'weeks', 'months', 'years', 'days', 'noon',
  'midnight', 'dawn', 'dusk', 'times', 'time', 'hours', 'minutes', 'p.m.', 'a.m.']);
/** Weapons and means are what an act is done with, not who it is done to: "fired four shell bombs at targets". */
const INSTRUMENTS = new Set(['missile', 'rocket', 'bomb', 'shell', 'mortar', 'artillery', 'drone', 'weapon', 'gun', 'bullet', 'grenade',
  'ammunition', 'munition', 'explosive', 'tear', 'gas', 'baton', 'round', 'salvo', 'barrage', 'projectile']);
/** Verbs whose plural subject acts on itself ("Moscow and Washington agreed"): both sides are actor and recipient. */
const RECIPROCAL = new Set(['agree', 'meet', 'talk', 'sign', 'negotiate', 'cooperate', 'clash', 'fight', 'discuss', 'consult', 'trade',
  'exchange', 'reconcile', 'normalize', 'normalise', 'resume', 'hold', 'conclude', 'reach', 'settle', 'establish', 'restore', 'pledge',
  'vow', 'promise', 'join', 'ally', 'work', 'collaborate', 'coordinate', 'partner', 'conduct', 'stage', 'talks', 'meeting',
  'summit', 'agreement', 'deal', 'accord', 'treaty', 'pact', 'ceasefire', 'truce', 'clashes', 'war', 'fighting', 'relation',
  'tie', 'dialogue', 'negotiation', 'cooperation', 'exercise', 'drill', 'swap', 'visit', 'battle', 'consultation']);
/** Words that make what follows them wished for, feared or weighed rather than done. */
const HYPOTHETICAL = new Set(['hope', 'hopeful', 'wish', 'want', 'consider', 'authorize', 'authorise', 'skeptical', 'sceptical', 'fear', 'doubt', 'mull', 'claim', 'allege', 'alleged', 'allegedly',
  'contemplate', 'weigh', 'would-be', 'possibility', 'prospect', 'whether', 'if', 'unless', 'could', 'might']);
/** Which mention in a phrase gives its code: the most specific ("Russian foreign minister Sergey Lavrov" is Lavrov's). */
const CODE_PRIORITY = { person: 0, org: 1, seat: 2, country: 3, capital: 4, demonym: 5, agent: 9 } as const;
/** CAMEO roots whose acts, with no named perpetrator, are coded to unidentified actors of the place (coerce,
 *  assault, fight, mass violence), and protests with no named protesters to the place's people. */
const UNNAMED_PERPETRATOR_ROOTS = new Set(['14', '17', '18', '19', '20']);
/** Verbs whose subject undergoes the act their object names: "suffered attacks", "faced a crackdown". */
/** Verbs whose object names an act without its subject doing it: recalling, reporting, investigating, obtaining. */
const ACT_REFERRING_VERBS = new Set(['raise', 'mention', 'recall', 'cite', 'reference', 'investigate', 'probe', 'report', 'describe',
  'see', 'watch', 'witness', 'follow', 'fear', 'remember', 'commemorate', 'mark', 'document', 'study', 'examine', 'review',
  'recount', 'detail', 'hear', 'know', 'expect', 'secure', 'survive', 'monitor', 'track', 'observe', 'cover',
  'relate', 'affect', 'prompt', 'trigger', 'spark', 'cause', 'justify', 'explain', 'question', 'doubt', 'ignore',
  'predict', 'anticipate', 'await', 'debate', 'highlight', 'blame', 'attribute', 'link', 'compare', 'recognize',
  'recognise', 'acknowledge', 'discuss', 'analyse', 'analyze', 'count', 'record', 'tally', 'estimate', 'verify', 'film', 'photograph']);
const UNDERGOING = new Set(['suffer', 'face', 'endure', 'experience', 'witness', 'survive', 'sustain', 'undergo']);
/** CAMEO roots of meetings and intentions (consult, intend): their places are venues, never recipients. */
const MEETING_ROOTS = new Set(['03', '04']);
/** Sectors whose actions on unnamed people are, by default, domestic. */
const DOMESTIC_FORCES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);
/** Phrases that refer back to parties named together: "the two leaders", "both sides", "the two countries". */
const GROUP_REFERENCE = /^(?:the |both )?(?:two |both )?(?:sides|leaders|countries|nations|governments|presidents|ministers|parties|neighbou?rs|delegations|rivals|allies|capitals)$/i;
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Halves of divided countries named by their side, written with a capital: the code, and the countries whose
 *  mention in the article makes that reading sure. */
const DIVIDED: Record<string, Array<[string, string[]]>> = {
  North: [['PRK', ['PRK', 'KOR']]],
  South: [['KOR', ['PRK', 'KOR']], ['SSD', ['SDN', 'SSD']]],
};
/** Possessive determiners open a noun phrase: "its allies", "their forces". */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const PREPOSITIONS_OF_PLACE = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'inside', 'outside', 'throughout', 'around', 'within']);

export class EventCoder {
  constructor(
    readonly actors: ActorDictionary,
    readonly patterns: PatternSet,
    readonly cameo: CameoTable,
    readonly options: CoderOptions = {},
  ) {}

  static load(options: CoderOptions = {}): EventCoder {
    Gazetteer.get(); // loaded up front, so that coding times measure coding
    const coder = new EventCoder(ActorDictionary.load(), PatternSet.load(), new CameoTable(), options);
    savePhraseCache();
    return coder;
  }

  /** Codes every news sentence of an article. */
  codeArticle(article: Article): CodedEvent[] {
    const memory = newMemory(articlePlaces(article.text));
    const out: CodedEvent[] = [];
    let sentenceIndex = 0;
    // The title is not coded: headlines restate the lead in a telegraphic style the patterns are not written for.
    for (const seg of newsSegments(article.text)) {
      for (const s of analyze(seg.text)) {
        out.push(...this.codeSentence(s, article, sentenceIndex, memory));
        sentenceIndex++;
      }
    }
    return out;
  }

  /** Codes one analysed sentence. */
  codeSentence(s: Sentence, article: Pick<Article, 'id' | 'date'>, sentenceIndex: number, memory: ArticleMemory = newMemory()): CodedEvent[] {
    const toks = s.tokens;
    if (toks.length < 3) return [];
    const mentions = this.actors.match(toks);
    const inMention = new Array<boolean>(toks.length).fill(false);
    for (const m of mentions) for (let i = m.start; i < m.end; i++) inMention[i] = true;
    const clauseOf = clauses(toks);
    const isActor = (i: number) => inMention[i]!;
    const all = this.patterns.matchAll(toks, isActor);
    for (let v = 0; v < toks.length; v++) {
      if (!passive(toks, v)) continue;
      const before: number[] = [];
      for (let k = v - 1; k >= 0 && clauseOf[k] === clauseOf[v] && v - k <= 10; k--) {
        if (toks[k]!.pos !== 'AUX' && toks[k]!.pos !== 'ADV' && toks[k]!.pos !== 'PART') before.unshift(k);
      }
      all.push(...this.patterns.matchPassive(toks, v, before, isActor));
    }
    const triggers = this.selectMatches(all, toks, clauseOf);
    if (!triggers.length) {
      // No event here, but people named in it may be referred to later by surname or pronoun.
      if (mentions.some((m) => m.entry.kind === 'person' || m.entry.kind === 'agent')) this.phrases(s, mentions, article.date, memory, new Map());
      return [];
    }
    const triggerTokens = new Map(triggers.map((t) => [t.m.trigger, t.m.pattern.cameo]));
    // Every word a pattern matched, kept or not ("to condemn the offensive": condemn yields to the protest).
    const matchedVerbs = new Set(all.map((m) => m.trigger));
    const phrases = this.phrases(s, mentions, article.date, memory, triggerTokens);
    const phraseAt = new Array<Phrase | null>(toks.length).fill(null);
    for (const p of phrases) for (let i = p.start; i < p.end; i++) phraseAt[i] = p;
    const places = placesOf(toks, phrases, clauseOf, memory.places);
    const events: CodedEvent[] = [];
    const seen = new Set<string>();
    const happened = eventDate(s.text, article.date);
    for (const { m, intendedBy } of triggers) {
      const modality = modalityOf(toks, m.trigger, clauseOf);
      let modal = applyModality(m.pattern.cameo, intendedBy && modality === 'affirmed' ? 'intended' : modality);
      // Whatever is threatened ("threatened to veto"), the event is a threat.
      if (modal && intendedBy === 'threaten' && !modal.startsWith('13')) modal = '130';
      if (!modal) continue;
      const entry = this.cameo.get(modal);
      if (!entry) continue;
      if (!entry.plover && !this.options.includeStatements) continue;
      const sides = this.sides(m, toks, phrases, phraseAt, clauseOf, places, triggerTokens, homeCountry(memory.places), s, memory, matchedVerbs);
      let { source, target } = sides;
      if (m.pattern.reverse) [source, target] = [target, source];
      if (entry.code.startsWith('14') && !target.some((a) => a.code) && source[0]?.code && source[0].code.length === 3 && !['IGO', 'NGO', 'IMG', 'MNC'].includes(source[0].code)) {
        // A protest with no named target is aimed at the protesters' own government.
        target = [{ text: '', name: `${source[0].code} government`, code: source[0].code, sector: 'GOV', start: -1, end: -1, implicit: true }];
      }
      if (modality === 'obliged') {
        // "Chirac said Iraq must cooperate": the speaker demands it of the one who must act.
        const speaker = speakerBefore(toks, phrases, clauseOf, clauseOf[m.trigger]!).map((p) => p.actor!).filter(Boolean);
        target = source;
        source = speaker;
      }
      if (!source.length && !target.length && !m.pattern.noActorOk) continue;
      const pairs: Array<[ActorRef[], ActorRef[]]> = [];
      const verbLemma = toks[m.trigger]!.lemma;
      // With a compound subject, a "target" that names no actor of any kind ("on counterterrorism") is no
      // recipient: the parties act towards each other.
      const noActorTarget = target.every((a) => !a.code && !a.sector);
      if (source.length >= 2 && noActorTarget && RECIPROCAL.has(verbLemma)) {
        // "Moscow and Washington agreed": each side acts towards the other.
        for (const a of source) for (const b of source) if (a !== b && a.code !== b.code) pairs.push([[a], [b]]);
        if (!pairs.length) pairs.push([source, []]);
      } else pairs.push([source, target]);
      for (const [actor, recipient] of pairs) {
        const resolved = isResolved(actor, recipient);
        if (!resolved && !this.options.unresolved) continue;
        const key = `${entry.code.slice(0, 2)}|${actor.map((a) => a.code ?? a.text).join('+')}|${recipient.map((a) => a.code ?? a.text).join('+')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const first = toks[Math.min(...m.matched)]!;
        const last = toks[Math.max(...m.matched)]!;
        const coded = (list: ActorRef[]) => list.some((a) => a.code);
        const confidence = Math.round((0.4 + (coded(actor) ? 0.25 : actor.length ? 0.1 : 0) + (coded(recipient) ? 0.2 : recipient.length ? 0.05 : 0)
          + Math.min(0.15, 0.05 * (m.pattern.weight - 1)) - (sides.inferred ? 0.15 : 0)) * 100) / 100;
        events.push({
          id: `${article.id}:${sentenceIndex}:${events.length}`,
          docId: article.id,
          date: article.date,
          eventDate: happened,
          sentenceIndex,
          text: s.text,
          event: entry.plover ?? '',
          mode: entry.mode,
          context: entry.context,
          cameo: entry.code,
          goldstein: entry.goldstein,
          ploverScore: entry.ploverScore ?? 0,
          quadClass: entry.quadClass,
          actor,
          recipient,
          eventText: s.text.slice(first.start, last.end),
          eventSpan: [first.start, last.end],
          pattern: `${m.pattern.origin} ${m.pattern.source}`,
          confidence: Math.max(0.05, Math.min(1, confidence)),
          location: places.find((x) => x.clause === clauseOf[m.trigger])?.place ?? null,
          ...(resolved ? {} : { unresolved: true as const }),
        });
      }
    }
    // Who did each kind of act: what "the offensive" or "the arrests" refers to later in the article.
    for (const e of events) if (e.actor.some((a) => a.code)) memory.lastDoers.set(kindOfAct(e.cameo), e.actor);
    // Parties named together become what "the two sides" means in the sentences that follow.
    for (const e of events) {
      const named = [...e.actor, ...e.recipient].filter((a) => a.code && !a.implicit);
      const codes = new Set(named.map((a) => a.code));
      if (codes.size >= 2) memory.lastGroup = [...new Map(named.map((a) => [a.code, a])).values()];
    }
    return events;
  }

  /** Keeps the best match per trigger and drops matches inside longer ones. A trigger in the infinitive
   *  complement of another is resolved by the governing verb: "refused to cooperate" and "urged Iran to stop" keep
   *  the governor (REJECT, REQUEST); intent verbs ("vowed to retaliate", "agreed to withdraw", "threatened to impose
   *  sanctions") pass the complement through as an intention, whose code then says what was intended. */
  private selectMatches(all: PatternMatch[], toks: Token[], clauseOf: number[]): Array<{ m: PatternMatch; intendedBy: string | null }> {
    const byTrigger = new Map<number, PatternMatch>();
    for (const m of all) {
      const cur = byTrigger.get(m.trigger);
      if (!cur || m.pattern.weight > cur.pattern.weight || (m.pattern.weight === cur.pattern.weight && m.pattern.cameo.length > cur.pattern.cameo.length)) {
        byTrigger.set(m.trigger, m);
      }
    }
    const list = [...byTrigger.values()].sort((a, b) => a.trigger - b.trigger);
    const covered = new Set<number>();
    for (const m of list) if (m.pattern.weight > 1) for (const i of m.matched.slice(1)) covered.add(i);
    // Statements, appeals, demands and accusations (CAMEO 01/02/10/11: "accused Iran of attacking") and hopes, wishes and considerations govern what follows them in their
    // clause: "urged Russia to withdraw", "is considering sending aid", "hoped Japan would lift sanctions" report no
    // withdrawal, aid or lifting.
    // An accusation blocks only the acts it alleges ("accused Iran of attacking"), not the events it names as its
    // object ("condemned the Israeli strike on Damascus" reports a strike).
    const blockers = [
      ...list.filter((m) => /^(0[12]|10)/.test(m.pattern.cameo)).map((m) => ({ at: m.last, verbsOnly: false })),
      ...list.filter((m) => m.pattern.cameo.startsWith('11')).map((m) => ({ at: m.last, verbsOnly: true })),
      ...toks.flatMap((t, k) => (HYPOTHETICAL.has(t.lemma) ? [{ at: k, verbsOnly: false }] : [])),
    ];
    const blocked = (at: number) => blockers.some(({ at: b, verbsOnly }) => {
      if (b >= at || at - b > 18) return false;
      if (verbsOnly && toks[at]!.pos !== 'VERB') return false;
      for (let k = b + 1; k < at; k++) {
        const t = toks[k]!;
        if (t.text === ';' || (SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP'))) return false;
        // "... and sent troops": a coordinated verb is a new act, not part of what was said or asked.
        if (t.norm === 'and' && toks[k + 1]?.pos === 'VERB' && k + 1 === at) return false;
      }
      return true;
    });
    // "U.S.-backed", "Kurdish-led", "Taliban-claimed": a verb fused into a modifier is no event.
    const fused = (i: number) => { const d = toks[i - 1]; return !!d && d.text === '-' && d.end === toks[i]!.start && toks[i]!.pos !== 'NOUN'; };
    // A judging adjective is an event only when predicated ("the strike was unlawful"), not as a modifier
    // ("unlawful detention").
    const attributive = (m: PatternMatch) => m.pattern.weight === 1 && toks[m.trigger]!.pos === 'ADJ' && !afterCopula(toks, m.trigger);
    // A participle modifying a noun ("Libya's internationally recognized government") is no act.
    const adjectival = (i: number) => {
      const t = toks[i]!, next = toks[i + 1];
      if (t.pos !== 'VERB' || !/(ed|en|ing)$/.test(t.norm) || !next || !['NOUN', 'PROPN'].includes(next.pos)) return false;
      let k = i - 1;
      if (toks[k]?.pos === 'ADV') k--;
      const prev = toks[k];
      // ("the surrounding villages", "its continuing blockade"; after a preposition "by attacking villages" is an act.)
      if (prev && prev.pos === 'ADP' && !/ing$/.test(t.norm)) return false;
      return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === "'s" || POSSESSIVES.has(prev.norm)
        || (prev.pos === 'ADP' && ['from', 'in', 'of'].includes(prev.norm) && /ing$/.test(t.norm)));
    };
    // A match lying wholly inside a longer one's span, gap included ("ground assault" in "mounted a ground
    // assault"), with the same CAMEO root, is part of that event, not a second one.
    const inside = (m: PatternMatch) => list.some((o) => o !== m && o.pattern.weight > 1 && o.trigger < m.trigger && m.last <= o.last
      && o.pattern.cameo.slice(0, 2) === m.pattern.cameo.slice(0, 2));
    // A participle right after a noun, with no "be" ("children killed in the offensive", "people injured in the
    // blast"), describes the noun by an act already told, or told elsewhere: no new event.
    const reducedRelative = (i: number) => {
      const t = toks[i]!, prev = toks[i - 1], next = toks[i + 1];
      // ("members of the Royal Ulster Constabulary (RUC) murdered in an ambush": a bracketed name ends the noun.)
      const noun = prev?.text === ')' ? toks[i - 2] : prev;
      if (!(t.pos === 'VERB' && /ed$/.test(t.norm) && !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !!next && next.pos === 'ADP' && next.norm !== 'by')) return false;
      // Only where the clause already has its verb ("carrying posters of children killed in"); otherwise the noun
      // is the subject ("Saddam Hussein arrived in Amman").
      // ("an estimated 3,000 people demonstrated": a participle after a determiner is no verb.)
      for (let k = i - 2; k >= 0 && clauseOf[k] === clauseOf[i]; k--) if ((toks[k]!.pos === 'VERB' && toks[k - 1]?.pos !== 'DET') || toks[k]!.pos === 'AUX') return true;
      return false;
    };
    // A capitalised word inside a name ("Indian Occupied Kashmir", "the Liberation Tigers") is no act.
    const inName = (i: number) => i > 0 && /^[A-Z]/.test(toks[i]!.text) && toks[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(toks[i - 1]!.text) && toks[i - 1]!.pos !== 'PUNCT';
    // A trigger inside a statement's, appeal's or demand's own span is what is said or asked ("called on both sides to
    // declare a ceasefire"), not an act.
    const asked = (m: PatternMatch) => list.some((o) => o !== m && /^(0[12]|10)/.test(o.pattern.cameo) && o.trigger < m.trigger && m.trigger < o.last);
    const live = list.filter((m) => !covered.has(m.trigger) && !inside(m) && !asked(m) && !blocked(m.trigger) && !fused(m.trigger) && !attributive(m) && !adjectival(m.trigger)
      && !reducedRelative(m.trigger) && !inName(m.trigger));
    const dropped = new Set<PatternMatch>();
    const intendedBy = new Map<PatternMatch, string>();
    for (const m of live) {
      const gov = governorOf(m, live, toks, clauseOf);
      if (!gov) continue;
      const lemma = toks[gov.trigger]!.lemma;
      // Intent verbs (the words that make "to ..." an intention) pass their complement through.
      if (INTENT_BEFORE_TO.has(lemma)) { dropped.add(gov); intendedBy.set(m, lemma); }
      else dropped.add(m);
    }
    return live.filter((m) => !dropped.has(m)).map((m) => ({ m, intendedBy: intendedBy.get(m) ?? null }));
  }

  /** Source and target of a trigger. */
  private sides(m: PatternMatch, toks: Token[], phrases: Phrase[], phraseAt: Array<Phrase | null>, clauseOf: number[],
    places: Array<{ clause: number; place: EventLocation }>, triggerTokens: Map<number, string>, home: string | null, sentence: Sentence, memory: ArticleMemory,
    matchedVerbs: ReadonlySet<number>):
    { source: ActorRef[]; target: ActorRef[]; inferred: boolean } {
    const i = m.trigger;
    const t = toks[i]!;
    const clause = clauseOf[i]!;
    let inferred = false;
    const own = phraseAt[i];
    const isNounTrigger = own !== null && (t.pos === 'NOUN' || t.pos === 'PROPN');
    // A predicative judgement ("the strike was unlawful") is said by someone about something.
    const isJudgement = t.pos === 'ADJ' && m.pattern.weight === 1 && afterCopula(toks, i);
    // An act named as the object of another ("condemned the military offensive"): its doer is not the subject of
    // the sentence, who only reacts to it.
    let before = (own ?? { start: i }).start - 1;
    while (before >= 0 && ['DET', 'ADJ', 'ADV', 'PART', 'AUX'].includes(toks[before]!.pos)) before--;
    const objectOfAct = t.pos !== 'VERB' && before >= 0 && toks[before]!.pos === 'VERB' && (triggerTokens.has(before) || matchedVerbs.has(before));

    // The tagger reads any capitalised first word as a name ("Thousands protested", "Protests grew"): the first
    // word alone does not make a proper name.
    const properName = (p: Phrase) => toks.slice(p.start, p.end).some((x, k) => x.pos === 'PROPN' && p.start + k > 0);
    const namesActor = (p: Phrase) => !!p.group || (!!p.actor && namesAnActor(p.actor, properName(p)));
    /** The doer of the act a phrase names ("the military offensive", "the strikes by Israel"), when the phrase is
     *  another trigger's noun: its agent after "by", or whoever last did that kind of act in the article. */
    const doerOfActNamed = (p: Phrase): Phrase | null => {
      let kind: string | undefined;
      for (let k = p.start; k < p.end && !kind; k++) if (k !== i && triggerTokens.has(k)) kind = kindOfAct(triggerTokens.get(k)!);
      const head = toks[p.end - 1]!;
      kind ??= head.pos === 'NOUN' ? actNamedBy(head.lemma) : undefined;
      if (!kind || !REFERABLE_KINDS.has(kind)) return null;
      const byPhrase = toks[p.end]?.norm === 'by' ? phrases.find((q) => q.start === p.end + 1 && q.actor?.code) : undefined;
      if (byPhrase) return byPhrase;
      const doer = memory.lastDoers.get(kind)?.find((a) => a.code);
      if (!doer) return null;
      const span = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end };
      const { implicit: _, ...named } = doer;
      return { ...p, actor: { ...named, text: sentence.text.slice(span.start, span.end), ...span } };
    };
    // Target: the first actor phrase after the trigger (inside a pattern gap too), within the clause.
    const matched = new Set(m.matched);
    const after = (from: number): Phrase[] => {
      let first: Phrase | null = null;
      // "demanded that the US cancel ...": the subject of a that-clause right after the trigger is the target.
      let targetClause = clause;
      if (toks[m.last + 1]?.norm === 'that' || (toks[m.last + 1] && clauseOf[m.last + 1] !== clause && toks[m.last + 1]!.pos !== 'SCONJ' && !RELATIVE.has(toks[m.last + 1]!.norm))) {
        targetClause = clauseOf[Math.min(toks.length - 1, m.last + 2)]!;
      }
      for (const p of phrases) {
        if (p.start < from || p === own) continue;
        if (clauseOf[p.start] !== clause && clauseOf[p.start] !== targetClause && p.start > m.last) break;
        if (p.time || p.instrument) continue;
        // "condemned the offensive", "protested the arrests": the act named is done by someone, who is the one
        // condemned.
        if (!p.actor?.code && !p.group && !phraseIn(p, matched)) {
          const referred = doerOfActNamed(p);
          if (referred) return [referred];
        }
        if (!p.actor) continue;
        // The pattern's own words ("send aid", "hold talks") are the event, not its target, unless they name
        // actors themselves ("release * prisoners").
        if (phraseIn(p, matched) && !p.actor.code && !p.actor.sector) continue;
        if (toks[p.start - 1]?.lemma === 'by' && passive(toks, i)) continue;
        // Where it happened is not to whom: "shelled rebel positions near Idlib", and for meetings and plans even a
        // capital ("met in Helsinki", "will meet at the White House"), unless the pattern itself takes the place
        // ("arrived in Amman": the host).
        const venue = PREPOSITIONS_OF_PLACE.has(toks[p.start - 1]?.norm ?? '') && !matched.has(p.start - 1);
        if (venue && ((!p.actor.code && properName(p)) || MEETING_ROOTS.has(m.pattern.cameo.slice(0, 2)))) continue;
        if (!first) {
          first = p;
          // An unresolved phrase that names no kind of actor ("$46 million", "a statement") yields to a
          // resolved actor later in the clause ("... to the Iraq Humanitarian Fund").
          if (p.actor.code || p.actor.sector) break;
          continue;
        }
        if (p.actor.code) return coordinated(p, phrases, toks);
      }
      return first ? coordinated(first, phrases, toks) : [];
    };
    const subject = (at: number) => subjectOf(at, toks, phrases, clauseOf, own);
    const refs = (ps: Phrase[]) => ps.flatMap((p) => p.group ?? (p.actor ? [p.actor] : []));
    // What was done ("sent aid", "signed an agreement") is not whom it was done to: a recipient phrase that names
    // no kind of actor is dropped, and the event has no recipient.
    const recipients = (ps: Phrase[]) => ps.filter(namesActor);

    let source: Phrase[] = [];
    let target: Phrase[] = [];
    if (isNounTrigger && own) {
      // "Russia's attack on Ukraine", "the U.S. strike": a named modifier of the trigger noun is its source.
      const mods = own.mentions.filter((mm) => mm.end <= i && mm.entry.kind !== 'agent');
      if (mods.length && own.actor && own.actor.code) {
        const first = toks[own.start]!.pos === 'DET' ? own.start + 1 : own.start;
        source = [{ ...own, actor: { ...own.actor, text: s(toks, first, i), start: toks[first]!.start, end: toks[i - 1]!.end } }];
      }
      target = after(m.last + 1);
      // "Protests against President Omar al-Bashir": the pattern's last word is inside the target's name.
      if (!target.some(namesActor) && m.last > i) target = after(i + 1);
      // ... or inside the trigger's own noun phrase, when the chunker kept them together.
      if (!target.some(namesActor) && !mods.length && own.actor?.code && own.mentions.some((mm) => mm.start > i)) target = [own];
      // "an air strike by government forces": the agent of the act named by the noun.
      if (!source.length && toks[m.last + 1]?.norm === 'by') {
        const agent = phrases.find((p) => p.start === m.last + 2 && p.actor);
        if (agent) source = coordinated(agent, phrases, toks);
      }
      // "the Houthis' recent attack on ...": the possessor named just before the noun phrase.
      const possessive = toks[own.start - 1];
      if (!source.length && possessive && (possessive.norm === "'s" || possessive.norm === "'" || possessive.norm === '’s' || possessive.norm === '’')) {
        const owner = phraseAt[own.start - 2];
        if (owner?.actor?.code) source = [owner];
      }
      const between = phrases.find((p) => p.start > i && clauseOf[p.start] === clause && p.actor && toks[p.start - 1]?.lemma === 'between');
      if (between && !source.length) {
        // "talks between Russia and Ukraine": the first named meets the others.
        const parties = coordinated(between, phrases, toks);
        source = parties.slice(0, 1);
        target = parties.slice(1);
      }
      if (!source.length) {
        // "Ghani announced a ceasefire", "Iraqi troops launched an assault": the subject of the governing verb.
        let k = own.start - 1;
        // ("push forward economic and trade cooperation": modifiers and their coordination are skipped.)
        while (k >= 0 && ['ADV', 'PART', 'AUX', 'ADJ', 'CCONJ'].includes(toks[k]!.pos)) k--;
        // Unless that verb is an event of its own: in "Lavrov criticized the strike on Syria" Lavrov did not strike.
        if (k >= 0 && toks[k]!.pos === 'VERB' && (triggerTokens.has(k) || matchedVerbs.has(k))) source = [];
        // Nor when the verb only talks about the act or looks at it ("raised several murders", "investigated the
        // attack", "secured the release"): the subject reports, recalls or obtains an act others did.
        else if (k >= 0 && toks[k]!.pos === 'VERB' && ACT_REFERRING_VERBS.has(toks[k]!.lemma)) source = [];
        // "Parrikar said the capture did not relate to ...": after a verb of saying the act is what the reported
        // clause is about, not the speaker's ("announced a ceasefire" is the speaker's own).
        else if (k >= 0 && toks[k]!.pos === 'VERB' && SPEECH.has(toks[k]!.lemma) && !['announce', 'declare', 'confirm'].includes(toks[k]!.lemma)) source = [];
        else if (k >= 0 && toks[k]!.pos === 'VERB' && UNDERGOING.has(toks[k]!.lemma)) {
          // "Tunisia suffered major attacks": the subject is the one the act was done to.
          target = subject(k);
          source = [];
        }
        else if (k >= 0 && toks[k]!.pos === 'ADP') {
          // "killed in the offensive", "marched against the war": an act named after a preposition is not the
          // clause subject's, and news names an act that way once it has been told: no doer here.
          source = [];
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
      target = subject(i).map((p) => (namesActor(p) ? p : doerOfActNamed(p) ?? p));
      source = speakerBefore(toks, phrases, clauseOf, clause);
      inferred = true;
    } else if (passive(toks, i)) {
      // "the memorandum was suspended by Moscow"
      source = byAgent(i, toks, phrases, clauseOf);
      target = subject(i);
      // Word order took a phrase that names no actor ("a woman distributing polio vaccinations to children was shot
      // dead"): the parse's passive subject, when it does.
      if (!target.some(namesActor)) {
        const parsed = argumentsOf(parseOf(sentence), i).object.map((h) => phraseAt[h]).filter((ph): ph is Phrase => !!ph && ph !== own && !ph.time && namesActor(ph));
        if (parsed.length) target = [...new Set(parsed)];
      }
      // "The memorandum with the United States was suspended": the partner in what was suspended.
      if (!target.some(namesActor) && target[0]) {
        const partner = phrases.find((q) => q.start === target[0]!.end + 1 && ['with', 'between'].includes(toks[target[0]!.end]!.norm) && namesActor(q));
        if (partner) target = coordinated(partner, phrases, toks);
      }
    } else {
      source = objectOfAct ? [] : subject(i);
      // Word order found no named subject ("Thousands marched as Israel mounted an assault"): the parse's, when it
      // names an actor the dictionaries know.
      // (Parsing is the costly step: only when a known actor named before the verb could be its subject.)
      if (!source.some((ph) => ph.actor?.code) && phrases.some((ph) => ph.actor?.code && ph !== own && !ph.time && ph.end <= i)) {
        const parse = parseOf(sentence);
        const parsed = argumentsOf(parse, i).subject.map((h) => phraseAt[h]).filter((ph): ph is Phrase => !!ph?.actor?.code && ph !== own && !ph.time);
        if (parsed.length) source = [...new Set(parsed)];
      }
      target = after(i + 1);
    }
    const src = refs(source);
    const tgt = refs(recipients(target)).filter((a) => !src.some((x) => x.start === a.start));
    // Kinds of actor without a country ("demonstrators", "political opponents") take the place the clause names
    // ("in Baghdad"); people a government's forces act on are, failing that, that country's own (CAMEO's
    // convention for domestic events).
    // Failing a place in the sentence, the article's own country: "police" in a story datelined ISLAMABAD are
    // Pakistan's.
    const place = (places.find((x) => x.clause === clause) ?? places[0])?.place.countryCode ?? home;
    const withCode = (a: ActorRef, code: string | null): ActorRef => (code && !a.code && a.sector ? { ...a, code } : a);
    const src2 = src.map((a) => withCode(a, place));
    const domestic = src2.find((a) => a.code && a.sector && DOMESTIC_FORCES.has(a.sector))?.code ?? null;
    const tgt2 = tgt.map((a) => withCode(a, place ?? domestic));
    // Violence and coercion with no named perpetrator ("three civilians were killed", "a bomb tore into a market",
    // "he was arrested in Mumbai") are, by event data's convention, acts of unidentified actors of the country
    // where they happened; protests with no named protesters ("protests against Bashir grew"), of its people.
    const named = source.some(namesActor);
    // Not for an act named as what another act is about ("condemned the offensive"): that one is reported elsewhere.
    // Nor for an act named by a noun ("the shooting", "in the attack", "the blast site"): news names an act that way
    // when it has been reported already, and who did it is then said elsewhere or not known.
    // Protests are the exception: news tells them by the noun as often as by the verb ("Protests against Bashir are
    // growing"), so a protest noun that is its clause's subject (no verb or preposition governs it) is told here.
    let governing = i - 1;
    while (governing >= 0 && ['DET', 'ADJ', 'ADV', 'NUM'].includes(toks[governing]!.pos)) governing--;
    // (Not a noun modifying another: "Protest leaders said".)
    const modifier = ['NOUN', 'PROPN'].includes(toks[i + 1]?.pos ?? '');
    const protestTold = m.pattern.cameo.startsWith('14') && isNounTrigger && !modifier && (governing < 0 || !['VERB', 'ADP', 'AUX'].includes(toks[governing]!.pos));
    const referredTo = objectOfAct || (!m.matched.some((k) => toks[k]!.pos === 'VERB') && !protestTold);
    // And only with someone it was done to: "a security operation was conducted", "shops were damaged" name no one
    // attacked, and were not, judged blind, events of their own.
    if (!named && place && tgt2.length && !referredTo && !m.pattern.reverse && UNNAMED_PERPETRATOR_ROOTS.has(m.pattern.cameo.slice(0, 2))) {
      const protest = m.pattern.cameo.startsWith('14');
      // Unidentified attackers are unaligned armed actors (UAF), not the state: a bare country code would read as
      // its government acting.
      const violent = kindOfAct(m.pattern.cameo) === 'violence';
      const unidentified: ActorRef = { text: '', name: `${protest ? 'protesters' : 'unidentified'} (${place})`, code: place,
        sector: protest ? 'CVL' : violent ? 'UAF' : null, start: -1, end: -1, implicit: true };
      return { source: [unidentified], target: tgt2, inferred: true };
    }
    return { source: src2, target: tgt2, inferred };
  }

  /** Noun phrases of a sentence, each resolved to an actor where the dictionaries or the article's memory allow. */
  private phrases(s: Sentence, mentions: Mention[], date: string, memory: ArticleMemory, triggerTokens: ReadonlyMap<number, string>): Phrase[] {
    const toks = s.tokens;
    const mentionAt = new Array<Mention | null>(toks.length).fill(null);
    for (const m of mentions) for (let i = m.start; i < m.end; i++) mentionAt[i] = m;
    const phrases: Phrase[] = [];
    // Triggers the tagger read as nouns but that stand between a subject and an object are verbs:
    // "Venezuela releases dozens of activists", "U.S. sanctions Russian oligarchs".
    const verbal = new Set<number>();
    for (const k of triggerTokens.keys()) {
      const x = toks[k]!, prev = toks[k - 1], next = toks[k + 1];
      if ((x.pos === 'NOUN' || x.pos === 'PROPN') && /(s|ed)$/.test(x.norm) && prev && next
        && (prev.pos === 'PROPN' || mentionAt[k - 1]) && (['DET', 'NUM', 'PROPN', 'PRON', 'ADJ', 'NOUN'].includes(next.pos) || mentionAt[k + 1])
        && (mentionAt[k - 1]?.entry.kind ?? 'agent') !== 'agent' && x.norm !== "'s") verbal.add(k);
    }
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      if (PRONOUNS.has(t.norm) && t.pos === 'PRON') {
        phrases.push({ start: i, end: i + 1, mentions: [], time: false, actor: null, pronoun: true });
        i++;
        continue;
      }
      const nominal = (k: number) => {
        const x = toks[k];
        if (!x || verbal.has(k)) return false;
        if (mentionAt[k]) return true;
        if (k === i && POSSESSIVES.has(x.norm)) return true;
        // A determiner opens a phrase; inside one it starts the next ("the same day the United States announced").
        if (NOMINAL.has(x.pos)) return !(x.pos === 'DET' && k > i) && !RELATIVE.has(x.norm);
        if ((x.norm === "'s" || x.norm === "'") && x.pos === 'PART' && k > i) return true;
        if (x.text === '-' && k > i && toks[k + 1] && toks[k + 1]!.start === x.end) return true;
        if (x.pos === 'VERB' && k > i && toks[k - 1]?.text === '-') return true; // "U.S.-backed"
        // Participles used as adjectives: "the divided island", "the occupied West Bank".
        if (x.pos === 'VERB' && k > i && /(ed|en)$/.test(x.norm) && ['DET', 'ADJ'].includes(toks[k - 1]!.pos)
          && toks[k + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(toks[k + 1]!.pos)) return true;
        return false;
      };
      if (!nominal(i)) { i++; continue; }
      let j = i;
      while (j < toks.length && nominal(j)) {
        j++;
      }
      // A trailing determiner belongs to the next phrase.
      let end = j;
      while (end > i + 1 && toks[end - 1]!.pos === 'DET') end--;
      const ms = mentions.filter((m) => m.start >= i && m.end <= end);
      phrases.push({ start: i, end, mentions: ms, time: false, actor: null });
      i = j;
    }
    // "the foreign minister of Russia", "dozens of supporters", "the headquarters of the Syrian army": one actor
    // phrase, unless the first names an event ("the killing of a Chinese national").
    const hasTrigger = (p: Phrase) => { for (let k = p.start; k < p.end; k++) if (triggerTokens.has(k)) return true; return false; };
    for (let k = 0; k + 1 < phrases.length; k++) {
      const a = phrases[k]!, b = phrases[k + 1]!;
      const link = toks[a.end]!.norm;
      // "opposition groups in Zimbabwe", "rebels from Darfur": a kind of actor placed in a country is of it.
      const placed = ['in', 'from', 'throughout', 'across', 'inside'].includes(link) && a.mentions.some((m) => m.entry.kind === 'agent')
        && b.mentions.some((m) => m.entry.kind === 'country' || m.entry.kind === 'capital');
      const namesActor = a.mentions.some((m) => m.entry.kind === 'agent');
      if (b.start === a.end + 1 && (link === 'of' || placed) && !a.mentions.some((m) => m.entry.code) && (!hasTrigger(a) || namesActor)) {
        phrases.splice(k, 2, { start: a.start, end: b.end, mentions: [...a.mentions, ...b.mentions], time: false, actor: null });
        k--;
      }
    }
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k]!;
      if (p.pronoun) {
        p.actor = this.resolvePronoun(toks, phrases.slice(0, k), p, memory);
        continue;
      }
      const words = toks.slice(p.start, p.end);
      // Time expressions and unnamed instruments ("on Tuesday", "200 times", "four shell bombs") are never actors;
      // named weapons ("U.S.-made missiles") may act ("Russian missiles hit Kyiv") but are never acted upon.
      p.instrument = INSTRUMENTS.has(words[words.length - 1]!.lemma);
      p.time = !p.mentions.length && (p.instrument || words.every((w) => TIME_WORDS.has(w.norm) || w.pos === 'NUM' || w.pos === 'DET' || w.pos === 'ADJ' || w.norm === "'s"));
      p.actor = this.resolvePhrase(s, p, date, memory, phrases.slice(0, k));
    }
    return phrases;
  }

  /** "he"/"she": the last person named in the article. "it"/"they" as a subject: the nearest named actor before
   *  it in the sentence that stands as a subject (right before a verb), else the nearest named one. */
  private resolvePronoun(toks: Token[], earlier: Phrase[], at: Phrase, memory: ArticleMemory): ActorRef | null {
    const t = toks[at.start]!;
    let ref: ActorRef | null = null;
    if (t.norm === 'he' || t.norm === 'she') {
      ref = memory.lastPerson;
      // Named earlier in this very sentence ("Putin said he would ..."): the name is the evidence.
      if (ref && earlier.some((x) => x.actor === ref)) return ref;
    } else {
      const next = toks[at.start + 1];
      if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null; // only subjects: "it said", "they fired"
      const named = earlier.filter((x) => x.actor?.code && toks[x.start - 1]?.pos !== 'ADP');
      const subject = [...named].reverse().find((x) => ['VERB', 'AUX'].includes(toks[x.end]?.pos ?? ''));
      // The antecedent is in this sentence: its words are the evidence ("Russia said it would ...").
      return (subject ?? named[named.length - 1])?.actor ?? null;
    }
    return ref && { ...ref, text: t.text, start: t.start, end: t.end };
  }

  private resolvePhrase(s: Sentence, p: Phrase, date: string, memory: ArticleMemory, earlier: Phrase[]): ActorRef | null {
    const toks = s.tokens;
    let first = p.start;
    while (first < p.end - 1 && toks[first]!.pos === 'DET') first++;
    const span = { start: toks[first]!.start, end: toks[p.end - 1]!.end };
    const text = s.text.slice(span.start, span.end);
    let best: { m: Mention; r: Resolved } | null = null;
    let agentSector: string | null = null;
    for (const m of p.mentions) {
      if (m.entry.kind === 'agent') { agentSector = m.entry.sector; continue; }
      const r = this.actors.resolve(m.entry, date);
      if (!best || CODE_PRIORITY[m.entry.kind] < CODE_PRIORITY[best.m.entry.kind]) best = { m, r };
    }
    if (!best) {
      // "the North", "the South" in a story about the two Koreas (or the two Sudans): that country's government.
      const half = DIVIDED[text]?.find(([, pair]) => pair.some((c) => memory.places.countryCounts.has(c)));
      if (half) return { text, name: text, code: half[0], sector: 'GOV', ...span };
      // "the two leaders", "both sides": the parties named before in this sentence, or last named together.
      if (GROUP_REFERENCE.test(text)) {
        const here = new Map<string, ActorRef>();
        for (const q of earlier) if (q.actor?.code) here.set(q.actor.code, q.actor);
        // Named in this sentence: the names are the evidence. Named before: the phrase is.
        const group = here.size >= 2 ? [...here.values()] : memory.lastGroup?.map((a) => ({ ...a, text, ...span }));
        if (group) {
          p.group = group;
          return group[0]!;
        }
      }
      // A surname or name remembered from earlier in the article.
      for (let k = p.start; k < p.end; k++) {
        const known = toks[k]!.pos === 'PROPN' ? memory.surnames.get(toks[k]!.norm) : undefined;
        if (known) return { ...known, text, ...span };
      }
      const head = toks[p.end - 1]!;
      const nominalHead = head.pos === 'NOUN' || head.pos === 'PROPN' || agentSector !== null;
      if (!nominalHead || p.time) return null;
      // Without a name, the phrase is a kind of actor only if an agent word is its head (possibly followed by a
      // name): "political opponents", "police chief John Doe" — not "military aid".
      const lastAgent = [...p.mentions].reverse().find((x) => x.entry.kind === 'agent');
      const headed = lastAgent && toks.slice(lastAgent.end, p.end).every((t) => t.pos === 'PROPN');
      return { text, name: text, code: null, sector: headed ? agentSector : null, ...span };
    }
    const { m, r } = best;
    let sector = r.sector;
    const kind = m.entry.kind;
    const alone = p.mentions.length === 1 && p.end - first === m.end - m.start;
    if (kind === 'person') {
      if (!sector && agentSector) sector = agentSector;
    } else if (agentSector && (kind !== 'org' || !sector)) {
      sector = agentSector; // "Syrian government forces" → MIL; "Russian foreign minister" → GOV
    } else if (kind === 'capital' && !alone) {
      sector = null; // "Moscow residents" is not the government
    }
    const ref: ActorRef = { text, name: m.entry.name, code: r.code, sector, ...span };
    if (r.org) ref.org = r.org;
    if (kind === 'person' || (agentSector && ['GOV', 'MIL', 'OPP', 'REB', 'JUD', 'LEG'].includes(agentSector))) {
      // Remember people for pronouns and surnames later in the article.
      const propn = toks.slice(p.start, p.end).filter((t, k) => t.pos === 'PROPN' && !p.mentions.some((mm) => mm.entry.kind !== 'person' && p.start + k >= mm.start && p.start + k < mm.end));
      if (kind === 'person' || propn.length >= 2) {
        memory.lastPerson = ref;
        const last = propn[propn.length - 1];
        // A person named in full is "Mr Martin" or "Martin" later in the article, whatever the dictionary's aliases.
        if (last) memory.surnames.set(last.norm, { name: ref.name, code: ref.code, sector: ref.sector, org: ref.org });
      }
    }
    return ref;
  }
}

/** The country an article is about, for its domestic agents: the dateline's, or else the one country it names
 *  more than once and more often than any other. */
function homeCountry(places: PlaceContext): string | null {
  if (places.datelineCountry) return places.datelineCountry;
  const ranked = [...places.countryCounts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** Clause index of every token. */
function clauses(toks: Token[]): number[] {
  const out = new Array<number>(toks.length);
  let c = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (CLAUSE_PUNCT.has(t.text) || (((SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP' || (t.pos === 'ADV' && WH_SUBORDINATORS.has(t.norm))))
      || (t.norm === 'as' && t.pos === 'SCONJ')) && i > 0)
      || (RELATIVE.has(t.norm) && i > 0) || (t.norm === 'but' && t.pos === 'CCONJ')
      // ", and Pompeo said": a comma before "and" joins clauses, not names.
      || (t.norm === 'and' && toks[i - 1]?.text === ',' && !!toks[i + 1] && toks[i + 1]!.pos !== 'VERB')
      || (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON') && i > 0)
      || (t.pos === 'VERB' && SPEECH.has(t.lemma) && i > 0 && i < toks.length - 2)) {
      c++;
    }
    out[i] = c;
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) out[i] = c, c++;
  }
  return out;
}

function passive(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos !== 'VERB' || !/(ed|en|wn|ne|un|t)$/.test(t.norm) || t.norm === t.lemma && !/ed$/.test(t.norm)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = toks[k]!;
    if (x.lemma === 'be' || x.lemma === 'get') return true;
    if (x.pos !== 'ADV' && x.pos !== 'PART' && x.pos !== 'AUX') return false;
  }
  return false;
}

/** The trigger whose infinitive complement this trigger is ("agreed to cooperate", "urged Iran to stop"). */
function governorOf(m: PatternMatch, all: PatternMatch[], toks: Token[], clauseOf: number[]): PatternMatch | undefined {
  const i = m.trigger;
  let k = i - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (k < 0 || toks[k]!.norm !== 'to') return undefined;
  let gov: PatternMatch | undefined;
  for (const o of all) if (o !== m && o.trigger < k && k - o.last <= 7 && clauseOf[o.trigger] === clauseOf[i]) gov = o;
  return gov;
}

/** Does phrase p contain one of these tokens? */
function phraseIn(p: Phrase, tokens: ReadonlySet<number>): boolean {
  for (let k = p.start; k < p.end; k++) if (tokens.has(k)) return true;
  return false;
}

/** Phrases joined to p by "and" / "," going right: "condemned Russia and China". */
function coordinated(p: Phrase, phrases: Phrase[], toks: Token[]): Phrase[] {
  const out = [p];
  let cur = p;
  for (;;) {
    const idx = phrases.indexOf(cur);
    const nxt = phrases[idx + 1];
    if (!nxt || !nxt.actor || nxt.time) break;
    const between = toks.slice(cur.end, nxt.start).map((t) => t.norm).join(' ');
    if (!['and', ',', ', and', 'as well as', 'or'].includes(between)) break;
    out.push(nxt);
    cur = nxt;
  }
  return out;
}

/** Phrases joined to p by "and" / "," going left: "Britain and France condemned". */
function coordinatedBack(p: Phrase, phrases: Phrase[], toks: Token[]): Phrase[] {
  const out = [p];
  let cur = p;
  for (;;) {
    const idx = phrases.indexOf(cur);
    const prv = phrases[idx - 1];
    if (!prv || !prv.actor || prv.time) break;
    const between = toks.slice(prv.end, cur.start).map((t) => t.norm).join(' ');
    if (!['and', ',', ', and', 'as well as'].includes(between)) break;
    if (toks[prv.start - 1]?.pos === 'ADP') break;
    out.unshift(prv);
    cur = prv;
  }
  return out;
}

/** The speaker of the reported speech that contains clause `clause`: "Lavrov said [the strike was unlawful]". */
function speakerBefore(toks: Token[], phrases: Phrase[], clauseOf: number[], clause: number): Phrase[] {
  for (let k = toks.length - 1; k >= 0; k--) {
    if (clauseOf[k]! >= clause) continue;
    const t = toks[k]!;
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) {
      for (let q = phrases.length - 1; q >= 0; q--) {
        const p = phrases[q]!;
        if (p.end <= k && p.actor && !p.time && toks[p.start - 1]?.pos !== 'ADP') return [p];
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

/** A verb, and not a capitalised word inside a name the tagger read as one ("the Samjhauta Express train"). */
function isVerb(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  return t.pos === 'VERB' && !(k > 0 && /^[A-Z]/.test(t.text) && (toks[k - 1]!.pos === 'PROPN' || toks[k + 1]?.pos === 'PROPN' || toks[k + 1]?.pos === 'NOUN'));
}

/** Words of tokens [from, to) as written in the sentence. */
function s(toks: Token[], from: number, to: number): string {
  return toks.slice(from, to).map((t, k) => (k > 0 && t.start > toks[from + k - 1]!.end ? ' ' : '') + t.text).join('');
}

function afterCopula(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = toks[k]!;
    if (x.lemma === 'be' || x.lemma === 'seem' || x.lemma === 'remain') return true;
    if (!['ADV', 'PART', 'AUX'].includes(x.pos)) return false;
  }
  return false;
}

/** The agent of a passive verb: "suspended by Moscow". */
function byAgent(v: number, toks: Token[], phrases: Phrase[], clauseOf: number[]): Phrase[] {
  const by = phrases.find((p) => p.start > v && p.start - v <= 20 && toks[p.start - 1]?.lemma === 'by' && clauseOf[p.start] === clauseOf[v] && p.actor);
  return by ? coordinated(by, phrases, toks) : [];
}

/**
 * The subject of the verb (or noun) at token v: the nearest phrase before it in its clause that is not the object
 * of a preposition. Without one: a coordinated verb ("Japan lifted curbs and ended restrictions") takes the
 * earlier verb's subject; a relative clause ("Hamas, which fired rockets") takes the phrase before the pronoun;
 * otherwise the nearest earlier subject-like phrase of the sentence.
 */
function subjectOf(v: number, toks: Token[], phrases: Phrase[], clauseOf: number[], exclude: Phrase | null, depth = 0): Phrase[] {
  const clause = clauseOf[v]!;
  // Infinitives and gerunds share the subject of the verb they hang on: "sent a team to Alabama to investigate",
  // "suspended aid by accusing Pakistan", "agreed to cooperate".
  const before = toks[v - 1];
  if (depth < 3 && before && toks[v]!.pos === 'VERB' && (before.norm === 'to' || (/ing$/.test(toks[v]!.norm) && ['by', ',', 'after', 'before', 'while', 'when', 'without'].includes(before.norm)))) {
    for (let q = v - 2; q >= 0 && v - q <= 14; q--) {
      const x = toks[q]!;
      if (x.text === ';' || x.text === '.') break;
      if (isVerb(toks, q) && !(toks[q - 1]?.norm === 'to')) return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
    }
  }
  // Coordinated verb: "... and signed", ", then attacked".
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  if (depth < 3 && k > 0 && (toks[k]!.norm === 'and' || toks[k]!.norm === 'then') && toks[v]!.pos === 'VERB') {
    for (let q = k - 1; q >= 0; q--) {
      if (isVerb(toks, q)) return subjectOf(q, toks, phrases, clauseOf, exclude, depth + 1);
      if (toks[q]!.text === ';') break;
    }
  }
  for (let q = phrases.length - 1; q >= 0; q--) {
    const p = phrases[q]!;
    if (p.end > v || p === exclude) continue;
    if (clauseOf[p.end - 1] !== clause) break;
    if (p.time || !p.actor) continue;
    const prev = toks[p.start - 1];
    // Objects of prepositions are not subjects; a subordinator is no preposition ("after New Delhi revoked").
    if ((prev?.pos === 'ADP' && !SUBORDINATORS.has(prev.norm)) || prev?.norm === 'including') continue;
    if (!p.actor.code && prev?.text === ',') {
      // An appositive ("the Nigerian Union of Teachers, the umbrella union for teachers, announced"): the named
      // actor before it is the subject.
      const named = [...phrases].reverse().find((x) => x.end < p.start - 1 && x.actor?.code && clauseOf[x.start] === clause && toks[x.start - 1]?.pos !== 'ADP');
      if (named) return coordinatedBack(named, phrases, toks);
    }
    return coordinatedBack(p, phrases, toks);
  }
  // No subject in the clause.
  const startOfClause = clauseOf.indexOf(clause);
  const opener = toks[startOfClause]!;
  if (RELATIVE.has(opener.norm) || opener.norm === 'that') {
    const p = [...phrases].reverse().find((x) => x.end <= startOfClause && x.actor && !x.time);
    if (p) return coordinatedBack(p, phrases, toks);
  }
  for (let q = phrases.length - 1; q >= 0; q--) {
    const p = phrases[q]!;
    if (p.end > startOfClause || !p.actor || p.time || p === exclude) continue;
    if (toks[p.start - 1]?.pos === 'ADP') continue;
    return coordinatedBack(p, phrases, toks);
  }
  return [];
}

/** Places a sentence names after a preposition of place ("in Aleppo", "near Kharkiv", "in Syria"), by clause. */
function placesOf(toks: Token[], phrases: Phrase[], clauseOf: number[], context: PlaceContext): Array<{ clause: number; place: EventLocation }> {
  const out: Array<{ clause: number; place: EventLocation }> = [];
  const gaz = Gazetteer.get();
  // A place opens a phrase ("in Aleppo") or ends one it was merged into ("soldiers in Pakistan").
  const placed: Array<{ start: number; end: number; mentions: Mention[] }> = [];
  for (const p of phrases) {
    for (let k = p.start; k < p.end; k++) {
      if (PREPOSITIONS_OF_PLACE.has(toks[k - 1]?.norm ?? '')) {
        placed.push({ start: k, end: p.end, mentions: p.mentions.filter((m) => m.start >= k) });
        break;
      }
    }
  }
  for (const p of placed) {
    let place: EventLocation | undefined;
    // The most specific place first: a city named in the phrase ("Syria's Hama province" is Hama).
    for (let k = p.start; k < p.end && !place; k++) {
      if (toks[k]!.pos !== 'PROPN') continue;
      let j = k;
      while (j + 1 < p.end && toks[j + 1]!.pos === 'PROPN') j++;
      // "Geneva, Illinois": the words after a comma qualify the place.
      const qualifier = toks[p.end]?.text === ',' && toks[p.end + 1]?.pos === 'PROPN'
        ? toks.slice(p.end + 1).findIndex((t) => t.pos !== 'PROPN' && t.text !== '.') : -1;
      let qualifierText = qualifier > 0 ? toks.slice(p.end + 1, p.end + 1 + qualifier).map((t) => t.text).join(' ').replace(/ \./g, '.') : undefined;
      // Only a state or country qualifies ("in Geneva, Lavrov said" does not).
      if (qualifierText && !gaz.regionByName(qualifierText) && !gaz.countryByName(qualifierText)) qualifierText = undefined;
      for (let e = j; e >= k && !place; e--) {
        const name = toks.slice(k, e + 1).map((t) => t.text).join(' ');
        const resolved = resolvePlace(name, context, e === p.end - 1 ? qualifierText : undefined);
        if (resolved) place = { ...resolved, name };
      }
    }
    if (!place) {
      const m = p.mentions.find((x) => x.entry.kind === 'country' || x.entry.kind === 'capital');
      const c = m?.entry.code ? gaz.country(m.entry.code) : undefined;
      if (c) place = { ...c, name: toks.slice(m!.start, m!.end).map((t) => t.text).join(' ') };
    }
    if (place) out.push({ clause: clauseOf[p.start]!, place });
  }
  return out;
}
