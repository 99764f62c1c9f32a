// CSV output (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled.
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (values: unknown[]): string => values.map(csvField).join(',') + '\n';
