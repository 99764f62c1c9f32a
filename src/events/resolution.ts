// The last stage of the coder: is an event resolved, i.e. can a relations index count it?
//
// An event counts only when its actor has a code (country, IGO, NGO, MNC, armed group) and its recipient has one
// or is legitimately absent. A recipient phrase that names no kind of actor at all ("aid", "an agreement",
// "sanctions": what was done, not to whom) is not a recipient and is dropped before this test, so the event keeps
// its actor and has no recipient. Everything else unresolved ("gunmen" with no country, "Mrs Foster" whom no
// dictionary knows) is held back by default: an actor without a code is invisible to an index, and an event with
// a wrong or unknown side is worse than none. `detente code --unresolved` shows them, marked.
import type { ActorRef } from '../model.js';

/** Does this side name an actor of some kind: a code, a sector ("police", "protesters"), or a proper name? */
export function namesAnActor(ref: ActorRef, hasProperName: boolean): boolean {
  return ref.code !== null || ref.sector !== null || hasProperName;
}

/** Resolved: the actor has a code, and the recipient has one or there is none. */
export function isResolved(actor: readonly ActorRef[], recipient: readonly ActorRef[]): boolean {
  return actor.some((a) => a.code !== null) && (recipient.length === 0 || recipient.some((a) => a.code !== null));
}
