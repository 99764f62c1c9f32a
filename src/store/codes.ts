// Which code stands for an actor in dyads and filters. Backend-independent, so every store keys events alike.
import type { ActorRef } from '../model.js';

/** Codes that are not countries: the organisation code (NATO, UNO, ...) says who the actor is. */
const NON_COUNTRY = new Set(['IGO', 'NGO', 'MNC', 'IMG']);

/**
 * The code an actor is counted under in relations: its country (Hamas → PSE, the Kremlin → RUS), or for
 * international and transnational bodies its organisation code (NATO, UNO), or null when unresolved.
 */
export function actorKey(ref: ActorRef): string | null {
  if (ref.code && !NON_COUNTRY.has(ref.code)) return ref.code;
  return ref.org ?? ref.code ?? null;
}

/** The key of the first resolved actor of a list: the indexed actor (or recipient) of an event. */
export function firstActorKey(list: ActorRef[]): string | null {
  for (const ref of list) {
    const key = actorKey(ref);
    if (key) return key;
  }
  return null;
}

/** Every code an actor answers to in --actor / --recipient filters: its key, country or IGO/NGO code, and organisation. */
export function actorCodes(list: ActorRef[]): Set<string> {
  const codes = new Set<string>();
  for (const ref of list) {
    if (ref.code) codes.add(ref.code);
    if (ref.org) codes.add(ref.org);
  }
  return codes;
}
