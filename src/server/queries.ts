// Read queries the API needs beyond a single Store call, built only from the Store's public methods.
import type { EventLocation } from '../model.js';
import { createRequire } from 'node:module';
import type { EventQuery, Store, StoredEvent } from '../store/store.js';

export interface PairEventsQuery {
  a: string;
  b: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Events between two actors in either direction (A→B and B→A), oldest first, paginated: the events counted in
 *  the relations figures of the pair (matched on the keys relations count them under). */
export function pairEvents(store: Store, q: PairEventsQuery): { total: number; totalExact: true; events: StoredEvent[] } {
  const directions: EventQuery[] = [
    { actor: q.a, recipient: q.b, from: q.from, to: q.to, countedAs: true },
    { actor: q.b, recipient: q.a, from: q.from, to: q.to, countedAs: true },
  ];
  const total = directions.reduce((n, d) => n + store.countEvents(d), 0);
  // Each direction can contribute at most offset+limit events to the requested page.
  const need = q.offset + q.limit;
  const byId = new Map<string, StoredEvent>();
  for (const d of directions) for (const e of store.events({ ...d, limit: need, offset: 0 })) byId.set(e.id, e);
  const events = [...byId.values()].sort(byDateThenPlace).slice(q.offset, q.offset + q.limit);
  // A pair's count reads its rows of event_dyads only: exact, and cheap whatever the store's size.
  return { total, totalExact: true, events };
}

function byDateThenPlace(x: StoredEvent, y: StoredEvent): number {
  return x.date.localeCompare(y.date) || x.docId.localeCompare(y.docId) || x.sentenceIndex - y.sentenceIndex || x.id.localeCompare(y.id);
}

/** A place where an event happened, as the map shows it. */
export type PlaceOnMap = Pick<EventLocation, 'name' | 'lat' | 'lon'>;

/** The location of an event (the coder geocodes places named in the event's clause); null when it has none. */
export function eventLocation(e: { location?: EventLocation | null }): PlaceOnMap | null {
  const l = e.location;
  if (!l || !Number.isFinite(l.lat) || !Number.isFinite(l.lon)) return null;
  return { name: l.name, lat: l.lat, lon: l.lon };
}

interface WorldCountry { cca3: string; ccn3: string; name: { common: string } }
const require = createRequire(import.meta.url);
let numericCodes: Map<string, { numeric: string; name: string }> | null = null;
/** ISO alpha-3 → ISO numeric (the ids world-atlas uses) and common name. */
function countryTable(): Map<string, { numeric: string; name: string }> {
  if (!numericCodes) {
    numericCodes = new Map();
    for (const c of require('world-countries') as WorldCountry[]) {
      if (c.ccn3) numericCodes.set(c.cca3, { numeric: c.ccn3, name: c.name.common });
    }
    // Kosovo has no ISO numeric code; world-atlas leaves it unnamed too. detente codes it XKX.
  }
  return numericCodes;
}

/** The most events the map aggregates per request: it bounds the time one map request can take on a large store. */
export const MAP_EVENT_CAP = 20_000;

export interface MapFigures {
  countries: Array<{ code: string; numeric: string; name: string; events: number; goldsteinMean: number }>;
  locations: Array<PlaceOnMap & { events: number; goldsteinMean: number }>;
  locatedEvents: number;
  scannedEvents: number;
}

/** Per-country and per-place event counts and mean Goldstein scores in a window. */
export function mapFigures(store: Store, q: { from?: string; to?: string }): MapFigures {
  const events = store.events({ from: q.from, to: q.to, limit: MAP_EVENT_CAP, offset: 0 });
  const table = countryTable();
  const countries = new Map<string, { events: number; goldstein: number }>();
  const places = new Map<string, PlaceOnMap & { events: number; goldstein: number }>();
  let located = 0;
  for (const e of events) {
    // A country that is both actor and recipient of one event (a domestic event) counts once.
    const codes = new Set([...e.actor, ...e.recipient].map((a) => a.code).filter((c): c is string => !!c && table.has(c)));
    for (const c of codes) {
      const f = countries.get(c) ?? { events: 0, goldstein: 0 };
      f.events++;
      f.goldstein += e.goldstein;
      countries.set(c, f);
    }
    const loc = eventLocation(e);
    if (loc) {
      located++;
      const key = `${loc.lat.toFixed(2)},${loc.lon.toFixed(2)}`;
      const p = places.get(key) ?? { ...loc, events: 0, goldstein: 0 };
      p.events++;
      p.goldstein += e.goldstein;
      places.set(key, p);
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    countries: [...countries].map(([code, f]) => ({ code, numeric: table.get(code)!.numeric, name: table.get(code)!.name, events: f.events, goldsteinMean: round(f.goldstein / f.events) }))
      .sort((x, y) => y.events - x.events),
    locations: [...places.values()].map(({ goldstein, ...p }) => ({ ...p, goldsteinMean: round(goldstein / p.events) }))
      .sort((x, y) => y.events - x.events),
    locatedEvents: located,
    scannedEvents: events.length,
  };
}
