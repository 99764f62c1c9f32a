// Dates written in news text, read with chrono-node: the day an article was written when its input does not say
// (the dateline's "April 12", a "January 19, 2025" near the top), and the day an event happened when its sentence
// says ("on Tuesday", "last month", "on March 3"), resolved against the article's date.
// (English only: the package's main entry also loads its fifteen other languages, 80 ms more at each start.)
import * as chrono from 'chrono-node/en';
import { datelineOf } from './article.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Noon UTC of a YYYY-MM-DD day: a reference chrono reads the same in every time zone. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const addDays = (day: string, n: number) => iso(new Date(noon(day).getTime() + n * 86_400_000));
const addYears = (day: string, n: number) => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;

/** How far into an article a publication date is looked for: its heading and first paragraph. */
const HEAD = 600;

export interface TextDate {
  date: string;
  /** Where it was read: the dateline ("MOSCOW, April 12 (Reuters) -") or a full date in the first lines. */
  from: 'dateline' | 'text';
}

/**
 * The publication date an article's text gives: a full date (day, month and year) in its first lines, or the
 * dateline's day. A dateline gives no year: it takes the year that puts the day on or before `reference`
 * (the `--date` option, or today), since a story is not dated after it is read. Null when the text says neither.
 */
export function articleDateFromText(text: string, reference: string = iso(new Date())): TextDate | null {
  const head = text.slice(0, HEAD);
  for (const r of chrono.parse(head, { instant: noon(reference), timezone: 0 })) {
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day') && !r.tags().has('result/relativeDate')) {
      return { date: iso(s.date()), from: 'text' };
    }
  }
  const d = datelineOf(text);
  if (d) {
    const r = chrono.parse(d.text, { instant: noon(reference), timezone: 0 })[0];
    if (r && r.start.isCertain('month') && r.start.isCertain('day')) {
      let date = iso(r.start.date());
      if (!r.start.isCertain('year')) {
        while (date > reference) date = addYears(date, -1);
      }
      return { date, from: 'dateline' };
    }
  }
  return null;
}

/** Words without which chrono finds no day or month in a sentence: a cheap test first, since most sentences name
 *  none and chrono costs as much as coding a sentence. */
const DATE_WORDS = new RegExp([
  '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
  '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d',
  '\\bin may\\b',
  '\\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this (?:week|month|year|weekend)|weekend)\\b',
  '\\d{4}-\\d{2}-\\d{2}', '\\b\\d{1,2}/\\d{1,2}\\b',
].join('|'), 'i');

/** Words that make the date after them a deadline or a limit: "by Aug. 30", "until March". */
const DEADLINE_BEFORE = /\b(?:by|until|till|before)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

/** Words that put a sentence's act ahead of the article's date: "will meet on Tuesday", "talks planned for May". */
const FUTURE = /\b(will|shall|'ll|to be held|is to|are to|plans? to|planned|scheduled|next|upcoming|expected to|due to|set to)\b/i;

/**
 * The day the act of a sentence happened, when the sentence says, resolved against the article's date
 * (YYYY-MM-DD). "on Tuesday" is the Tuesday before the article (or after it, in a sentence about what will
 * happen); "on March 3" the last March 3 up to the article's date; a month without a day ("last month", "in May")
 * is written as the month's first day. Null when the sentence names no day or month (a bare time, a year, a span).
 */
export function eventDate(sentence: string, articleDate: string): string | null {
  if (!DATE_WORDS.test(sentence)) return null;
  const future = FUTURE.test(sentence);
  for (const r of chrono.parse(sentence, { instant: noon(articleDate), timezone: 0 }, { forwardDate: future })) {
    const s = r.start;
    const day = s.isCertain('day') || s.isCertain('weekday');
    const month = s.isCertain('month');
    if (!day && !month) continue;
    // ("said the embassy should close by Aug. 30 and accused Stockholm": a deadline or a limit is not the day of the act.)
    if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, r.index - 20), r.index))) continue;
    let date = iso(s.date());
    if (!day) date = `${date.slice(0, 8)}01`;
    const relative = r.tags().has('result/relativeDate') || s.isCertain('year');
    // ("its fifth launch in 10 days", "within 135 days"): a span read as a day after the article's, in a sentence
    // that tells what happened, is no day of the act.
    if (relative && !future && date > articleDate) continue;
    if (!relative) {
      // chrono picks the nearest such day; news reports what happened, so a past-tense sentence means the last one.
      const step = s.isCertain('weekday') && !month ? 7 : 0;
      if (!future) {
        while (date > articleDate) date = step ? addDays(date, -step) : addYears(date, -1);
      } else {
        while (date < articleDate && !(month && !day && date.slice(0, 7) === articleDate.slice(0, 7))) {
          date = step ? addDays(date, step) : addYears(date, 1);
        }
      }
    }
    return date;
  }
  return null;
}
