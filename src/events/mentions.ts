// Stage 1 of the coder: the noun phrases of a sentence and the actors they name. Phrases are runs of nominal words
// and dictionary mentions; each is resolved with the dictionaries and with what the article has said so far (people
// named before, for surnames and pronouns; parties named together, for "both sides"; the article's places).
import { mapped } from '../arrays.js';
import { actorRef, type ActorRef, type EventLocation } from '../model.js';
import { NAME_PARTICLES, NO_PLACE_CONTEXT, resolvePlace, ROMANCE_PARTICLES, WATERS, type PlaceContext } from '../geo/places.js';
import { NAMED_STRUCTURES, type ActorDictionary, type Mention, type Resolved } from '../actors/dictionary.js';
import type { Sentence, Token } from '../text/nlp.js';
import { Gazetteer, isDivisionWord } from '../geo/gazetteer.js';
import { POSSESSIVES, PREPOSITIONS_OF_PLACE, QUOTE_MARKS, RELATIVE, SPEECH, SUBORDINATORS } from './clauses.js';
import { joinTokens } from './arrays.js';

/** A noun phrase: tokens [start, end) and what the dictionaries say about it. */
export interface Phrase {
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
  /** A place's name, coded with its country ("attacked Basra"): still a venue after "in", "near". */
  place?: boolean;
  /** Set off after a person with a comma, the same person, not another: a description ("Chavez, a fierce critic of
   *  Bush,") or a name ("its commander, General Constantino Chiwenga,"). */
  appositive?: 'description' | 'name';
}

/** Kinds of armed actors apart from a state's forces: a group of them named with its country is the one "the rebels"
 *  or "the militants" later refers to. */
const NON_STATE_ARMED = new Set(['REB', 'UAF', 'IMG']);
/** Kinds of people who are no state's (opposition, civilians, activists), whom "armed" makes an armed group. */
const PEOPLE_KINDS = new Set(['OPP', 'CVL', 'ACT', 'REF', 'LAB', 'EDU', 'REL']);
/** Words for the men of an armed group, each of which may stand for the group named before by another. */
const ARMED_GROUP_WORDS = new Set(['rebel', 'fighter', 'militant', 'insurgent', 'guerrilla', 'guerilla', 'gunman', 'gunmen', 'militiaman', 'militiamen', 'separatist', 'jihadist']);

/** What the coder remembers while reading one article: people named so far, for surnames and pronouns. */
export interface ArticleMemory {
  /** People named so far, most recent last, with the gender their title or a pronoun showed: what "he" and
   *  "she" refer to. */
  people: Array<{ ref: ActorRef; gender: Gender | null }>;
  surnames: Map<string, Omit<ActorRef, 'text' | 'start' | 'end'>>;
  /** The groups of two (or more) named parties acting together or towards each other, most recent last (a dozen at
   *  most): the last is what "the two leaders" and "both sides" refer to, one of as many parties as it says what
   *  "the three ministers" does. */
  groups: ActorRef[][];
  /** The same for people: what "the two ministers" refers to ("Tillerson met Lavrov … the two ministers agreed"). */
  lastPeople: ActorRef[] | null;
  /** The parties of the last accord told (signed, agreed, a ceasefire): whom "welcomed the accord" welcomes. */
  lastAccord: ActorRef[] | null;
  /** The two sides of the last accord or the last fight told between two parties: what "both sides" and "the
   *  parties" refer to, rather than everyone last named together (a mediator, a host, a guarantor). */
  lastSides: ActorRef[] | null;
  /** The article's countries and dateline: which Geneva a place name means. */
  places: PlaceContext;
  /** Who last did each kind of act (by CAMEO root, violence as one): what "the offensive" or "the arrests"
   *  refers to when a later sentence condemns or protests it. */
  lastDoers: Map<string, ActorRef[]>;
  /** The country each country's violence was last done to, when another ("U.S. missiles struck a Syrian air
   *  base"): whose people "the strike killed six people" killed. */
  victims: Map<string, string>;
  /** Whoever did the last act the article told with a coded actor, of any kind: what "the decision" or "the move"
   *  refers to. */
  lastActor: ActorRef[] | null;
  /** The actors of the article's first event: the news its lead tells, which "the decision" or "the move" most often is. */
  leadActor: ActorRef[] | null;
  /** Who made or put forward the things events named as their objects, by head noun: what "the map" refers to. */
  thingOwners: Map<string, ActorRef[]>;
  /** Who did the act each noun last named ("killed 30 people in an attack on a village": the attack's doer). */
  nounDoers: Map<string, ActorRef[]>;
  /** The named doer of the last sentence's first event that is not a person: what a sentence-opening "it" or
   *  "they" refers to ("The South dismissed the offer. But it accepted another"). */
  lastSubject: ActorRef | null;
  /** The named doers of the last sentence's first event when they were two parties or more ("the neighbours said
   *  ..."): what a sentence-opening "they" refers to, all of them. */
  lastSubjects: ActorRef[] | null;
  /** The named doer of the last sentence's first event when that is a person: what a sentence-opening "he" or
   *  "she" refers to ("Lugo accepted the resignations of ... Paulino Rojas. He named"), rather than the last person
   *  named. */
  lastPersonSubject: ActorRef | null;
  /** The foreign party the article's last protest with a named target was aimed at: what the next protests
   *  abroad with no target of their own are about ("... outside Israel's embassy. In Jakarta, 500 people marched"). */
  protestTarget: ActorRef | null;
  /** Head nouns of things named with a country ("a Syrian air base" → base: SYR), for "the base" later. */
  heads: Map<string, Omit<ActorRef, 'text' | 'start' | 'end'>>;
  /** How many events so far were between each pair of states (keyed by their codes in order), with the pair: the
   *  story's own pair of countries, which "both countries" means when another pair was named only once. */
  pairs: Map<string, { count: number; pair: ActorRef[] }>;
  /** Bodies named in full so far, by their initials ("People Power Party" → PPP): what an acronym later names. */
  initials: Map<string, Omit<ActorRef, 'text' | 'start' | 'end'>>;
  /** Who last accused each party (by the accused's code): whom its denial answers ("Sudan accused Chad of backing
   *  the rebels ... Chad denied any role"). */
  accusers: Map<string, ActorRef[]>;
  /** Surnames the dictionary knows for someone of another country than the story's, which the article gave to
   *  someone else ("Carlos Cardoso" in Maputo): the bare surname later is not the dictionary's person. */
  namesakes: Set<string>;
}

export const newMemory = (places: PlaceContext = NO_PLACE_CONTEXT): ArticleMemory => ({ people: [], surnames: new Map(), groups: [], lastPeople: null, lastAccord: null, lastSides: null, places, lastDoers: new Map(), victims: new Map(), lastActor: null, leadActor: null, thingOwners: new Map(), nounDoers: new Map(), lastSubject: null, lastSubjects: null, lastPersonSubject: null, protestTarget: null, heads: new Map(), pairs: new Map(), initials: new Map(), accusers: new Map(), namesakes: new Set() });

/** Words that may join the capitalised words of a name ("Movement for Democratic Change", "Party of the Regions"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the']);

/**
 * Remembers the initials of the names of several capitalised words a sentence gives that no organisation of the
 * dictionary covers ("the Social Democratic Front" → SDF), as bodies of the article's own country: what an acronym
 * later names, before any body elsewhere the dictionary knows by it (see resolvePhrase).
 */
export function rememberInitials(toks: readonly Token[], mentions: readonly Mention[], memory: ArticleMemory): void {
  const home = homeCountry(memory.places);
  if (!home || NON_STATE_CODES.has(home)) return;
  for (let i = 1; i < toks.length; i++) {
    if (!/^[A-Z][a-z]/.test(toks[i]!.text)) continue;
    let end = i;
    const caps: string[] = [];
    while (end < toks.length && (/^[A-Z][a-z]/.test(toks[end]!.text) || (NAME_JOINERS.has(toks[end]!.text) && /^[A-Z][a-z]/.test(toks[end + 1]?.text ?? '')))) {
      if (/^[A-Z]/.test(toks[end]!.text)) caps.push(toks[end]!.text[0]!);
      end++;
    }
    const covered = mentions.some((m) => m.start < end && m.end > i && (m.entry.kind === 'org' || m.entry.kind === 'person' || m.entry.kind === 'country'));
    if (caps.length >= 2 && !covered && !memory.initials.has(caps.join(''))) memory.initials.set(caps.join(''), { name: joinTokens(toks as Token[], i, end, 'text'), code: home, sector: null });
    i = end;
  }
}

/** The last group of parties named together, if any. */
export const lastGroup = (memory: ArticleMemory): ActorRef[] | null => memory.groups[memory.groups.length - 1] ?? null;

/** The key of a pair of states in ArticleMemory.pairs. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The story's own pair of states, for "both countries" or "the two countries": the pair of most events so far, when
 * it has three or more and the pair a reference would otherwise take (`before`) had only one ("Algeria broke off
 * relations with Morocco ... Morocco normalised relations with Israel in exchange for US recognition ... called on
 * both countries": Algeria and Morocco).
 */
function storyPair(memory: ArticleMemory, before: ActorRef[] | null): ActorRef[] | null {
  let lead: { count: number; pair: ActorRef[] } | null = null;
  for (const x of memory.pairs.values()) if (!lead || x.count > lead.count) lead = x;
  if (!lead || lead.count < 3) return null;
  const codes = [...new Set((before ?? []).map((a) => a.code).filter((c): c is string => !!c))];
  if (codes.length === 2 && (memory.pairs.get(pairKey(codes[0]!, codes[1]!))?.count ?? 0) >= 2) return null;
  return lead.pair;
}

type Gender = 'f' | 'm';
/** Titles that say a person's gender ("Mrs Foster", "Mr Martin"). */
const TITLE_GENDER: Record<string, Gender> = { mrs: 'f', ms: 'f', miss: 'f', madam: 'f', lady: 'f', queen: 'f', princess: 'f',
  baroness: 'f', dame: 'f', mr: 'm', sir: 'm', king: 'm', prince: 'm', lord: 'm' };

/** Remembers a person named (again), with the gender a title in the phrase shows. */
function notePerson(memory: ArticleMemory, ref: ActorRef, words: Token[]): void {
  let titled: Gender | null = null;
  for (const w of words) if ((titled = TITLE_GENDER[w.norm.replace(/\.$/, '')] ?? null)) break;
  const known = memory.people.find((x) => x.ref.name === ref.name);
  memory.people = memory.people.filter((x) => x !== known);
  memory.people.push({ ref, gender: titled ?? known?.gender ?? null });
}
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
/** Words that modify a time: "last week", "this morning", "early Monday". */
const TIME_MODIFIERS = new Set(['last', 'next', 'this', 'early', 'late']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tomorrow', 'week', 'month', 'year', 'day', 'night', 'morning', 'evening', 'afternoon', 'weekend', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'hour', 'decade', 'century',
  'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'earlier', 'later', 'weeks', 'months', 'years', 'days', 'noon',
  'midnight', 'dawn', 'dusk', 'times', 'time', 'hours', 'minutes', 'p.m.', 'a.m.']);
/** Weapons and means are what an act is done with, not who it is done to: "fired four shell bombs at targets". */
export const INSTRUMENTS: ReadonlySet<string> = new Set(['missile', 'rocket', 'bomb', 'shell', 'mortar', 'artillery', 'drone', 'weapon', 'gun', 'bullet', 'grenade',
  'ammunition', 'munition', 'explosive', 'tear', 'gas', 'baton', 'round', 'salvo', 'barrage', 'projectile', 'cannon', 'grenade',
  'pellet', 'canister', 'spray', 'shot']);
/** Verbs whose "from" is where they take someone: "freed the hostages from the rebels", "expelled them from Iraq". */
const TAKING_FROM = new Set(['free', 'release', 'rescue', 'liberate', 'expel', 'withdraw', 'evacuate', 'remove', 'oust', 'drive', 'pull',
  'deport', 'extradite', 'kidnap', 'abduct', 'seize', 'bar', 'ban']);
/** People named with where they come from: "refugees from Syria", "journalists from Al Jazeera". */
const PEOPLE_FROM = new Set(['refugee', 'migrant', 'immigrant', 'delegate', 'delegation', 'envoy', 'diplomat', 'journalist', 'reporter', 'people', 'person',
  'worker', 'national', 'citizen', 'tourist', 'fighter', 'volunteer', 'expert', 'student', 'pilgrim', 'official',
  'peacekeeper', 'soldier', 'troop', 'hostage', 'victim', 'passenger', 'sailor', 'crew', 'engineer', 'geologist']);
/** What protesters carry, wave or burn: "waving Egyptian flags". */
const PROPS = new Set(['flag', 'banner', 'placard', 'poster', 'portrait', 'effigy']);
/** Capitalised words of institutions' names, never places ("Federal Foreign Office", "Supreme Court"). */
const INSTITUTION_WORDS = new Set(['federal', 'national', 'state', 'central', 'foreign', 'interior', 'defence', 'defense', 'home',
  'supreme', 'high', 'royal', 'joint', 'general', 'united', 'special', 'public', 'civil', 'armed', 'security', 'republican',
  'democratic', 'islamic', 'popular', 'revolutionary', 'provincial', 'regional', 'municipal', 'city', 'county', 'city', 'stock']);
/** Compass words before a place: "in northeast Nigeria". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east',
  'north-west', 'south-east', 'south-west', 'central']);
/** Places an armed or official body holds: "guerrilla camps", "rebel positions", "police station". */
const HELD_PLACES = new Set(['camp', 'base', 'headquarters', 'position', 'post', 'outpost', 'checkpoint', 'station', 'hideout',
  'stronghold', 'barracks', 'compound', 'convoy', 'garrison', 'depot', 'airbase', 'installation', 'positions', 'hideouts', 'camps']);
/** Titles before a surname: "Mr Martin", "Dr Ahmed". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'sheikh', 'gen', 'col', 'capt', 'maj', 'lt', 'sgt', 'rev', 'father', 'brother', 'sister', 'madame', 'monsieur', 'senor', 'herr']);
/** Nouns for those who stand against someone: "enemies of the people", "Russia's rivals". */
const ADVERSARIES = ['enemy', 'foe', 'opponent', 'critic', 'rival', 'adversary'];
/** Heads of "X's ..." phrases that name others than X: "Paraguay's partners", "Russia's allies". */
const OTHERS_OF = new Set([...ADVERSARIES, 'partner', 'ally', 'neighbour', 'neighbor', 'donor', 'creditor', 'backer']);
/** Heads of "X of Y" phrases that are not Y's own: "enemies of the people", "critics of the government". */
const OPPOSING_HEADS = new Set([...ADVERSARIES, 'killer', 'attacker', 'assassin', 'murderer', 'kidnapper', 'abductor', 'victim', 'target']);
/** Which mention in a phrase gives its code: the most specific ("Russian foreign minister Sergey Lavrov" is Lavrov's). */
const CODE_PRIORITY = { person: 0, org: 1, seat: 2, country: 3, capital: 4, demonym: 5, agent: 9 } as const;
/** Phrases that refer back to parties named together: "the two leaders", "both sides", "the two countries", "the three
 *  European ministers". */
/** Adjectives of a region whose states are named together ("European governments", "regional leaders"). */
const REGION_WORDS = 'European|African|Arab|Asian|Gulf|Latin American|South American|Central American|North African|West African|East African|Southern African|central African|Nordic|Balkan|Caribbean|[Rr]egional';

/** The states of a region named together ("European governments", "South American leaders", "regional leaders"):
 *  a group from elsewhere, not parties named before. */
const REGION_STATES = new RegExp(`^(?:[Tt]he\\s+)?(?:[Oo]ther\\s+)?(?:${REGION_WORDS})\\s+(?:(?:foreign|defen[cs]e|finance)\\s+)?(?:governments|countries|nations|states|leaders|ministers|capitals)\\b`);
const GROUP_REFERENCE = /^(?:each side|either side|each country|each party|(?:the |both )?(?:two |three |four |both )?(?:foreign |defen[cs]e |prime |top |european |western |arab |african |asian )?(?:sides|leaders|countries|nations|governments|presidents|ministers|parties|neighbou?rs|delegations|rivals|allies|capitals|counterparts|diplomats))$/i;
/** Group references to the sides of a conflict or a deal ("both sides", "the parties", "each side"): the sides of
 *  the last accord or fight told, when the article told one. */
const SIDES_REFERENCE = /(?:sides?|parties)$/i;
/** How many parties a group reference counts: "the two sides", "the three ministers". */
const GROUP_SIZES: Record<string, number> = { two: 2, three: 3, four: 4 };
/** Group references to people ("the two ministers"): the last people named together, not the last countries. */
const PEOPLE_GROUP = /(?:leaders|presidents|ministers|counterparts|diplomats)$/i;
/** Nouns of an age: "since Soviet times", "in the Soviet era". */
const ERAS = new Set(['time', 'times', 'era', 'days', 'period', 'age']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** "police arrested him", "dispersed them": a pronoun a verb or preposition acts on ("her" only where no noun follows:
 *  "her government" is a possessive). */
function objectPronoun(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.norm !== 'him' && t.norm !== 'them' && t.norm !== 'her') return false;
  if (t.norm === 'her' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(toks[i + 1]?.pos ?? '')) return false;
  // ("two homeguards held captive by them": a passive's agent is the doer, named as the subject already.)
  if (toks[i - 1]?.norm === 'by') return false;
  return ['VERB', 'ADP'].includes(toks[i - 1]?.pos ?? '');
}
/** A phrase that names several people or parties: a plural noun at its end ("protesters", "the rebels"). */
const plural = (toks: Token[], p: Phrase) => {
  const pluralNounAt = (k: number) => { const t = toks[k]!; return t.pos === 'NOUN' && t.lemma !== t.norm && /s$/.test(t.norm); };
  if (pluralNounAt(p.end - 1)) return true;
  // ("the two top leaders of the Islamic Salvation Front": or the head before "of".)
  for (let k = p.start + 1; k < p.end; k++) if (toks[k]!.norm === 'of') return pluralNounAt(k - 1);
  return false;
};
/** Halves of divided countries named by their side, written with a capital: the code, and the countries whose
 *  mention in the article makes that reading sure. */
const DIVIDED: Record<string, Array<[string, string[]]>> = {
  North: [['PRK', ['PRK', 'KOR']]],
  South: [['KOR', ['PRK', 'KOR']], ['SSD', ['SDN', 'SSD']]],
};

/** The country an article is about, for its domestic agents: the dateline's, or else the one country it names
 *  more than once and more often than any other. */
export function homeCountry(places: PlaceContext): string | null {
  // (Asked for every sentence and many phrases; an article's places do not change once read.)
  let home = homes.get(places);
  if (home === undefined) homes.set(places, (home = homeCountryOf(places)));
  return home;
}
const homes = new WeakMap<PlaceContext, string | null>();

function homeCountryOf(places: PlaceContext): string | null {
  const ranked = [...places.countryCounts].sort((a, b) => b[1] - a[1]);
  if (places.datelineCountry) {
    // A correspondent's base is not the story's country when the text never names it but names another again and
    // again ("NEW DELHI: ... Nepal's king ... Kathmandu ... Nepal"): the dateline counts once, for itself.
    const bodyNames = (places.countryCounts.get(places.datelineCountry) ?? 1) - 1;
    const other = ranked.find(([code]) => code !== places.datelineCountry);
    if (bodyNames === 0 && other && other[1] >= 3) return other[0];
    // Nor when the story leads with another country and names its own only by the dateline's city, as a venue: a
    // regional hub or a summit's seat ("MEXICO CITY - El Salvador's government and rebels signed ... in Mexico City",
    // "ABIDJAN - West African leaders ... Mali's junta").
    const lead = places.leadCountries;
    if (lead && other && bodyNames <= (places.datelineCityNames ?? 0) && other[1] >= 3 && lead.has(other[0]) && !lead.has(places.datelineCountry)) return other[0];
    // Nor when the lead names another country by its name and the text names it at least twice more than the
    // dateline's ("ACCRA - West African leaders imposed travel bans on members of Guinea's military junta ... meeting in the
    // Ghanaian capital ... Ghanaian President Nana Akufo-Addo, the current ECOWAS chairman ... suspended Guinea").
    if (other && other[1] >= 3 && other[1] >= bodyNames + 2 && places.leadNamed?.has(other[0]) && !lead?.has(places.datelineCountry)) return other[0];
    // Nor when the lead opens on another country, by its name or capital, and the text names that country at least as
    // often as it names the dateline's by anything but the dateline's city: a correspondent's base or a meeting's venue
    // beside the story ("KIGALI - Burundi's first democratically elected president was killed by soldiers", "KUALA
    // LUMPUR - Thailand signed a deal with a southern rebel group"). (Not a lead that opens on an adjective, "ISLAMABAD -
    // Indian troops resorted to unprovoked firing across the Line of Control", which tells what others did in the
    // dateline's country; nor one that opens on a person or a thing, "ADEN - An explosion tore a hole in the U.S.
    // Navy destroyer".)
    const opening = places.leadOpening;
    const openingNames = opening ? places.countryCounts.get(opening) ?? 0 : 0;
    // (A lead may name the dateline's country only as where it happened: "DOHA - Lebanon's feuding leaders signed an
    // agreement in Qatar"; not "QUITO - Mexico broke off relations with Ecuador after Ecuadorean police ... in Quito".)
    const venue = places.leadPlace === places.datelineCountry && !places.leadAdjectives?.has(places.datelineCountry);
    if (opening && opening !== places.datelineCountry && (!lead?.has(places.datelineCountry) || venue) && openingNames >= 2
      && bodyNames - (places.datelineCityNames ?? 0) <= openingNames) return opening;
    // Nor when the lead says, by name, that what it tells happened in another country, and never names the
    // dateline's: a correspondent's base near the story ("NAIROBI - A U.S. AC-130 gunship attacked suspected al Qaeda
    // militants in southern Somalia", though the text goes on to name Kenya's border, coast and capital).
    const where = places.leadPlace;
    if (where && where !== places.datelineCountry && lead && !lead.has(places.datelineCountry) && places.leadNamed?.has(where)
      && (places.countryCounts.get(where) ?? 0) >= 2) return where;
    return places.datelineCountry;
  }
  const [first, second] = ranked;
  // Without a dateline, the country the lead says things happened in, when the text names it nearly as often as any
  // other ("killed in an ambush in southwestern Ivory Coast near the border with Liberia ... Liberian mercenaries"),
  // or three quarters as often.
  const where = places.leadPlace ? places.countryCounts.get(places.leadPlace) ?? 0 : 0;
  // ("Japan demanded an apology from China after thousands of demonstrators hurled stones at its embassy in Beijing":
  // the protesters and police are China's, though Japan is named a little more.)
  if (where >= 2 && first && (where >= first[1] - 1 || where >= 0.75 * first[1])) return places.leadPlace!;
  // ("Bolivian troops took control of the airport in Cobija ... after President Evo Morales declared a state of siege",
  // a story that goes on to name the United States once more than Bolivia: so is the one country the lead names.)
  const only = places.leadCountries?.size === 1 ? [...places.leadCountries][0]! : null;
  const onlyNames = only ? places.countryCounts.get(only) ?? 0 : 0;
  if (only && onlyNames >= 2 && first && (onlyNames >= first[1] - 1 || onlyNames >= 0.75 * first[1])) return only;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/**
 * The country a description names ("the central African nation") among the phrases before it in its sentence, the
 * last first. ("Burundi's president was killed ..., and the United States and Belgium suspended aid to the central
 * African nation": a continent in the description rules out the countries of other continents, its own named acting
 * on it among them; and a country named with its people, "Burundi's president", is named all the same.) Without a
 * continent, the last country named bare.
 */
function describedCountry(words: string[], earlier: readonly Phrase[]): Phrase | undefined {
  const pairs = mapped(words.slice(1), (w, k) => `${words[k]} ${w}`);
  // (The part of a continent first, then the continent: news calls Malawi "southern African", the package's
  // geography Eastern Africa.)
  const keys = [...pairs.filter((w) => CONTINENT_WORDS.has(w)), ...words.filter((w) => CONTINENT_WORDS.has(w))];
  const countries = [...earlier].reverse().filter((x) => x.actor?.code && x.mentions.some((mm) => mm.entry.kind === 'country'));
  if (!keys.length) return countries.find((x) => !x.actor!.sector);
  const gaz = Gazetteer.get();
  return keys.map((k) => countries.find((x) => (gaz.continentOf(x.actor!.code!) ?? []).some((c) => CONTINENT_WORDS.get(k)!.includes(c)))).find((x) => x);
}

/**
 * The forces of a kind ("troops", "police") named before in the sentence that a bare word for them acting stands
 * for: "Soviet army units forced their way into Baku ..., and residents said troops fired on crowds", "stormed compounds
 * used by the U.N. mission, known as MONUC, and peacekeepers fired" — not the country where they are. Only as the
 * subject of a verb of their own: "to dislodge soldiers who seized power", after "Nigerian warships shelled
 * Freetown", are others.
 */
function forcesNamedBefore(toks: Token[], p: Phrase, sector: string, earlier: readonly Phrase[]): ActorRef | undefined {
  let verb = p.end;
  while (toks[verb]?.pos === 'ADV') verb++;
  if (toks[verb]?.pos !== 'VERB' && toks[verb]?.pos !== 'AUX') return undefined;
  return [...earlier].reverse().find((x) => x.actor?.code && x.actor.sector === sector && !x.place && !x.instrument)?.actor ?? undefined;
}

/**
 * The government a state's own spokesman means by "the government" or "the administration" in what he says: "U.S.
 * Trade Representative Robert Zoellick said the administration would continue to talk with Canadian provinces" (in a
 * story from Ottawa), "Nicaraguan Foreign Minister Denis Moncada said the government would not accept pressure from
 * Washington" (from Washington). Null when no official of a state is the speaker.
 */
function speakersGovernment(toks: Token[], p: Phrase, earlier: readonly Phrase[]): string | null {
  const head = p.end - 1;
  if (!GOVERNMENT_WORDS.has(toks[head]!.lemma) || toks[head - 1]?.norm !== 'the' || head - 1 < p.start - 1 || (head - 1 > p.start)) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const x = earlier[k]!;
    let v = x.end;
    while (toks[v]?.pos === 'ADV' || toks[v]?.pos === 'AUX') v++;
    if (v < p.start && toks[v]!.pos === 'VERB' && SPEECH.has(toks[v]!.lemma)) {
      // (A state's official or the state named as itself; not rebels, parties or international bodies, whose "the
      // government" is the one they face.)
      const c = x.actor?.code;
      return c && !NON_STATE_CODES.has(c) && (!x.actor!.sector || x.actor!.sector === 'GOV') ? c : null;
    }
  }
  return null;
}
/** Words for a state's government as a whole. */
const GOVERNMENT_WORDS = new Set(['government', 'administration']);

/** Whether a phrase is a person's name (one to four capitalised words) set off by an age and its verb: "Anwar, 67,
 *  denounced", "Claude Erignac, 60, was hit". */
function agedSubject(toks: Token[], p: Phrase): boolean {
  const words = toks.slice(p.start, p.end);
  if (words.length > 4 || !words.every((w) => w.pos === 'PROPN' && /^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*$/.test(w.text))) return false;
  const before = toks[p.start - 1];
  if (before && (before.pos === 'PROPN' || before.pos === 'ADP' || before.pos === 'DET')) return false;
  if (toks[p.end]?.text !== ',' || toks[p.end + 1]?.pos !== 'NUM' || !/^\d{2}$/.test(toks[p.end + 1]!.text) || toks[p.end + 2]?.text !== ',') return false;
  let v = p.end + 3;
  while (toks[v]?.pos === 'ADV' || toks[v]?.pos === 'AUX') v++;
  return toks[v]?.pos === 'VERB' && !/ing$/.test(toks[v]!.norm);
}

/** A phrase with all its fields in one order (see actorRef: one object shape for the coder's hot code). */
const phrase = (start: number, end: number, mentions: Mention[], pronoun?: true): Phrase =>
  ({ start, end, mentions, actor: null, time: false, pronoun, group: undefined, instrument: undefined, place: undefined, appositive: undefined });

/** Noun phrases of a sentence, each resolved to an actor where the dictionaries or the article's memory allow. */
export function nounPhrases(actors: ActorDictionary, s: Sentence, mentions: Mention[], date: string, memory: ArticleMemory, triggerTokens: ReadonlyMap<number, string>): Phrase[] {
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
  // (Whether word k goes on a phrase that opens at word i; made once, not at each word.)
  const nominal = (k: number, i: number) => {
    const x = toks[k];
    if (!x || verbal.has(k)) return false;
    if (mentionAt[k]) return true;
    if (k === i && POSSESSIVES.has(x.norm)) return true;
    // ("called the attack illegal", "found the move unacceptable": an adjective after the object of a verb that judges
    // it is said of the object, not part of it.)
    if (x.pos === 'ADJ' && k > i && toks[k - 1]!.pos === 'NOUN' && JUDGING_VERBS.has(toks[i - 1]?.lemma ?? '')) return false;
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
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if ((PRONOUNS.has(t.norm) || objectPronoun(toks, i)) && t.pos === 'PRON') {
      phrases.push(phrase(i, i + 1, [], true));
      i++;
      continue;
    }
    if (!nominal(i, i)) { i++; continue; }
    let j = i;
    while (j < toks.length && nominal(j, i)) {
      j++;
      // ("On Wednesday Putin visited China", "Last week Iran seized a tanker": a time opening the sentence with no
      // comma ends before the name that follows it.)
      if (j < toks.length && mentionAt[j] && mentionAt[j]!.start === j && TIME_WORDS.has(toks[j - 1]!.norm)
        && toks.slice(i, j).every((x) => TIME_WORDS.has(x.norm) || TIME_MODIFIERS.has(x.norm))) break;
      // ("told reporters Rwanda was recalling": the audience of a verb of telling ends before the name that opens
      // what it was told.)
      if (j < toks.length && AUDIENCES.has(toks[j - 1]!.norm) && toks[j]!.pos === 'PROPN' && toks[i - 1]?.pos === 'VERB' && j - 1 === i) break;
    }
    // A trailing determiner belongs to the next phrase.
    let end = j;
    while (end > i + 1 && toks[end - 1]!.pos === 'DET') end--;
    const ms = mentions.filter((m) => m.start >= i && m.end <= end);
    phrases.push(phrase(i, end, ms));
    i = j;
  }
  // "the foreign minister of Russia", "dozens of supporters", "the headquarters of the Syrian army": one actor
  // phrase, unless the first names an event ("the killing of a Chinese national").
  const hasTrigger = (p: Phrase) => { for (let k = p.start; k < p.end; k++) if (triggerTokens.has(k)) return true; return false; };
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!, b = phrases[k + 1]!;
    const link = toks[a.end]!.norm;
    // "opposition groups in Zimbabwe", "rebels from Darfur": a kind of actor placed in a country is of it.
    // (Not an embassy or a consulate, which is in its host's country and of another: "its embassy in Tehran".)
    const placed = ['in', 'from', 'throughout', 'across', 'inside'].includes(link) && a.mentions.some((m) => m.entry.kind === 'agent')
      && b.mentions.some((m) => m.entry.kind === 'country' || m.entry.kind === 'capital') && !DIPLOMATIC_BUILDINGS.has(toks[a.end - 1]!.norm);
    const namesActor = a.mentions.some((m) => m.entry.kind === 'agent');
    // ("Enemies of the people of Afghanistan" are not that people.)
    const against = OPPOSING_HEADS.has(toks[a.end - 1]!.lemma);
    // (Nor a pronoun: "convicted him of contempt".)
    // ("a spokesman for the White House National Security Council": one who speaks or acts for a body is of it.)
    const speaksFor = link === 'for' && SPEAKING_FOR.has(toks[a.end - 1]!.lemma) && b.mentions.some((m) => m.entry.code && m.entry.kind !== 'person');
    if (b.start === a.end + 1 && (link === 'of' || placed || speaksFor) && !against && !a.pronoun && !a.mentions.some((m) => m.entry.code) && (!hasTrigger(a) || namesActor)) {
      phrases.splice(k, 2, phrase(a.start, b.end, [...a.mentions, ...b.mentions]));
      k--;
      continue;
    }
    // "New People's Army (NPA) rebels": a name, its bracketed abbreviation and the kind of actor after them are one.
    const c = phrases[k + 2];
    if (c && link === '(' && b.start === a.end + 1 && toks[b.end]?.text === ')' && c.start === b.end + 1 && a.mentions.some((m) => m.entry.code)
      && c.mentions.length > 0 && c.mentions.every((m) => m.entry.kind === 'agent') && c.mentions[c.mentions.length - 1]!.end === c.end) {
      phrases.splice(k, 3, phrase(a.start, c.end, [...a.mentions, ...c.mentions]));
    }
  }
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k]!;
    if (p.pronoun) {
      p.actor = resolvePronoun(toks, phrases.slice(0, k), p, memory);
      // "Mexico and Bolivia said they continued to recognize ...": "they" is every party named together.
      const they = toks[p.start]!.norm === 'they';
      const antecedent = they && p.actor ? phrases.slice(0, k).find((x) => x.actor === p.actor) : undefined;
      const together = antecedent ? coordinatedBack(antecedent, phrases, toks).filter((x) => x.actor?.code) : [];
      const t = toks[p.start]!;
      if (together.length >= 2) p.group = mapped(together, (x) => actorRef(x.actor!, t.text, t.start, t.end));
      // ("The two leaders shook hands ..., where they met for several hours": or the parties a group's words named.)
      else if (antecedent?.group && antecedent.group.length >= 2) p.group = mapped(antecedent.group, (a) => actorRef(a, t.text, t.start, t.end));
      // ("... the neighbours said they would not threaten one another. They agreed to set up a joint commission": a
      // "they" opening the sentence, with no one before it, is the last sentence's parties, when it was a group's.)
      else if (they && !antecedent && memory.lastSubjects && memory.lastSubjects.length >= 2 && p.actor?.code === memory.lastSubjects[0]!.code) {
        p.group = mapped(memory.lastSubjects, (a) => actorRef(a, t.text, t.start, t.end));
      }
      continue;
    }
    const words = toks.slice(p.start, p.end);
    // Time expressions and unnamed instruments ("on Tuesday", "200 times", "four shell bombs") are never actors;
    // named weapons ("U.S.-made missiles") may act ("Russian missiles hit Kyiv") but are never acted upon.
    const head = words[words.length - 1]!.lemma;
    // ("Protesters, some waving Egyptian flags and burning Algerian ones, threw stones": what is waved or burnt is
    // never an actor, named or not; whose flag it is says whom a protest is against: flagsBurnt in roles.ts.)
    const prop = PROPS.has(head) || (head === 'one' && phrases.slice(0, k).some((q) => PROPS.has(toks[q.end - 1]!.lemma)));
    p.instrument = INSTRUMENTS.has(head) || prop;
    // ("since mid-August": a part of a month is a time too.)
    p.time = prop || !p.mentions.length && (p.instrument || words.every((w) => TIME_WORDS.has(w.norm) || w.pos === 'NUM' || w.pos === 'DET' || w.pos === 'ADJ' || w.norm === "'s"
      || (/^(?:mid|early|late)-[a-z]+$/.test(w.norm) && TIME_WORDS.has(w.norm.slice(w.norm.indexOf('-') + 1)))))
      // ("since Soviet times", "in colonial times", "during the Soviet era": an age named by whose it was is a time.)
      || (ERAS.has(head) && ['since', 'in', 'during', 'from', 'until', 'under'].includes(toks[p.start - 1]?.norm ?? ''));
    p.actor = resolvePhrase(actors, s, p, date, memory, phrases.slice(0, k));
    // A person's name the dictionaries do not know, or a description, beside a person: "former deputy ministers Behzad
    // Nabavi and Mostafa Tajzadeh", "Australians Andrew Chan and Myuran Sukumaran", "Khodorkovsky, the head of oil
    // major Yukos", "The three Americans, Marc Gonsalves, Thomas Howes and Keith Stansell", "Ghazi's elder brother,
    // Abdul Aziz,": the same kind of person, of the same country.
    const beside = phrases[k - 1];
    const link = beside && beside.end === p.start - 1 ? toks[beside.end]!.text : '';
    // (A surname the dictionary knows for someone else does not stop a name being one: "Luisa Ortega".)
    const isName = p.mentions.every((m) => m.entry.kind === 'person' && m.end - m.start === 1 && otherBearer(toks, p, m, memory)) && words.length >= 2 && words[0]!.pos === 'PROPN'
      && allNameWords(words);
    const isDescription = !isName && !p.time && !p.instrument && words.length >= 2 && (['the', 'a', 'an'].includes(words[0]!.norm) || words.some((w) => w.norm === "'s"))
      && words.some((w) => w.pos === 'NOUN');
    // ("The U.S. ambassador to Mexico, Carlos Pascual,": a title held "to" a place, the name set off after the place.)
    const titled = phrases[k - 2];
    const postedTo = isName && link === ',' && !p.actor?.code && toks[beside!.start - 1]?.norm === 'to' && titled?.end === beside!.start - 1
      && titled.actor?.code && titled.actor.sector && KIN_AND_TITLES.has(toks[titled.end - 1]!.lemma) ? titled : undefined;
    if (postedTo) {
      const text = s.text.slice(words[0]!.start, words[words.length - 1]!.end);
      p.actor = actorRef({ ...postedTo.actor!, name: text }, text, words[0]!.start, words[words.length - 1]!.end);
      p.appositive = 'name';
      notePerson(memory, p.actor, words);
      memory.surnames.set(words[words.length - 1]!.norm, { name: p.actor.name, code: p.actor.code, sector: p.actor.sector, org: p.actor.org });
    } else if (!p.actor?.code && !p.actor?.sector && (beside?.actor?.code || beside?.actor?.sector) && !beside.pronoun
      && ((isName && link === 'and' && titlesNames(toks, beside))
        || ((isName || isDescription) && link === ',' && (namesPerson(beside, memory) || pluralPeople(toks, beside)))
        || (isName && link === ',' && describesPerson(toks, beside)))) {
      const text = s.text.slice(words[0]!.start, words[words.length - 1]!.end);
      p.actor = actorRef({ ...beside.actor, name: isName ? text : beside.actor.name }, text, words[0]!.start, words[words.length - 1]!.end);
      if (link === ',') p.appositive = isName ? 'name' : 'description';
      if (isName) {
        notePerson(memory, p.actor, words);
        memory.surnames.set(words[words.length - 1]!.norm, { name: p.actor.name, code: p.actor.code, sector: p.actor.sector, org: p.actor.org });
      }
    }
    // ("Yemane Gebremeskel, director of President Isaias Afwerki's office,", "Hugo Carvajal, director of Venezuela's
    // military intelligence agency,": a name the dictionaries do not know, set off before a description of an office
    // held for a country or a body, is of that country and office.)
    else if (link === ',' && beside && !beside.actor?.code && !beside.actor?.sector && !beside.pronoun && !beside.mentions.length
      && beside.end - beside.start >= 2 && toks.slice(beside.start, beside.end).every((w) => w.pos === 'PROPN')
      && p.actor?.code && p.actor.sector && OFFICE_SECTORS.has(p.actor.sector) && officeFirst(words) && [',', '.', ';'].includes(toks[p.end]?.text ?? '.')) {
      const named = toks.slice(beside.start, beside.end);
      const text = s.text.slice(named[0]!.start, named[named.length - 1]!.end);
      beside.actor = actorRef({ ...p.actor, name: text }, text, named[0]!.start, named[named.length - 1]!.end);
      p.appositive = 'description';
      notePerson(memory, beside.actor, named);
      memory.surnames.set(named[named.length - 1]!.norm, { name: text, code: p.actor.code, sector: p.actor.sector, org: p.actor.org });
    }
    // ("Abimael Guzman, leader of the Maoist Shining Path,", "Bolivia, one of South America's poorest nations": a
    // description set off after a person or a country, naming no one else, is them again.)
    // ("Sheikh Ali Salman, the leader of the Gulf kingdom's main Shi'ite opposition group al-Wefaq,": so after a
    // person the dictionaries do not know, named with a title.)
    else if (link === ',' && beside && (beside.actor?.code ? !p.actor?.code || p.actor.code === beside.actor.code : titledName(toks, beside)) && !p.pronoun && !beside.pronoun
      && !p.mentions.some((m) => m.entry.kind === 'person') && (beside.mentions.some((m) => m.entry.kind === 'person' || m.entry.kind === 'country') || titledName(toks, beside))
      && DESCRIPTIVE_HEADS.test(joinTokens(words, 0, words.length, 'norm'))) p.appositive = 'description';
    // "Amnesty International (AI)", "Inter Services Public Relations (ISPR)": a bracketed abbreviation right after a
    // name is that actor, here and later in the article.
    const named = phrases[k - 1];
    if (!p.actor?.code && named?.actor?.code && named.end + 1 === p.start && toks[named.end]!.text === '(' && toks[p.end]?.text === ')'
      && p.end - p.start === 1 && /^[A-Z][A-Z.&-]+$/.test(toks[p.start]!.text)) {
      const t = toks[p.start]!;
      p.actor = actorRef(named.actor, t.text, t.start, t.end);
      const { text: _t, start: _s, end: _e, ...who } = named.actor;
      memory.surnames.set(t.norm, who);
    }
  }
  // ("Anwar, 67, denounced the verdict", "Muradova, 58, was arrested in June": a person the dictionaries do not know,
  // named with an age set off by commas right before the clause's verb, is someone the story is about: of the story's
  // own country, as wire stories name the people at the centre of a country's news. (A bare name alone says too
  // little: it may be a foreigner, a place or a storm.)
  const home = homeCountry(memory.places);
  if (home && !NON_STATE_CODES.has(home)) {
    for (const p of phrases) {
      if (p.actor?.code || p.actor?.sector || p.mentions.length || p.time || p.pronoun || !agedSubject(toks, p)) continue;
      const words = toks.slice(p.start, p.end);
      const text = joinTokens(toks, p.start, p.end, 'text');
      p.actor = actorRef({ name: text, code: home, sector: null }, text, words[0]!.start, words[words.length - 1]!.end);
    }
  }
  // ("three journalists from Al Jazeera's English-language channel", "refugees from Syria", "troops from Chad": a kind of
  // actor named with the country or body it comes from is of it, not of the article's country.)
  // (Not where a verb takes them from: "freed 11 Colombian police and soldiers from Marxist FARC rebels".)
  for (let k = 0; k + 1 < phrases.length; k++) {
    const p = phrases[k]!, q = phrases[k + 1]!;
    let v = p.start - 1;
    while (v >= 0 && toks[v]!.pos !== 'VERB' && !/^[.;]$/.test(toks[v]!.text)) v--;
    if (p.actor && !p.actor.code && p.actor.sector && toks[p.end]?.norm === 'from' && q.start === p.end + 1 && q.actor?.code && !q.time
      && q.mentions.some((m) => m.entry.kind === 'org' || m.entry.kind === 'country' || m.entry.kind === 'demonym') && !(v >= 0 && TAKING_FROM.has(toks[v]!.lemma))) {
      p.actor = actorRef({ name: p.actor.name, code: q.actor.code, sector: p.actor.sector, ...(q.actor.org ? { org: q.actor.org } : {}) }, p.actor.text, p.actor.start, p.actor.end);
    }
  }
  // ('"We want an explanation, an apology and full compensation," Thaksin told reporters', 'Lavrov said: "We condemn
  // this attack"': "we" in a quotation is the speaker's side, named before or after it.)
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.norm !== 'we' || toks[i]!.pos !== 'PRON' || phrases.some((p) => p.start <= i && i < p.end)) continue;
    const speaker = quotationSpeaker(toks, phrases, i);
    if (!speaker?.actor?.code) continue;
    const t = toks[i]!;
    const we = phrase(i, i + 1, [], true);
    we.actor = actorRef(speaker.actor, t.text, t.start, t.end);
    const at = phrases.findIndex((p) => p.start > i);
    phrases.splice(at < 0 ? phrases.length : at, 0, we);
  }
  return phrases;
}

/**
 * The one who speaks the quotation that word i is inside: named right after it closes ('...," Thaksin told
 * reporters', '...," said Lavrov') or right before it opens ('Lavrov said: "...'); null when word i is in no quotation
 * of this sentence or its speaker is not named here.
 */
function quotationSpeaker(toks: readonly Token[], phrases: readonly Phrase[], i: number): Phrase | null {
  let open = -1;
  for (let k = 0; k < i; k++) if (QUOTE_MARKS.has(toks[k]!.text)) open = open < 0 ? k : -1;
  let close = -1;
  for (let k = i + 1; k < toks.length; k++) if (QUOTE_MARKS.has(toks[k]!.text)) { close = k; break; }
  // (A quotation that opens the sentence has lost its opening mark to the sentence before when it runs over several.)
  if (open < 0 && !(close >= 0 && toks.slice(0, i).every((w) => !QUOTE_MARKS.has(w.text)))) return null;
  if (close >= 0) {
    let k = close + 1;
    const verb = (at: number) => toks[at]?.pos === 'VERB' && SPEECH.has(toks[at]!.lemma);
    if (verb(k)) return phrases.find((p) => p.start > k && p.actor) ?? null;
    const after = phrases.find((p) => p.start === k);
    if (after) {
      k = after.end;
      while (toks[k]?.pos === 'ADV') k++;
      if (verb(k)) return after;
    }
  }
  if (open > 0) {
    let k = open - 1;
    if (toks[k]?.text === ':' || toks[k]?.text === ',') k--;
    if (toks[k]?.pos === 'VERB' && SPEECH.has(toks[k]!.lemma)) return [...phrases].reverse().find((p) => p.end <= k && p.actor && !p.time) ?? null;
  }
  return null;
}

/** A phrase of a plural title, or a people's plural name, and a person's name: "former prime ministers Cellou Dalein
 *  Diallo", "Australians Andrew Chan"; or a name set off after such a list ("Marc Gonsalves" after "The three
 *  Americans,"). */
function titlesNames(toks: Token[], p: Phrase): boolean {
  if (p.mentions.length === 0 && p.end - p.start >= 2 && toks.slice(p.start, p.end).every((t) => t.pos === 'PROPN')) return true;
  const kind = p.mentions.find((m) => m.entry.kind === 'agent' || peoplesPlural(toks, m));
  if (!kind || kind.end >= p.end) return false;
  const title = toks[kind.end - 1]!;
  return (title.norm !== title.lemma || kind.entry.kind !== 'agent') && title.norm.endsWith('s') && toks.slice(kind.end, p.end).every((t) => t.pos === 'PROPN');
}

/** A country's people named by their plural: "Australians", "Americans" (not "United States"). */
function peoplesPlural(toks: Token[], m: Mention): boolean {
  const last = toks[m.end - 1]!;
  // (Not a country whose name ends in s: "the Philippines", "the Maldives".)
  return (m.entry.kind === 'demonym' || m.entry.kind === 'country') && m.end - m.start === 1 && /^[A-Z][a-z]+s$/.test(last.text) && last.text !== m.entry.name;
}

/** A phrase that names a person: one the dictionaries know, or one named before in the article. */
function namesPerson(p: Phrase, memory: ArticleMemory): boolean {
  return p.mentions.some((m) => m.entry.kind === 'person') || memory.people.some((x) => x.ref.name === p.actor?.name);
}

/** A people named by their plural ("The three Americans"), with nothing after the plural. */
function pluralPeople(toks: Token[], p: Phrase): boolean {
  const last = p.mentions[p.mentions.length - 1];
  return !!last && last.end === p.end && peoplesPlural(toks, last);
}

/** Words that make the names of bodies many countries have: "State Council", "National Assembly", "Supreme Court". */
const GENERIC_BODY_WORDS = new Set(['state', 'council', 'national', 'assembly', 'supreme', 'court', 'constitutional', 'senate', 'parliament',
  'congress', 'cabinet', 'high', 'federal', 'security', 'legislative', 'people', "people's", 'general', 'grand', 'council of ministers']);
/** Sectors of the offices a description may name: the state's, and those of the bodies that oppose it. */
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'COP', 'JUD', 'LEG', 'ELI', 'OPP', 'REB', 'IGO']);
/** Whether a description opens on the common noun of an office, after its article and "former": "director of ...",
 *  "a former attorney general". */
function officeFirst(words: Token[]): boolean {
  let k = 0;
  while (k < words.length && (words[k]!.pos === 'DET' || FORMER.has(words[k]!.norm))) k++;
  return words[k]?.pos === 'NOUN';
}
/** A description of a person by kin or title ("Ghazi's elder brother"), which a name set off after it names. */
function describesPerson(toks: Token[], p: Phrase): boolean {
  // ("Cambodia's ambassador, Ung Sean,"; "A rebel spokesman, Lul Ruai Koang,", "Another independent MP, Mamoun
  // al-Homsi,": one person's title, with a possessive or an article, then the name.)
  const head = toks[p.end - 1]!;
  const oneOf = toks.slice(p.start, p.end).some((t) => t.norm === "'s") || ['a', 'an', 'another'].includes(toks[p.start]!.norm);
  return oneOf && head.norm === head.lemma && (KIN_AND_TITLES.has(head.lemma) || ONE_PERSON_TITLES.has(head.lemma));
}
/** Titles of people that no one is known by alone: "an independent MP, Mamoun al-Homsi,". */
const ONE_PERSON_TITLES = new Set(['mp', 'lawmaker', 'legislator', 'official', 'activist', 'dissident', 'politician', 'diplomat']);
const KIN_AND_TITLES = new Set(['brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'nephew', 'cousin', 'aide',
  'spokesman', 'spokeswoman', 'deputy', 'adviser', 'advisor', 'lawyer', 'leader', 'chief', 'head',
  // ("told Cambodia's ambassador, Ung Sean, to leave": an office held for a country.)
  'ambassador', 'envoy', 'minister', 'president', 'premier', 'commander', 'secretary', 'representative', 'counterpart',
  'negotiator', 'prosecutor', 'governor', 'mayor', 'general', 'consul', 'emissary']);

/**
 * The person a sentence opens on as its subject, by a surname remembered from earlier in the article and a verb right
 * after the name ("Lamamra cited remarks by ..."): what a "he" opening the next sentence refers to when this one
 * coded no act of that person's.
 */
export function openingPerson(toks: Token[], memory: ArticleMemory): ActorRef | null {
  let k = 0;
  // (A capitalised title the tagger reads as a common noun opens the name too: "President/NOUN Fernando Lugo".)
  while (k < toks.length && (toks[k]!.pos === 'PROPN' || (toks[k]!.pos === 'NOUN' && /^[A-Z][a-z]/.test(toks[k]!.text)))) k++;
  if (k === 0 || toks[k]?.pos !== 'VERB' || toks[k - 1]!.pos !== 'PROPN') return null;
  const known = memory.surnames.get(toks[k - 1]!.norm);
  return known && memory.people.some((x) => x.ref.name === known.name) ? actorRef(known, toks[k - 1]!.text, toks[0]!.start, toks[k - 1]!.end) : null;
}

/** Nouns that describe a country: "the Baltic nation", "the Gulf state", "the Himalayan kingdom". */
export const COUNTRY_NOUNS = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'archipelago', 'emirate']);
/** Words of such descriptions that name a continent or a part of one, as the world-countries package names them:
 *  "the West African nation", "the Andean nation", "the Baltic state", "the Gulf kingdom". Two words before one. */
const CONTINENT_WORDS = new Map<string, string[]>(Object.entries({
  'west african': ['Western Africa'], 'east african': ['Eastern Africa'], 'central african': ['Middle Africa', 'Eastern Africa'],
  'southern african': ['Southern Africa'], 'north african': ['Northern Africa'], 'latin american': ['South America', 'Central America', 'Caribbean'],
  'south american': ['South America'], 'central american': ['Central America'], 'central asian': ['Central Asia'],
  'south asian': ['Southern Asia'], 'southeast asian': ['South-Eastern Asia'], 'east asian': ['Eastern Asia'],
  african: ['Africa'], asian: ['Asia'], himalayan: ['Southern Asia', 'Eastern Asia'], gulf: ['Western Asia'], arab: ['Asia', 'Africa'],
  mideast: ['Asia', 'Africa'], european: ['Europe'], baltic: ['Northern Europe'], balkan: ['Southeast Europe', 'Southern Europe'],
  nordic: ['Northern Europe'], scandinavian: ['Northern Europe'], alpine: ['Europe'], caucasus: ['Western Asia', 'Eastern Europe'],
  caucasian: ['Western Asia', 'Eastern Europe'], caribbean: ['Caribbean'], andean: ['South America'], amazonian: ['South America'],
  american: ['Americas'], pacific: ['Oceania'],
}));
/** Nouns for a city named before: "the city's residents". */
const CITY_NOUNS = new Set(['city', 'town', 'capital', 'village']);
const POSSESSIVE_S = new Set(["'s", '’s']);
/** Words after which a name goes on as a body's: "the Alliance for Democracy". */
const NAME_GOES_ON = new Set(['for', 'of', 'against']);

/**
 * Whether a name at [start, end) that the gazetteer reads as a town is a body's name instead: after a possessive, or
 * after "the" and going on with "for", "of" or "against" ("the People's Alliance for Democracy" is no Alliance, Ohio),
 * in a country the article never names.
 */
function bodysNameNotTown(toks: Token[], start: number, end: number, place: { kind: string; countryCode: string }, context: PlaceContext): boolean {
  return place.kind === 'city' && (POSSESSIVE_S.has(toks[start - 1]?.norm ?? '') || (toks[start - 1]?.norm === 'the' && NAME_GOES_ON.has(toks[end]?.norm ?? '')))
    && !context.countryCounts.has(place.countryCode) && context.datelineCountry !== place.countryCode;
}

/** A plural common noun ("ships", "forces"; not "the United States"). */
const pluralNoun = (t: Token) => t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s');

/** Whom news is told to: "told reporters", "briefed journalists". */
const AUDIENCES = new Set(['reporters', 'journalists', 'parliament', 'lawmakers', 'legislators', 'supporters', 'diplomats', 'crowds', 'students']);

/** "he"/"she": the last person named in the article. "it"/"they" as a subject: the nearest named actor before
 *  it in the sentence that stands as a subject (right before a verb), else the nearest named one. */
function resolvePronoun(toks: Token[], earlier: Phrase[], at: Phrase, memory: ArticleMemory): ActorRef | null {
  const t = toks[at.start]!;
  let ref: ActorRef | null = null;
  if (t.norm === 'them') {
    // "The protesters gathered ..., and police dispersed them": the nearest people named before, in this sentence,
    // who are not the verb's own subject (a verb does not act on its subject by "them").
    let verb = at.start - 1;
    while (verb >= 0 && toks[verb]!.pos !== 'VERB') verb--;
    // (Nor the subject of verbs coordinated with it: "soldiers stopped them on the roads and ordered them to turn
    // around".)
    const subjectEnd = (x: Phrase) => {
      let q = x.end;
      while (q < verb && ['AUX', 'ADV', 'PART'].includes(toks[q]!.pos)) q++;
      return q === verb || (toks[q]?.pos === 'VERB' && toks.slice(x.end, at.start).every((w) => w.text !== ',' && w.text !== ';'));
    };
    const antecedent = [...earlier].reverse().find((x) => (x.actor?.code || x.actor?.sector) && !x.pronoun && !x.time && plural(toks, x) && !subjectEnd(x));
    return antecedent?.actor ? actorRef(antecedent.actor, t.text, t.start, t.end) : null;
  }
  if (t.norm === 'him' || t.norm === 'her') {
    // "Police arrested him": the last person named, as for "he", though not the one who acts on him in this clause
    // ("Putin told him").
    const gender: Gender = t.norm === 'him' ? 'm' : 'f';
    // (Only its subject, a phrase a verb follows: "declared Ambassador Filip Teodorescu persona non grata and gave him
    // 24 hours" gives them to the ambassador.)
    // ("Calderon publicly attacked him": adverbs may stand between the subject and its verb.)
    const verbAfter = (x: Phrase) => { let q = x.end; while (toks[q]?.pos === 'ADV') q++; return ['VERB', 'AUX'].includes(toks[q]?.pos ?? ''); };
    const here = new Set(earlier.filter((x) => x.actor && verbAfter(x)
      && toks.slice(x.end, at.start).every((w) => w.text !== ',' && w.text !== ';')).map((x) => x.actor!.name));
    const person = [...memory.people].reverse().find((x) => (x.gender === null || x.gender === gender) && !here.has(x.ref.name));
    return person ? actorRef(person.ref, t.text, t.start, t.end) : null;
  }
  if (t.norm === 'he' || t.norm === 'she') {
    // The last person named who may be a "he" (or a "she"): one whose title or earlier pronoun said otherwise is
    // skipped ("Mrs Foster ... Simon Coveney, he said ... She wrote" is Foster), and the pronoun teaches the gender.
    const gender: Gender = t.norm === 'he' ? 'm' : 'f';
    // ("On his deathbed he accused Putin": not a person the sentence names after the pronoun, in its own clause.)
    const namedAfter = (x: { ref: ActorRef }) => {
      for (let k = at.end; k < toks.length && toks[k]!.text !== ';'; k++) if (toks[k]!.pos === 'PROPN' && memory.surnames.get(toks[k]!.norm)?.name === x.ref.name) return true;
      return false;
    };
    // ("Secretary-General Joao Baena Soares said he would travel": the speaker just named, whom the dictionaries do
    // not know, is "he", not the last person they knew.)
    const speaker = earlier.find((x) => x.end + 1 === at.start || (x.end + 2 === at.start && toks[x.end + 1]!.norm === 'that'));
    if (speaker && SPEECH.has(toks[speaker.end]?.lemma ?? '') && speaker.mentions.every((mm) => mm.entry.kind === 'agent')
      && toks[speaker.end - 1]!.pos === 'PROPN' && toks[speaker.end - 2]?.pos === 'PROPN') return null;
    const fits = (x: { ref: ActorRef; gender: Gender | null }) => (x.gender === null || x.gender === gender) && !namedAfter(x);
    // (A "he" opening the sentence is the last sentence's doer, if that was a person who may be a "he".)
    const doer = at.start === 0 && memory.lastPersonSubject ? memory.people.find((x) => x.ref.name === memory.lastPersonSubject!.name && fits(x)) : undefined;
    const person = doer ?? [...memory.people].reverse().find(fits);
    if (person) person.gender = gender;
    ref = person?.ref ?? null;
    // Named earlier in this very sentence ("Putin said he would ..."): the name is the evidence.
    if (ref && earlier.some((x) => x.actor === ref)) return ref;
  } else {
    const next = toks[at.start + 1];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null; // only subjects: "it said", "they fired"
    // "it was India which violated ...", "it is clear that": an empty subject, not a reference.
    if (t.norm === 'it' && next.lemma === 'be' && toks[at.start + 2]?.pos !== 'VERB') return null;
    // (A person is a "he" or a "she", never an "it".)
    // (An appositive describes the actor before it: "India, Sri Lanka's largest creditor, said it would" is India.)
    const appositive = (x: Phrase) => toks[x.start - 1]?.text === ',' && toks[x.end]?.text === ','
      && (['a', 'an', 'the'].includes(toks[x.start]!.norm) || toks.slice(x.start, x.end).some((w) => w.norm === "'s" || w.norm === '’s'))
      && earlier.some((y) => y.end === x.start - 1 && y.actor?.code);
    // (Nor a phrase inside a relative clause closed before the pronoun: "France, which keeps its largest base in
    // Djibouti, said it was providing support" is France.)
    const relativeOpen = (x: Phrase) => {
      for (let q = x.start - 1; q >= 0 && x.start - q <= 25; q--) {
        if (toks[q]!.text === ',') return RELATIVE_OPENERS.has(toks[q + 1]?.norm ?? '') ? q : -1;
        if (toks[q]!.text === '.' || toks[q]!.text === ';') return -1;
      }
      return -1;
    };
    const insideClosedRelative = (x: Phrase) => relativeOpen(x) >= 0 && toks.slice(x.end, at.start).some((w) => w.text === ',');
    // ("the FSB said the Ukrainian ships had entered its waters, and it detained the crews": "it" is no plural.)
    const named = earlier.filter((x) => x.actor?.code && toks[x.start - 1]?.pos !== 'ADP' && !appositive(x) && !insideClosedRelative(x)
      && !(t.norm === 'it' && (x.mentions.some((mm) => mm.entry.kind === 'person') || pluralNoun(toks[x.end - 1]!))));
    const describedEnd = (x: Phrase) => earlier.find((y) => y.start === x.end + 1 && appositive(y))?.end ?? x.end;
    // ("Sri Lanka formally notified Norway that it was pulling out": past an adverb too.)
    const verbAt = (k: number) => { while (toks[k]?.pos === 'ADV') k++; return ['VERB', 'AUX'].includes(toks[k]?.pos ?? ''); };
    const subject = [...named].reverse().find((x) => verbAt(x.end) || (describedEnd(x) !== x.end && verbAt(describedEnd(x) + 1))
      || (toks[x.end]?.text === ',' && RELATIVE_OPENERS.has(toks[x.end + 1]?.norm ?? ''))
      // ("Russian troops and pro-Russian militias have controlled Crimea ..., when they": the first of coordinated
      // subjects, the second uncoded.)
      || (toks[x.end]?.norm === 'and' && earlier.some((y) => y.start === x.end + 1 && ['VERB', 'AUX'].includes(toks[y.end]?.pos ?? ''))));
    // The antecedent is in this sentence: its words are the evidence ("Russia said it would ..."). Failing one, a
    // subject opening its clause refers to the last sentence's doer.
    const antecedent = (subject ?? named[named.length - 1])?.actor;
    if (antecedent) return antecedent;
    const opens = at.start === 0 || ['CCONJ', 'PUNCT', 'ADV'].includes(toks[at.start - 1]!.pos);
    return opens && memory.lastSubject ? actorRef(memory.lastSubject, t.text, t.start, t.end) : null;
  }
  return ref && actorRef(ref, t.text, t.start, t.end);
}

/** Whether the name ending at `j` is fused by a hyphen to a participle: "U.S.-backed", "London-based". */
function fusedToParticiple(toks: Token[], j: number): boolean {
  return toks[j + 1]?.text === '-' && toks[j + 1]!.start === toks[j]!.end && /ed$/.test(toks[j + 2]?.norm ?? '');
}

/** Nouns for those who back someone: "supporters of Gbagbo". */
const SUPPORTERS = new Set(['supporter', 'follower', 'loyalist', 'sympathiser', 'sympathizer', 'partisan']);
/** Sectors of those who hold a public office, which a word such as "former" says they no longer hold. */
const OFFICES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP']);
/** Peoples named by their own name (not a state's adjective: "Serbian police" are Serbia's) who live as communities in
 *  neighbouring states, and those states. */
const SERB_STATES: ReadonlySet<string> = new Set(['BIH', 'XKX', 'HRV', 'MNE']);
const CROAT_STATES: ReadonlySet<string> = new Set(['BIH']);
const KIN_STATES = new Map<string, ReadonlySet<string>>([['serb', SERB_STATES], ['serbs', SERB_STATES], ['croat', CROAT_STATES], ['croats', CROAT_STATES]]);
const FORMER = new Set(['former', 'ex', 'ex-', 'onetime', 'one-time', 'erstwhile', 'ousted', 'deposed', 'sacked', 'toppled', 'retired']);

/** How a description set off after a name opens or what its head is: "leader of", "one of", "strongman". */
const DESCRIPTIVE_HEADS = /^(?:(?:the|a|an|its|his|her|their) )?(?:[\w'’.-]+ ){0,6}(?:leader|chief|head|founder|strongman|ruler|president|one|member|ally|critic|rival|opponent|successor|predecessor|spokesman|spokeswoman|commander|backer|supporter|partner|creditor|donor|neighbou?r|producer|exporter|importer|economy|nation|country|power)\b/;
/** Texts that say something on their issuer's behalf: "issued a statement condemning", "The resolution demands". */
export const DOCUMENTS = new Set(['statement', 'letter', 'resolution', 'declaration', 'communique', 'communiqué', 'note', 'message', 'motion', 'bill', 'decree', 'report', 'order', 'ultimatum']);
/** Of those, the ones a body adopts and that then act in its name ("The resolution demands"): "the message" or "the
 *  report" may be anyone's. */
const ADOPTED_DOCUMENTS = new Set(['resolution', 'declaration', 'communique', 'communiqué', 'decree', 'ultimatum', 'statement']);
/** Kinds of actor said to be from elsewhere: "Western governments", "European governments", "Arab foreign ministers", "foreign troops", "several governments in the region", "other South American
 *  governments", "the region's governments" are not the article's country's (a foreign minister is, and so is a name: "International Crimes
 *  Tribunal"). */
export const FROM_ABROAD = new RegExp(`^(?:(?:dozens|scores|hundreds|thousands|tens of thousands|millions|several|many|some|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d[\\d,.]*)\\s+(?:of\\s+)?)?(?:[Tt]he\\s+)?(?:[Oo]ther\\s+)?(?:[Ww]estern|[Ff]oreign|[Ii]nternational|[Oo]verseas|[Nn]eighbou?ring)\\s+(?![A-Z]|minist|secretar|office|affairs|polic|service|intelligence)|^(?:[Tt]he\\s+)?[Oo]ther\\s+(?:[A-Z][\\w-]*\\s+)*(?:governments|countries|nations|states)\\b|^(?:(?:dozens|scores|hundreds|thousands|several|many|some|\\d[\\d,.]*)\\s+(?:of\\s+)?)?(?:the\\s+)?foreigners\\b|^(?:[Tt]he\\s+)?region(?:'s|’s)\\s+|^(?:[Tt]he\\s+)?(?:[Oo]ther\\s+)?(?:${REGION_WORDS}|Western)\\s+(?:(?:foreign|defen[cs]e|finance|interior|economy|oil)\\s+)?(?:governments|countries|nations|states|leaders|diplomats|ministers|capitals|heads of state)\\b|\\b(?:across|around|throughout) the (?:region|world|continent)\\b|^(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost)\\s+(?:of the\\s+)?(?:governments|countries|nations)\\b`);

/** Words that parties of many countries are named with: "Democratic Progressive Party", "People's National Congress". */
const PARTY_NAME_WORDS = new Set(['democratic', 'progressive', 'party', 'labour', 'labor', 'republican', 'national', 'people', "people's", 'peoples',
  "'s", 'congress', 'conservative', 'liberal', 'socialist', 'social', 'united', 'front', 'alliance', 'movement', 'union', 'new', 'freedom', 'justice',
  'development', 'workers', "workers'", 'green', 'popular', 'patriotic', 'revolutionary', 'reform', 'renewal', 'independent', 'citizens', 'civic',
  'action', 'solidarity', 'rally', 'the', 'of', 'for', 'and', 'democracy', 'democrats', 'forces', 'change', 'power']);

/** Codes of actors that are no state: international bodies, NGOs, companies, transnational armed groups. */
export const NON_STATE_CODES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/** First words of country names that are not a people: "South Sudan", "New Zealand", "United Arab Emirates". */
const NAME_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'upper',
  'lower', 'great', 'greater', 'united', 'democratic', 'republic', 'saudi', 'sri', 'el', 'costa', 'puerto', 'sierra', 'san', 'saint', 'st.', 'papua', 'burkina', 'cape', 'equatorial', 'czech', 'dominican', 'marshall', 'solomon', 'trinidad', 'antigua', 'bosnia']);
/** Nouns of a country once ruled by another: "a former Soviet republic". */
const FORMER_DOMAINS = new Set(['republic', 'colony', 'protectorate', 'territory', 'satellite', 'possession', 'mandate', 'state', 'country', 'nation',
  'neighbour', 'neighbor']);
/** "Russian-speaking separatists", "French-speaking regions": a language named is not who they are. */
const LANGUAGE_SUFFIXES = new Set(['speaking', 'speaker', 'speakers', 'language']);
/** "X-backed", "UN-brokered": participles that make the one before them a patron or host of the actor or the
 *  occasion, not who it is. */
const PATRONAGE = new Set(['backed', 'supported', 'sponsored', 'funded', 'financed', 'armed', 'trained', 'aligned', 'allied', 'inspired', 'hosted', 'brokered', 'mediated',
  'made', 'built', 'supplied', 'designed', 'run', 'owned', 'operated']);
/** Of those, the ones that make the one before them an owner: "an Israeli-owned hotel". */
const OWNERSHIP = new Set(['owned', 'run', 'operated']);

/** Is there a word between `from` and the title at `title` that puts its holder out of office? */
function hasFormerWord(toks: readonly Token[], from: number, title: number): boolean {
  for (let k = from; k < title; k++) if (FORMER.has(toks[k]!.norm)) return true;
  return false;
}

function resolvePhrase(actors: ActorDictionary, s: Sentence, p: Phrase, date: string, memory: ArticleMemory, earlier: Phrase[]): ActorRef | null {
  const toks = s.tokens;
  let first = p.start;
  while (first < p.end - 1 && toks[first]!.pos === 'DET') first++;
  const span = { start: toks[first]!.start, end: toks[p.end - 1]!.end };
  const text = s.text.slice(span.start, span.end);
  // ("Paraguay's partners in the Mercosur trade bloc", "Russia's allies": others defined by a country are not it.)
  if (OTHERS_OF.has(toks[p.end - 1]!.lemma) && p.mentions.some((m) => (m.entry.kind === 'country' || m.entry.kind === 'capital') && POSSESSIVE_S.has(toks[m.end]?.norm ?? ''))) {
    return actorRef({ name: text, code: null, sector: null }, text, span.start, span.end);
  }
  let best: { m: Mention; r: Resolved } | null = null;
  let nationality: { m: Mention; r: Resolved } | null = null;
  let agentSector: string | null = null;
  let patron = false;
  let ownedBy: Mention | null = null;
  let formerly = false;
  // ("thousands of supporters of the junta": the kind of actor before "of" heads the phrase, not one after it.)
  let of = -1;
  for (let k = p.end - 1; k > p.start; k--) if (toks[k]!.norm === 'of') { of = k; break; }
  // (Not a unit named by its size: "a company of paratroopers" are soldiers, not a business.)
  const unitOf = of > 0 && UNIT_WORDS.has(toks[of - 1]!.lemma) && p.mentions.some((m) => m.entry.kind === 'agent' && m.start > of);
  const headAgent = of > 0 && !unitOf ? [...p.mentions].reverse().find((m) => m.entry.kind === 'agent' && m.end <= of) : undefined;
  for (const m of p.mentions) {
    if (m.entry.kind === 'agent') {
      agentSector = headAgent ? headAgent.entry.sector : m.entry.sector;
      // "former foreign minister Boris Shikhmuradov", "sacked deputy prime minister Anwar Ibrahim": someone out of
      // office is no longer the state; CAMEO codes former office-holders as elites (ELI).
      if (agentSector && OFFICES.has(agentSector) && hasFormerWord(toks, p.start, (headAgent ?? m).start)) { agentSector = 'ELI'; formerly = true; }
      // ("leader of the Palang Dharma party", "the leader of the country's main Shi'ite Muslim group": the leader of a
      // party, a movement or a group, like a "party leader", is of the opposition.)
      // ("the leader of the Gulf kingdom's main Shi'ite opposition group al-Wefaq": the body may be named after its kind.)
      else if (agentSector === 'GOV' && headAgent && BODY_HEADS.has(toks[headAgent.end - 1]!.lemma) && of === headAgent.end
        && (NON_STATE_BODIES.has(toks[p.end - 1]!.norm) || toks.slice(of + 1, p.end).some((t) => t.norm === 'opposition'))
        && !toks.slice(of, p.end).some((t) => t.norm === 'ruling' || t.norm === 'governing')) agentSector = 'OPP';
      continue;
    }
    // "Russian-backed separatists", "Iranian-funded militias": the patron named before the hyphen is not who they
    // are; their country is where they fight, from the rest of the phrase or the article.
    if (toks[m.end]?.text === '-' && PATRONAGE.has(toks[m.end + 1]?.norm ?? '')) {
      patron = true;
      if (OWNERSHIP.has(toks[m.end + 1]!.norm) && !ownedBy) ownedBy = m;
      continue;
    }
    if (m.entry.kind === 'demonym' && toks[m.end]?.text === '-' && LANGUAGE_SUFFIXES.has(toks[m.end + 1]?.norm ?? '')) continue;
    // ("Magomedov, head of Dagestan's State Council": a body named by generic words after another place's possessive
    // is that place's, not the country's body of that name.)
    // (Not after its own country's: "China's State Council".)
    if ((m.entry.kind === 'org' || m.entry.kind === 'seat') && POSSESSIVE_S.has(toks[m.start - 1]?.norm ?? '') && toks.slice(m.start, m.end).every((t) => GENERIC_BODY_WORDS.has(t.norm))
      && !p.mentions.some((o) => o.end === m.start - 1 && o.entry.code === m.entry.code)) continue;
    // ("a former Soviet republic", "the former British colony": a country described by its former ruler.)
    if (toks[m.start - 1]?.norm === 'former' && FORMER_DOMAINS.has(toks[m.end]?.lemma ?? '')) continue;
    // ("Western diplomats in Moscow": where people from abroad are is not who they are.)
    // (Not the institutions named "Foreign": "the Foreign Office in London".)
    if (m.start > p.start && toks[m.start - 1]?.norm === 'in' && FROM_ABROAD.test(s.text.slice(toks[first]!.start, toks[p.end - 1]!.end))) continue;
    // ("chief prosecutor Luisa Ortega ... Ortega said": a surname the dictionary knows for someone else is not that
    // person after a given name he does not have, nor when the article has named someone else of that name.)
    if (m.entry.kind === 'person' && m.end - m.start === 1 && otherBearer(toks, p, m, memory)) {
      // ("Carlos Cardoso, Mozambique's best-known investigative journalist, ... Cardoso's car": and the bare surname
      // later in the article is that other person, whom the dictionary does not know, not its namesake of another
      // country than the story's. A namesake of the story's own country has its code right whoever is meant.)
      const home = homeCountry(memory.places);
      if (home && actors.resolve(m.entry, date).code !== home) memory.namesakes.add(toks[m.start]!.norm);
      continue;
    }
    const r = actors.resolve(m.entry, date);
    if (!nationality && (m.entry.kind === 'country' || m.entry.kind === 'demonym' || m.entry.kind === 'org')) nationality = { m, r };
    if (!best || CODE_PRIORITY[m.entry.kind] < CODE_PRIORITY[best.m.entry.kind]) best = { m, r };
  }
  // ("North Korea's U.N. ambassador": a country's official at an international body is the country's.)
  const owner = p.mentions.find((m) => (m.entry.kind === 'country' || m.entry.kind === 'capital') && (toks[m.end]?.norm === "'s" || toks[m.end]?.norm === '’s'));
  if (owner && agentSector === 'GOV' && best?.m.entry.kind === 'org' && best.r.code === 'IGO' && owner.start < best.m.start) best = { m: owner, r: actors.resolve(owner.entry, date) };
  // ("U.S. special envoy Jeffrey Feltman", years after his U.N. post: a person of no country the dictionary knows
  // is of the country or body the phrase names before the name.)
  // ("U.N. mediator Diego Cordovez", years after his country's office: so is one out of every dated role, whose
  // country the dictionary knows, when the phrase names another body or country before the name.)
  if (best?.m.entry.kind === 'person' && (best.r.code === null || (best.r.sector === null && nationality?.r.code !== best.r.code)) && nationality?.r.code && nationality.m.start < best.m.start) {
    best = { m: best.m, r: { code: nationality.r.code, sector: null, org: nationality.r.org } };
  }
  // ("took Prime Minister Mahendra Chaudhry hostage": whom one holds keeps the kind of actor he is.)
  if (agentSector === 'CVL' && !headAgent) {
    const agents = p.mentions.filter((m) => m.entry.kind === 'agent');
    const held = agents[agents.length - 1], before = agents[agents.length - 2];
    if (held && before && HELD.has(toks[held.end - 1]!.lemma) && held.end === p.end && before.entry.sector) agentSector = before.entry.sector;
  }
  // ("the Zapatista guerrilla leader", "a militia spokesman": a title right after a kind of actor apart from the state
  // is that kind's, not the government's.)
  if (agentSector && !headAgent) {
    const agents = p.mentions.filter((m) => m.entry.kind === 'agent');
    const title = agents[agents.length - 1], kind = agents[agents.length - 2];
    if (title && kind && kind.end === title.start && kind.entry.sector && APART_FROM_STATE.has(kind.entry.sector) && title.entry.sector === 'GOV'
      && TITLE_HEADS.has(toks[title.end - 1]!.lemma)) agentSector = kind.entry.sector;
  }
  // (Forces someone backs, and no country of their own named: "Armenian-backed forces", "US-backed forces" are
  // not that country's army, nor the army of the state they fight.)
  if (patron && agentSector === 'MIL' && !best) agentSector = 'REB';
  // ("an Israeli-owned beach hotel", "a Chinese-run factory": premises a country's people own are theirs, and what is
  // done to them is done to that country, though they stand in another.)
  if (!best && ownedBy && !agentSector && PREMISES.has(toks[p.end - 1]!.lemma)) {
    const r = actors.resolve(ownedBy.entry, date);
    if (r.code) return actorRef({ name: text, code: r.code, sector: 'BUS' }, text, span.start, span.end);
  }
  if (!best) {
    // "the North", "the South" in a story about the two Koreas (or the two Sudans): that country's government.
    const half = DIVIDED[text]?.find(([, pair]) => pair.some((c) => memory.places.countryCounts.has(c)));
    if (half) return actorRef({ name: text, code: half[0], sector: 'GOV' }, text, span.start, span.end);
    // "the two leaders", "both sides": the parties named before in this sentence, or last named together.
    // ("Each side": its determiner is part of the reference.)
    // (Not the states of a region, "European governments", "South American leaders": no parties named before.)
    if ((GROUP_REFERENCE.test(text) || GROUP_REFERENCE.test(s.text.slice(toks[p.start]!.start, span.end))) && !REGION_STATES.test(text)) {
      const here = new Map<string, ActorRef>();
      // (Not a place named after a preposition, nor an appositive: "MacKenzie, the U.N. commander in Sarajevo, said
      // ... both sides" names no two sides.)
      // ("Turkey lifted its objection to Finland and Sweden joining NATO after the three countries signed": countries
      // are states, not the alliance named with them.)
      const countries = COUNTRY_GROUP.test(text);
      for (const q of earlier) {
        if (q.actor?.code && !q.appositive && !PREPOSITIONS_OF_PLACE.has(toks[q.start - 1]?.norm ?? '') && !(countries && NON_STATE_CODES.has(q.actor.code))) here.set(q.actor.code, q.actor);
      }
      // Named in this sentence: the names are the evidence. Named before: the phrase is.
      // ("Norway, a guarantor of the process alongside Cuba, urged both sides", "the parties have agreed, said the
      // Kenyan envoy who chairs the talks": the sides are those of the last accord or fight told, not a mediator,
      // a host or a guarantor named with them or before them.)
      const sides = SIDES_REFERENCE.test(text) ? memory.lastSides : null;
      if (sides) here.clear();
      // ("the three ministers" after "the foreign ministers of Britain, France and Germany": a group of as many
      // parties as it says, the last one told.)
      const size = GROUP_SIZES[/\b(two|three|four)\b/i.exec(text)?.[1]?.toLowerCase() ?? ''];
      let counted: ActorRef[] | undefined;
      for (let g = memory.groups.length - 1; size && g >= 0 && !counted; g--) if (new Set(mapped(memory.groups[g]!, (a) => a.code)).size === size) counted = memory.groups[g];
      // (People named together come first for "the two ministers", unless they are not as many as it says.)
      const people = PEOPLE_GROUP.test(text) && memory.lastPeople && (!size || new Set(mapped(memory.lastPeople, (a) => a.code)).size === size) ? memory.lastPeople : null;
      const last = sides ?? people ?? counted ?? lastGroup(memory);
      // ("both countries", "the two countries": the story's own pair, unless the last pair named is also named often.)
      const before = countries && !people && (size === 2 || /\bboth\b/i.test(text) || !size) ? storyPair(memory, last) ?? last : last;
      // ("a bridge linking the two countries", after "The World Court rejected Argentina's request": countries are
      // states, not the international bodies named beside them.)
      // ("the two countries" after Sudan's army fought Sudanese rebels: two countries are two codes, one state each.)
      const states = countries ? [...new Map((before ?? []).filter((a) => a.code && !NON_STATE_CODES.has(a.code)).map((a) => [a.code, a])).values()] : before;
      const group = here.size >= 2 ? [...here.values()] : states && states.length >= 2 ? mapped(states, (a) => actorRef(countries ? { name: a.name, code: a.code, sector: null } : a, text, span.start, span.end)) : undefined;
      if (group) {
        p.group = group;
        return group[0]!;
      }
      // (With no parties known, "the two leaders" are no one's: not the dateline's country's government.)
      return actorRef({ name: text, code: null, sector: null }, text, span.start, span.end);
    }
    // A surname or name remembered from earlier in the article.
    for (let k = p.start; k < p.end; k++) {
      const known = toks[k]!.pos === 'PROPN' ? memory.surnames.get(toks[k]!.norm) : undefined;
      /** Whether the remembered person's name, accents stripped, holds the word: one of his or her given names. */
      const hasName = (w: Token) => known!.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().includes(w.norm);
      // ("Interior Minister Chaudhry Nisar Ali Khan" after Imran Khan, "her father, Reza Saberi" after Roxana Saberi: a
      // surname after a given name the person remembered does not have is someone else's.)
      // (Not a title: "Mr Martin", "RTE Mr Martin".)
      if (known && k > p.start && toks[k - 1]!.pos === 'PROPN' && /^[A-Z][a-z]/.test(toks[k - 1]!.text) && !HONORIFICS.has(toks[k - 1]!.norm.replace(/\.$/, ''))
        && !p.mentions.some((mm) => mm.start <= k - 1 && mm.end > k - 1) && !hasName(toks[k - 1]!)) continue;
      // ("Chen Yunlin, China's top negotiator" after Chen Shui-bian: nor is a family name written first and followed by
      // a given name the person remembered does not have.)
      if (known && k + 1 < p.end && toks[k + 1]!.pos === 'PROPN' && /^[A-Z][a-z]/.test(toks[k + 1]!.text) && !hasName(toks[k + 1]!)) continue;
      if (known) {
        const again = actorRef(known, text, span.start, span.end);
        notePerson(memory, again, toks.slice(p.start, p.end));
        return again;
      }
    }
    const head = toks[p.end - 1]!;
    const nominalHead = head.pos === 'NOUN' || head.pos === 'PROPN' || agentSector !== null;
    if (!nominalHead || p.time) return null;
    // "Uribe apologized to Correa, but his government accused Quito": a person's own body is of the person who is
    // the subject named before it in the sentence (not merely the last one named).
    // ("Hamas said its fighters attacked": so are a body's or a country's own, "its" or "their".)
    const possessor = toks[p.start]!.norm;
    // (The agent word must be the phrase's head: "its military operations" are acts, not its forces.)
    // (And as a subject, "its fighters attacked": "withdraw its troops" moves the subject's own, no recipient.)
    let verbAfter = p.end;
    while (toks[verbAfter]?.pos === 'ADV') verbAfter++;
    const agentHead = p.mentions.some((mm) => mm.entry.kind === 'agent' && mm.end === p.end) && ['VERB', 'AUX'].includes(toks[verbAfter]?.pos ?? '');
    // ("Saudi Arabia cut relations with Iran ... after protesters stormed its embassy in Tehran": a country's own
    // embassy is of the subject named before it, not of the country named last.)
    if (agentSector && DIPLOMATIC_BUILDINGS.has(head.norm) && (possessor === 'its' || possessor === 'their')) {
      const owner = [...earlier].reverse().find((x) => x.actor?.code && !x.time && x.mentions.some((mm) => mm.entry.kind === 'country' || mm.entry.kind === 'org')
        && ['VERB', 'AUX'].includes(toks[x.end]?.pos ?? '') && toks[x.start - 1]?.pos !== 'ADP');
      if (owner) {
        // (And "the embassy" later in the article is that one.)
        memory.heads.set(head.lemma, { name: owner.actor!.name, code: owner.actor!.code, sector: agentSector });
        return actorRef({ name: text, code: owner.actor!.code, sector: agentSector }, text, span.start, span.end);
      }
    }
    if (agentSector && agentHead && ['his', 'her', 'its', 'their'].includes(possessor)) {
      const person = possessor === 'his' || possessor === 'her';
      const owner = [...earlier].reverse().find((x) => x.actor?.code && x.mentions.some((mm) => (mm.entry.kind === 'person') === person)
        && ['VERB', 'AUX'].includes(toks[x.end]?.pos ?? '') && toks[x.start - 1]?.pos !== 'ADP');
      if (owner) return actorRef({ name: text, code: owner.actor!.code, sector: agentSector }, text, span.start, span.end);
    }
    // "imposed a travel ban on its leaders": a country's or a body's own people, after a preposition, are of the
    // last country or body the sentence named before them. (Not "their": people are "they" as often as countries;
    // nor a verb's own object, "recalled its ambassador", "withdraw its troops", which the roles read.)
    // ("Bahrain, whose Sunni rulers have accused Iran": and after "whose", of the one the clause describes.)
    // ("accused Ivory Coast and its president, Alassane Ouattara": after "and", of the country or body just named.)
    const partner = agentSector && possessor === 'its' && toks[p.start - 1]?.norm === 'and'
      ? earlier.find((x) => x.end === p.start - 1 && x.actor?.code && !x.time && x.mentions.some((mm) => mm.entry.kind === 'country' || mm.entry.kind === 'org')) : undefined;
    if (partner) return actorRef({ name: text, code: partner.actor!.code, sector: agentSector }, text, span.start, span.end);
    const whose = possessor !== 'whose' && toks[p.start - 1]?.norm === 'whose';
    if (agentSector && ((!agentHead && possessor === 'its' && toks[p.start - 1]?.pos === 'ADP') || whose)) {
      const owner = whose ? earlier.find((x) => x.actor?.code && x.end === p.start - 2 && toks[p.start - 2]!.text === ',')
        : [...earlier].reverse().find((x) => x.actor?.code && !x.time && x.mentions.some((mm) => mm.entry.kind === 'country' || mm.entry.kind === 'org'));
      if (owner) return actorRef({ name: text, code: owner.actor!.code, sector: agentSector }, text, span.start, span.end);
    }
    // "the base", "the carrier": a definite phrase whose head named a country's thing before ("a Syrian air base",
    // "the US aircraft carrier George Washington") is that thing again.
    // ("The regional bloc", "the alliance": an international body's word is a kind of actor, and still the body.)
    // ("the embassy": the one named before, "the Swedish embassy in Baghdad".)
    // ("The U.N. Security Council voted ... The council demanded": "the council" alone is the body named so before.)
    const body = toks[first - 1]?.norm === 'the' && first === p.start + 1 && p.end === first + 1 && BODY_NOUNS.has(head.norm) ? memory.heads.get(`body:${head.norm}`) : undefined;
    if (body) return actorRef(body, text, span.start, span.end);
    const known = (!agentSector || ORGANISATION_NOUNS.includes(head.lemma) || DIPLOMATIC_BUILDINGS.has(head.norm)) && toks[first - 1]?.norm === 'the' && first === p.start + 1 && head.pos === 'NOUN' ? memory.heads.get(head.lemma) : undefined;
    if (known && toks.slice(first, p.end - 1).every((x) => x.pos === 'ADJ')) return actorRef(known, text, span.start, span.end);
    // ("Yemen's Houthi rebels attacked a Saudi border post ... The rebels accuse Riyadh": so is "the rebels", "the
    // militants", an armed group named before with its country, though the story is told from another.)
    const group = agentSector && NON_STATE_ARMED.has(agentSector) && toks[first - 1]?.norm === 'the' && first === p.start + 1 && head.pos === 'NOUN'
      && toks.slice(first, p.end - 1).every((x) => x.pos === 'ADJ')
      ? memory.heads.get(`armed:${head.lemma}`) ?? (ARMED_GROUP_WORDS.has(head.lemma) ? memory.heads.get('armed:*') : undefined) : undefined;
    if (group) return actorRef({ name: text, code: group.code, sector: group.sector ?? agentSector }, text, span.start, span.end);
    // "The Security Council voted to impose sanctions ... The resolution also freezes funds": a document named with
    // "the" and no maker is the last doer's.
    const issuer = !agentSector && toks[p.start]!.norm === 'the' && p.end - p.start === 2 && ADOPTED_DOCUMENTS.has(head.lemma) ? memory.lastActor?.find((a) => a.code && !a.implicit) : undefined;
    if (issuer) return actorRef(issuer, text, span.start, span.end);
    // "in the country", "the nation's": the article's own country.
    if (/^(?:country|nation)$/.test(head.norm) && p.end - first === 1 && toks[first - 1]?.norm === 'the') {
      const home = homeCountry(memory.places);
      if (home) {
        p.place = true;
        return actorRef({ name: text, code: home, sector: null }, text, span.start, span.end);
      }
    }
    // "Russia threatened Lithuania after the Baltic nation banned ...": a country described, not named, is the last
    // country the sentence named.
    if (COUNTRY_NOUNS.has(head.norm) && p.end - first >= 2 && toks[p.start]!.norm === 'the'
      && toks.slice(first, p.end - 1).every((t) => t.pos === 'ADJ' || t.pos === 'PROPN')) {
      const named = describedCountry(mapped(toks.slice(first, p.end - 1), (t) => t.norm), earlier);
      if (named?.actor) return actorRef({ name: named.actor.name, code: named.actor.code, sector: null }, text, span.start, span.end);
    }
    // A city or region named alone stands for its country, as in the CAMEO dictionaries ("shelled Basra",
    // "Mosul was retaken"); after a preposition of place it stays a venue (the phrase is marked).
    // (Not the end of a longer name after a particle: "Mocimboa da Praia" is no Praia, Cape Verde's capital.)
    const afterParticle = first > 1 && ROMANCE_PARTICLES.has(toks[first - 1]!.text) && /^[A-Z]/.test(toks[first - 2]!.text);
    if (!agentSector && p.mentions.length === 0 && !afterParticle) {
      const name = toks.slice(first, p.end);
      if (name.every((t, k) => (t.pos === 'PROPN' && !INSTITUTION_WORDS.has(t.norm)) || (k > 0 && k === name.length - 1 && isDivisionWord(t.norm)))) {
        const place = resolvePlace(text, memory.places, undefined, { major: true });
        // (Countries are the dictionary's: one it does not know here is no country — "south america".)
        // (Nor is a body's name a town: "the People's Alliance" is no Alliance, Ohio.)
        if (place && place.kind !== 'country' && !bodysNameNotTown(toks, first, p.end, place, memory.places)) {
          p.place = true;
          return actorRef({ name: place.name, code: place.countryCode, sector: null }, text, span.start, span.end);
        }
      }
    }
    // Without a name, the phrase is a kind of actor only if an agent word is its head (possibly followed by a
    // name): "political opponents", "police chief John Doe" — not "military aid".
    const lastAgent = [...p.mentions].reverse().find((x) => x.entry.kind === 'agent');
    // ... or by an "of" phrase that names no actor: "leaders of all political parties"; or by a place the actor
    // holds: "guerrilla camps", "rebel positions", "army base" (attacking them is attacking those who hold them).
    const rest = lastAgent ? toks.slice(lastAgent.end, p.end) : [];
    // ("Interior Minister Jean-Pierre Chevenement": a hyphenated given name is a name too.)
    const headed = lastAgent && (allNameWords(rest) || (rest[0]?.norm === 'of' && !p.mentions.some((x) => x.start >= lastAgent.end))
      || (rest.length === 1 && HELD_PLACES.has(rest[0]!.lemma))
      // ("army units", "police units", "a rebel battalion": a body of the kind by its size is of that kind.)
      || (rest.length === 1 && UNIT_WORDS.has(rest[0]!.lemma)));
    // "Kandahar police", "Dubai ruler", "Texas officials", "the Borno state governor": a place named before the
    // agent word, with or without its division word, gives its country.
    let code: string | null = null;
    // "Kan ... ordered his government", "Putin and his generals": the government of whom "his" or "her" refers to,
    // the last person named, not of where the story is filed.
    const owner = headed && ['his', 'her'].includes(toks[p.start]!.norm) ? memory.people.at(-1) : undefined;
    if (owner?.ref.code && (owner.gender === null || owner.gender === (toks[p.start]!.norm === 'his' ? 'm' : 'f'))) code = owner.ref.code;
    // ("declared Ramallah a closed military zone and imposed a curfew on the city's residents": people of "the city",
    // "the town" or "the capital" are of the country of the city the sentence named last.)
    if (headed && !code && toks[p.start]!.norm === 'the' && CITY_NOUNS.has(toks[p.start + 1]?.lemma ?? '') && POSSESSIVE_S.has(toks[p.start + 2]?.norm ?? '')) {
      const city = [...earlier].reverse().find((x) => x.actor?.code && (x.place || x.mentions.some((mm) => mm.entry.kind === 'capital')));
      if (city?.actor?.code) code = city.actor.code;
    }
    if (headed && lastAgent.start > first) {
      const name = toks.slice(first, lastAgent.start);
      if (name.every((t, k) => (t.pos === 'PROPN' && !INSTITUTION_WORDS.has(t.norm)) || (k > 0 && k === name.length - 1 && isDivisionWord(t.norm)))) code = resolvePlace(s.text.slice(name[0]!.start, name[name.length - 1]!.end), memory.places, undefined, { backed: true })?.countryCode ?? null;
    }
    const international = headed && !code && p.end - p.start === 2 && toks[p.start]!.norm === 'the' && COURTS.has(toks[p.end - 1]!.lemma)
      ? memory.heads.get(`international:${toks[p.end - 1]!.lemma}`) : undefined;
    if (international) return actorRef(international, text, span.start, span.end);
    if (headed && !code && agentSector === 'GOV') code = speakersGovernment(toks, p, earlier);
    const same = headed && !code && (agentSector === 'MIL' || agentSector === 'COP') && p.end - first === 1 ? forcesNamedBefore(toks, p, agentSector, earlier) : undefined;
    if (same) code = same.code;
    const org = same?.org;
    const ref = actorRef({ name: text, code, sector: headed ? agentSector : null, ...(org ? { org } : {}) }, text, span.start, span.end);
    // "Opposition leader Nguyen Van Dai": a person the dictionaries do not know, named after the kind of actor they
    // are, is "him" or "Dai" later in the article.
    // (Not a hyphenated name, "Sheikh Ahmad al-Assir": titles before such names are more often honorifics than offices,
    // and "Assir's supporters" later are no office's.)
    if (headed && rest.length >= 2 && rest.every((t) => t.pos === 'PROPN')) {
      notePerson(memory, ref, toks.slice(p.start, p.end));
      memory.surnames.set(rest[rest.length - 1]!.norm, { name: ref.name, code: ref.code, sector: ref.sector, org: ref.org });
    }
    return ref;
  }
  // "Bosnian Serb forces ... shelling Serb gun emplacements": a people named after the country they live in ("Bosnian
  // Serbs", "Iraqi Kurds", "Kosovo Albanians") are that country's, and so are that people named alone later.
  const national = best.m.entry.kind === 'demonym' || best.m.entry.kind === 'country';
  const people = national ? p.mentions.find((x) => x.start === best!.m.end && x.entry.kind === 'demonym')?.start
    : undefined;
  // (Or one name for both: "Bosnian Serb" is in the dictionary as Bosnia's.)
  // (Not a compass word's: "South Sudanese" are of another country than "Sudanese", not Sudanese living in it.)
  const last = people ?? (national && best.m.end - best.m.start >= 2 && !NAME_PREFIXES.has(toks[best.m.start]!.norm) ? best.m.end - 1 : undefined);
  if (last !== undefined && best.r.code) memory.heads.set(`people:${toks[last]!.lemma}`, { name: best.m.entry.name, code: best.r.code, sector: null });
  else if (national && best.m.end - best.m.start === 1) {
    const living = memory.heads.get(`people:${toks[best.m.start]!.lemma}`);
    if (living?.code) best = { m: best.m, r: { code: living.code, sector: best.r.sector, org: best.r.org } };
  }
  // ("Police also arrested Wellington Moreira Franco", "Santiago Nieto Castillo": a capital's name followed by two
  // or more names no dictionary knows is a person's given name, not the capital's government.)
  if (best.m.entry.kind === 'capital' && best.m.start === first && p.end - best.m.end >= 2
    && toks.slice(best.m.end, p.end).every((t, k) => t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text) && !p.mentions.some((x) => x.start <= best!.m.end + k && x.end > best!.m.end + k))) {
    return actorRef({ name: text, code: null, sector: null }, text, span.start, span.end);
  }
  const { m, r } = best;
  let sector = r.sector;
  const kind = m.entry.kind;
  // ("Syrian officers ended mediation between rival militias in Tripoli as shells crashed into the north Lebanese
  // port": a capital's name in an article that never names its country, but names one with a city of that name,
  // is that city: Tripoli in Lebanon, not Libya's government.)
  if (kind === 'capital' && r.code && !memory.places.countryCounts.has(r.code) && memory.places.datelineCountry !== r.code) {
    const city = resolvePlace(s.text.slice(toks[m.start]!.start, toks[m.end - 1]!.end), memory.places);
    if (city && city.countryCode !== r.code && memory.places.countryCounts.has(city.countryCode)) {
      if (p.mentions.length === 1 && m.start === first && m.end === p.end) p.place = true;
      return actorRef({ name: city.name, code: city.countryCode, sector: null }, text, span.start, span.end);
    }
  }
  const alone = p.mentions.length === 1 && p.end - first === m.end - m.start;
  if (kind === 'person') {
    // ("Morales supporters", "Navalny aides": a kind of actor after the name heads the phrase.)
    const after = p.mentions.some((x) => x.entry.kind === 'agent' && x.start >= m.end);
    // (The text's "former" beats the dictionary's dates: "former foreign minister X" is out of office now.)
    if ((!sector || after || formerly) && agentSector) sector = agentSector;
  } else if (agentSector && (kind !== 'org' || !sector)) {
    sector = agentSector; // "Syrian government forces" → MIL; "Russian foreign minister" → GOV
  } else if (kind === 'capital' && !alone) {
    sector = null; // "Moscow residents" is not the government
  }
  // ("thousands of young supporters of Gbagbo": those who back a leader are not the state he heads.)
  if (sector && OFFICES.has(sector) && of > 0 && SUPPORTERS.has(toks[of - 1]!.lemma) && m.start > of) sector = 'CVL';
  // ("Amazon Indians", "Indian protesters" in a story from Quito: the indigenous peoples of the Americas, not India's,
  // are of the country the story is about.)
  let code = r.code;
  // (A state's people stay India's: "a top Indian diplomat" expelled by Canada.)
  if (code === 'IND' && (kind === 'demonym' || kind === 'country') && (!sector || !OFFICES.has(sector)) && /^indians?$/.test(joinTokens(toks, m.start, m.end, 'norm'))) {
    const home = homeCountry(memory.places);
    if (home && actors.americas.has(home)) {
      code = home;
      sector ??= 'CVL';
    }
  }
  // ("BRAZZAVILLE - ... Congo, one of sub-Saharan Africa's larger oil producers": in a story of the Republic of Congo,
  // the bare name and its people's are that country's, not the DRC's, which news means by them elsewhere.)
  if (code === 'COD' && (kind === 'country' || kind === 'demonym') && /^congo(?:lese)?$/.test(joinTokens(toks, m.start, m.end, 'norm'))
    && homeCountry(memory.places) === 'COG') code = 'COG';
  // ("Ethnic Albanians cheered the NATO troops in Prizren", "ethnic Russians in Crimea": people of an ethnic group
  // named by another country's demonym live where the story is, not in that country.)
  if ((kind === 'demonym' || kind === 'country') && toks[m.start - 1]?.norm === 'ethnic' && (!sector || !OFFICES.has(sector))) {
    const home = homeCountry(memory.places);
    if (home && home !== code) {
      code = home;
      sector ??= 'CVL';
    }
  }
  // ("A Serb mob fired on peacekeepers" in a story from Pristina, "Serbs marched" in one from Sarajevo: a people that
  // lives as a community in the neighbouring states, named by its own name and not as a state's officials or forces,
  // is of the country the story is about.)
  const kin = m.end - m.start === 1 && (kind === 'demonym' || kind === 'country') ? KIN_STATES.get(toks[m.start]!.norm) : undefined;
  if (kin && (!sector || !OFFICES.has(sector))) {
    const home = homeCountry(memory.places);
    if (home && kin.has(home)) code = home;
  }
  // ("Thousands marched on the offices of the ruling Democratic Progressive Party" in a story from Lilongwe, "the
  // Labour Party" in one from Jerusalem: a party with a name of words many parties' names are made of, of a country
  // the article never names, is the namesake of the story's country. Parties are the dictionary's organisations of a
  // country with no sector. (Not a name of its own: "DUP leader Arlene Foster" in a story that names only Dublin.)
  if (kind === 'org' && !r.sector && code && !NON_STATE_CODES.has(code) && !memory.places.countryCounts.has(code) && memory.places.datelineCountry !== code
    && m.end - m.start >= 2 && toks.slice(m.start, m.end).every((t) => PARTY_NAME_WORDS.has(t.norm))) {
    const home = homeCountry(memory.places);
    if (home && !NON_STATE_CODES.has(home)) code = home;
  }
  // ("the ruling People Power Party ... PPP lawmakers" in a story from Bangkok, "the Social Democratic Front ... the
  // SDF" in one from Yaounde: an acronym is first the initials of a body the article named in full, whatever body
  // elsewhere the dictionary knows by it.)
  if (kind === 'org' && m.end - m.start === 1 && /^[A-Z]{2,6}$/.test(toks[m.start]!.text)) {
    const named = memory.initials.get(toks[m.start]!.text);
    // (Only over a country the article never names: "the Free Syrian Army (FSA)" in a story about Syria is Syria's.)
    if (named?.code && named.code !== code && (!code || (!memory.places.countryCounts.has(code) && memory.places.datelineCountry !== code))) {
      code = named.code;
      sector = named.sector;
    }
  } else if (code && kind === 'org' && m.end - m.start >= 2) {
    let initials = '';
    for (let k = m.start; k < m.end; k++) if (/^[A-Z]/.test(toks[k]!.text)) initials += toks[k]!.text[0];
    if (initials.length >= 2) memory.initials.set(initials, { name: m.entry.name, code, sector });
  }
  const ref = actorRef({ name: code === r.code ? m.entry.name : code ?? m.entry.name, code, sector, org: code === r.code ? r.org || undefined : undefined }, text, span.start, span.end);
  // ... and what body a name ending in a word for one names ("the U.N. Security Council", "the International Monetary
  // Fund"), for "the council" or "the fund" later.
  const ending = toks[m.end - 1]!;
  if (kind === 'org' && ref.code && m.end - m.start >= 2 && BODY_NOUNS.has(ending.norm)) memory.heads.set(`body:${ending.norm}`, { name: ref.name, code: ref.code, sector: ref.sector, ...(ref.org ? { org: ref.org } : {}) });
  // Remember what a country's thing is called, for "the base" later ("a Syrian air base").
  const head = toks[p.end - 1]!;
  if (ref.code && kind !== 'person' && (!agentSector || DIPLOMATIC_BUILDINGS.has(head.norm)) && head.pos === 'NOUN' && m.end < p.end) memory.heads.set(head.lemma, { name: ref.name, code: ref.code, sector: ref.sector, ...(ref.org ? { org: ref.org } : {}) });
  // ... and whose an armed group is ("Yemen's Houthi rebels", "Rwandan Hutu rebels"), for "the rebels" later.
  // (Or whose a group of the dictionary's is, named by its kind: "Houthi rebels".)
  if (ref.code && ref.sector && NON_STATE_ARMED.has(ref.sector) && kind !== 'person' && head.pos === 'NOUN') {
    memory.heads.set(`armed:${head.lemma}`, { name: ref.name, code: ref.code, sector: ref.sector });
    // ("Yemeni Shi'ite rebels ... after the fighters crossed into the kingdom": by any of the words for such men.)
    if (ARMED_GROUP_WORDS.has(head.lemma)) memory.heads.set('armed:*', { name: ref.name, code: ref.code, sector: ref.sector });
  }
  // ("Five armed Burmese dissidents who stormed Myanmar's embassy in Bangkok ... The gunmen": men a phrase calls armed
  // are such a group, whatever kind of actor they are.)
  else if (ref.code && kind !== 'person' && head.pos === 'NOUN' && toks.slice(p.start, p.end - 1).some((t) => t.norm === 'armed') && ref.sector && PEOPLE_KINDS.has(ref.sector)) {
    memory.heads.set('armed:*', { name: ref.name, code: ref.code, sector: 'UAF' });
  }
  // ... and what "the bloc" or "the organisation" is: the last international body named.
  if (kind === 'org' && ref.code === 'IGO') for (const w of ORGANISATION_NOUNS) memory.heads.set(w, { name: ref.name, code: ref.code, sector: ref.sector, ...(ref.org ? { org: ref.org } : {}) });
  // ... and what a group's last name alone means: "the Muslim Brotherhood ... The Brotherhood condemned the bombing",
  // "the Tamil Tigers ... the Tigers". (Not a word many groups' names end in: "the Army", "the Party", "the Front";
  // nor the place a name ends on: "the Front for the Liberation of the Enclave of Cabinda" is no "Cabinda".)
  if (kind === 'org' && ref.code) {
    const named = p.mentions.find((mm) => mm.entry.kind === 'org');
    const last = named && named.end - named.start >= 2 ? toks[named.end - 1]! : undefined;
    if (last && last.pos === 'PROPN' && /^[A-Z][a-z]/.test(last.text) && !GROUP_NAME_HEADS.has(last.lemma) && !memory.surnames.has(last.norm)
      && !toks.slice(named!.start, named!.end).some((t) => t.norm === 'of') && !resolvePlace(last.text, memory.places)) {
      memory.surnames.set(last.norm, { name: ref.name, code: ref.code, sector: ref.sector, org: ref.org });
    }
  }
  // ... and what "the court" or "the tribunal" is, once an international one is named ("the International Court of
  // Justice ordered Myanmar ... The court also ordered", "the U.N. war crimes tribunal ... The tribunal indicted").
  if (kind === 'org' && ref.code === 'IGO' && (ref.sector === 'JUD' || COURTS.has(head.lemma))) {
    for (const w of COURTS) memory.heads.set(`international:${w}`, { name: ref.name, code: ref.code, sector: 'JUD', ...(ref.org ? { org: ref.org } : {}) });
  }
    // (Any kind of actor with a full name: "American businessman Edmond Pope" is "Pope" later.)
    if (kind === 'person' || agentSector) {
    // Remember people for pronouns and surnames later in the article.
    const propn = toks.slice(p.start, p.end).filter((t, k) => t.pos === 'PROPN' && !p.mentions.some((mm) => mm.entry.kind !== 'person' && p.start + k >= mm.start && p.start + k < mm.end));
    if (kind === 'person' || propn.length >= 2) {
      notePerson(memory, ref, toks.slice(p.start, p.end));
      const last = propn[propn.length - 1];
      // A person named in full is "Mr Martin" or "Martin" later in the article, whatever the dictionary's aliases.
      if (last) memory.surnames.set(last.norm, { name: ref.name, code: ref.code, sector: ref.sector, org: ref.org });
      // Chinese, Korean and Vietnamese names put the family name first: "Kim Jong Un" is "Kim" later, "Xi Jinping"
      // "Xi", "Nguyen Phu Trong" "Trong" or "Nguyen".
      const person = p.mentions.find((mm) => mm.entry.kind === 'person');
      if (person && person.end - person.start >= 2 && FAMILY_NAME_FIRST.has(ref.code ?? '') && toks[person.start]!.pos === 'PROPN') {
        memory.surnames.set(toks[person.start]!.norm, { name: ref.name, code: ref.code, sector: ref.sector, org: ref.org });
      }
    }
  }
  return ref;
}

/** A title and then a name no dictionary knows: "Sheikh Ali Salman", "Brigadier General Wissam al-Hassan". */
function titledName(toks: Token[], p: Phrase): boolean {
  const title = p.mentions.length === 1 && p.mentions[0]!.entry.kind === 'agent' ? p.mentions[0]! : undefined;
  return !!title && !!p.actor?.sector && title.start === p.start && p.end - title.end >= 2 && allNameWords(toks.slice(title.end, p.end));
}

/** Verbs whose object an adjective after it judges: "called the attack illegal". */
const JUDGING_VERBS = new Set(['call', 'consider', 'deem', 'find', 'declare', 'label', 'brand', 'term', 'judge', 'rule']);

/** Whether words are all of a person's name: proper nouns, and hyphens inside a name with what they join ("Shin
 *  Kak-soo", "Mamoun al-Homsi", "Jean-Pierre"). */
function allNameWords(words: readonly Token[]): boolean {
  const joined = (j: number) => words[j]?.text === '-' && j > 0 && words[j - 1]!.end === words[j]!.start && words[j + 1]?.start === words[j]!.end;
  return words.every((w, j) => w.pos === 'PROPN' || joined(j) || joined(j - 1) || (/^[a-z]{1,3}$/.test(w.text) && joined(j + 1)));
}

/** Whether a one-word person mention (a surname) names someone other than the dictionary's person: after a
 *  capitalised given name that person does not have (not a title or an honorific; "Sooronbai" is "Sooronbay"), or
 *  when the article has named
 *  someone else with that surname. */
function otherBearer(toks: Token[], p: Phrase, m: Mention, memory: ArticleMemory): boolean {
  const name = m.entry.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const prev = m.start > p.start ? toks[m.start - 1] : undefined;
  const title = (k: number) => p.mentions.some((o) => o.entry.kind === 'agent' && o.start <= k && o.end > k);
  if (prev && prev.pos === 'PROPN' && /^[A-Z][a-z]/.test(prev.text) && !HONORIFICS.has(prev.norm.replace(/\.$/, '')) && !title(m.start - 1)
    && !name.split(/\s+/).some((w) => w.slice(0, 4) === prev.norm.slice(0, 4))) return true;
  const remembered = memory.surnames.get(toks[m.start]!.norm);
  return (!!remembered && remembered.name !== m.entry.name) || memory.namesakes.has(toks[m.start]!.norm);
}

/** Group references that name states: "the two countries", "both nations", "the neighbours". */
const COUNTRY_GROUP = /\b(?:countries|nations|states|neighbou?rs|governments)\b/i;

/** Words for a body of troops by its size: "a company of paratroopers". */
const UNIT_WORDS = new Set(['company', 'battalion', 'contingent', 'detachment', 'platoon', 'squad', 'unit', 'regiment', 'brigade', 'division']);
/** Words for people held: "took the prime minister hostage". */
const HELD = new Set(['hostage', 'captive']);
/** Kinds of actor apart from the state, whose leaders and spokesmen are of that kind. */
const APART_FROM_STATE = new Set(['REB', 'OPP', 'SEP', 'UAF', 'CRM', 'INS', 'RAD']);
/** Titles that take the kind of actor before them: "guerrilla leader", "militia spokesman". */
const TITLE_HEADS = new Set(['leader', 'chief', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'head']);

/** Those who speak or act for a body named after "for": "a spokesman for the CSCE". */
const SPEAKING_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'envoy', 'representative', 'negotiator', 'official']);

/** Heads of a body named after "of": "leader of", "president of the Puerto Rican Independence Party". */
const BODY_HEADS = new Set(['leader', 'president', 'chairman', 'chairwoman', 'head', 'chief', 'secretary-general']);
/** Nouns for bodies apart from the state whose leader is of the opposition: "leader of the Palang Dharma party". */
const NON_STATE_BODIES = new Set(['party', 'movement', 'front', 'group', 'sect', 'organisation', 'organization', 'alliance', 'coalition']);

/** Nouns that refer back to an international body: "the bloc promised aid". */
/** Words that end the names of many groups, which alone name none of them. */
const GROUP_NAME_HEADS = new Set(['army', 'party', 'front', 'movement', 'council', 'union', 'group', 'state', 'force', 'forces',
  'organization', 'organisation', 'league', 'congress', 'alliance', 'committee', 'association', 'federation', 'assembly',
  'brigade', 'brigades', 'guard', 'guards', 'corps', 'command', 'authority', 'agency', 'service', 'bank', 'fund', 'court',
  'commission', 'ministry', 'office', 'institute', 'foundation', 'network', 'coalition', 'bloc', 'unit', 'units', 'division',
  'society', 'center', 'centre', 'order', 'church', 'club', 'company', 'corporation', 'government', 'republic', 'kingdom',
  'nations', 'states', 'watch', 'international', 'cross', 'crescent', 'party', 'people', 'national', 'democratic', 'liberation']);
const ORGANISATION_NOUNS = ['bloc', 'organisation', 'organization', 'alliance', 'union'];
/** Words that end the names of bodies, and name them again alone after "the": "the council", "the fund". */
const BODY_NOUNS = new Set(['council', 'commission', 'fund', 'bank', 'alliance', 'union', 'organisation', 'organization', 'agency', 'committee', 'assembly', 'bloc', 'community', 'league', 'conference']);
/** Nouns for a court: "the court" and "the tribunal" are the international one an article named, if any. */
const COURTS = new Set(['court', 'tribunal']);

/** Words that open a relative clause after a comma. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose']);

/** Countries whose people's names put the family name first, as English-language news writes them too. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM']);

/** Does phrase p contain one of these tokens? */
export function phraseIn(p: Phrase, tokens: ReadonlySet<number>): boolean {
  for (let k = p.start; k < p.end; k++) if (tokens.has(k)) return true;
  return false;
}

/** Phrases joined to p by "and" / "," going right: "condemned Russia and China". */
/** Whether a phrase is the speaker of a trailing verb of saying: "..., Thai police here said", "— says the ministry". */
export function tellsAfter(p: Phrase, toks: Token[]): boolean {
  const prev = toks[p.start - 1];
  // ("answered with tear gas and, according to doctors, live ammunition": so is a source named with "according to".)
  if (prev?.norm === 'to' && toks[p.start - 2]?.norm === 'according') return true;
  if (!prev || !(prev.text === ',' || prev.pos === 'PUNCT')) return false;
  let k = p.end;
  // (The speaker's title may run on: "US Deputy Secretary of Energy Jeffrey Kupfer said".)
  while (k < toks.length && k - p.end < 10 && (['ADV', 'AUX', 'PROPN'].includes(toks[k]!.pos) || toks[k]!.norm === 'here' || toks[k]!.norm === 'of')) k++;
  // ("..., hospital officials and witnesses said": so are speakers named together.)
  if (toks[k]?.norm === 'and' && toks[k + 1] && ['NOUN', 'PROPN'].includes(toks[k + 1]!.pos)) {
    let q = k + 1;
    while (q < toks.length && q - k < 6 && ['NOUN', 'PROPN', 'ADJ'].includes(toks[q]!.pos)) q++;
    k = q;
  }
  return toks[k]?.pos === 'VERB' && SPEECH.has(toks[k]!.lemma);
}

export function coordinated(p: Phrase, phrases: Phrase[], toks: Token[]): Phrase[] {
  const out = [p];
  let cur = p;
  for (;;) {
    const idx = phrases.indexOf(cur);
    const nxt = phrases[idx + 1];
    if (!nxt || !nxt.actor || nxt.time) break;
    const between = joinTokens(toks, cur.end, nxt.start, 'norm');
    if (!['and', ',', ', and', 'as well as', 'or'].includes(between)) break;
    // ("President Lee Teng-hui, the front-runner in the election,": a description of the one before is no other.)
    // (An unknown name takes its description's place: "Ali Kushayb, a Sudanese militia leader".)
    if (nxt.appositive === 'description') { if (!cur.actor?.code && nxt.actor.code) out.splice(out.indexOf(cur), 1, nxt); cur = nxt; continue; }
    // "near the border today, Thai military sources said": a speaker after a comma starts a clause of its own.
    if (tellsAfter(nxt, toks)) break;
    // "send troops to Mali, and Senegal and Burkina Faso also pledged soldiers": after a comma, parties that a verb
    // follows are the next clause's subject, not more objects (of an object: a subject's list is all one).
    if (between.startsWith(',') && ['VERB', 'ADP'].includes(toks[p.start - 1]?.pos ?? '') && subjectOfNextClause(nxt, phrases, toks)) break;
    // ("Russia expelled two diplomats and Britain recalled its ambassador": so are they after a bare "and" when a
    // verb that has an object follows them, or an auxiliary; not a participle describing them, "two soldiers and
    // three policemen stationed at the checkpoint".)
    // (Not the parties "between" which something is: "a ceasefire between the government and the rebels took effect".)
    // (Nor a subordinator's subjects: "as the IMF and World Bank opened their meetings".)
    if (between === 'and' && (toks[p.start - 1]?.pos === 'ADP' ? !OPENING_BOTH.has(toks[p.start - 1]!.norm) : verbWithObject(toks, p.start - 1)) && subjectOfNextClause(nxt, phrases, toks, true)) break;
    out.push(nxt);
    cur = nxt;
  }
  return out;
}

/** Whether the phrases coordinated from p end right before a verb: "..., and Senegal and Burkina Faso pledged";
 *  `finite`: phrases joined by a bare "and" only, and a verb that is no participle describing them (an auxiliary,
 *  or a verb with no preposition after it). */
function subjectOfNextClause(p: Phrase, phrases: Phrase[], toks: Token[], finite = false): boolean {
  let cur = p;
  for (;;) {
    const nxt = phrases[phrases.indexOf(cur) + 1];
    const between = nxt ? joinTokens(toks, cur.end, nxt.start, 'norm') : '';
    if (!nxt || !nxt.actor || !(finite ? ['and'] : ['and', ',', ', and']).includes(between)) break;
    cur = nxt;
  }
  let k = cur.end;
  while (toks[k]?.pos === 'ADV') k++;
  // ("recalled its ambassador from Copenhagen, and shoppers across the Gulf have boycotted": past a place the subject
  // is in.)
  const where = toks[k]?.pos === 'ADP' && toks[k]!.norm !== 'of' ? phrases.find((q) => q.start === k + 1) : undefined;
  if (where && (toks[where.end]?.pos === 'AUX' || finiteVerbAt(toks, where.end))) k = where.end;
  if (finite) return finiteVerbAt(toks, k) && !['ADP', 'PUNCT'].includes(toks[k + 1]?.pos ?? 'PUNCT');
  return toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX';
}

/** A verb that has a subject of its own: an auxiliary, or a verb in a tense of its own (no participle in -ing, no
 *  bare form after "help the government and the rebels reach"). */
function finiteVerbAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm) && t.norm !== t.lemma));
}

/** A verb of a clause, whose object the phrase after it is: not a participle describing it ("Yemen's
 *  internationally recognised government", "Zaire's ailing President"), nor a title's first word ("Acting President"). */
function verbWithObject(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.pos !== 'VERB' || k === 0 || !/^[a-z]/.test(t.text)) return false;
  let j = k - 1;
  while (j > 0 && toks[j]!.pos === 'ADV') j--;
  const prev = toks[j]!;
  return !(prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === "'s" || prev.norm === '’s' || POSSESSIVES.has(prev.norm));
}

/** Words after a people's name that make it an adjective: "the Berber region", "the Tamil community". */
const PEOPLES_LANDS = new Set(['region', 'regions', 'community', 'communities', 'heartland', 'minority', 'people', 'tribe', 'tribes', 'population', 'areas', 'homeland']);

/** Words before a list whose members all go together: "between", and subordinators ("as", "after", "while"). */
const OPENING_BOTH = new Set(['between', 'as', ...SUBORDINATORS]);

/** Whether a verb of p's own follows it ("Venezuela suspended"). */
function verbFollows(p: Phrase, toks: Token[]): boolean {
  let k = p.end;
  while (toks[k]?.pos === 'ADV') k++;
  return finiteVerbAt(toks, k);
}

/** Phrases joined to p by "and" / "," going left: "Britain and France condemned". */
/** Words that open a noun phrase describing a role: "the U.N. force commander", "its commander". */
const DETERMINERS_OPENING = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an']);

export function coordinatedBack(p: Phrase, phrases: Phrase[], toks: Token[]): Phrase[] {
  const out = [p];
  let cur = p;
  let comma = false;
  for (;;) {
    const idx = phrases.indexOf(cur);
    const prv = phrases[idx - 1];
    if (!prv || !prv.actor || prv.time) break;
    const between = joinTokens(toks, prv.end, cur.start, 'norm');
    if (!['and', ',', ', and', 'as well as'].includes(between)) break;
    // ("witnessed by Tshisekedi and Sassou Nguesso, Paul Kagame and Yoweri Museveni pledged": in a list the "and"
    // comes last; an "and" before a comma closes another one.)
    if (between === 'and' && comma) break;
    if (between === ',') comma = true;
    // "In the letter, seen by BBC News NI, she thanked ...": a pronoun after a comma opens the clause.
    if (cur.pronoun && between === ',') break;
    // (A subordinator is no preposition: "a week after Trudeau and Modi held talks".)
    if (toks[prv.start - 1]?.pos === 'ADP' && !SUBORDINATORS.has(toks[prv.start - 1]!.norm)) break;
    // ("Chavez, a fierce critic of Bush, has threatened": a description stands for the one it describes.)
    // ("its commander, General Constantino Chiwenga, warned": and a name stands for the description before it.)
    // ("British Lt. Gen. Mike Jackson, the KFOR commander, met", "the U.N. force commander, Turkish Lieutenant-General
    // Cevik Bir, put": one who holds an international body's command acts for the body, not for his country.)
    const international = (x: Phrase) => x.actor?.code === 'IGO' && x.mentions.some((m) => m.entry.kind === 'agent');
    if (between === ',' && international(cur) && cur.appositive === 'description' && prv.actor.code && prv.actor.code !== 'IGO') break;
    if (between === ',' && international(prv) && DETERMINERS_OPENING.has(toks[prv.start]!.norm) && cur.actor?.code && cur.actor.code !== 'IGO'
      && (cur.appositive === 'name' || cur.mentions.some((m) => m.entry.kind === 'person') || toks[cur.end - 1]!.pos === 'PROPN')) {
      out.splice(out.indexOf(cur), 1, prv);
      cur = prv;
      continue;
    }
    if (cur.appositive === 'description' && between === ',') {
      if (!prv.actor.code && cur.actor?.code) break;
      out.splice(out.indexOf(cur), 1, prv);
      cur = prv;
      continue;
    }
    if (between === ',' && (cur.appositive === 'name' || cur.mentions.some((m) => m.entry.kind === 'person')) && !prv.mentions.some((m) => m.entry.kind !== 'agent')
      && (POSSESSIVES.has(toks[prv.start]!.norm) || toks[prv.start]!.pos === 'DET')) break;
    // ("detaining Prime Minister Abdalla Hamdok, and troops opened fire": after ", and", a verb's object before it
    // closes the clause before.)
    if (between === ', and' && toks[prv.start - 1]?.pos === 'VERB') break;
    // ("Panama expelled the ambassador and Venezuela suspended flights": so does it after a bare "and", before a
    // verb of the subject's own; not after a verb of saying, "said Russia and China had vetoed", nor before an
    // infinitive, "urged Britain and France to act".)
    if (between === 'and' && verbWithObject(toks, prv.start - 1) && !SPEECH.has(toks[prv.start - 1]!.lemma) && verbFollows(cur, toks)) break;
    out.unshift(prv);
    cur = prv;
  }
  return out;
}

/** Places a sentence names after a preposition of place ("in Aleppo", "near Kharkiv", "in Syria"), by clause. */
/** Words of a journey that a place after "from" is the start of: "on his return from Germany". */
const RETURNS = new Set(['return', 'returning', 'arrival', 'arriving', 'journey', 'trip', 'flight', 'way']);

/** A place a clause names; `origin` when named as where someone came back from ("on his return from Germany"),
 *  not where the clause's act happened. */
/** A place a sentence names: its clause, where it starts (a token index), and whether it is where someone came from. */
export interface ClausePlace { clause: number; place: EventLocation; origin: boolean; at: number }

/** Nouns for the line between two countries, which belongs to neither. */
export const BORDERS: ReadonlySet<string> = new Set(['border', 'frontier', 'boundary']);

/** Buildings a country keeps in another: what names their owner does not name where they stand. */
export const DIPLOMATIC_BUILDINGS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'legation', 'chancery', 'residence']);
/** Premises a country's state or firms keep abroad ("a Turkish visa office", "a Chinese-owned factory"). */
const PREMISES: ReadonlySet<string> = new Set(['office', 'mission', 'company', 'firm', 'bank', 'school', 'restaurant', 'shop', 'store', 'business', 'factory', 'plant', 'centre', 'center', 'institute', 'hotel', 'club']);

/** What comes "from" a country without happening there: "condemnation from the United States" ("troops from the
 *  United States" are of it: a place still). */
export const REACTIONS_FROM = new Set(['condemnation', 'criticism', 'support', 'aid', 'pressure', 'praise', 'protest', 'call', 'help',
  'assistance', 'backing', 'opposition', 'objection', 'warning', 'demand', 'appeal', 'reaction', 'response', 'rebuke', 'outcry']);

/** India named only as "Indians" in a story of the Americas, which its places leave out (geo/places.ts): the
 *  indigenous peoples, no place. */
const peoplesOfTheAmericas = (code: string, context: PlaceContext): boolean =>
  code === 'IND' && context.countryCounts.size > 0 && !context.countryCounts.has('IND') && context.datelineCountry !== 'IND';

/** Prepositions of a participle that gives a reason: "enraged by", "angered at", "outraged over". */
const REASON_PREPOSITIONS = new Set(['by', 'at', 'over', 'about']);

/** Whether token `start` lies in a reason set off by commas (", enraged by ... ,"): a participle in -ed and a
 *  preposition of reason just after a comma before it, and a comma closing it within a few words after. */
function inSetOffReason(toks: readonly Token[], start: number): boolean {
  let c = start - 1;
  while (c >= 0 && toks[c]!.text !== ',' && start - c <= 15) c--;
  if (c < 0 || toks[c]!.text !== ',' || !/ed$/.test(toks[c + 1]?.norm ?? '') || !REASON_PREPOSITIONS.has(toks[c + 2]?.norm ?? '')) return false;
  for (let k = start; k < toks.length && k - start <= 12; k++) if (toks[k]!.text === ',') return true;
  return false;
}

export function placesOf(toks: Token[], phrases: Phrase[], clauseOf: number[], context: PlaceContext): ClausePlace[] {
  const out: ClausePlace[] = [];
  const gaz = Gazetteer.get();
  // A place opens a phrase ("in Aleppo") or ends one it was merged into ("soldiers in Pakistan").
  const placed: Array<{ start: number; end: number; mentions: Mention[]; origin: boolean }> = [];
  for (const p of phrases) {
    // ("in northeast Nigeria": a compass word the tagger left out of the phrase may stand between.)
    const compass = COMPASS.has(toks[p.start - 1]?.norm ?? '') ? 1 : 0;
    for (let k = p.start; k < p.end; k++) {
      const preposition = toks[k - 1 - (k === p.start ? compass : 0)]?.norm ?? '';
      if (PREPOSITIONS_OF_PLACE.has(preposition)) {
        // ("dozens of people, mostly from Afghanistan": past an adverb and a comma to the people.)
        let at = k - 2 - (k === p.start ? compass : 0);
        if (preposition === 'from') while (at > 0 && (toks[at]!.pos === 'ADV' || toks[at]!.text === ',')) at--;
        const mover = toks[at];
        // (Nor where a reaction or help comes from: "drawing condemnation from the United States", "aid from Japan".)
        // (Nor where people come from: "detained refugees from Syria" in a story from Cairo were detained in Egypt.)
        placed.push({ start: k, end: p.end, mentions: p.mentions.filter((m) => m.start >= k), origin: preposition === 'from' && !!mover && (RETURNS.has(mover.lemma) || REACTIONS_FROM.has(mover.lemma) || PEOPLE_FROM.has(mover.lemma)) });
        break;
      }
    }
  }
  for (const p of placed) {
    // ("thousands of rioters, enraged by the killing of 12 Nepali workers in Iraq, attacked the mosque": nor is a
    // place inside a reason set off by commas, which tells where what moved them was done.)
    if (inSetOffReason(toks, p.start)) continue;
    // ("outside the Chinese embassy in Hanoi": a country's embassy stands in another country; the phrase says
    // whose it is, not where.)
    if (DIPLOMATIC_BUILDINGS.has(toks[p.end - 1]!.norm)) continue;
    // ("capital of the Kokang region on the Chinese border": nor is a border a place inside the country it names.)
    if (BORDERS.has(toks[p.end - 1]!.lemma) && p.mentions.some((m) => m.entry.kind === 'demonym')) continue;
    // ("gathered outside a Turkish visa office in Baghdad": nor are a country's premises abroad, named by its people's
    // adjective alone, in that country.)
    if (PREMISES.has(toks[p.end - 1]!.lemma) && p.mentions.length > 0 && p.mentions.every((m) => m.entry.kind === 'demonym')) continue;
    // ("missiles were fired at an Israeli charter jet", "opened fire on Turkish soldiers": nor are a country's people
    // or craft, named by its adjective and a kind of actor, where they are.)
    if (p.mentions.some((m) => m.entry.kind === 'agent' && m.end === p.end) && p.mentions.some((m) => m.entry.kind === 'demonym')
      && p.mentions.every((m) => m.entry.kind === 'demonym' || m.entry.kind === 'agent')) continue;
    let place: EventLocation | undefined;
    // The most specific place first: a city named in the phrase ("Syria's Hama province" is Hama).
    for (let k = p.start; k < p.end && !place; k++) {
      if (toks[k]!.pos !== 'PROPN') continue;
      // (A name is tried from its first word: "Latin America" is not America.)
      if (toks[k - 1]?.pos === 'PROPN' && k > p.start) continue;
      // (Nor is a sea's: "in the Gulf of Guinea" is in no country.)
      if (toks[k - 1]?.norm === 'of' && WATERS.has(toks[k - 2]?.text ?? '')) continue;
      let j = k;
      // ("In Ho Chi Minh City": a capitalised word the tagger read as a common noun goes on with the name, which is then
      // tried whole before its first words, Ho in Ghana.)
      while (j + 1 < p.end && (toks[j + 1]!.pos === 'PROPN' || (toks[j + 1]!.pos === 'NOUN' && /^[A-Z][a-z]/.test(toks[j + 1]!.text)))) j++;
      // ("the deadliest attack in the former Soviet republic": a country described by its former ruler is no place of
      // that ruler's.)
      if (toks[k - 1]?.norm === 'former' && FORMER_DOMAINS.has(toks[j + 1]?.lemma ?? '')) continue;
      // ("seized Mogadishu from U.S.-backed warlords", "a London-based group": a name fused to a participle names who
      // backs, leads or hosts someone, not where the act was done.)
      if (fusedToParticiple(toks, j)) continue;
      // ("flew into the Central African Republic": nor are words of a country's name, which the tagger may break at an
      // adjective, a town of their own, Central in Louisiana or Republic in Missouri: the country is found below.)
      if (p.mentions.some((m) => (m.entry.kind === 'country' || m.entry.kind === 'capital') && m.start <= k && m.end >= j + 1 && m.end - m.start > j + 1 - k)) continue;
      // (The name goes on through words joined by hyphens: "Marj al-Zohour".)
      let longest = j;
      for (;;) {
        const particle = NAME_PARTICLES.has(toks[longest + 1]?.norm ?? '') ? 1 : 0;
        const dash = toks[longest + 1 + particle], next = toks[longest + 2 + particle];
        if (!dash || !next || !/^[-‑]$/.test(dash.text) || dash.end !== next.start || next.pos !== 'PROPN') break;
        longest += 2 + particle;
      }
      // "Geneva, Illinois": the words after a comma qualify the place.
      const qualifier = toks[p.end]?.text === ',' && toks[p.end + 1]?.pos === 'PROPN'
        ? toks.slice(p.end + 1).findIndex((t) => t.pos !== 'PROPN' && t.text !== '.') : -1;
      let qualifierText = qualifier > 0 ? joinTokens(toks, p.end + 1, p.end + 1 + qualifier, 'text').replace(/ \./g, '.') : undefined;
      // Only a state or country qualifies ("in Geneva, Lavrov said" does not).
      if (qualifierText && !gaz.regionByName(qualifierText) && !gaz.countryByName(qualifierText)) qualifierText = undefined;
      for (let e = j; e >= k && !place; e--) {
        const name = joinTokens(toks, k, e + 1, 'text');
        // (The first words of a longer name are a place only if a sizeable one: "University Square" in Bucharest is
        // not the Florida town of University, though the article names the United States.)
        // ("at Victoria Palace", "in Washington Square": nor the first words of a building's or a street's name, whose
        // first word honours a place elsewhere.)
        if (e < j && NAMED_STRUCTURES.has(toks[j]!.norm)) continue;
        // ("the Indian Ocean island nation", "the Taiwan Strait": nor the first words of a sea's name; a peninsula is
        // land, "the Sinai Peninsula" Egypt's.)
        if (WATERS.has(toks[e + 1]?.text ?? '') && toks[e + 1]!.text !== 'Peninsula') continue;
        const resolved = resolvePlace(name, context, e === p.end - 1 ? qualifierText : undefined, { sizeable: e < j });
        // ("near the village of Marj al-Zohour": a part of a longer name is that place only in a country the article
        // names, not the Libyan town of Marj; nor is "the Temple of Hatshepsut" in Temple, Texas.)
        // ("the Temple of the Tooth in Kandy": with "the" after "of" too.)
        const ofName = e === j && toks[j + 1]?.norm === 'of' && (toks[j + 2]?.pos === 'PROPN' || (toks[j + 2]?.norm === 'the' && toks[j + 3]?.pos === 'PROPN'));
        const longer = longest > j || ofName;
        if (resolved && longer && !context.countryCounts.has(resolved.countryCode) && context.datelineCountry !== resolved.countryCode) continue;
        // ("in the Berber region of Kabylie", in a story from Algiers: a name before a word for a people's land or its
        // people is that people's, not the Sudanese town of Berber, in a country the article never names.)
        if (resolved && e === j && PEOPLES_LANDS.has(toks[j + 1]?.norm ?? '') && resolved.kind !== 'country'
          && !context.countryCounts.has(resolved.countryCode) && context.datelineCountry !== resolved.countryCode) continue;
        // ("the Temple of Hatshepsut", "the Bank of England": after "the", a name that goes on with "of" names a
        // building or a body, wherever a town shares its first word.)
        if (resolved && ofName && toks[k - 1]?.norm === 'the' && resolved.kind !== 'country') continue;
        // ("protesters from the People's Alliance for Democracy": nor a body's name.)
        if (resolved && bodysNameNotTown(toks, k, e + 1, resolved, context)) continue;
        // ("fired tear gas at the Indians" in a story from Quito: the peoples the article's places leave India out for.)
        if (resolved && peoplesOfTheAmericas(resolved.countryCode, context)) continue;
        if (resolved) place = { ...resolved, name };
      }
    }
    if (!place) {
      const m = p.mentions.find((x) => (x.entry.kind === 'country' || x.entry.kind === 'capital')
        && !(toks[x.start - 1]?.norm === 'former' && FORMER_DOMAINS.has(toks[x.end]?.lemma ?? '')) && !fusedToParticiple(toks, x.end - 1));
      const c = m?.entry.code && !peoplesOfTheAmericas(m.entry.code, context) ? gaz.country(m.entry.code) : undefined;
      if (c) place = { ...c, name: joinTokens(toks, m!.start, m!.end, 'text') };
    }
    if (place) out.push({ clause: clauseOf[p.start]!, place, origin: p.origin, at: p.start });
  }
  return out;
}
