// The last stage of the coder: is an event resolved, i.e. can a relations index count it?
//
// An event counts only when its actor has a code (country, IGO, NGO, MNC, armed group) and its recipient has one
// or is legitimately absent (an act that is done to no one in particular: DIRECTED_ROOTS below). A recipient phrase that names no kind of actor at all ("aid", "an agreement",
// "sanctions": what was done, not to whom) is not a recipient and is dropped before this test, so the event keeps
// its actor and has no recipient. Everything else unresolved ("gunmen" with no country, "Mrs Foster" whom no
// dictionary knows) is held back by default: an actor without a code is invisible to an index, and an event with
// a wrong or unknown side is worse than none. `detente code --unresolved` shows them, marked.
import type { ActorRef } from '../model.js';
import { DENIAL } from '../ontology/cameo.js';

/** Does this side name an actor of some kind: a code, a sector ("police", "protesters"), or a proper name? */
export function namesAnActor(ref: ActorRef, hasProperName: boolean): boolean {
  return ref.code !== null || ref.sector !== null || hasProperName;
}

/**
 * Kinds of act (CAMEO roots) that are done to someone: appeals, intentions, talks, cooperation, aid, demands, disapproval,
 * rejection, threats, sanctions and coercion. Coded with no recipient they are no dyad for an index, and judged
 * blind on whole articles they were nearly always wrong (the recipient was there and missed: "welcomed the
 * agreement", "condemned the coup", "accusing him of"): 5 of 37 right, against 57 % of events with a recipient.
 * A show of force, a protest and a concession such as a release or a ceasefire declared may stand without one.
 * (An appeal to no one named, "called for calm", is no dyad either, and the news sentences' gold reads it as a mere
 * statement.)
 */
const DIRECTED_ROOTS = new Set(['02', '03', '04', '05', '06', '07', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20']);

/**
 * Violence done to no one named is the one exception: a bombing (183) kills people a story often does not name
 * ("a car bomb exploded at a market"). Other violence has a side it is done to, and coded with none it was nearly
 * always wrong when judged blind on fresh wire stories (4 of 33 events right, twelfth round): the town seized, the
 * side fired on or the victims were named and missed ("Azerbaijan attacked", "soldiers seized the base"), or the
 * victims themselves were read as the doers ("a New Zealand student was killed").
 */
const BOMBING = '183';

/**
 * Releasing someone (0841) and yielding in general (080) are done to someone too. Coded with no recipient, judged
 * blind on fresh wire stories, 1 of 22 such events was right (sixteenth round): whom it was done to was named and
 * missed, or nothing was yielded ("released recordings", "a video released by the authorities", "Trump backed
 * down"). Other yielding (a withdrawal, a resignation, a strike called off) may stand without one, as the PLOVER
 * gold standard codes it; a ceasefire, when no other side is named (coder.ts).
 */
const YIELDING_TO_SOMEONE = new Set(['080', '0841']);

/** Resolved: the actor has a code, and the recipient has one, or there is none and the act needs none. */
export function isResolved(actor: readonly ActorRef[], recipient: readonly ActorRef[], cameo: string): boolean {
  if (!actor.some((a) => a.code !== null)) return false;
  if (recipient.length === 0) {
    // (A denial answers an accuser: with none, "denied any wrongdoing" is a statement, not a rejection of anyone.)
    if (YIELDING_TO_SOMEONE.has(cameo) || cameo.startsWith(DENIAL)) return false;
    return !DIRECTED_ROOTS.has(cameo.slice(0, 2)) || cameo.startsWith(BOMBING);
  }
  return recipient.some((a) => a.code !== null);
}
