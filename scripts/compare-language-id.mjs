// How detente chose its language identifier: tinyld, eld and franc-min on the sentences of
// test/fixtures/languages.jsonl (45 news sentences in 13 languages, 15 English) and on the English sentences of
// ../shared/eval/news-dev.jsonl (when present), each package alone, without detente's English-word test.
// The two it did not choose are not dependencies; install them for the run:
//   npm install --no-save tinyld@1.3.4 franc-min@6.2.0 && node --import tsx scripts/compare-language-id.mjs
import { existsSync, readFileSync } from 'node:fs';

const rows = readFileSync(new URL('../test/fixtures/languages.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const newsFile = new URL('../../shared/eval/news-dev.jsonl', import.meta.url);
const news = existsSync(newsFile) ? readFileSync(newsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text) : null;
const { detect: tinyld } = await import('tinyld');
const { eld } = await import('eld/extrasmall');
const { franc } = await import('franc-min');
const iso3 = { en: 'eng', fr: 'fra', de: 'deu', es: 'spa', ru: 'rus', uk: 'ukr', ar: 'arb', zh: 'cmn', pt: 'por', it: 'ita', tr: 'tur', fa: 'pes', pl: 'pol' };
const detectors = {
  tinyld: (t) => tinyld(t),
  'eld (extrasmall)': (t) => eld.detect(t).language,
  'franc-min': (t) => { const l = franc(t, { minLength: 3 }); return Object.keys(iso3).find((k) => iso3[k] === l) ?? l; },
};
for (const [name, f] of Object.entries(detectors)) {
  const exact = rows.filter((r) => f(r.text) === r.lang).length;
  const englishKept = rows.filter((r) => r.lang === 'en' && f(r.text) === 'en').length;
  const otherFlagged = rows.filter((r) => r.lang !== 'en' && f(r.text) !== 'en').length;
  let line = `${name}: language right ${exact}/${rows.length}; English kept ${englishKept}/${rows.filter((r) => r.lang === 'en').length}; `
    + `other languages not taken for English ${otherFlagged}/${rows.filter((r) => r.lang !== 'en').length}`;
  if (news) line += `; news-dev English sentences taken for another language ${news.filter((t) => f(t) !== 'en').length}/${news.length}`;
  const t0 = performance.now();
  let n = 0;
  for (let k = 0; k < 20; k++) for (const r of rows) { f(r.text); n++; }
  console.log(`${line}; ${Math.round(n / ((performance.now() - t0) / 1000))} sentences/s`);
}

// detente's own verdict: the English-word test, then eld with a margin (src/text/language.ts).
const { detectLanguage } = await import('../src/text/language.ts');
const verdicts = await Promise.all(rows.map((r) => detectLanguage(r.text)));
const right = rows.filter((r, i) => (r.lang === 'en' ? verdicts[i].english : !verdicts[i].english)).length;
let line = `detente detectLanguage: English or not right ${right}/${rows.length}`;
if (news) {
  let wrong = 0;
  for (const t of news) if (!(await detectLanguage(t)).english) wrong++;
  line += `; news-dev English sentences taken for another language ${wrong}/${news.length}`;
}
console.log(line);
