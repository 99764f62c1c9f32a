// The total a listing of events shows (the API's /api/events, `detente events`): counted, but not without end.
import type { EventQuery, Store } from './store.js';

/**
 * Listings (the API's /api/events, `detente events`) count their matches up to this many and then say "more than":
 * an exact count of every event of a busy actor reads all of them (0.85 s for 66,751 on a 1 M-event store).
 */
export const LISTING_COUNT_CAP = 10_000;

/** The total of a listing: matches counted up to LISTING_COUNT_CAP; `exact` false when there are more than `total`. */
export function listingTotal(store: Pick<Store, 'countEvents'>, q: EventQuery): { total: number; exact: boolean } {
  const n = store.countEvents(q, LISTING_COUNT_CAP + 1);
  return n > LISTING_COUNT_CAP ? { total: LISTING_COUNT_CAP, exact: false } : { total: n, exact: true };
}
