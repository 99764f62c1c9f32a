// Actor arguments (CLI arguments and options, API query parameters) to the codes events are stored under:
// a code ("RUS", "nato") or any name or alias of the actor dictionaries ("Russia", "Putin", "United States").
// One resolver for every entry point, so `detente relations USA Russia` and `/api/relations?a=USA&b=Russia` agree.
import { ActorDictionary } from './dictionary.js';
import { ActorSearch, ORG_TYPES, type ActorHit } from './search.js';

export interface ResolvedActor {
  /** The code to query the store with (RUS, NATO). */
  code: string;
  /** Display name of the code ("Russia"). */
  name: string;
  /** The dictionary actor the argument named, when it was a name rather than the code ("Vladimir Putin"). */
  via: ActorHit | null;
}

/** An argument that names no actor, or several; the message lists what it may have meant. */
export class UnknownActorError extends Error {
  constructor(readonly input: string, readonly suggestions: ActorHit[], kind: 'unknown' | 'ambiguous' = 'unknown') {
    const list = suggestions.map((h) => (h.name === h.code ? h.code : `${h.code} (${h.name})`)).join(', ');
    super(kind === 'ambiguous'
      ? `Ambiguous actor '${input}': it names ${list}. Give the code instead.`
      : `Unknown actor '${input}'.${list ? ` Did you mean: ${list}?` : ' It is no code or name in the actor dictionaries.'}`);
    this.name = 'UnknownActorError';
  }
}

const SUGGESTIONS = 5;

/** Distinct actors (code and name), in order. */
function distinct(hits: ActorHit[]): ActorHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.code}\u0000${h.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The code an argument stands for: an actor's own code or one of its names, ignoring case and accents. The code
 * types IGO, NGO, MNC and IMG stand for themselves (events carry them). When a name belongs to actors with
 * different codes, the countries win over organisations and those over people ("Georgia" is the country); a tie
 * within the best kind is an error. Anything else is an UnknownActorError with the nearest names.
 */
export function resolveActor(search: ActorSearch, input: string): ResolvedActor {
  const text = input.trim();
  if (ORG_TYPES[text.toUpperCase()]) return { code: text.toUpperCase(), name: ORG_TYPES[text.toUpperCase()]!, via: null };
  const exact = search.exact(text);
  const top = exact[0];
  if (top) {
    const byCode = top.matched === top.code;
    const rivals = distinct(exact.filter((h) => h.kind === top.kind && h.code !== top.code));
    if (!byCode && rivals.length) throw new UnknownActorError(input, distinct(exact.filter((h) => h.kind === top.kind)).slice(0, SUGGESTIONS), 'ambiguous');
    return { code: top.code, name: search.nameOf(top.code), via: byCode ? null : top };
  }
  if (!text) throw new Error('an actor must be a code or a name, got nothing');
  // Typing slips first ("Rusia"), then names containing the word; codes of three letters or fewer are a slip away
  // from dozens of others, so short arguments get the word matches alone.
  const similar = text.length > 3 ? search.similar(text, SUGGESTIONS) : [];
  const suggestions = distinct([...similar, ...search.search(text, SUGGESTIONS)]).slice(0, SUGGESTIONS);
  throw new UnknownActorError(input, suggestions);
}

let defaultSearch: ActorSearch | null = null;

/** The search over the installed dictionaries, built once per process (the CLI's; the server builds its own from
 *  its coder's dictionary). */
export function dictionaryActorSearch(): ActorSearch {
  defaultSearch ??= new ActorSearch(ActorDictionary.load());
  return defaultSearch;
}
