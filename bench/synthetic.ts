// Generated inputs for benchmarks and tests: varied wire-style articles (deterministic for a seed) and coded events
// built directly (for stores of a million events without running the coder). Not a corpus of real events.
import type { ActorRef, Article, CodedEvent, PloverCategory, QuadClass } from '../src/model.js';
import { prng } from '../src/random.js';

export { prng };

export const COUNTRIES: Array<[string, string]> = [
  ['Russia', 'RUS'], ['Ukraine', 'UKR'], ['the United States', 'USA'], ['China', 'CHN'], ['India', 'IND'], ['Pakistan', 'PAK'],
  ['Israel', 'ISR'], ['Iran', 'IRN'], ['Japan', 'JPN'], ['France', 'FRA'], ['Germany', 'DEU'], ['Turkey', 'TUR'],
  ['Brazil', 'BRA'], ['Egypt', 'EGY'], ['Syria', 'SYR'], ['Canada', 'CAN'], ['Mexico', 'MEX'], ['Poland', 'POL'],
  ['Nigeria', 'NGA'], ['Kenya', 'KEN'], ['Indonesia', 'IDN'], ['Vietnam', 'VNM'], ['Saudi Arabia', 'SAU'], ['Qatar', 'QAT'],
];
/** Event clauses any dictionary coder reads: verb phrase, CAMEO code, PLOVER category, Goldstein, PLOVER score, quad. */
export const ACTIONS: Array<[string, string, PloverCategory, number, number, QuadClass]> = [
  ['accused', '112', 'ACCUSE', -2, -2, 3], ['condemned', '111', 'ACCUSE', -2, -2, 3], ['praised', '051', 'SUPPORT', 3.4, 5, 1],
  ['met with', '040', 'CONSULT', 1, 2.5, 1], ['threatened', '130', 'THREATEN', -4.4, -6, 3], ['attacked', '190', 'ASSAULT', -10, -10, 4],
  ['signed an agreement with', '057', 'AGREE', 8, 6.5, 1], ['imposed sanctions on', '163', 'SANCTION', -8, -7, 4],
  ['criticized', '111', 'ACCUSE', -2, -2, 3], ['warned', '130', 'THREATEN', -4.4, -6, 3], ['sent aid to', '070', 'AID', 7, 7, 2],
  ['expelled diplomats from', '1663', 'SANCTION', -4, -5, 4], ['held talks with', '040', 'CONSULT', 1, 2.5, 1],
];
export const REASONS = ['over the border dispute', 'after a week of tension', 'over trade barriers', 'over the detention of journalists',
  'after talks in Geneva', 'over naval exercises', 'ahead of the summit', 'over the gas pipeline', 'after the election',
  'over the refugee crisis', 'over missile tests', 'over a cyber attack', 'after the ceasefire collapsed', 'over fishing rights'];
const CITIES = ['Geneva', 'Vienna', 'Ankara', 'Doha', 'Nairobi', 'Jakarta', 'Brasilia', 'Cairo', 'Warsaw', 'Ottawa', 'Hanoi', 'Riyadh'];
const OFFICIALS = ['the foreign minister', 'a government spokesman', 'the defence ministry', 'the prime minister', 'an embassy official', 'the president'];
const MOODS = ['tense', 'calm', 'uncertain', 'difficult', 'stable', 'fragile', 'volatile', 'promising'];
export const SOURCES = ['Wire One', 'Daily Sample', 'Example Post', 'Test Herald', 'Mock Times', 'Placeholder News', 'Synthetic Gazette', 'Bench Review'];

export interface SyntheticArticle extends Article {
  /** Event sentences written into the text, with the codes of their actor and recipient. */
  planted: Array<{ actor: string; recipient: string; cameo: string }>;
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Sentences without events (context, figures, quotes), varied by numbers and places so articles differ. */
const FILLERS: Array<(r: () => number, i: number) => string> = [
  (r) => `Observers in ${pick(r, CITIES)} described the mood as ${pick(r, MOODS)} after ${2 + Math.floor(r() * 97)} hours of meetings.`,
  (r) => `${cap(pick(r, OFFICIALS))} told reporters in ${pick(r, CITIES)} that ${3 + Math.floor(r() * 200)} delegates had attended the session.`,
  (r) => `Trade between the two countries reached ${1 + Math.floor(r() * 400)} billion dollars last year, according to ${pick(r, SOURCES)} estimates.`,
  (r) => `The talks are expected to resume on day ${1 + Math.floor(r() * 28)} of the month, diplomats said.`,
  (r) => `Analysts in ${pick(r, CITIES)} said the dispute could last ${2 + Math.floor(r() * 30)} months and weigh on growth.`,
  (r) => `Markets in ${pick(r, CITIES)} fell ${1 + Math.floor(r() * 9)}.${Math.floor(r() * 10)} percent after the announcement.`,
  (r) => `About ${100 + Math.floor(r() * 9000)} people gathered in the centre of ${pick(r, CITIES)} on the ${1 + Math.floor(r() * 28)}th.`,
  (r, i) => `The report, numbered ${i}-${Math.floor(r() * 1000)}, was circulated to ${2 + Math.floor(r() * 40)} embassies.`,
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The i-th article of a corpus: 2–3 event sentences among 5–9 others (the length of a short wire story), dated from 2014 on. */
export function syntheticArticle(i: number, seed = 1): SyntheticArticle {
  const r = prng(seed * 1_000_003 + i);
  const sentences: string[] = [];
  const planted: SyntheticArticle['planted'] = [];
  const eventCount = 2 + Math.floor(r() * 2);
  for (let k = 0; k < eventCount; k++) {
    const [aName, aCode] = pick(r, COUNTRIES);
    let [bName, bCode] = pick(r, COUNTRIES);
    if (bCode === aCode) [bName, bCode] = COUNTRIES[(COUNTRIES.findIndex((c) => c[1] === aCode) + 1) % COUNTRIES.length]!;
    const [verb, cameo] = pick(r, ACTIONS);
    sentences.push(`${cap(aName)} ${verb} ${bName} ${pick(r, REASONS)}, ${pick(r, OFFICIALS)} said on day ${1 + Math.floor(r() * 28)}.`);
    planted.push({ actor: aCode, recipient: bCode, cameo });
  }
  const extra = 5 + Math.floor(r() * 5);
  for (let k = 0; k < extra; k++) sentences.push(pick(r, FILLERS)(r, i));
  // Shuffle so the event sentences are not always first.
  for (let k = sentences.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [sentences[k], sentences[j]] = [sentences[j]!, sentences[k]!];
  }
  const day = Math.floor(i / 7) % 4000; // about seven articles a day, cycling over eleven years
  const date = new Date(Date.UTC(2014, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const source = pick(r, SOURCES);
  return {
    id: `syn-${seed}-${i}`,
    date,
    title: `Report ${i}`,
    text: sentences.join(' '),
    source,
    url: `https://bench.detente.invalid/${seed}/${i}`,
    planted,
  };
}

/** One JSON line per article (without the `planted` key). */
export function syntheticJsonl(i: number, seed = 1): string {
  const { planted: _planted, ...article } = syntheticArticle(i, seed);
  return JSON.stringify(article) + '\n';
}

const ref = (name: string, code: string): ActorRef => ({ text: name, name, code, sector: null, start: 0, end: name.length });

/** Zipf weights over the countries (the first ones appear most), as news attention is: a few dyads dominate. */
export const ZIPF = (() => {
  const w = COUNTRIES.map((_, i) => 1 / (i + 1));
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
})();
const zipfCountry = (r: () => number) => COUNTRIES[Math.min(COUNTRIES.length - 1, ZIPF.findIndex((c) => r() <= c))]!;

/**
 * Coded events built without the coder, for large stores: `perArticle` events per article between countries drawn
 * with Zipf weights (Russia, Ukraine and the United States most often), dated on the article's date.
 */
export function syntheticEvents(article: Article, perArticle: number, r: () => number): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let k = 0; k < perArticle; k++) {
    const a = zipfCountry(r);
    let b = zipfCountry(r);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
    const [verb, cameo, event, goldstein, ploverScore, quadClass] = pick(r, ACTIONS);
    const text = `${cap(a[0])} ${verb} ${b[0]} (report ${article.id}, item ${k}).`;
    events.push({
      id: `${article.id}:${k}:0`, docId: article.id, date: article.date, eventDate: null, sentenceIndex: k, text, event, mode: null, context: [],
      cameo, goldstein, ploverScore, quadClass, actor: [ref(a[0], a[1])], recipient: [ref(b[0], b[1])],
      eventText: verb, eventSpan: [a[0].length + 1, a[0].length + 1 + verb.length], pattern: 'synthetic', confidence: 1, location: null,
    });
  }
  return events;
}
