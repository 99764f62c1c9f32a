// Period arithmetic on ISO dates (UTC, day precision): where a relations period ends, how it is named.
import { MONTHS } from './dom.js';

const DAY = 86_400_000;
export const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
export const toIso = (t) => new Date(t).toISOString().slice(0, 10);
export const addDays = (iso, n) => toIso(toTime(iso) + n * DAY);

/** Last day of the period that starts on `start`. */
export function periodEnd(start, interval) {
  if (interval === 'day') return start;
  if (interval === 'week') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number);
  return toIso(Date.UTC(y, m, 0)); // day 0 of the next month = last day of this one
}

/** "April 2017", "week of 3 Apr 2017", "3 Apr 2017". */
export function periodLabel(p, interval) {
  const [y, m, d] = p.start.split('-').map(Number);
  if (interval === 'month') return `${MONTHS[m - 1]} ${y}`;
  const day = `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
  return interval === 'week' ? `week of ${day}` : day;
}

export { DAY };

/** "Apr 2017", "3 Apr 2017" (week and day): for labels inside the chart. */
export function shortPeriodLabel(p, interval) {
  const [y, m, d] = p.start.split('-').map(Number);
  return interval === 'month' ? `${MONTHS[m - 1].slice(0, 3)} ${y}` : `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}
