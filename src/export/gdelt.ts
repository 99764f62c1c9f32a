// The GDELT 1.0 event table layout (58 tab-separated columns, SOURCEURL last), filled with what detente knows:
// one row per merged event, its representative's actors and codes, the cluster's mention/source/article counts.
// Columns detente has no data for (ethnic and religion codes, tone, actor geography) are left empty; ActionGeo_* is
// filled when the event has a location, with GDELT's FIPS 10-4 country code (from the country-code-lookup
// package) but no ADM1 code or feature id.
import { createRequire } from 'node:module';
import type { ActorRef, EventLocation } from '../model.js';
import type { StoredEvent } from '../store/store.js';
import { actorKey } from '../store/codes.js';

const ACTOR_COLUMNS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_COLUMNS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_COLUMNS.map((c) => `Actor1${c}`),
  ...ACTOR_COLUMNS.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_COLUMNS.map((c) => `Actor1Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `Actor2Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

const NON_COUNTRY = new Set(['IGO', 'NGO', 'MNC', 'IMG']);

/** The ten actor columns: CAMEO-style code (country + group + type, e.g. RUSGOV, PSEHMSREB, IGONATO), name, parts. */
function actorColumns(ref: ActorRef | undefined): string[] {
  if (!ref || !actorKey(ref)) return new Array(ACTOR_COLUMNS.length).fill('');
  const country = ref.code && !NON_COUNTRY.has(ref.code) ? ref.code : '';
  const sector = ref.sector && ref.sector !== ref.code ? ref.sector : '';
  const code = `${ref.code ?? ''}${ref.org ?? ''}${sector}`;
  return [code, ref.name.toUpperCase(), country, ref.org ?? '', '', '', '', ref.sector ?? '', '', ''];
}

const lookup = createRequire(import.meta.url)('country-code-lookup') as { byIso(code: string): { fips: string | null } | null };

/** GDELT's geographic country code (FIPS 10-4) for an ISO alpha-3 code and a point: GDELT splits the
 *  Palestinian territories into the West Bank (WE, the package's code for PSE) and the Gaza Strip (GZ).
 *  '' where FIPS has no code (Micronesia, the US Minor Outlying Islands). */
export function fipsCountry(iso3: string, lat?: number, lon?: number): string {
  if (iso3 === 'PSE' && lat !== undefined && lon !== undefined && lat >= 31.2 && lat <= 31.6 && lon >= 34.2 && lon <= 34.58) return 'GZ';
  return lookup.byIso(iso3)?.fips ?? '';
}

/** ActionGeo_* columns. GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function actionGeo(place: EventLocation | null): unknown[] {
  if (!place) return new Array(GEO_COLUMNS.length).fill('');
  const us = place.countryCode === 'USA';
  const type = place.kind === 'country' ? 1 : place.kind === 'region' ? (us ? 2 : 5) : us ? 3 : 4;
  return [type, place.name, fipsCountry(place.countryCode, place.lat, place.lon), '', place.lat, place.lon, ''];
}

/** GDELT's FractionDate: the year plus the share of it elapsed, e.g. 2017.2685 for 2017-04-07. */
export function fractionDate(date: string): string {
  const y = Number(date.slice(0, 4));
  const day = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

/** Tabs and line breaks would break the row: they become spaces. */
const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

export function gdeltRow(e: StoredEvent): string {
  const sqlDate = e.date.replaceAll('-', '');
  const cells: unknown[] = [
    e.seq, sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), fractionDate(e.date),
    ...actorColumns(e.actor.find((r) => actorKey(r)) ?? e.actor[0]),
    ...actorColumns(e.recipient.find((r) => actorKey(r)) ?? e.recipient[0]),
    // GDELT's IsRootEvent marks events from the lead of the article: here, its first sentence.
    e.sentenceIndex === 0 ? 1 : 0, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quadClass, e.goldstein,
    e.mentions, e.sources, e.articles, '',
    ...new Array(GEO_COLUMNS.length * 2).fill(''),
    ...actionGeo(e.location ?? null),
    e.ingestedAt.slice(0, 10).replaceAll('-', ''), e.articleUrl ?? '',
  ];
  return cells.map(clean).join('\t') + '\n';
}

export const gdeltHeader = (): string => GDELT_COLUMNS.join('\t') + '\n';
