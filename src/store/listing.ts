// What a listing of events (the API's /api/events, `detente events`) shows besides its page: the total, counted but
// not without end, and the cursor of the next page (keyset paging).
import type { EventKey, EventQuery, Store } from './store.js';

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

/**
 * The cursor of the page after `page`: its last event's key, written `YYYY-MM-DD.seq`; null when the page is not full
 * (nothing follows it). A listing walks its rows in (date, seq) order, so the next page starts right after that key
 * (EventQuery.after) and reads only its own rows, where an offset reads every row before it too.
 */
export function nextCursor(page: Array<{ date: string; seq: number }>, limit: number | undefined): string | null {
  const last = page.at(-1);
  return last && limit !== undefined && page.length >= limit ? `${last.date}.${last.seq}` : null;
}

/** A cursor as nextCursor writes it, as the key to continue after; an error that quotes it otherwise. */
export function parseCursor(cursor: string): EventKey {
  const m = /^(\d{4}-\d{2}-\d{2})\.(\d{1,15})$/.exec(cursor);
  if (!m) throw new Error(`"${cursor}" is not a cursor of a listing (YYYY-MM-DD.N, as nextCursor gives it)`);
  return { date: m[1]!, seq: Number(m[2]) };
}
