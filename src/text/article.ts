// Article layout: which parts of an article's text are news sentences. Bylines ("By Jane Doe"), photo captions
// and credits are not events; a dateline ("MOSCOW (Reuters) -") is not part of the first sentence.

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

/** Splits an article into the segments that hold news sentences. */
export function newsSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    if (BYLINE.test(line) || CAPTION.test(line) || CREDIT.test(line)) continue;
    const d = DATELINE.exec(line);
    const cut = d ? d[0].length : 0;
    out.push({ start: start + cut, text: line.slice(cut) });
  }
  return out;
}
