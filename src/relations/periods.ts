// Periodisation: which day, ISO week or month a date falls in. Dates are calendar dates (YYYY-MM-DD), taken as UTC.
import type { Interval } from '../store/store.js';

export const INTERVALS: Interval[] = ['day', 'week', 'month'];
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date in YYYY-MM-DD form (2023-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Days since 1970-01-01. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

export interface Period {
  /** 2017-04-07 (day), 2017-W14 (ISO week), 2017-04 (month). */
  key: string;
  /** First day of the period. */
  start: string;
}

/** The period a date falls in. ISO weeks start on Monday; week 1 holds the year's first Thursday. */
export function periodOf(date: string, interval: Interval): Period {
  const d = date.slice(0, 10);
  switch (interval) {
    case 'day': return { key: d, start: d };
    case 'month': return { key: d.slice(0, 7), start: `${d.slice(0, 7)}-01` };
    case 'week': {
      const day = dayNumber(d);
      const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
      const monday = day - weekday;
      // The ISO year is the year of the week's Thursday.
      const thursday = new Date((monday + 3) * DAY_MS);
      const isoYear = thursday.getUTCFullYear();
      const firstThursdayOfYear = dayNumber(`${isoYear}-01-04`) - ((new Date(Date.UTC(isoYear, 0, 4)).getUTCDay() + 6) % 7) + 3;
      const week = Math.floor((monday + 3 - firstThursdayOfYear) / 7) + 1;
      return { key: `${isoYear}-W${String(week).padStart(2, '0')}`, start: dateOfDay(monday) };
    }
  }
}

/** First day of a period given its key (the inverse of periodOf(...).key). */
export function periodStart(key: string, interval: Interval): string {
  if (interval === 'day') return key;
  if (interval === 'month') return `${key}-01`;
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) throw new Error(`not an ISO week: "${key}"`);
  // Week 1 is the week holding 4 January; later weeks follow every seven days.
  return addDays(periodOf(`${m[1]}-01-04`, 'week').start, (Number(m[2]) - 1) * 7);
}

/** Last day of the period a date falls in. */
export function periodEnd(date: string, interval: Interval): string {
  const start = periodOf(date, interval).start;
  if (interval === 'day') return start;
  if (interval === 'week') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); // day 0 of the next month
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December'];

/** A period as people write it: "March 2014", "the week of 3 April 2017", "7 April 2017". */
export function periodName(key: string, interval: Interval): string {
  const start = periodStart(key, interval);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (interval === 'month') return `${MONTH_NAMES[m - 1]} ${y}`;
  const day = `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  return interval === 'week' ? `the week of ${day}` : day;
}

/** The periods strictly between two period keys (none when they are adjacent): the empty stretch between them. */
export function periodsBetween(earlier: string, later: string, interval: Interval): { first: string; last: string; count: number } | null {
  const next = (key: string) => periodOf(addDays(periodEnd(periodStart(key, interval), interval), 1), interval).key;
  const first = next(earlier);
  if (first >= later) return null;
  let count = 0, last = first;
  for (let k = first; k < later; k = next(k)) { count++; last = k; }
  return { first, last, count };
}
