// Checks the actor dictionaries for the mistakes a reviewer cannot see line by line, and shows what a text resolves to.
//
//   node --import tsx scripts/check-dictionaries.ts              # report; exit 1 when a check fails
//   node --import tsx scripts/check-dictionaries.ts "The UAE and the DRC signed a deal."   # + mentions of each text
//
// Checks (the loader already rejects bad codes, sectors, dates and missing columns, with file and line):
// - one name given to entries of the same kind with different codes or sectors (the coder would pick one silently;
//   `detente relations NAME` would call it ambiguous);
// - a name written in capitals (FARC) and the same name in mixed case (Farc) on one line: the loader keeps one name
//   per entry, so the mixed-case one is lost when it comes second (put it first, or on a line of its own);
// - a name whose first word is the plural of an agent word ("Citizens Coalition for Change", "teachers' union"): the
//   matcher looks a token up by its lemma only when no name starts with the token as written, so "citizens" would
//   no longer find the agent "citizen" (list the plural as an agent word too);
// - a name that is a common English word and matches whatever its case (abbreviations of 2-5 capital letters match
//   only when written in capitals, see src/actors/dictionary.ts; so "ICE" is safe and "the CAR" is not: it matches
//   "the car"). The stop list below is short on purpose: words that are also abbreviations in news.
import { join } from 'node:path';
import { ActorDictionary, type DictionaryEntry } from '../src/actors/dictionary.js';
import { DICTIONARY_DIR, alternatives, readTsv } from '../src/dictionaries/tsv.js';
import { analyze, phraseTokens } from '../src/text/nlp.js';

const WORDS_THAT_ARE_ABBREVIATIONS = [
  'act', 'aid', 'aim', 'all', 'and', 'arm', 'art', 'bad', 'ban', 'bat', 'bar', 'bid', 'cab', 'can', 'cap', 'car',
  'care', 'cat', 'cop', 'cry', 'dam', 'day', 'die', 'dip', 'doe', 'dog', 'ear', 'eat', 'end', 'era', 'eye', 'fan',
  'far', 'fat', 'fed', 'fee', 'fit', 'fly', 'for', 'fun', 'gas', 'gap', 'gum', 'had', 'ham', 'hat', 'her', 'him',
  'hit', 'hug', 'ice', 'ill', 'ink', 'inn', 'its', 'jab', 'jam', 'jet', 'job', 'key', 'kid', 'kin', 'lab', 'law',
  'led', 'leg', 'let', 'lid', 'lip', 'lot', 'low', 'mad', 'man', 'map', 'mob', 'nap', 'net', 'new', 'nor', 'not',
  'now', 'nut', 'oak', 'odd', 'off', 'oil', 'old', 'one', 'our', 'out', 'owl', 'own', 'pace', 'pact', 'pal', 'pan',
  'pat', 'pay', 'pen', 'pet', 'pig', 'pin', 'pit', 'plan', 'pop', 'pot', 'pro', 'put', 'rag', 'ram', 'rat', 'raw',
  'red', 'rid', 'rim', 'rob', 'rod', 'row', 'run', 'sad', 'sat', 'saw', 'say', 'sea', 'see', 'set', 'she', 'sin',
  'sip', 'sir', 'sit', 'sky', 'son', 'spa', 'spy', 'sum', 'sun', 'tab', 'tag', 'tan', 'tap', 'tax', 'tea', 'ten',
  'the', 'tie', 'tin', 'tip', 'toe', 'ton', 'top', 'toy', 'try', 'tub', 'two', 'use', 'van', 'vat', 'via', 'war',
  'was', 'way', 'web', 'wet', 'who', 'why', 'win', 'won', 'yes', 'yet', 'you', 'zoo', 'is', 'it', 'as', 'at', 'be',
  'by', 'do', 'go', 'he', 'if', 'in', 'me', 'my', 'no', 'of', 'oh', 'on', 'or', 'so', 'to', 'up', 'we', 'arms',
  'cell', 'chip', 'crew', 'dawn', 'face', 'fair', 'fast', 'gold', 'hope', 'iron', 'life', 'link', 'mass', 'mind',
  'nato', 'ours', 'peace', 'post', 'race', 'rise', 'safe', 'save', 'seal', 'star', 'team', 'unit', 'wing', 'cpa',
];
const STOP = new Set(WORDS_THAT_ARE_ABBREVIATIONS.filter((w) => w !== 'nato'));
// "the" + a common noun (the CAR, the ICE) matches the phrase in any case; "the WHO" is safe (no noun).
const FUNCTION_WORDS = new Set(['who', 'why', 'you', 'she', 'her', 'him', 'its', 'our', 'ours', 'and', 'for', 'nor', 'not', 'yet', 'was', 'the', 'via',
  'is', 'it', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'me', 'my', 'no', 'of', 'oh', 'on', 'or', 'so', 'to', 'up', 'we']);
const STOP_WITH_THE = new Set([...STOP].filter((w) => !FUNCTION_WORDS.has(w)).map((w) => `the ${w}`));

const describe = (e: DictionaryEntry) => `${e.kind} ${e.code ?? '-'}${e.org ? `/${e.org}` : ''} ${e.sector ?? '-'} (${e.origin})`;

export interface DictionaryProblem { kind: 'shared-name' | 'common-word' | 'shared-org-code'; name: string; entries: DictionaryEntry[] }

/** Plurals known to be hidden, with the reason in dictionaries/agents.tsv ("doctors"). */
export const KNOWN_HIDDEN_PLURALS = new Set(['doctors']);

/** Plural words that start some name and hide the agent word they are the plural of ("citizens" → "citizen"). */
export function shadowedAgents(dict: ActorDictionary): string[] {
  const firstWords = new Set<string>();
  const agentNames = new Set<string>();
  for (const { entry, names } of dict.entries()) {
    for (const name of names) {
      firstWords.add(name.toLowerCase().split(' ')[0]!);
      if (entry.kind === 'agent') agentNames.add(name.toLowerCase());
    }
  }
  const out: string[] = [];
  for (const w of firstWords) {
    if (agentNames.has(w) || KNOWN_HIDDEN_PLURALS.has(w) || !/^[a-z]+s$/.test(w)) continue;
    const lemma = analyze(`The ${w} said.`)[0]!.tokens[1]!.lemma;
    if (lemma !== w && agentNames.has(lemma)) out.push(`${w} (hides the agent "${lemma}")`);
  }
  return out.sort();
}

/** Names the loader drops: a mixed-case spelling after the all-caps one on the same line ("FARC|Farc"). */
export function lostNames(dir = DICTIONARY_DIR): string[] {
  const out: string[] = [];
  for (const [file, col] of [['countries.tsv', 2], ['organizations.tsv', 3]] as const) {
    for (const r of readTsv(join(dir, file), col + 1)) {
      const capitalsOnly = new Set<string>();
      for (const name of alternatives(r.cols[col])) {
        const key = phraseTokens(name).join(' ');
        if (/^[A-Z]{2,5}$/.test(name)) capitalsOnly.add(key);
        else if (capitalsOnly.has(key)) out.push(`${file}:${r.line}: "${name}"`);
      }
    }
  }
  return out;
}

/** Problems in a loaded dictionary: names shared across codes within a kind, and common words matched in any case. */
export function dictionaryProblems(dict: ActorDictionary): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  const byName = new Map<string, DictionaryEntry[]>();
  for (const { entry, names } of dict.entries()) {
    for (const name of names) {
      const key = `${entry.kind === 'seat' ? 'country' : entry.kind}\u0000${name.toLowerCase()}`;
      const list = byName.get(key) ?? [];
      list.push(entry);
      byName.set(key, list);
      // Acronyms come back as written (case-sensitive); everything else lower-cased.
      const anyCase = name !== name.toUpperCase() || !/^[A-Z]{2,5}$/.test(name);
      if (anyCase && entry.kind !== 'agent' && (STOP.has(name.toLowerCase()) || STOP_WITH_THE.has(name.toLowerCase()))) {
        problems.push({ kind: 'common-word', name, entries: [entry] });
      }
    }
  }
  // One ORG code for organisations of different countries (an armed wing shares its parent's code and country).
  const byOrg = new Map<string, DictionaryEntry[]>();
  for (const { entry } of dict.entries()) if (entry.kind === 'org' && entry.org) byOrg.set(entry.org, [...(byOrg.get(entry.org) ?? []), entry]);
  for (const [org, entries] of byOrg) if (new Set(entries.map((e) => e.code)).size > 1) problems.push({ kind: 'shared-org-code', name: org, entries });
  // An agent word that is also a coded name never wins (the coded entry outranks it at equal length).
  const coded = new Map<string, DictionaryEntry>();
  for (const [key, entries] of byName) if (!key.startsWith('agent\u0000')) coded.set(key.split('\u0000')[1]!, entries[0]!);
  for (const [key, entries] of byName) {
    const other = key.startsWith('agent\u0000') ? coded.get(key.split('\u0000')[1]!) : undefined;
    if (other) problems.push({ kind: 'shared-name', name: key.split('\u0000')[1]!, entries: [...entries, other] });
  }
  for (const [key, entries] of byName) {
    if (key.startsWith('person\u0000') || key.startsWith('agent\u0000')) continue; // people: one entry per canonical name; agents: no codes
    // A dependent territory sharing a name with its sovereign state loses to it in the loader ("French").
    // ... and the package's names give way to the project's table of countries ("Congo", see countries.tsv).
    const overridden = entries.some((e) => e.origin.startsWith('countries.tsv')) ? entries.filter((e) => e.origin !== 'world-countries') : entries;
    const distinct = new Set(overridden.filter((e) => !e.dependent).map((e) => `${e.code}/${e.org ?? ''}/${e.sector ?? ''}`));
    if (distinct.size > 1) problems.push({ kind: 'shared-name', name: key.split('\u0000')[1]!, entries });
  }
  return problems;
}

function main(): void {
  const dict = ActorDictionary.load();
  const problems = dictionaryProblems(dict);
  const shadowed = shadowedAgents(dict);
  for (const w of shadowed) console.log(`plural first word of a name, not an agent word itself: ${w}`);
  for (const lost of lostNames()) console.log(`mixed-case name after the same name in capitals, dropped by the loader: ${lost}`);
  for (const p of problems) {
    const what = { 'shared-name': 'one name, several codes', 'common-word': 'common English word matched in any case', 'shared-org-code': 'one ORG code, several countries' }[p.kind];
    console.log(`${what}: "${p.name}"\n${p.entries.map((e) => `    ${describe(e)}`).join('\n')}`);
  }
  // Names the world-countries package itself gives to two countries (Congolese, Dominican) are reported, not failed:
  // they are not ours to fix here.
  const ours = problems.filter((p) => p.entries.some((e) => e.origin !== 'world-countries'));
  console.log(`${problems.length} problem(s), ${ours.length} in dictionaries/; ${JSON.stringify(dict.size)}`);
  const date = new Date().toISOString().slice(0, 10);
  for (const text of process.argv.slice(2)) {
    for (const s of analyze(text)) {
      const found = dict.match(s.tokens).map((m) => {
        const r = dict.resolve(m.entry, date);
        const words = s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
        return `${words} → ${r.code ?? '?'}${r.org ? `/${r.org}` : ''} ${r.sector ?? '-'}`;
      });
      console.log(`${s.text}\n    ${found.join('\n    ') || '(no mention)'}`);
    }
  }
  if (ours.length || lostNames().length || shadowed.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
