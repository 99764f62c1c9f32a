// CSV output (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled.

/** Text that a reader would take for a number ("042", "1.5e3"): quoted in text columns, so that readers which
 *  honour quotes keep it as text (and every reader can see it was written as one). */
const NUMBER_LIKE = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** One field; `text` marks a text column, whose number-like values are quoted. */
export function csvField(v: unknown, text = false): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || (text && NUMBER_LIKE.test(s)) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line; `textColumns[i]` marks column i as text (see csvField). */
export const csvRow = (values: unknown[], textColumns?: readonly boolean[]): string =>
  values.map((v, i) => csvField(v, textColumns?.[i] ?? false)).join(',') + '\n';
