// Actor search over the actor dictionary's countries, organisations and people, found by code, name or any alias:
// the dashboard's typeahead (GET /api/actors) and the resolver of actor arguments (./resolve.ts).
import { distance } from 'fastest-levenshtein';
import type { ActorDictionary, DictionaryEntry } from './dictionary.js';

export type ActorKind = 'country' | 'organization' | 'person';

export interface ActorHit {
  /** The code that events carry and the API filters on (people: the country of their latest role). */
  code: string;
  name: string;
  kind: ActorKind;
  detail: string;
  /** The name or code that matched the query. */
  matched: string;
}

interface IndexedActor {
  code: string;
  name: string;
  kind: ActorKind;
  detail: string;
  /** The code that names this actor itself (a country's, an organisation's own: RT's is RT, though it counts as RUS). */
  ownCode: string | null;
  /** Normalised names and aliases (lower case, no accents), the canonical name first. */
  names: string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").trim();
/** Organisation types (the code organisations carry in events besides their own code). */
export const ORG_TYPES: Record<string, string> = {
  IGO: 'intergovernmental organisation', NGO: 'non-governmental organisation', MNC: 'multinational company', IMG: 'international militant group',
};

/**
 * The code events are counted under (as the store does): a country code, or for organisations and their officials
 * (IGO/NGO/MNC/IMG) the organisation code.
 */
const keyOf = (code: string, org: string | undefined) => (ORG_TYPES[code] ? org ?? code : code);

const KIND_RANK: Record<ActorKind, number> = { country: 0, organization: 1, person: 2 };

export class ActorSearch {
  private readonly actors: IndexedActor[] = [];
  private readonly countryNames = new Map<string, string>();
  private readonly orgNames = new Map<string, string>();

  constructor(dictionary: ActorDictionary) {
    const byEntry = new Map<DictionaryEntry, Set<string>>();
    for (const { entry, names } of dictionary.entries()) byEntry.set(entry, new Set(names.map((n) => joinTokens(n.split(" ")))));
    // Countries are spread over several entries (the country, its demonym, capital and seats of government such as
    // "Kremlin"): one search result per country code gathers all their names.
    const countries = new Map<string, IndexedActor>();
    const orgs = new Map<string, IndexedActor>();
    for (const [entry, names] of byEntry) {
      if (entry.kind === 'agent' || !entry.code) continue;
      if (entry.kind === 'person') {
        const role = entry.roles?.[entry.roles.length - 1];
        const code = role ? keyOf(role.code, role.org) : entry.code;
        const detail = role ? `${role.role}${role.role.includes(code) ? '' : `, ${code}`}${role.end ? ` (until ${role.end})` : ''}` : code;
        this.actors.push({ code, name: entry.name, kind: 'person', detail, ownCode: null, names: [fold(entry.name), ...[...names].map(fold)] });
      } else if (entry.kind === 'org') {
        const code = keyOf(entry.code, entry.org);
        const id = entry.org ?? entry.name;
        let a = orgs.get(id);
        if (!a) {
          // National organisations (Hamas, Gazprom) count under their country's code: say so.
          const detail = ORG_TYPES[entry.code] ?? `${entry.org ?? 'organisation'}, counted as ${entry.code}`;
          a = { code, name: entry.name, kind: 'organization', detail, ownCode: entry.org ?? null, names: [fold(entry.name), ...(entry.org ? [fold(entry.org)] : [])] };
          orgs.set(id, a);
          if (ORG_TYPES[entry.code] && entry.org) this.orgNames.set(entry.org, entry.name);
        }
        for (const n of names) a.names.push(fold(n));
      } else {
        let a = countries.get(entry.code);
        if (!a) {
          a = { code: entry.code, name: entry.code, kind: 'country', detail: 'country', ownCode: entry.code, names: [fold(entry.code)] };
          countries.set(entry.code, a);
        }
        // world-countries entries carry the common name; countries.tsv rows are named by their code.
        if (entry.kind === 'country' && entry.name !== entry.code) a.name = entry.name;
        for (const n of names) a.names.push(fold(n));
      }
    }
    for (const a of countries.values()) {
      a.names = [...new Set([fold(a.name), ...a.names])];
      this.countryNames.set(a.code, a.name);
      this.actors.push(a);
    }
    for (const a of orgs.values()) {
      a.names = [...new Set(a.names)];
      this.actors.push(a);
    }
  }

  get size(): number {
    return this.actors.length;
  }

  /** Display name of an actor code: "United States" for USA, "NATO" for NATO; the code itself when unknown. */
  nameOf(code: string): string {
    return this.countryNames.get(code) ?? this.orgNames.get(code) ?? code;
  }

  /** Actors whose own code, name or an alias is exactly the query (case and accents aside), countries first. */
  exact(query: string): ActorHit[] {
    const q = fold(query);
    if (!q) return [];
    return this.actors
      .filter((a) => a.ownCode?.toLowerCase() === q || a.names.includes(q))
      .sort((x, y) => Number(y.ownCode?.toLowerCase() === q) - Number(x.ownCode?.toLowerCase() === q) || KIND_RANK[x.kind] - KIND_RANK[y.kind])
      .map((a) => ({ code: a.code, name: a.name, kind: a.kind, detail: a.detail, matched: a.ownCode?.toLowerCase() === q ? a.ownCode : q }));
  }

  /** Actors with a name or code a few typing slips away from the query ("Rusia" → Russia), closest first. */
  similar(query: string, limit = 5): ActorHit[] {
    const q = fold(query);
    if (!q) return [];
    const allowed = slipsAllowed(q);
    const scored: Array<{ actor: IndexedActor; slips: number; matched: string }> = [];
    for (const actor of this.actors) {
      let best = allowed + 1;
      let matched = '';
      for (const n of [...(actor.ownCode ? [actor.ownCode.toLowerCase()] : []), ...actor.names]) {
        // Cheap length check first: the distance is at least the difference in length.
        if (Math.abs(n.length - q.length) > allowed) continue;
        const d = distance(q, n);
        if (d < best) { best = d; matched = n; }
      }
      if (best <= allowed) scored.push({ actor, slips: best, matched });
    }
    scored.sort((x, y) => x.slips - y.slips || KIND_RANK[x.actor.kind] - KIND_RANK[y.actor.kind] || x.actor.name.localeCompare(y.actor.name));
    return scored.slice(0, limit).map(({ actor, matched }) => ({ code: actor.code, name: actor.name, kind: actor.kind, detail: actor.detail, matched }));
  }

  /** Best matches for a query, best first: exact codes, then names that start with it, then words that do. */
  search(query: string, limit = 10): ActorHit[] {
    const q = fold(query);
    if (!q) return [];
    const scored: Array<{ actor: IndexedActor; score: number; matched: string }> = [];
    for (const actor of this.actors) {
      let best = 0;
      let matched = '';
      // Only an actor's own code is an exact hit: typing "rus" means Russia, not every Russian official or agency.
      if (actor.ownCode?.toLowerCase() === q) { best = 100; matched = actor.ownCode; }
      for (let i = 0; i < actor.names.length && best < 100; i++) {
        const n = actor.names[i]!;
        // The canonical name (index 0) outranks aliases with the same kind of match.
        const bonus = i === 0 ? 5 : 0;
        let s = 0;
        if (n === q) s = 90;
        else if (n.startsWith(q)) s = 70;
        else if (n.includes(` ${q}`) || n.includes(`-${q}`)) s = 50;
        else if (q.length >= 3 && n.includes(q)) s = 20;
        if (s && s + bonus > best) { best = s + bonus; matched = n; }
      }
      if (best) scored.push({ actor, score: best, matched });
    }
    scored.sort((x, y) => y.score - x.score || KIND_RANK[x.actor.kind] - KIND_RANK[y.actor.kind] || x.actor.name.length - y.actor.name.length
      || x.actor.name.localeCompare(y.actor.name));
    return scored.slice(0, limit).map(({ actor, matched }) => ({
      code: actor.code, name: actor.name, kind: actor.kind, detail: actor.detail, matched,
    }));
  }
}

/** Typing slips allowed in a name for it to be suggested: one per four letters, at least one. */
const slipsAllowed = (q: string) => Math.max(1, Math.floor(q.length / 4));

/** Joins dictionary tokens back into a name: "u.s.", "nato-led", "hamas-run" (no spaces around joining punctuation). */
function joinTokens(words: string[]): string {
  return words.join(' ').replace(/\s*-\s*/g, '-').replace(/\s+([.,'’])/g, '$1');
}
