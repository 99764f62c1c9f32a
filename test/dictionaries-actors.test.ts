// The shipped actor dictionaries resolve the names news uses for each class of actor (abbreviations of countries,
// governments by abbreviation, parties, armed groups, national agencies, professional bodies), leave ordinary words
// alone, and pass scripts/check-dictionaries.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorDictionary } from '../src/actors/dictionary.js';
import { analyze } from '../src/text/nlp.js';
import { dictionaryProblems, lostNames, shadowedAgents } from '../scripts/check-dictionaries.js';

const dict = ActorDictionary.load();
const DATE = '2024-06-01';

/** "words → CODE[/ORG] SECTOR" for each mention of a sentence. */
function mentions(text: string): string[] {
  const s = analyze(text)[0]!;
  return dict.match(s.tokens).map((m) => {
    const r = dict.resolve(m.entry, DATE);
    return `${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')} → ${r.code ?? '?'}${r.org ? `/${r.org}` : ''} ${r.sector ?? '-'}`;
  });
}

/** The code (and org) the first mention of `name` in `text` resolves to. */
function first(text: string): string {
  const m = mentions(text)[0];
  assert.ok(m, `no mention in "${text}"`);
  return m.split(' → ')[1]!;
}

test('country abbreviations and short forms the package loader drops', () => {
  assert.equal(first('The UAE lifted restrictions on Israel.'), 'ARE -');
  assert.equal(first('The DRC accused Rwanda.'), 'COD -');
  assert.equal(first('RSA and Nigeria signed a deal.'), 'ZAF -');
  assert.equal(first('Talks with BiH ended.'), 'BIH -');
  assert.equal(first('PNG signed a security pact.'), 'PNG -');
  assert.equal(first('The ROC protested.'), 'TWN -');
  assert.equal(first('Lao PDR joined.'), 'LAO -');
  assert.equal(first('St Lucia voted.'), 'LCA -');
  assert.deepEqual(['USG said.', 'HMG said.', 'GoS refused.', 'GoSS refused.', 'GIRoA said.'].map(first),
    ['USA GOV', 'GBR GOV', 'SDN GOV', 'SSD GOV', 'AFG GOV']);
  assert.deepEqual(mentions('He parked the car and sold the png file.'), [], 'words in lower case are no country');
});

test('political parties: the country, no sector; armed parties REB; one-party states GOV', () => {
  assert.equal(first('The ANC lost its majority.'), 'ZAF/ANC -');
  assert.equal(first('The BJP won.'), 'IND/BJP -');
  assert.equal(first('The Congress party protested.'), 'IND/INC -');
  assert.equal(first('Congress passed the bill.'), '? LEG', 'bare Congress stays the legislature');
  assert.deepEqual(['PML-N', 'PPP', 'PTI chairman'].map((p) => first(`The ${p} rejected the result.`)), ['PAK/PMLN -', 'PAK/PPP -', 'PAK/PTI -']);
  assert.equal(first('PTI reported the fire.'), 'IND/PTIN MED', 'bare PTI stays the news agency');
  assert.deepEqual(mentions('The DPP dropped the charges against the PAN card holder with FDI.'), [], 'prosecutors, Indian tax cards and investment are no party');
  assert.deepEqual(['CDU', 'AfD', 'LDP', 'KMT', 'DPP lawmakers', 'Likud', 'AKP', 'CHP', 'MAS', 'PRI', 'MORENA', 'EFF'].map((p) => first(`The ${p} said so.`)),
    ['DEU/CDU -', 'DEU/AFD -', 'JPN/LDP -', 'TWN/KMT -', 'TWN/DPP -', 'ISR/LIKUD -', 'TUR/AKP -', 'TUR/CHP -', 'BOL/MAS -', 'MEX/PRI -', 'MEX/MORENA -', 'ZAF/EFF -']);
  assert.equal(first('United Russia won.'), 'RUS/UR -');
  assert.equal(first('The Workers\' Party of Korea met.'), 'PRK/WPK GOV');
  assert.equal(first('The CPP-NPA attacked.'), 'PHL/NPA REB');
  assert.equal(first('Aung San Suu Kyi spoke.').split(' ')[0], 'MMR/NLD', 'a party leader\'s role cites the party\'s code');
});

test('armed and militant groups, with their home country (or IMG) and REB, SEP or UAF', () => {
  const groups = ['FARC', 'Farc', 'ELN', 'ONLF', 'OLF', 'BIFF', 'MILF', 'NPA', 'Abu Sayyaf', 'PKK', 'YPG', 'SDF', 'TTP', 'LeJ', 'HuM',
    'al-Shabaab', 'Boko Haram', 'ISWAP', 'JNIM', 'ADF', 'M23', 'SPLA-IO', 'Houthis', 'Ansar Allah', 'Quetta Shura', 'Haqqani network',
    'Real IRA', 'ETA', 'Eta', 'ARSA', 'ULFA', 'UVF'];
  assert.deepEqual(groups.map((g) => first(`The ${g} attacked the town.`)), [
    'COL/FARC REB', 'COL/FARC REB', 'COL/ELN REB', 'ETH/ONLF REB', 'ETH/OLF REB', 'PHL/BIFF REB', 'PHL/MILF REB', 'PHL/NPA REB', 'PHL/ASG REB',
    'TUR/PKK REB', 'SYR/YPG REB', 'SYR/SDF REB', 'PAK/TTP REB', 'PAK/LEJ REB', 'PAK/HUM REB', 'SOM/SHB REB', 'NGA/BKH REB', 'IMG/ISWAP REB',
    'IMG/JNIM REB', 'UGA/ADF REB', 'COD/MXXIII REB', 'SSD/SPLMIO REB', 'YEM/HTH REB', 'YEM/HTH REB', 'AFG/TLB REB', 'AFG/HQN REB',
    'GBR/IRA REB', 'ESP/ETA REB', 'ESP/ETA REB', 'MMR/ARSA REB', 'IND/ULFA SEP', 'GBR/UVF UAF']);
  assert.equal(first('HUM News reported it.'), 'PAK/HUMTV MED', 'the Pakistani channel is not the HuM');
  assert.deepEqual(mentions('Officials in North Sinai province said.').map((m) => m.split(' → ')[1]), ['? GOV', 'EGY -'], 'a province is not the IS branch');
  assert.equal(mentions('The Taliban said.')[0], 'Taliban → AFG/TLB REB');
});

test('national agencies by acronym or name: police and intelligence with their ORG code, civilian agencies GOV, courts JUD', () => {
  const agencies = ['ICE', 'CBP', 'FBI', 'DEA', 'ATF', 'FEMA', 'EPA', 'FAA', 'NTSB', 'NHTSA', 'FO', 'ISPR', 'ISI', 'MEA', 'NIA', 'IRGC', 'SAVAK', 'RUC', 'PSNI', 'INEC', 'IHC'];
  assert.deepEqual(agencies.map((a) => first(`The ${a} said it would act.`)), [
    'USA/ICE COP', 'USA/CBP COP', 'USA/FBI COP', 'USA/DEA COP', 'USA/ATF COP', 'USA GOV', 'USA GOV', 'USA GOV', 'USA GOV', 'USA GOV',
    'PAK GOV', 'PAK/ISPR MIL', 'PAK/ISI SPY', 'IND GOV', 'IND/NIA COP', 'IRN/IRGC MIL', 'IRN SPY', 'GBR/RUC COP', 'GBR/PSNI COP', 'NGA GOV', 'PAK JUD']);
  assert.deepEqual(['Bank of England', 'People\'s Bank of China', 'Reserve Bank of India', 'Bundesbank'].map((b) => first(`The ${b} cut rates.`)),
    ['GBR GOV', 'CHN GOV', 'IND GOV', 'DEU GOV']);
  assert.equal(first('The Supreme Court ruled.'), '? JUD', 'an unnamed supreme court is left to the agent words');
  assert.deepEqual(mentions('The ice melted before the raw plan was ready on Lake Garda.'), [], 'ice, raw, plan and Garda are words or places here');
});

test('professional and civil-society bodies named generically are agents of their profession\'s sector', () => {
  const bodies = ['Junior Doctors Association', 'Young Doctors\' Association', 'bar council', 'Lawyers Association', 'students union', 'teachers\' union',
    'journalists union', 'Chamber of Commerce and Industry', 'employers\' federation', 'farmers union', 'trade union federation', 'election commission', 'ulema council'];
  assert.deepEqual(bodies.map((b) => first(`The ${b} called a strike.`)),
    ['? HLH', '? HLH', '? JUD', '? JUD', '? EDU', '? EDU', '? MED', '? BUS', '? BUS', '? AGR', '? LAB', '? GOV', '? REL']);
  assert.deepEqual(['Serbian teachers', 'French farmers', 'Chadian citizens', 'union workers'].map((p) => mentions(`${p} protested.`).at(-1)!.split(' → ')[1]),
    ['? EDU', '? AGR', '? CVL', '? LAB'], 'plurals keep their sector although names start with them (teachers\' union, Citizens Coalition for Change)');
  assert.deepEqual(mentions('The Pakistan Bar Council protested.').map((m) => m.split(' → ')[1]), ['PAK -', '? JUD'], 'the country comes from context');
});

test('offices and ranks by abbreviation or local title are agent words; ambiguous demonyms go to the country news means', () => {
  assert.deepEqual(['SSP', 'SHO', 'DIG', 'chief minister', 'deputy commissioner', 'MLA', 'MNA', 'COAS', 'apex court', 'PMO', 'MFA'].map((t) => first(`The ${t} said so.`)),
    ['? COP', '? COP', '? COP', '? GOV', '? GOV', '? LEG', '? LEG', '? MIL', '? JUD', '? GOV', '? GOV']);
  assert.deepEqual(mentions('They dig a pit.'), [], '"DIG" matches only in capitals');
  assert.equal(first('Congolese troops crossed the border.'), 'COD -');
  assert.equal(first('Dominican officials met.'), 'DOM -');
});

test('an organisation line with sector "-" loads as a country actor without a sector', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-parties-'));
  mkdirSync(join(dir, 'people'));
  writeFileSync(join(dir, 'countries.tsv'), 'RUS\tGOV\tKremlin\n');
  writeFileSync(join(dir, 'organizations.tsv'), 'ZAF\tANC\t-\tANC|African National Congress\nZAF\tDA\tPTYX\tDemocratic Alliance\n');
  writeFileSync(join(dir, 'agents.tsv'), 'GOV\tminister\n');
  assert.throws(() => ActorDictionary.load(dir), /organizations\.tsv:2: unknown sector "PTYX"/);
  writeFileSync(join(dir, 'organizations.tsv'), 'ZAF\tANC\t-\tANC|African National Congress\n');
  const d = ActorDictionary.load(dir);
  const s = analyze('The African National Congress met.')[0]!;
  const [m] = d.match(s.tokens);
  assert.deepEqual(d.resolve(m!.entry, DATE), { code: 'ZAF', sector: null, org: 'ANC' });
});

test('no name in dictionaries/ is given to two codes or is a common word matched in any case', () => {
  const ours = dictionaryProblems(dict).filter((p) => p.entries.some((e) => e.origin !== 'world-countries'));
  assert.deepEqual(ours.map((p) => `${p.kind}: ${p.name} (${p.entries.map((e) => e.origin).join(', ')})`), []);
  assert.deepEqual(lostNames(), [], 'a mixed-case name after the same name in capitals is dropped by the loader');
  assert.deepEqual(shadowedAgents(dict), [], 'a plural starting a name hides its agent word unless listed too');
});
