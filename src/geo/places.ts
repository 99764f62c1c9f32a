// Which place a name means, given the article it is in. The approach of CLIFF-CLAVIN and Mordecai, simplified:
// first what the article is about (the countries it names, its dateline, the US states it names), then, among
// the places a name may mean, the one that article supports, with the well-known place, capitals and population
// as the default. "Geneva" is the Swiss city unless the article says Illinois; "Washington" is the US capital,
// "St. Petersburg" the Russian city unless the article is about Florida.
import { mapped } from '../arrays.js';
import { datelineOf } from '../text/article.js';
import { Gazetteer, withoutDivisionWord, type Place, type PlaceCandidate } from './gazetteer.js';

/** What an article says about where it is: the countries it names and its dateline. */
export interface PlaceContext {
  /** How many times the article names each country (ISO alpha-3), by name, demonym, capital or US state. */
  countryCounts: ReadonlyMap<string, number>;
  /** The country of the article's dateline ("KABUL (Reuters) -" → AFG); null without one. */
  datelineCountry: string | null;
  /** First-level divisions the article names ('US.IL' for "Illinois"). */
  regions: ReadonlySet<string>;
  /** The countries its first sentence (after the dateline) names: what the story leads with. */
  leadCountries?: ReadonlySet<string>;
  /** The country the first sentence opens on, by its name or capital, not by an adjective: the story's subject
   *  ("Burundi's first democratically elected president was killed", "Thailand signed a deal"; not "Indian troops
   *  fired", "President Barack Obama cancelled"). */
  leadOpening?: string | null;
  /** The countries the first sentence names by their names or capitals, not only by an adjective ("Guinea's
   *  military junta"; not "Indian troops", "the Organization of American States"). */
  leadNamed?: ReadonlySet<string>;
  /** The country the first sentence says something happened in ("were killed in an ambush in southwestern Ivory
   *  Coast near the border with Liberia"): by its name after "in", not its neighbour's. */
  leadPlace?: string | null;
  /** The countries the first sentence names by an adjective ("Nepali police", "Ecuadorean police"). */
  leadAdjectives?: ReadonlySet<string>;
  /** How many times the text after the dateline names the dateline's own city: a venue, when that is all it names. */
  datelineCityNames?: number;
}

/** An article's place context, with its dateline and the countries it names most. */
export interface ArticlePlaces extends PlaceContext {
  /** The dateline ("ISLAMABAD:") and its place, when the article opens with one; offsets in the article text. */
  dateline: { text: string; place: string; start: number; end: number; resolved: Place | null } | null;
  /** Countries by how often the article names them, most first (ties in order of first mention). */
  topCountries: string[];
}

export const NO_PLACE_CONTEXT: PlaceContext = { countryCounts: new Map(), datelineCountry: null, regions: new Set() };

// Weights of the evidence for a candidate, on the scale of log10(population) (a city of 10,000 scores 4, of
// 10 million 7), set by hand on a handful of cases before the fixture (test/fixtures/places.jsonl) was written.
const WELL_KNOWN = 2;      // an English name of places.tsv: GDELT's "well-known places"
const CAPITAL = 1.5;
const ADMIN_SEAT = 0.5;
// Each time the article names the candidate's country (up to three times), for a city of 100,000 or a capital or
// seat; a town gets a third of it. Naming the United States once ("U.S. Secretary of State ... in Geneva") does
// not make Geneva a town in Illinois; a story that names Lebanon three times means Lebanon's Tripoli.
const COUNTRY_NAMED = 1.5;
const COUNTRY_NAMED_TIMES = 3;
const TOWN_SHARE = 1 / 3;
const MAJOR = 100_000;
/** A city of millions: its name alone tells its country. */
const METROPOLIS = 1_000_000;
const COUNTRY_SHARE = 1;   // plus this times the country's share of the article's country mentions
const DATELINE = 2;
const REGION_NAMED = 5;    // the article names the candidate's state ("Illinois")
/** A division is not guessed over a namesake abroad that scores within this (a factor of ten in population). */
const NAMESAKE_MARGIN = 1;
/** A candidate below this population and without support from the article is too uncertain to give. */
const SMALL = 15_000;
/** Capitals and seats of first-level divisions. */
const SEAT_CODES = new Set(['PPLC', 'PPLA']);

const score = (c: PlaceCandidate, ctx: PlaceContext, total: number): number => {
  const named = ctx.countryCounts.get(c.countryCode) ?? 0;
  const major = c.population >= MAJOR || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  return Math.log10(c.population + 1)
    + (c.wellKnown ? WELL_KNOWN : 0)
    + (c.featureCode === 'PPLC' ? CAPITAL : c.featureCode === 'PPLA' ? ADMIN_SEAT : 0)
    + COUNTRY_NAMED * Math.min(named, COUNTRY_NAMED_TIMES) * (major ? 1 : TOWN_SHARE)
    + COUNTRY_SHARE * named / total
    + (ctx.datelineCountry === c.countryCode ? DATELINE : 0)
    + (c.admin1 && ctx.regions.has(c.admin1) ? REGION_NAMED : 0);
};

const supported = (c: PlaceCandidate, ctx: PlaceContext) =>
  ctx.countryCounts.has(c.countryCode) || ctx.datelineCountry === c.countryCode || (!!c.admin1 && ctx.regions.has(c.admin1));

/**
 * The place a name means in an article, or null when the gazetteer does not know it or cannot tell.
 * `name` may carry its qualifier ("Geneva, Illinois", "Paris, Texas", "Tripoli, Lebanon"), or it may be passed
 * apart: a qualifier keeps only the places in that state or country.
 */
/** Names of months and days. */
export const TIME_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export function resolvePlace(name: string, context: PlaceContext = NO_PLACE_CONTEXT, qualifier?: string, options: { major?: boolean; sizeable?: boolean; backed?: boolean } = {}): Place | null {
  const gaz = Gazetteer.get();
  let base = name.trim();
  if (qualifier === undefined) {
    const comma = base.lastIndexOf(',');
    if (comma > 0) {
      qualifier = base.slice(comma + 1).trim();
      base = base.slice(0, comma).trim();
    }
  }
  // ("sank the Cheonan in March": a month or a day is a time, whatever town bears its name.)
  // (Nor is a bare sea or gulf a town: "the Gulf state" is no province of Papua New Guinea.)
  if (TIME_NAMES.test(base) || /^(?:the )?(?:gulf|sea|ocean|bay|strait|coast)(?: states?)?$/i.test(base)) return null;
  const country = gaz.countryByName(base);
  let candidates = gaz.candidates(base);
  if (qualifier) {
    const region = gaz.regionByName(qualifier);
    const inCountry = gaz.countryByName(qualifier);
    const formerly = FORMER_STATES.get(qualifier.toLowerCase().replace(/\./g, ''));
    const within = candidates.filter((c) => (region && c.admin1 === region) || (inCountry && c.countryCode === inCountry) || formerly?.has(c.countryCode));
    // A qualifier says the place is not the one a bare name means: when it names no state or country detente
    // knows ("Geneva, Jones County"), or none of the candidates is there, the place is one the gazetteer lacks.
    if (!within.length) return null;
    candidates = within;
  } else if (country) {
    // A country's name is the country ("Lebanon", not Lebanon, Pennsylvania).
    const c = gaz.country(country);
    return c ? { ...c, name: base } : null;
  }
  if (!candidates.length) return null;
  let total = 0;
  for (const n of context.countryCounts.values()) total += n;
  let best: PlaceCandidate | null = null;
  let bestScore = -Infinity;
  const scores = mapped(candidates, (c) => score(c, context, total || 1));
  candidates.forEach((c, k) => { if (scores[k]! > bestScore) { best = c; bestScore = scores[k]!; } });
  if (!best) return null;
  const chosen: PlaceCandidate = best;
  // Divisions of two countries share names ("Punjab": India's and Pakistan's; "Pando": a Bolivian department and
  // a Uruguayan town): when nothing in the article supports the first and a namesake abroad is within a factor of
  // ten of it, the article has not said which, and a guess would give half such events the wrong country.
  if (chosen.kind === 'region' && !chosen.wellKnown && !qualifier && !supported(chosen, context)
    && candidates.some((c, k) => c.countryCode !== chosen.countryCode && bestScore - scores[k]! < NAMESAKE_MARGIN)) return null;
  // A region named with its division word ("Gulf Province") is no small town's namesake: its population (its
  // cities' sum) does not make it uncertain.
  const named = chosen.kind === 'region' && withoutDivisionWord(base) !== null;
  if (!qualifier && !named && !chosen.wellKnown && chosen.population < SMALL && !supported(chosen, context)) return null;
  // ... nor a town of a country a story never names, when it names others: "the city of Mansoura" in a story
  // datelined CAIRO is Egypt's, which the gazetteer spells otherwise, not Algeria's Mansourah.
  if (!qualifier && !named && !chosen.wellKnown && chosen.kind !== 'region' && chosen.population < MAJOR && !SEAT_CODES.has(chosen.featureCode)
    && !supported(chosen, context) && (context.datelineCountry !== null || context.countryCounts.size > 0)) return null;
  // Nor is a part of a city ("Chinatown", "Old Town", "Downtown"): the same name marks quarters of cities everywhere,
  // and a story from Honiara that says "in Chinatown" means its own, not New York's.
  if (!qualifier && chosen.featureCode === 'PPLX' && !chosen.wellKnown && !supported(chosen, context)) return null;
  // A name standing for an actor ("shelled Basra") must be a place everyone knows: a town's name is more often a
  // person's ("Godfrey was arrested").
  // (And the first words of a longer name must be a sizeable place: "University Square" in Bucharest is not the
  // Florida town of University.)
  if ((options.major || options.sizeable) && !chosen.wellKnown && chosen.kind !== 'region' && chosen.population < MAJOR && !SEAT_CODES.has(chosen.featureCode)) return null;
  // ... and of a country the article names ("Salinas named a peace commissioner" in a story on Mexico is no Californian
  // town, "San Cristobal" there no Venezuelan city).
  if (options.major && !chosen.wellKnown && !supported(chosen, context)) return null;
  // ("Liberal leader Radu Campeanu" in a story from Bucharest is no official of Liberal, Kansas: a town's name before
  // a kind of actor is that town only in a country the article names.)
  if (options.backed && !chosen.wellKnown && chosen.kind !== 'region' && chosen.population < MAJOR && !SEAT_CODES.has(chosen.featureCode) && !supported(chosen, context)) return null;
  return { name: base, countryCode: chosen.countryCode, lat: chosen.lat, lon: chosen.lon, kind: chosen.kind };
}

/** Words of the names of seas and land they enclose: a country's name inside one ("the Gulf of Guinea", "the Indian
 *  Ocean", "the Taiwan Strait") names no country and no actor. */
export const WATERS: ReadonlySet<string> = new Set(['Ocean', 'Sea', 'Gulf', 'Bay', 'Strait', 'Straits', 'Channel', 'Peninsula']);

/** Capitalised words, with the small words that join them inside names ("Bosnia and Herzegovina", "Gulf of Aden"). */
const NAME_RUN = /[A-Z][\p{L}'’.-]*(?:\s+(?:(?:of|and|the|de|al|el)\s+|(?:al|el|ad|as|ash|ul|ud|ez|es|en)-)?[A-Z][\p{L}'’.-]*)*/gu;
/** Particles inside Arabic and other names, before a hyphen: "Marj al-Zohour", "Deir ez-Zor". */
export const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'ul', 'ud', 'ez', 'es', 'en', 'ibn', 'bin']);
/** Lower-case particles inside Portuguese, Spanish and Italian place names ("Mocimboa da Praia", "Rio de Janeiro"): a
 *  country's or a capital's name after one ends the name of another place. */
export const ROMANCE_PARTICLES = new Set(['da', 'do', 'dos', 'das', 'de', 'del', 'di', 'du']);
const AFTER_ROMANCE_PARTICLE = new RegExp(`[A-Z][\\p{L}'’-]*\\s+(?:${[...ROMANCE_PARTICLES].join('|')})\\s+$`, 'u');
/** A name that goes on through a particle and a hyphen is one name: its first word alone is no place ("Marj
 *  al-Zohour" in Lebanon is not the Libyan district of Marj). */
const PARTICLE_NAME = /\s(?:al|el|ad|as|ash|ul|ud|ez|es|en)-[A-Z]/;
/** The longest country or region name looked up ("Saint Vincent and the Grenadines" is five words). */
const MAX_NAME_WORDS = 5;

/** What a capitalised phrase names in an article: a country, a region (with its first-level division) or a capital
 *  (its country); null when none. */
type PhrasePlace = { country: string; region: string | null } | null;

function phrasePlace(gaz: Gazetteer, phrase: string): PhrasePlace {
  const bare = phrase.replace(/[.,]$/, '');
  // Two-letter acronyms only as written in capitals ("US", not "Us").
  const country = gaz.countryByName(phrase) ?? gaz.countryByName(bare);
  if (country && !(bare.length <= 3 && bare !== bare.toUpperCase())) return { country, region: null };
  const cities = gaz.candidates(bare);
  // A region names its country when the name means places of that country only: "Helmand", "Borno State",
  // not "Punjab" (India and Pakistan); a region of places.tsv (a US state) counts as its well-known self.
  const region = cities.find((c) => c.kind === 'region' && c.admin1);
  if (region && (region.wellKnown || cities.every((c) => c.countryCode === region.countryCode))) return { country: region.countryCode, region: region.admin1 };
  // A capital names its country too ("talks in Kabul"), unless another city of 100,000 shares its name
  // (Tripoli is also Lebanon's second city).
  const capital = cities.find((c) => c.featureCode === 'PPLC' && !cities.some((o) => o !== c && o.population >= MAJOR));
  if (capital) return { country: capital.countryCode, region: null };
  // So does a city of millions that no other large city shares its name with ("attacks in Sao Paulo", "riots in
  // Karachi"): a story that names it again and again is about its country, though it names the country once.
  const metropolis = cities.find((c) => c.kind === 'city' && c.population >= METROPOLIS && !cities.some((o) => o !== c && o.population >= MAJOR));
  return metropolis ? { country: metropolis.countryCode, region: null } : null;
}

/** Phrases already looked up (the gazetteer does not change): news names the same places again and again, and
 *  looking one up costs several normalisations and lookups. Emptied when full, so memory stays bounded. */
const phrasePlaces = new Map<string, PhrasePlace>();
const PHRASE_MEMO_SIZE = 100_000;

/**
 * Cities that are the seats of international bodies: a story datelined BRUSSELS or GENEVA is the EU's, NATO's or
 * the U.N.'s business with some other country ("Foreign Minister Stan Mudenge said ..." in a story on EU sanctions
 * on Zimbabwe), and "Brussels" in its text means the EU, so neither makes the host country the article's own.
 * VATICAN CITY is the Holy See's: "security forces" in a story from there about Nicaragua are Nicaragua's.
 */
const SEATS_OF_INTERNATIONAL_BODIES = new Set(['Brussels', 'Geneva', 'The Hague', 'Hague', 'Strasbourg', 'Vienna', 'Vatican City']);

/** States that no longer exist, as datelines of their time name them ("MINSK, USSR"), with the countries now on their
 *  ground: a place so qualified is in one of those. */
const SOVIET_SUCCESSORS = ['RUS', 'UKR', 'BLR', 'MDA', 'LTU', 'LVA', 'EST', 'GEO', 'ARM', 'AZE', 'KAZ', 'UZB', 'TKM', 'KGZ', 'TJK'];
const YUGOSLAV_SUCCESSORS = ['SRB', 'HRV', 'BIH', 'MKD', 'SVN', 'MNE', 'XKX'];
const FORMER_STATES = new Map<string, ReadonlySet<string>>([
  ['ussr', new Set(SOVIET_SUCCESSORS)], ['soviet union', new Set(SOVIET_SUCCESSORS)],
  ['yugoslavia', new Set(YUGOSLAV_SUCCESSORS)], ['czechoslovakia', new Set(['CZE', 'SVK'])],
  ['east germany', new Set(['DEU'])], ['west germany', new Set(['DEU'])],
]);

/** India named by its name or capital ("Indian", "Indians" may be the peoples of the Americas). */
const INDIA_NAMED = /\b(?:India|New Delhi|Delhi)\b/;

/** The word before a full stop that ends an abbreviation, not a sentence: "U.S.", "Gen.", "Jan.". */
const ABBREVIATION_END = /(?:(?:^|[\s.(])[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Jr|Sr|Co|Corp|Inc|Ltd|Maj|Capt|Adm|Brig|Prof|Rev))$/;

/** "in", with a compass word between ("in southwestern", "in the north of"), right before a name. */
/** "in the" right before a demonym, and a city's word right after it: "in the Zambian capital". */
const IN_THE_BEFORE = /\bin\s+the\s+$/;
const CITY_AFTER = /^\s+(?:capital|city|town|port|resort)\b/;
const IN_PLACE_BEFORE = /\bin\s+(?:the\s+(?:north|south|east|west|centre|center)\s+of\s+|(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/;

/** The countries and first-level divisions an article names, its dateline and where the dateline is. */
/** Words after a country's name for its missions, envoys and flags abroad. */
const ABROAD_AFTER = /^\s+(?:embass(?:y|ies)|consulates?|ambassadors?|envoys?|flags?)\b/i;

export function articlePlaces(text: string): ArticlePlaces {
  const gaz = Gazetteer.get();
  const counts = new Map<string, number>();
  const regions = new Set<string>();
  const d = datelineOf(text);
  // (The lead ends at the first full stop after the dateline that ends a sentence: ". " before a capital or a quote.)
  const leadStart = d?.end ?? 0;
  // (Not the full stop of an abbreviation: "U.S. President Barack Obama", "Gen. Khalifa Haftar".)
  const leadStop = /[.!?]["'’”]?\s+(?=["'‘“A-Z])/g;
  leadStop.lastIndex = leadStart;
  let leadEnd = text.length;
  for (let stop = leadStop.exec(text); stop; stop = leadStop.exec(text)) {
    if (text[stop.index] === '.' && ABBREVIATION_END.test(text.slice(Math.max(0, stop.index - 6), stop.index))) continue;
    leadEnd = stop.index;
    break;
  }
  const lead = new Set<string>();
  const leadNamed = new Set<string>();
  let leadPlace: string | null = null;
  const leadAdjectives = new Set<string>();
  // (The lead opens on a name when its first words are it, after "The" at most.)
  const leadText = text.slice(leadStart);
  const openingAt = leadStart + (leadText.length - leadText.trimStart().length) + (/^The\s+/.exec(leadText.trimStart())?.[0].length ?? 0);
  let leadOpening: string | null = null;
  let inLead = false;
  let runAt = -1;
  let runEnd = -1;
  const add = (code: string, byName = false) => {
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (inLead) lead.add(code);
    if (inLead && byName) leadNamed.add(code);
    // ("signed a peace accord in the Zambian capital": a demonym before a city's word, after "in the", names where.)
    const venue = !byName && IN_THE_BEFORE.test(text.slice(Math.max(0, runAt - 12), runAt)) && CITY_AFTER.test(text.slice(runEnd, runEnd + 12));
    if (inLead && !byName && !venue) leadAdjectives.add(code);
    if (inLead && (byName || venue) && leadPlace === null && (venue || IN_PLACE_BEFORE.test(text.slice(Math.max(0, runAt - 40), runAt)))) leadPlace = code;
    if (inLead && byName && runAt === openingAt && leadOpening === null) leadOpening = code;
  };
  for (const run of text.matchAll(NAME_RUN)) {
    // (The dateline counts once, below, as the dateline.)
    if (d && run.index! >= d.start && run.index! < d.end) continue;
    if (SEATS_OF_INTERNATIONAL_BODIES.has(run[0])) continue;
    // ("stormed the US embassy compound in Tunisia's capital", "the Israeli ambassador in Amman": a state's mission,
    // envoy or flag is abroad, in a story about where it is.)
    if (ABROAD_AFTER.test(text.slice(run.index! + run[0].length, run.index! + run[0].length + 16))) continue;
    // ("the port town of Mocimboa da Praia": a name after a Romance particle ends another place's name.)
    if (AFTER_ROMANCE_PARTICLE.test(text.slice(Math.max(0, run.index! - 30), run.index!))) continue;
    inLead = run.index! >= leadStart && run.index! < leadEnd;
    runAt = run.index!;
    runEnd = runAt + run[0].length;
    if (PARTICLE_NAME.test(run[0])) {
      const place = phrasePlace(gaz, run[0]);
      if (place) {
        if (place.region) regions.add(place.region);
        add(place.country, !gaz.isDemonym(run[0]));
      }
      continue;
    }
    const words = run[0].split(/\s+/);
    // Longest names first, left to right: "South Sudan" is not Sudan, "New Mexico" not Mexico.
    for (let i = 0; i < words.length;) {
      // ("the Gulf of Guinea", "the Bay of Bengal": the name after a sea's word and "of" is the sea's.)
      if (WATERS.has(words[i]!) && words[i + 1] === 'of') { i += 3; continue; }
      let matched = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !matched; n--) {
        const phrase = (n === 1 ? words[i]! : words.slice(i, i + n).join(' ')).replace(/['’]s?$/, ''); // (and "Honduras' electoral tribunal")
        let place = phrasePlaces.get(phrase);
        if (place === undefined) {
          if (phrasePlaces.size >= PHRASE_MEMO_SIZE) phrasePlaces.clear();
          phrasePlaces.set(phrase, (place = phrasePlace(gaz, phrase)));
        }
        // ("the Indian Ocean island nation", "the Taiwan Strait": nor the first words of a sea's name.)
        if (place && WATERS.has(words[i + n] ?? '') && words[i + n] !== 'Peninsula') matched = n;
        else if (place) {
          if (place.region) regions.add(place.region);
          add(place.country, i === 0 && !gaz.isDemonym(phrase));
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  let dateline: ArticlePlaces['dateline'] = null;
  let datelineCityNames = 0;
  inLead = false;
  if (d) {
    // Datelines are written in capitals ("NEW DELHI", "ST. PETERSBURG, Fla."): look them up in title case.
    const title = d.place.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    const resolved = resolvePlace(title, { countryCounts: counts, datelineCountry: null, regions });
    dateline = { ...d, resolved };
    if (resolved && !SEATS_OF_INTERNATIONAL_BODIES.has(title)) add(resolved.countryCode);
    // ("ABIDJAN - ... the summit in Abidjan": the city named again is where things happen, not its country acting.)
    const city = title.split(',')[0]!.trim();
    for (let at = text.indexOf(city, d.end); at >= 0; at = text.indexOf(city, at + city.length)) datelineCityNames++;
  }
  // ("Indian marchers", "Amazon Indians" in a story from La Paz: the indigenous peoples of the Americas. India named
  // only by that word, in a story that names a country of the Americas, is not named at all; left in, its count made
  // India the story's country and its Indians India's.)
  if (counts.has('IND') && !INDIA_NAMED.test(text) && [...counts.keys()].some((c) => gaz.continentOf(c)?.[0] === 'Americas')) {
    counts.delete('IND');
    lead.delete('IND');
    leadNamed.delete('IND');
    leadAdjectives.delete('IND');
    if (leadOpening === 'IND') leadOpening = null;
  }
  const topCountries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const datelineCountry = dateline && !SEATS_OF_INTERNATIONAL_BODIES.has(dateline.resolved?.name ?? '') ? dateline.resolved?.countryCode ?? null : null;
  return { countryCounts: counts, datelineCountry, regions, dateline, topCountries, leadCountries: lead, leadOpening, leadNamed, leadPlace, leadAdjectives, datelineCityNames };
}
