// The actor dictionary: countries (world-countries + dictionaries/countries.tsv), organisations, agents
// (sector words) and people with dated roles, compiled into one token trie for longest-match lookup.
import { mapped } from '../arrays.js';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DICTIONARY_DIR, DictionaryError, alternatives, readTsv, tsvFilesIn } from '../dictionaries/tsv.js';
import { naiveSingulars, normalizeWord, phraseTokens, type Token } from '../text/nlp.js';
import { ROMANCE_PARTICLES, WATERS } from '../geo/places.js';

export const SECTORS = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'CVL', 'BUS', 'MED', 'EDU', 'REF', 'ELI', 'HLH', 'LAB',
  'IGO', 'NGO', 'SPY', 'INS', 'SEP', 'UAF', 'CRM', 'REL', 'MOD', 'RAD', 'AGR', 'ENV', 'PTY', 'DEV', 'SET', 'JEW', 'MNC',
]);

export type EntryKind = 'country' | 'demonym' | 'capital' | 'seat' | 'org' | 'agent' | 'person';

export interface PersonRole {
  code: string;
  sector: string;
  start: string; // YYYY-MM-DD or '' (open)
  end: string;
  role: string;
  org?: string;
}

export interface DictionaryEntry {
  kind: EntryKind;
  /** Canonical name: the country, organisation or person; the term for agents. */
  name: string;
  code: string | null;
  org?: string;
  sector: string | null;
  /** Dated roles: people's, and organisations' whose country or kind changed. */
  roles?: PersonRole[];
  /** Where the entry comes from, for explanations: `file:line` or a package name. */
  origin: string;
  /** A dependent territory: loses to a sovereign state sharing the name ("French" is France, not the French
   *  Southern Territories). */
  dependent?: boolean;
}

/**
 * A DictionaryEntry with all its fields, always in the same order (`org`, `roles` and `dependent` undefined where they
 * do not apply), as model.ts's actorRef does for actors: the matcher and the coder read entries in their hottest loops,
 * and an entry of a layout their optimised code has not met deoptimises it (docs/coder.md, "Twenty-first round").
 */
function dictionaryEntry(e: DictionaryEntry): DictionaryEntry {
  return { kind: e.kind, name: e.name, code: e.code, org: e.org, sector: e.sector, roles: e.roles, origin: e.origin, dependent: e.dependent };
}

interface TrieEntry {
  words: string[];
  /** All-caps acronyms (US, UN, IS) only match tokens written in capitals. */
  caseSensitive: string | null;
  /** Names written with a capital only match capitalised words ("Island" is not "island", "Chad" not "chad"). */
  capitalised: boolean;
  /** A name that must end where it ends: a title and a surname, not "President Michel" of "President Michel Temer". */
  endsName?: boolean;
  entry: DictionaryEntry;
}

/** One dictionary match in a sentence: tokens [start, end). */
export interface Mention {
  start: number;
  end: number;
  entry: DictionaryEntry;
}

/** What a person's name resolves to on a date. */
export interface Resolved {
  code: string | null;
  sector: string | null;
  org?: string;
}

/** Codes of organisations rather than countries. */
const ORGANISATION_CODES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);
const isAcronym = (s: string) => /^[A-Z]{2,5}$/.test(s);
/** Words that make "America" a continent: "South America", "Latin American". */
const CONTINENT_HALVES = new Set(['South', 'North', 'Latin', 'Central']);
/** Capitalised words that make a name before them, or after "of", part of a sea's or a peninsula's name. */
/** Words for a treaty or an accord, which a city's name before them names rather than stands for. */
/** Last words of the names of buildings, streets and squares: "Victoria Palace", "Lenin Square", "Paris Street". */
export const NAMED_STRUCTURES: ReadonlySet<string> = new Set(['palace', 'square', 'street', 'avenue', 'road', 'boulevard', 'hall', 'bridge', 'gate',
  'hotel', 'park', 'stadium', 'station', 'tower', 'castle', 'cathedral', 'mosque', 'church']);
/** Words that open the name of a square or a street in Spanish, Portuguese, French or Italian: "Plaza Murillo". */
const NAMED_STRUCTURES_BEFORE = new Set(['Plaza', 'Praça', 'Praca', 'Avenida', 'Calle', 'Rue', 'Place', 'Piazza', 'Via', 'Paseo', 'Boulevard']);
/** Words before a storm's name. */
const STORM_WORDS = new Set(['hurricane', 'hurricanes', 'typhoon', 'typhoons', 'cyclone', 'cyclones', 'storm', 'storms']);
const TREATY_WORDS = new Set(['convention', 'conventions', 'treaty', 'accord', 'accords', 'agreement', 'agreements', 'protocol', 'declaration', 'charter', 'statute', 'format', 'process']);
/** The package's alternative spellings that are people's given names in news text ("French envoy Dominique
 *  Decherf" is no Dominica). */
const GIVEN_NAMES = new Set(['Dominique']);

/** A dictionary date: YYYY, YYYY-MM or YYYY-MM-DD. */
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** ISO date prefix comparison that accepts YYYY, YYYY-MM and YYYY-MM-DD. */
function within(date: string, start: string, end: string): boolean {
  if (start && date < start) return false;
  if (end && date.slice(0, end.length) > end) return false;
  return true;
}

/** The Arabic article as names write it before a hyphen: "al-Turk", "el-Masri", "ash-Shami". */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'ar', 'an', 'az', 'ul', 'ud', 'ez', 'es', 'en']);

/** Capitalised words that may follow a person's name without being part of it ("the Obama Administration", "said
 *  Putin Monday"). */
const AFTER_A_NAME = new Set(['administration', 'government', 'regime', 'cabinet', 'camp', 'doctrine', 'plan', 'era', 'foundation',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Whether token k is a capitalised name that goes on a person's name: "Simeon" + "Djankov". */
function anotherNameAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === 'PROPN' && CAPITAL.test(t.text) && /^\p{L}/u.test(t.text) && !AFTER_A_NAME.has(t.norm);
}

export class ActorDictionary {
  private readonly byFirst = new Map<string, TrieEntry[]>();
  readonly size = { countries: 0, organizations: 0, agents: 0, people: 0, personRoles: 0, names: 0 };
  /** Countries of the Americas (world-countries' region), whose "Indians" are their own indigenous peoples. */
  readonly americas = new Set<string>();

  static load(dir = DICTIONARY_DIR): ActorDictionary {
    const d = new ActorDictionary();
    d.loadCountries(dir);
    d.loadOrganizations(join(dir, 'organizations.tsv'));
    d.loadAgents(join(dir, 'agents.tsv'));
    for (const f of tsvFilesIn(join(dir, 'people'))) d.loadPeople(f);
    d.addTitledNames();
    for (const list of d.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return d;
  }

  /** Adds one name for an entry. */
  /** The country a one-word demonym or country name stands for ("French" → FRA), if the dictionary has one. */
  demonymCountry(word: string): string | null {
    // (A sovereign country before a territory that shares the demonym: "French" is France, not French Guiana.)
    const entries = (this.byFirst.get(normalizeWord(word)) ?? []).filter((t) => t.words.length === 1 && (t.entry.kind === 'demonym' || t.entry.kind === 'country') && t.entry.code);
    return (entries.find((t) => !t.entry.dependent) ?? entries[0])?.entry.code ?? null;
  }

  add(name: string, entry: DictionaryEntry, endsName = false): void {
    const words = phraseTokens(name);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((t) => t.entry === entry && t.words.join(' ') === words.join(' '))) return;
    this.merged.clear();
    this.bySecond = new WeakMap();
    list.push({ words, caseSensitive: isAcronym(name) ? name : null, capitalised: entry.kind !== 'agent' && /^[A-Z]/.test(name), entry, ...(endsName ? { endsName } : {}) });
    this.byFirst.set(words[0]!, list);
    this.size.names++;
  }

  private loadCountries(dir: string): void {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries') as Array<{
      cca2: string; cca3: string; name: { common: string; official: string }; altSpellings: string[];
      demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; independent?: boolean; region?: string;
    }>;
    for (const c of countries) {
      // world-countries files Kosovo under the user-assigned UNK; news data and detente use XKX.
      const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
      if (c.region === 'Americas') this.americas.add(code);
      const dependent = c.independent === false ? true : undefined;
      const entry = dictionaryEntry({ kind: 'country', name: c.name.common, code, sector: null, origin: 'world-countries', dependent });
      this.size.countries++;
      this.add(c.name.common, entry);
      this.add(c.name.official, entry);
      // Alternative spellings include 2-letter codes and native-script names: keep Latin names of 4+ letters.
      for (const alt of c.altSpellings) if (/^[A-Za-z][A-Za-z .'-]{3,}$/.test(alt) && !GIVEN_NAMES.has(alt)) this.add(alt, entry);
      const dem = dictionaryEntry({ kind: 'demonym', name: c.name.common, code, sector: null, origin: 'world-countries', dependent });
      for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
        if (!d) continue;
        this.add(d, dem);
        // ("Costa Ricans narrowly approved": a one-word demonym's plural is found by its lemma, a longer one's is not.)
        if (d.includes(' ') && /an$/.test(d)) this.add(`${d}s`, dem);
      }
      const cap = dictionaryEntry({ kind: 'capital', name: c.name.common, code, sector: 'GOV', origin: 'world-countries', dependent });
      for (const city of c.capital ?? []) this.add(city.replace(/ D\.C\.$/, ''), cap);
    }
    const file = join(dir, 'countries.tsv');
    for (const r of readTsv(file, 3)) {
      const [code, sector, names] = r.cols as [string, string, string];
      if (!/^[A-Z]{3}$/.test(code)) throw new DictionaryError(file, r.line, `country code must be 3 capital letters, got "${code}"`);
      const sec = sector === '-' ? null : sector;
      if (sec && !SECTORS.has(sec)) throw new DictionaryError(file, r.line, `unknown sector "${sector}"`);
      const entry = dictionaryEntry({ kind: sec ? 'seat' : 'country', name: code, code, sector: sec, origin: `countries.tsv:${r.line}` });
      for (const n of alternatives(names)) this.add(n, entry);
    }
  }

  private loadOrganizations(file: string): void {
    // Organisations whose country or kind changed (the SPLA: Sudan's rebels, then South Sudan's army) have a line for
    // each period, with its first and last day in two more columns; the lines of one ORG code make one entry whose
    // names resolve by date, as people's do.
    const dated = new Map<string, DictionaryEntry>();
    for (const r of readTsv(file, 4)) {
      const [code, org, sector, names, from, to] = r.cols as [string, string, string, string, string | undefined, string | undefined];
      if (!/^[A-Z]{3}$/.test(code)) throw new DictionaryError(file, r.line, `code must be 3 capital letters, got "${code}"`);
      if (sector !== '-' && !SECTORS.has(sector)) throw new DictionaryError(file, r.line, `unknown sector "${sector}"`);
      const list = alternatives(names);
      if (from !== undefined) {
        if (org === '-') throw new DictionaryError(file, r.line, 'a dated organisation needs an ORG code to join its periods');
        for (const d of [from, to ?? '-']) if (d !== '-' && !DATE.test(d)) throw new DictionaryError(file, r.line, `bad date "${d}" (YYYY-MM-DD, YYYY-MM, YYYY or -)`);
        let entry = dated.get(org);
        if (!entry) {
          entry = dictionaryEntry({ kind: 'org', name: list[0] ?? org, code, org, sector: sector === '-' ? null : sector, roles: [], origin: `organizations.tsv:${r.line}` });
          dated.set(org, entry);
          this.size.organizations++;
        }
        entry.roles!.push({ code, sector: sector === '-' ? '' : sector, start: from === '-' ? '' : from, end: !to || to === '-' ? '' : to, role: list[0] ?? org, org });
        for (const n of list) this.add(n, entry);
        continue;
      }
      const entry = dictionaryEntry({
        kind: 'org', name: list[0] ?? org, code, org: org === '-' ? undefined : org, sector: sector === '-' ? null : sector,
        origin: `organizations.tsv:${r.line}`,
      });
      this.size.organizations++;
      for (const n of list) this.add(n, entry);
    }
  }

  private loadAgents(file: string): void {
    for (const r of readTsv(file, 2)) {
      const [sector, terms] = r.cols as [string, string];
      if (!SECTORS.has(sector)) throw new DictionaryError(file, r.line, `unknown sector "${sector}"`);
      for (const t of alternatives(terms)) {
        this.size.agents++;
        this.add(t, dictionaryEntry({ kind: 'agent', name: t, code: null, sector, origin: `agents.tsv:${r.line}` }));
      }
    }
  }

  private readonly people = new Map<string, DictionaryEntry>();
  private loadPeople(file: string): void {
    const base = file.split('/').pop();
    for (const r of readTsv(file, 6)) {
      const [names, code, sector, start, end, role] = r.cols as [string, string, string, string, string, string];
      if (!/^[A-Z]{3}$/.test(code)) throw new DictionaryError(file, r.line, `code must be 3 capital letters, got "${code}"`);
      if (!SECTORS.has(sector)) throw new DictionaryError(file, r.line, `unknown sector "${sector}"`);
      for (const d of [start, end]) {
        if (d !== '-' && !DATE.test(d)) throw new DictionaryError(file, r.line, `bad date "${d}" (YYYY-MM-DD, YYYY-MM, YYYY or -)`);
      }
      const list = alternatives(names);
      const key = list[0]!;
      let person = this.people.get(key);
      if (!person) {
        person = dictionaryEntry({ kind: 'person', name: key, code, sector: null, roles: [], origin: `${base}:${r.line}` });
        this.people.set(key, person);
        this.size.people++;
      }
      const org = /\(([A-Z]+)\)/.exec(role)?.[1];
      person.roles!.push({ code, sector, start: start === '-' ? '' : start, end: end === '-' ? '' : end, role, org });
      this.size.personRoles++;
      for (const n of list) this.add(n, person);
      // ("Sheikh Abbas Musawi" for Abbas al-Musawi: news often drops the Arabic article of a two-part name.)
      for (const n of list) {
        const words = n.split(/\s+/);
        const bare = words.map((w) => (/^[a-z]{2,3}-/.test(w) && ARABIC_ARTICLES.has(w.slice(0, w.indexOf('-'))) ? w.slice(w.indexOf('-') + 1) : w));
        if (bare.some((w, k) => w !== words[k]) && bare.length >= 2 && !list.includes(bare.join(' '))) this.add(bare.join(' '), person);
      }
    }
  }

  /**
   * "President Clinton", "Secretary of State Clinton", "President Xi": a role's title before a person's family name
   * (the last word of the name, or the first where names put it first) names whoever held that title, where
   * the dictionaries list the bare surname for no one (two Clintons) and all who held it under that name served one
   * country. Several such people ("President Kirchner": Néstor and Cristina) make one entry with all their terms
   * under that title, so that the article's date picks the one in office.
   */
  private addTitledNames(): void {
    const byName = new Map<string, { persons: Set<DictionaryEntry>; roles: PersonRole[] }>();
    for (const person of this.people.values()) {
      const words = person.name.split(/\s+/).filter((w) => FAMILY_NAME.test(w));
      if (words.length < 2) continue;
      const family = FAMILY_NAME_FIRST.has(person.roles![0]!.code) ? words[0]! : words[words.length - 1]!;
      // (A surname the dictionaries list alone already names its one holder, with the title's sector: only the
      // surnames left out as ambiguous need the title.)
      if (this.byFirst.get(normalizeWord(family))?.some((t) => t.words.length === 1 && t.entry.kind === 'person')) continue;
      for (const r of person.roles!) {
        const title = r.role.replace(/\s*\(.*\)\s*$/, '').trim();
        if (!TITLE.test(title)) continue;
        {
          const name = `${title} ${family}`;
          let slot = byName.get(name);
          if (!slot) byName.set(name, (slot = { persons: new Set(), roles: [] }));
          slot.persons.add(person);
          slot.roles.push(r);
        }
      }
    }
    const known = new Set<string>();
    for (const list of this.byFirst.values()) for (const t of list) known.add(t.words.join(' '));
    for (const [name, { persons, roles }] of byName) {
      if (new Set(roles.map((r) => r.code)).size !== 1) continue;
      if (known.has(phraseTokens(name).join(' '))) continue;
      const [only] = persons;
      if (persons.size === 1) this.add(name, only!, true);
      else this.add(name, dictionaryEntry({ kind: 'person', name, code: roles[0]!.code, sector: null, roles: [...roles].sort((a, b) => a.start.localeCompare(b.start)), origin: only!.origin }), true);
    }
  }

  /** Every entry with the names it is matched by (acronyms as written, other names as lower-case tokens). */
  *entries(): Generator<{ entry: DictionaryEntry; names: string[] }> {
    const byEntry = new Map<DictionaryEntry, Set<string>>();
    for (const list of this.byFirst.values()) {
      for (const t of list) {
        let names = byEntry.get(t.entry);
        if (!names) byEntry.set(t.entry, (names = new Set()));
        names.add(t.caseSensitive ?? t.words.join(' '));
      }
    }
    for (const [entry, names] of byEntry) yield { entry, names: [...names] };
  }

  /** Entries whose first word is this token as written, its lemma, or (for agent words) a plural's singular;
   *  longest first. The written form alone would hide "teachers" behind "teachers' union". */
  private candidates(t: Token, at: number, singularsAt: (k: number) => string[]): TrieEntry[] | undefined {
    // Called for every token: no set or array is made unless two forms have entries. The forms are distinct: a
    // lemma is looked up when it differs from the form, singulars only when it does not (see naiveSingulars).
    let one = this.byFirst.get(t.norm);
    let lists: TrieEntry[][] | null = null;
    const also = (l: TrieEntry[] | undefined) => {
      if (!l) return;
      if (!one) one = l;
      else (lists ??= [one]).push(l);
    };
    if (t.lemma !== t.norm) also(this.byFirst.get(t.lemma));
    else for (const form of singularsAt(at)) also(this.byFirst.get(form));
    if (!lists) return one;
    // Merged once per pair of forms ("forces": "forces" and "force"), not on every occurrence.
    const key = `${t.norm}\u0000${t.lemma !== t.norm ? t.lemma : singularsAt(at).join('\u0000')}`;
    let merged = this.merged.get(key);
    if (!merged) {
      merged = [...new Set((lists as TrieEntry[][]).flat())].sort((a, b) => b.words.length - a.words.length);
      this.merged.set(key, merged);
    }
    return merged;
  }
  /** Candidate lists merged from several forms of a word (see candidates); emptied when a name is added. */
  private readonly merged = new Map<string, TrieEntry[]>();

  /** Long candidate lists ("president" starts 440 names, "prime" 683) indexed by their names' second word, made the
   *  first time a list is met; emptied when a name is added. */
  private bySecond = new WeakMap<TrieEntry[], SecondWordIndex>();

  /**
   * The candidates of a long list that the next token can continue: the one-word names and those whose second word
   * is one of the forms the match loop accepts for it (as written, its lemma or a singular, or without "'s"), in the
   * list's order. A superset of the names that can match, so the longest match found is the same.
   */
  private narrowed(list: TrieEntry[], next: Token | undefined, at: number, singularsAt: (k: number) => string[]): TrieEntry[] {
    let index = this.bySecond.get(list);
    if (!index) {
      index = { single: [], byWord: new Map() };
      list.forEach((c, k) => {
        if (c.words.length === 1) index!.single.push(k);
        else {
          const w = c.words[1]!;
          const at = index!.byWord.get(w);
          if (at) at.push(k);
          else index!.byWord.set(w, [k]);
        }
      });
      this.bySecond.set(list, index);
    }
    if (!next) return mapped(index.single, (k) => list[k]!);
    const keys = new Set([next.norm, next.lemma, stripPossessive(next.norm), ...singularsAt(at)]);
    const picked = [...index.single];
    for (const key of keys) {
      const ks = index.byWord.get(key);
      if (ks) picked.push(...ks);
    }
    return mapped(picked.sort((a, b) => a - b), (k) => list[k]!);
  }

  /** Longest dictionary matches, left to right, over a sentence's tokens. */
  match(tokens: Token[]): Mention[] {
    const out: Mention[] = [];
    // A token's singulars, worked out once per sentence and only for tokens an agent name reaches.
    let singulars: Array<string[] | undefined> | null = null;
    const singularsAt = (k: number): string[] => ((singulars ??= new Array(tokens.length))[k] ??= naiveSingulars(tokens[k]!));
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      const all = this.candidates(t, i, singularsAt);
      const cands = all && all.length > LONG_LIST ? this.narrowed(all, tokens[i + 1], i + 1, singularsAt) : all;
      let best: TrieEntry | null = null;
      if (cands) {
        // Tested once per token, not once per name that starts with it ("the" starts hundreds).
        const capital = CAPITAL.test(t.text);
        for (const c of cands) {
          if (best && c.words.length < best.words.length) break;
          if (i + c.words.length > tokens.length) continue;
          if (c.caseSensitive && t.text !== c.caseSensitive) continue;
          if (c.capitalised && !capital) continue;
          if (c.endsName && tokens[i + c.words.length]?.pos === 'PROPN' && CAPITAL.test(tokens[i + c.words.length]!.text)) continue;
          // ("Finance Minister Simeon Djankov" is no Yvon Siméon: a person's one-word name followed by another name is a
          // given name, or part of someone else's name.)
          if (c.words.length === 1 && c.entry.kind === 'person' && anotherNameAfter(tokens, i + 1)) continue;
          // ("Foreign Secretary Douglas Hurd", "Interior Minister Santiago Creel": nor is a capital's name followed by a name
          // that begins no name of the dictionary's; it is a given name.)
          if (c.words.length === 1 && c.entry.kind === 'capital' && anotherNameAfter(tokens, i + 1) && /^[A-Z][a-z]+$/.test(tokens[i + 1]!.text)
            && !this.byFirst.has(normalizeWord(tokens[i + 1]!.text))) continue;
          // ("CELAC condemned the coup": a word in capitals is an acronym, no one's surname.)
          if (c.words.length === 1 && c.entry.kind === 'person' && ACRONYM.test(t.text)) continue;
          let ok = true;
          for (let k = 0; k < c.words.length; k++) {
            const tk = tokens[i + k]!;
            const w = c.words[k]!;
            // Agents match inflected forms (troops → troop); names must match as written.
            // ("Ecuadorean police forced their way in": not a verb whose lemma is an agent's noun, "police force".)
            if (tk.norm !== w && !(c.entry.kind === 'agent' && !(tk.pos === 'VERB' && /(?:ed|ing)$/.test(tk.norm)) && (tk.lemma === w || singularsAt(i + k).includes(w)))
              && !(k === c.words.length - 1 && tk.norm.charCodeAt(tk.norm.length - 1) === 115 /* s */ && stripPossessive(tk.norm) === w)) { ok = false; break; }
          }
          if (ok && (!best || prefer(c, best))) best = c;
        }
      }
      // ("other South American governments", "Latin America": America inside a continent's name is no USA.)
      if (best && best.entry.code === 'USA' && i > 0 && CONTINENT_HALVES.has(tokens[i - 1]!.text) && /^americ/.test(t.norm)) best = null;
      // ("the Indian Ocean island", "the Sea of Japan", "the Gulf of Mexico": a name inside the name of a sea is no
      // actor.)
      else if (best && best.entry.kind !== 'person' && (WATERS.has(tokens[i + best.words.length]?.text ?? '')
        || (i > 1 && tokens[i - 1]!.norm === 'of' && WATERS.has(tokens[i - 2]!.text)))) best = null;
      // ("a Boeing 777 flying from Amsterdam": a firm's name before a model number names the model.)
      else if (best && best.entry.kind === 'org' && best.entry.code === 'MNC' && tokens[i + best.words.length]?.pos === 'NUM') best = null;
      // ("the Vienna Convention", "the Minsk agreements", "the Oslo Accords": a city naming a treaty is no actor.)
      else if (best && (best.entry.kind === 'capital' || best.entry.kind === 'seat') && TREATY_WORDS.has(tokens[i + best.words.length]?.norm ?? '')) best = null;
      // ("the Plaza Murillo", "Avenida Bolivar": nor a name after a square's or a street's word in Spanish, French or
      // Italian.)
      else if (best && i > 0 && NAMED_STRUCTURES_BEFORE.has(tokens[i - 1]!.text)) best = null;
      // ("hurricanes Eta and Iota", "Typhoon Haiyan": nor a storm's name.)
      // (Not after the verb: "tried to storm Israel's consulate".)
      else if (best && i > 0 && STORM_WORDS.has(tokens[i - 1]!.norm) && tokens[i - 1]!.pos !== 'VERB') best = null;
      // ("veteran opposition leader Riad al-Turk", "Khaled al-Masri": a country, people or city after an Arabic article
      // joined by a hyphen is part of a person's name.)
      else if (best && (best.entry.kind === 'country' || best.entry.kind === 'demonym' || best.entry.kind === 'capital') && i > 1
        && tokens[i - 1]!.text === '-' && tokens[i - 1]!.start === tokens[i - 2]!.end && tokens[i - 1]!.end === t.start
        && ARABIC_ARTICLES.has(tokens[i - 2]!.norm)) best = null;
      // ("the port town of Mocimboa da Praia", "Vila do Conde": nor a country's or a capital's name after a name and a
      // Portuguese, Spanish or Italian particle; it ends the name of another place.)
      else if (best && (best.entry.kind === 'country' || best.entry.kind === 'capital') && i > 1 && ROMANCE_PARTICLES.has(tokens[i - 1]!.text)
        && /^[A-Z]/.test(tokens[i - 2]!.text)) best = null;
      // ("the government headquarters at Victoria Palace" in Bucharest: nor a city's name opening a building's.)
      else if (best && best.entry.kind === 'capital' && NAMED_STRUCTURES.has(tokens[i + best.words.length]?.norm ?? '') && CAPITAL.test(tokens[i + best.words.length]!.text)) best = null;
      if (best) {
        out.push({ start: i, end: i + best.words.length, entry: best.entry });
        i += best.words.length;
      } else i++;
    }
    return out;
  }

  /** Code and sector of an entry on a date (people's roles are dated). */
  resolve(entry: DictionaryEntry, date: string): Resolved {
    if (entry.kind === 'org' && entry.roles) {
      // A dated organisation is what it was on the day; before its first period as it first was, after its last as
      // it last was.
      const roles = entry.roles;
      const r = roles.find((x) => within(date, x.start, x.end)) ?? (date < (roles[0]!.start || '') ? roles[0]! : roles[roles.length - 1]!);
      return { code: r.code, sector: r.sector || null, org: r.org };
    }
    if (entry.kind !== 'person') return { code: entry.code, sector: entry.sector, org: entry.org };
    const roles = entry.roles!;
    const active = roles.filter((r) => within(date, r.start, r.end));
    if (active.length) {
      const r = active[active.length - 1]!;
      return { code: r.code, sector: r.sector, org: r.org };
    }
    // Outside every listed role: still a person of that country, but not in office. (An organisation is no
    // nationality: a former U.N. official is of the country of another role, or of none the dictionary knows.)
    const r = roles.find((x) => x.code && !ORGANISATION_CODES.has(x.code));
    return r ? { code: r.code, sector: null, org: r.org } : { code: null, sector: null };
  }
}

const stripPossessive = (w: string) => w.replace(/'s?$/, '');
/** Candidate lists longer than this are narrowed by the next word before the match loop (see narrowed). */
const LONG_LIST = 16;
/** A long candidate list's positions: its one-word names, and the others by their second word. */
interface SecondWordIndex {
  single: number[];
  byWord: Map<string, number[]>;
}
/** A word of a name that can be a family name: capitalised, three letters or more ("II", "Jr." and "bin" are not). */
const FAMILY_NAME = /^[A-Z][\p{L}'-]{2,}$/u;
/** Countries whose people's names put the family name first ("Xi Jinping", "Kim Dae-jung", "Nguyen Phu Trong"). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM']);
/** A role's title that can stand before a name: words only ("President", "Secretary of State", "Foreign Minister"). */
const TITLE = /^[A-Z][a-z]+(?: (?:of|for|the|[A-Z][a-z]+))*$/;
/** A word all in capitals, of three letters or more: an acronym. */
const ACRONYM = /^[A-Z]{3,}$/;
/** A word written with a capital (Latin letters with accents included). */
const CAPITAL = /^[A-Z\u00C0-\u024F]/;

const MATCH_RANK: Record<EntryKind, number> = { person: 6, org: 5, seat: 4, country: 3, capital: 2, demonym: 1, agent: 0 };

/** Between two matches of equal length prefer people and organisations over places, and places over agents. */
function prefer(a: TrieEntry, b: TrieEntry): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (MATCH_RANK[a.entry.kind] !== MATCH_RANK[b.entry.kind]) return MATCH_RANK[a.entry.kind] > MATCH_RANK[b.entry.kind];
  if (!!a.entry.dependent !== !!b.entry.dependent) return !a.entry.dependent;
  // The project's own table over the package where both give a name ("Congo": see countries.tsv).
  return a.entry.origin.startsWith('countries.tsv') && b.entry.origin === 'world-countries';
}

