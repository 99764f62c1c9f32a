// First-level divisions (provinces, states, regions, governorates) of every country in the gazetteer: the names
// conflict news uses ("Helmand province", "the Borno state governor", "Punjab police"), their ambiguity left to the
// article, and the names that must not become divisions (people, words, other places). Sentences written for
// this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { articlePlaces, NO_PLACE_CONTEXT, resolvePlace } from '../src/geo/places.js';
import { EventCoder } from '../src/events/coder.js';

const country = (name: string, text?: string) => resolvePlace(name, text === undefined ? NO_PLACE_CONTEXT : articlePlaces(text))?.countryCode ?? null;

/** Great-circle distance in km. */
const km = (a: [number, number], b: [number, number]) => {
  const r = Math.PI / 180;
  const h = Math.sin((b[0] - a[0]) * r / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin((b[1] - a[1]) * r / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

test('divisions of conflict news resolve to their country, bare and with their division word', () => {
  const expected: Array<[string, string]> = [
    ['Helmand', 'AFG'], ['Helmand province', 'AFG'], ['Badakhshan', 'AFG'], ['Faryab', 'AFG'], ['Kabul province', 'AFG'],
    ['Borno', 'NGA'], ['Borno state', 'NGA'], ['Borno State', 'NGA'], ['Niger State', 'NGA'], ['Delta State', 'NGA'],
    ['Rakhine', 'MMR'], ['Rakhine State', 'MMR'], ['Kachin', 'MMR'], ['Sindh', 'PAK'], ['West Bengal', 'IND'],
    ['Chiapas', 'MEX'], ['Jalisco', 'MEX'], ['State of Mexico', 'MEX'], ['Aceh', 'IDN'], ['Sabah', 'MYS'],
    ['Anbar', 'IRQ'], ['Nineveh', 'IRQ'], ['Nineveh governorate', 'IRQ'], ['Nineveh province', 'IRQ'],
    ['Blue Nile', 'SDN'], ['Pando department', 'BOL'], ['Tigray region', 'ETH'], ['Victoria state', 'AUS'],
  ];
  const wrong = expected.filter(([n, c]) => country(n) !== c).map(([n, c]) => `${n}: ${country(n)}, expected ${c}`);
  assert.deepEqual(wrong, []);
});

test('a division is a region candidate placed at its seat, with its GeoNames admin1 code', () => {
  const borno = Gazetteer.get().candidates('Borno').find((c) => c.kind === 'region');
  assert.ok(borno, 'no region Borno');
  assert.equal(borno.admin1, 'NG.27');
  assert.ok(km([borno.lat, borno.lon], [11.85, 13.16]) < 30, `Borno placed at ${borno.lat},${borno.lon}, not Maiduguri`); // Maiduguri
  const helmand = resolvePlace('Helmand province');
  assert.equal(helmand?.kind, 'region');
  assert.ok(km([helmand.lat, helmand.lon], [31.59, 64.37]) < 30, 'Helmand not at Lashkar Gah');
});

test('the article decides among namesakes of comparable size: Punjab in Pakistan or India, Pando; Amazonas is Brazil\'s unless it says Venezuela', () => {
  assert.deepEqual(new Set(Gazetteer.get().candidates('Punjab').map((c) => c.countryCode)), new Set(['IND', 'PAK']));
  // Nothing in the article says which: no guess.
  assert.equal(country('Punjab'), null);
  assert.equal(country('Punjab', 'Punjab police arrested two men.'), null);
  assert.equal(country('Pando'), null);
  assert.equal(country('Punjab', 'Punjab police said Pakistan would tighten security in Lahore. Pakistani officials agreed.'), 'PAK');
  assert.equal(country('Punjab', 'Punjab police said India would tighten security in Amritsar. Indian officials agreed.'), 'IND');
  assert.equal(country('Amazonas', 'Venezuela sent troops to Amazonas after miners clashed with Venezuelan soldiers.'), 'VEN');
  assert.equal(country('Amazonas', 'Brazil sent troops to Amazonas.'), 'BRA');
  assert.equal(country('Pando', 'Bolivia declared an emergency in Pando as Bolivian rivers rose.'), 'BOL');
  assert.equal(country('Pando', 'Uruguay closed schools in Pando, near Montevideo, after Uruguayan unions struck.'), 'URY');
});

test('a division named in an article names its country only when the name is that country\'s alone', () => {
  const h = articlePlaces('Clashes in Helmand killed ten soldiers.');
  assert.deepEqual(h.topCountries, ['AFG']);
  assert.ok(h.regions.has('AF.10'));
  assert.deepEqual(articlePlaces('Gunmen attacked a village in Borno State.').topCountries, ['NGA']);
  // Punjab is India's and Pakistan's: it says neither.
  assert.deepEqual(articlePlaces('Punjab police arrested two men.').topCountries, []);
});

test('people, ordinary words and other places do not become divisions', () => {
  const gaz = Gazetteer.get();
  const regionsOf = (n: string) => gaz.candidates(n).filter((c) => c.kind === 'region').map((c) => c.countryCode);
  // People and firms: Victoria (Australia's state), Delta (Nigeria's), Meta (Colombia's), Santander (Colombia's).
  for (const n of ['Victoria', 'Delta', 'Meta', 'Santander', 'Miranda', 'Rivers']) assert.deepEqual(regionsOf(n), [], n);
  assert.notEqual(country('Victoria'), 'AUS');
  assert.deepEqual(articlePlaces('Victoria Nuland met Ukrainian officials.').topCountries, ['UKR']);
  // Directions and words: "Western officials", "the Federal Reserve", "the Gulf", "Free State" only with its word.
  for (const n of ['Western', 'Northern', 'Central', 'Federal', 'Free', 'Gulf', 'Capital', 'Long Island', 'Red Sea', 'Ulster']) assert.deepEqual(regionsOf(n), [], n);
  assert.deepEqual(articlePlaces('Western officials said the Federal Reserve and Gulf states would meet.').topCountries, []);
  assert.equal(country('Free State'), 'ZAF');
  assert.equal(country('Gulf Province'), 'PNG');
  // Countries and big cities keep their names: Georgia, Mexico, Niger; Kabul and Lagos are the cities.
  assert.equal(country('Georgia'), 'GEO');
  assert.equal(resolvePlace('Mexico')?.kind, 'country');
  assert.equal(country('Niger'), 'NER');
  assert.equal(resolvePlace('Kabul')?.kind, 'city');
  assert.equal(resolvePlace('Lagos')?.kind, 'city');
  assert.equal(resolvePlace('Washington')?.kind, 'city');
});

test('places.tsv keeps precedence over the package: one Texas, and a division name qualifies a place', () => {
  const gaz = Gazetteer.get();
  assert.equal(gaz.candidates('Texas').filter((c) => c.kind === 'region').length, 1);
  assert.ok(gaz.candidates('Texas')[0]!.wellKnown);
  assert.equal(gaz.regionByName('Helmand'), 'AF.10');
  assert.equal(gaz.regionByName('Punjab'), undefined); // two divisions: no qualifier
  assert.equal(resolvePlace('Lashkar Gah, Helmand')?.countryCode, 'AFG');
});

test('the coder gives events in a division its country', () => {
  const coder = EventCoder.load();
  const code = (text: string) => coder.codeArticle({ id: 'r', date: '2021-06-16', text });
  const borno = code('Gunmen killed five people in Borno state.');
  const assault = borno.find((e) => e.event === 'ASSAULT');
  assert.ok(assault, `no ASSAULT in ${JSON.stringify(borno.map((e) => e.event))}`);
  assert.equal(assault.location?.countryCode, 'NGA');
  assert.equal(assault.recipient[0]?.code, 'NGA');
  const helmand = code('Police in Helmand province arrested three men.');
  assert.equal(helmand[0]?.actor[0]?.code, 'AFG');
  assert.equal(helmand[0]?.location?.countryCode, 'AFG');
  const governor = code('The Borno state governor met President Buhari.');
  assert.equal(governor[0]?.actor[0]?.code, 'NGA');
  assert.equal(governor[0]?.actor[0]?.sector, 'GOV');
  // Alone, "Punjab police" are India's or Pakistan's: no country is guessed.
  assert.ok(!code('Punjab police arrested two men.').some((e) => e.actor.some((a) => a.code)));
  const pak = code('Punjab police arrested two men. Pakistan said the men had planned attacks in Lahore.');
  assert.equal(pak[0]?.actor[0]?.code, 'PAK');
  const ind = code('Punjab police arrested two men. India said the men had planned attacks in Amritsar.');
  assert.equal(ind[0]?.actor[0]?.code, 'IND');
});
