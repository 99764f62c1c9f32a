// The data that flows through detente: articles in, coded events out.

/** A news article (or any document) as read from input. */
export interface Article {
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  title?: string;
  text: string;
  source?: string;
  url?: string;
}

export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** One side of an event: an actor mention resolved to codes, with its place in the sentence. */
export interface ActorRef {
  /** The words in the sentence that name the actor. */
  text: string;
  /** Canonical name (a country, organisation or person), or the text when the actor is not in the dictionaries. */
  name: string;
  /** ISO 3166-1 alpha-3 country code, or IGO / NGO / MNC / IMG; null when the actor could not be resolved. */
  code: string | null;
  /** Organisation code (UNO, NATO, ...) for organisations. */
  org?: string;
  /** CAMEO agent (sector) code: GOV MIL COP REB ...; null when unknown. */
  sector: string | null;
  /** Character offsets of `text` in the event's sentence; -1 for implicit actors. */
  start: number;
  end: number;
  /** Not named in the sentence but implied by convention: a domestic protest with no named target is aimed at
   *  the protesters' own government (CAMEO). `text` is empty and the offsets are -1. */
  implicit?: true;
}

/** Who an actor is, apart from where the sentence names it. */
export type ActorIdentity = Pick<ActorRef, 'name' | 'code' | 'sector' | 'org'>;

/**
 * An ActorRef with all its fields, always in the same order (`org` and `implicit` undefined when they do not
 * apply; JSON leaves them out). The coder reads these fields in its hottest code, and objects built field by field
 * or by spreading differently shaped ones each get a layout of their own: every new layout a call site meets throws
 * its compiled code away, and the coder was compiled a dozen times over on each run.
 */
export function actorRef(who: ActorIdentity, text: string, start: number, end: number, implicit?: true): ActorRef {
  return { text, name: who.name, code: who.code, sector: who.sector, start, end, org: who.org, implicit };
}

/** Where an event took place, when the sentence names a place ("in Aleppo", "near the border of Iraq"). */
export interface EventLocation {
  /** The place as named in the sentence. */
  name: string;
  /** ISO 3166-1 alpha-3 code of its country. */
  countryCode: string;
  lat: number;
  lon: number;
  /** 'city' from the GeoNames gazetteer, 'region' a state, island or region (dictionaries/places.tsv),
   *  'country' a country's centroid. */
  kind: 'city' | 'region' | 'country';
}

/** One coded event: who did what to whom, with the evidence that says so. */
export interface CodedEvent {
  /** Stable: `${docId}:${sentenceIndex}:${eventIndex}`. */
  id: string;
  docId: string;
  /** The article's publication date, YYYY-MM-DD. */
  date: string;
  /** The day the act happened, when the sentence says ("on Tuesday", "on March 3"), resolved against `date`;
   *  a month without a day ("last month") is its first day, a year before the article's that the act's clause
   *  names ("launched a civil war in 1989") its first of January. Null when the sentence does not say. */
  eventDate: string | null;
  sentenceIndex: number;
  /** The sentence. */
  text: string;
  /** PLOVER category; empty for CAMEO 01 statements, which PLOVER drops (coded only on request). */
  event: PloverCategory | '';
  mode: string | null;
  context: string[];
  cameo: string;
  goldstein: number;
  ploverScore: number;
  quadClass: QuadClass;
  actor: ActorRef[];
  recipient: ActorRef[];
  /** The trigger words (from the first to the last matched token). */
  eventText: string;
  eventSpan: [number, number];
  /** Which dictionary entry fired: `file:line pattern`. */
  pattern: string;
  confidence: number;
  /** Where it happened, when the sentence says; null otherwise. */
  location?: EventLocation | null;
  /** Set (only with `detente code --unresolved`) when the actor, or a named recipient, has no code: such events are
   *  shown for exploration and never stored or counted. */
  unresolved?: true;
}
