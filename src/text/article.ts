// Article layout: which parts of an article's text are news sentences. Bylines ("By Jane Doe"), photo captions
// and credits are not events; a dateline ("MOSCOW (Reuters) -") is not part of the first sentence; agency and photo
// credits inside a paragraph ("(AP)", "Photo: Reuters") are blanked out.

export interface TextSegment {
  /** Offset in the article text. */
  start: number;
  text: string;
}

const BYLINE = /^\s*(by|By|BY|from|From)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*(,.*)?$/;
const CAPTION = /^\s*(\(?(photo|picture|image|file photo|caption|credit|video)\b.*|.*\((photo|picture|image)[^)]*\)\s*)$/i;
const CREDIT = /^\s*(©|copyright\b|reporting by\b|editing by\b|additional reporting\b|writing by\b)/i;
// News agencies: never actors when credited inside the text ("(Xinhua)", "Photo: Reuters", "— Reuters",
// "(AFP/Getty Images)", "(Photo by Jane Doe/AFP)": they name who reported or photographed, never who acted), and the
// agency of a dateline ("Kabul, Jan 4 (AFP) -").
const AGENCY = '(?:AP|AFP|Reuters|Xinhua|TASS|Tass|ITAR-TASS|RIA Novosti|RIA|Interfax|Anadolu(?: Agency)?|UPI|dpa|DPA|EFE|ANSA|'
  + 'Yonhap|Kyodo(?: News)?|Jiji|PTI|IANS|ANI|IRNA|ISNA|Fars|Tasnim|Sputnik|WAFA|SANA|KCNA|Bernama|Antara|APP|AAP|MENA|SPA|WAM|'
  + 'QNA|KUNA|Petra|Ukrinform|UNIAN|BelTA|CNA|Bloomberg|Getty Images|Getty|EPA-EFE|EPA|Shutterstock|NurPhoto|SOPA Images|'
  + 'LightRocket|Pool|File|Handout|Associated Press|Agence France-Presse)';
/** A dateline: place names in capitals, an optional agency in brackets, then a dash. */
const MONTH = '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\\.?';
const DATELINE_DAY = `,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?`;   // , March 3 / , March 3, 2017 / , APRIL 10
const DATELINE_AGENCY = '\\([A-Za-z0-9 .,&/-]{1,30}\\)';           // (Reuters) / (bdnews24.com) / (REUTERS, AFP)
/** A region after a place: ", Russia", ", Gaza Strip", ", Bosnia-Herzegovina", ", Democratic Republic of the Congo",
 *  ", occupied West Bank" (Al Jazeera's). */
const DATELINE_REGION = ",\\s*(?:occupied\\s+)?[A-Z][A-Za-z.'’-]*(?:\\s(?:of\\s(?:the\\s)?)?[A-Z][A-Za-z.'’-]*){0,4}";
/** A dash or a colon, then a sentence. */
const DATELINE_END = '\\s*(?:[-–—]+|:)\\s+(?=[A-Z"“‘\'])';
const DATELINE = new RegExp(
  '^\\s*(?:'
  // MOSCOW, NEW DELHI, N'DJAMENA, GAZA/JERUSALEM (not "U.S. - China talks"), then an optional region, day and agency:
  // "MOSCOW, April 12 (Reuters) -", "PYONGYANG, Sept. 17 Kyodo -" (Kyodo's agency unbracketed), "DURRES (ALBANIA),
  // APRIL 15." (The Hindu's: a day then a full stop)
  + "[A-Z]['’]?[A-Z][A-Z.'’ /-]{1,40}(?:\\s*\\([A-Z][A-Z ]+\\))?"
  + `(?:${DATELINE_REGION})?`
  + `(?:${DATELINE_DAY}(?:\\s*(?:${DATELINE_AGENCY}|${AGENCY}\\b))?(?:${DATELINE_END}|\\.\\s+(?=[A-Z"“‘']))|\\s*(?:${DATELINE_AGENCY})?${DATELINE_END})`
  // Kabul, Ulan Bator, Port-au-Prince in ordinary case: only with a day or an agency after them, or a country after a
  // comma ("Amman, Jordan — "), which a sentence's opening words ("Russia - and China - ...", "Putin (left) - ") never have
  + "|[A-Z][a-z'’]+(?:[ -](?:[a-z]{2,3}-)?[A-Z][a-z'’]+){0,2}"
  + `(?:${DATELINE_REGION}(?:${DATELINE_DAY}\\s*(?:${DATELINE_AGENCY})?|\\s*\\(${AGENCY}\\))?|${DATELINE_DAY}\\s*(?:${DATELINE_AGENCY})?|\\s*\\(${AGENCY}\\))`
  + DATELINE_END
  + ')',
);

/** A credit's names: agencies or a photographer, joined by "/", ",", "via" or "and" ("AFP via Getty Images"). */
const NAME = "[A-Z][\\w.'&-]*(?:\\s+[A-Z][\\w.'&-]*){0,3}";
const CREDITS = new RegExp([
  `\\(\\s*${AGENCY}(?:\\s+Photo)?(?:\\s*(?:/|,|\\bvia\\b|\\band\\b)\\s*(?:${AGENCY}|${NAME}))*\\s*\\)`, // (AP), (AFP/Getty Images), (AP Photo/Jane Doe)
  `\\(\\s*(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Ff]ile photo|[Cc]redit)s?\\s*(?:by|:)[^)]{0,80}\\)`,    // (Photo by Jane Doe/AFP)
  // An agency is tried before a photographer's name, so that "Photo: Reuters Russian troops..." keeps the troops.
  `\\b(?:Photo(?:graph)?|Picture|Image|Credit|Video)s?\\s*:\\s*(?:${AGENCY}|${NAME})(?:\\s*(?:/|,|\\bvia\\b)\\s*(?:${AGENCY}\\b|${NAME}))*`, // Photo: Reuters
  `(?:^|(?<=\\s))[—–-]{1,2}\\s*${AGENCY}(?=\\s*(?:$|[.,;)\\n]))`,                                    // — Reuters
].join('|'), 'g');

/** The text with agency and photo credits blanked out by spaces: the same length, so offsets stay right. */
export function maskCredits(text: string): string {
  return text.replace(CREDITS, (m) => m.replace(/[^\n]/g, ' '));
}

/** A line that is no news text: a byline, a photo caption, a credit. */
const furniture = (line: string) => BYLINE.test(line) || CAPTION.test(line) || CREDIT.test(line);

/**
 * Where the article's body starts, past a headline it may open with: a first line that ends no sentence, followed
 * by a blank line or by a dateline ("Trump calls off talks with Taliban\nKABUL (Reuters) - ..."), bylines and
 * captions between them aside. Headlines restate the lead in a telegraphic style (a missing verb or subject makes
 * "Pakistan expels Indian envoy, suspends trade" cross-wired) and would hide the dateline; 0 when there is none.
 */
export function bodyStart(text: string): number {
  const lines = text.split('\n');
  let k = 0, offset = 0;
  while (k < lines.length && !lines[k]!.trim()) offset += lines[k++]!.length + 1;
  const first = lines[k];
  if (first === undefined || /[.!?"”’')\]]\s*$/.test(first) || first.length > 200 || DATELINE.test(first) || furniture(first)) return 0;
  let j = k + 1;
  while (j < lines.length && lines[j]!.trim() && furniture(lines[j]!)) j++;
  const next = lines[j];
  // (A one-line text is a sentence, not a headline; a line that runs on into the next is hard-wrapped text.)
  if (next === undefined || (next.trim() && !DATELINE.test(next))) return 0;
  return offset + first.length + 1;
}

const DATELINE_DATE = new RegExp(`${DATELINE_DAY}$`);
/** The agency a dateline ends on, bracketed or not: "(Reuters)", "Kyodo". */
const DATELINE_AGENCY_END = new RegExp(`(?:\\s*\\([^)]*\\)|\\s+${AGENCY})$`);

/** The dateline that opens an article ("ISLAMABAD:", "KABUL (Reuters) -", "MOSCOW, April 12 (Reuters) -"), if any:
 *  the whole match and its place ("MOSCOW", "ST. PETERSBURG, Fla."), with offsets in the text. */
export function datelineOf(text: string): { text: string; place: string; start: number; end: number } | null {
  // The dateline opens the first paragraph, after the headline, that is not a byline, caption or credit.
  let offset = bodyStart(text);
  for (const line of text.slice(offset).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || furniture(line)) continue;
    const d = DATELINE.exec(line);
    if (!d) return null;
    const place = d[0]
      .replace(/\s*(?:[-–—]+|:|\.)\s*$/, '')                          // the dash, colon or full stop
      .replace(DATELINE_AGENCY_END, '')                                // (Reuters), Kyodo
      .replace(DATELINE_DATE, '')                                     // , April 12 / , April 12, 2017
      .trim().replace(/,$/, '')
      .replace(/\s*\(([^)]*)\)$/, ', $1');                              // DURRES (ALBANIA): DURRES, ALBANIA
    return { text: d[0], place, start, end: start + d[0].length };
  }
  return null;
}

/** Splits an article into the segments that hold news sentences: paragraphs, with hard-wrapped lines (a line that
 *  does not end a sentence) joined to the next, and bylines, captions and credits left out. */
export function newsSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (!open) return;
    const body = text.slice(open.start, open.end);
    const d = DATELINE.exec(body);
    const cut = d ? d[0].length : 0;
    out.push({ start: open.start + cut, text: maskCredits(body.slice(cut)) });
    open = null;
  };
  let offset = bodyStart(text);
  for (const line of text.slice(offset).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || furniture(line)) {
      close();
      continue;
    }
    // A dateline opens a paragraph of its own.
    if (DATELINE.test(line)) close();
    if (open) open.end = start + line.length;
    else open = { start, end: start + line.length };
    if (/[.!?"”’')\]]\s*$/.test(line)) close();
  }
  close();
  return out;
}
