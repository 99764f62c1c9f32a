// Which language an article is in: detente's dictionaries and patterns are English, so other languages give nothing
// and are skipped with a reason. eld (its smallest n-gram database) decides, after a cheap test that settles most
// English news without it. Chosen over tinyld and franc-min by measurement: see docs/coder.md, "Languages".
export interface LanguageVerdict {
  english: boolean;
  /** ISO 639-1 code of the detected language ('en', 'fr', 'ru'); 'en' when English is assumed. */
  language: string;
  /** The language's English name ("French"). */
  name: string;
}

/** How much of an article is looked at: its first paragraphs say its language. */
const SAMPLE = 1000;
/** English words that other languages written in Latin letters do not use ("was", "will" and "also" are German
 *  too, "of" and "over" Dutch, "her" and "by" Danish). Two different ones settle it: the text is English. */
const ENGLISH_WORDS = new Set(['the', 'and', 'said', 'with', 'from', 'that', 'which', 'were', 'after', 'would', 'their', 'have',
  'been', 'its', 'has', 'are', 'not', 'but', 'who', 'this', 'they', 'against', 'between', 'into', 'while', 'during', 'than',
  'told', 'says', 'his', 'about', 'could', 'should', 'government', 'talks', 'killed', 'forces', 'officials', 'country']);
/** Below this many lower-case words a Latin-script text is mostly names ("Kim Jong Un visited Pyongyang."): too
 *  little to judge, so it is taken as English. */
const MIN_WORDS = 5;
/** Another language wins only when English scores below this share of its score (close calls stay English:
 *  "Venezuela recalled its ambassador from Bogota." scores Spanish a hair above English). */
const MARGIN = 0.9;

const ENGLISH: LanguageVerdict = { english: true, language: 'en', name: 'English' };
const names = new Intl.DisplayNames(['en'], { type: 'language' });

interface Eld { detect(text: string): { language: string; getScores(): Record<string, number> } }
let eld: Promise<Eld> | null = null;
// Loaded on first need: most English articles never need it, and it takes a moment to load. eld is an ES module
// only, hence the dynamic import and an async detectLanguage.
const detector = (): Promise<Eld> => (eld ??= import('eld/extrasmall').then((m) => m.eld as Eld));

/** The language of a text, English unless there is enough text in another language to say so. */
export async function detectLanguage(text: string): Promise<LanguageVerdict> {
  const sample = text.slice(0, SAMPLE);
  const latinWords = sample.match(/\b[a-z][a-z'’]*\b/g) ?? [];
  let hits = 0;
  const seen = new Set<string>();
  for (const w of latinWords) {
    if (ENGLISH_WORDS.has(w) && !seen.has(w)) {
      seen.add(w);
      if (++hits >= 2) return ENGLISH;
    }
  }
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  // Latin-script text with too few ordinary words to judge; other scripts (Cyrillic, Arabic, Chinese) are judged at any length.
  if (letters === 0 || (latin / letters > 0.5 && latinWords.length < MIN_WORDS)) return ENGLISH;
  const r = (await detector()).detect(sample);
  if (!r.language || r.language === 'en') return ENGLISH;
  const scores = r.getScores();
  const top = Math.max(...Object.values(scores));
  if ((scores.en ?? 0) >= MARGIN * top) return ENGLISH;
  return { english: false, language: r.language, name: names.of(r.language) ?? r.language };
}
