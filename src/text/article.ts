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
/** A dateline: place names in capitals, an optional agency in brackets, then a dash. */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  "^\\s*[A-Z]{2}[A-Z.'’ -]{1,40}"                              // MOSCOW, NEW DELHI (not "U.S. - China talks")
  + '(?:,\\s*[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2})?'    // , Russia / , Gaza Strip
  + `(?:,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?`       // , March 3 / , March 3, 2017
  + '\\s*(?:\\([A-Za-z .&/-]{1,30}\\))?'                       // (Reuters)
  + '\\s*(?:[-–—]+|:)\\s+(?=[A-Z"“‘\'])',                    // - / — / : then a sentence
);

// Agency and photo credits inside the text: "(AP)", "(Xinhua)", "Photo: Reuters", "— Reuters", "(AFP/Getty Images)",
// "(Photo by Jane Doe/AFP)". They name who reported or photographed, never who acted.
const AGENCY = '(?:AP|AFP|Reuters|Xinhua|TASS|Tass|ITAR-TASS|RIA Novosti|RIA|Interfax|Anadolu(?: Agency)?|UPI|dpa|DPA|EFE|ANSA|'
  + 'Yonhap|Kyodo(?: News)?|Jiji|PTI|IANS|ANI|IRNA|ISNA|Fars|Tasnim|Sputnik|WAFA|SANA|KCNA|Bernama|Antara|APP|AAP|MENA|SPA|WAM|'
  + 'QNA|KUNA|Petra|Ukrinform|UNIAN|BelTA|CNA|Bloomberg|Getty Images|Getty|EPA-EFE|EPA|Shutterstock|NurPhoto|SOPA Images|'
  + 'LightRocket|Pool|File|Handout|Associated Press|Agence France-Presse)';
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

const DATELINE_DATE = new RegExp(`,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?$`);

/** The dateline that opens an article ("ISLAMABAD:", "KABUL (Reuters) -", "MOSCOW, April 12 (Reuters) -"), if any:
 *  the whole match and its place ("MOSCOW", "ST. PETERSBURG, Fla."), with offsets in the text. */
export function datelineOf(text: string): { text: string; place: string; start: number; end: number } | null {
  // The dateline opens the first paragraph that is not a byline, caption or credit.
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || BYLINE.test(line) || CAPTION.test(line) || CREDIT.test(line)) continue;
    const d = DATELINE.exec(line);
    if (!d) return null;
    const place = d[0]
      .replace(/\s*(?:[-–—]+|:)\s*$/, '')          // the dash or colon
      .replace(/\s*\([^)]*\)\s*$/, '')           // (Reuters)
      .replace(DATELINE_DATE, '')                   // , April 12 / , April 12, 2017
      .trim().replace(/,$/, '');
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
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || BYLINE.test(line) || CAPTION.test(line) || CREDIT.test(line)) {
      close();
      continue;
    }
    if (open) open.end = start + line.length;
    else open = { start, end: start + line.length };
    if (/[.!?"”’')\]]\s*$/.test(line)) close();
  }
  close();
  return out;
}
