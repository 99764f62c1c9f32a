// Exports and the query commands' output formats: GDELT 1.0 column order, CSV/JSON Lines, relations as JSON/CSV.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { openStore } from '../src/store/index.js';
import { GDELT_COLUMNS, fipsCountry, fractionDate } from '../src/export/gdelt.js';
import { EVENT_COLUMN_NAMES, eventJsonLine, eventValues } from '../src/export/events.js';
import type { StoredEvent } from '../src/store/index.js';
import { parse } from 'csv-parse/sync';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { actorRef, codedEvent, stored, tempDir } from './support/fixtures.js';
import { runCli } from './support/cli.js';

const dir = tempDir('export');
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'x.db');
{
  const store = openStore(db);
  const us = [actorRef('USA', 'United States', { sector: 'GOV', text: 'Washington' })];
  const nato = [actorRef('IGO', 'NATO', { org: 'NATO', sector: 'IGO' })];
  store.ingestBatch([
    stored({ id: 'x1', date: '2017-04-07', text: 'Washington accused Moscow of shielding the Syrian government after the gas attack in Idlib.', source: 'Wire', url: 'https://x.invalid/1' },
      [{ actor: us, recipient: 'RUS', cameo: '112', goldstein: -2, plover: -2, quad: 3, text: 'Washington accused Moscow, "again".' }]),
    stored({ id: 'x2', date: '2017-04-08', text: 'American officials repeated the charge that Russia covered for Damascus in a second briefing.', source: 'Post', url: 'https://x.invalid/2' },
      [{ actor: us, recipient: 'RUS', cameo: '112', goldstein: -2, plover: -2, quad: 3 }]),
    stored({ id: 'x3', date: '2017-04-20', text: 'NATO ministers met their Russian counterpart in Brussels for the first time in months.', source: 'Wire', url: 'https://x.invalid/3' },
      [{ actor: nato, recipient: 'RUS', cameo: '040', goldstein: 1, plover: 2.5, quad: 1, sentence: 1,
        location: { name: 'Brussels', countryCode: 'BEL', lat: 50.85, lon: 4.35, kind: 'city' } }]),
  ]);
  store.close();
}

test('GDELT 1.0 event table: 58 columns in GDELT order, SOURCEURL last', () => {
  assert.equal(GDELT_COLUMNS.length, 58);
  assert.deepEqual(GDELT_COLUMNS.slice(0, 16), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name',
    'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code',
    'Actor1Type2Code', 'Actor1Type3Code', 'Actor2Code']);
  assert.deepEqual(GDELT_COLUMNS.slice(25, 36), ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
    'NumMentions', 'NumSources', 'NumArticles', 'AvgTone', 'Actor1Geo_Type']);
  assert.deepEqual(GDELT_COLUMNS.slice(49), ['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code',
    'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
  assert.equal(fractionDate('2017-04-07'), '2017.2658'); // day 97 of 2017
});

test('export --format gdelt: one tab-separated row per merged event with its counts', () => {
  const out = join(dir, 'events.tsv');
  const r = runCli(['export', '--db', db, '--format', 'gdelt', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /2 events written/);
  const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(header, GDELT_COLUMNS);
  assert.equal(rows.length, 2); // x1 and x2 report one event
  const col = (row: string[], name: string) => row[GDELT_COLUMNS.indexOf(name)];
  const first = rows[0]!;
  assert.ok(rows.every((row) => row.length === 58));
  assert.deepEqual(['SQLDATE', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code',
    'Actor2CountryCode', 'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
    'NumSources', 'NumArticles', 'AvgTone', 'ActionGeo_Lat', 'SOURCEURL'].map((c) => col(first, c)),
  ['20170407', '201704', '2017', 'USAGOV', 'UNITED STATES', 'USA', 'GOV', 'RUS', 'RUS', '1', '112', '112', '11', '3', '-2', '2', '2', '2', '', '', 'https://x.invalid/1']);
  const second = rows[1]!;
  assert.deepEqual(['Actor1Code', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'IsRootEvent', 'EventCode', 'EventBaseCode'].map((c) => col(second, c)),
    ['IGONATO', '', 'NATO', '0', '040', '040']);
  assert.deepEqual(GDELT_COLUMNS.filter((c) => c.startsWith('ActionGeo_')).map((c) => col(second, c)), ['4', 'Brussels', 'BE', '', '50.85', '4.35', '']);
  assert.match(col(first, 'DATEADDED')!, /^\d{8}$/);
  assert.equal(runCli(['export', '--db', db, '--format', 'gdelt', '--no-header']).stdout.split('\n')[0]!.split('\t')[1], '20170407');
});

test('GDELT ActionGeo country codes are FIPS 10-4, as GDELT writes them', () => {
  // Where FIPS and ISO differ: Germany GM, United Kingdom UK, Russia RS, Serbia RI, Kosovo KV, South Sudan OD.
  assert.deepEqual(['DEU', 'GBR', 'RUS', 'SRB', 'XKX', 'SSD', 'USA', 'CHE'].map((c) => fipsCountry(c)), ['GM', 'UK', 'RS', 'RI', 'KV', 'OD', 'US', 'SZ']);
  // The Palestinian territories: the West Bank is WE, the Gaza Strip GZ.
  assert.equal(fipsCountry('PSE', 32.22, 35.25), 'WE'); // Nablus
  assert.equal(fipsCountry('PSE', 31.5, 34.47), 'GZ');  // Gaza City
  assert.equal(fipsCountry('ZZZ'), '');
});

test('export csv and jsonl; --all-mentions includes every report', () => {
  const csv = runCli(['export', '--db', db, '--format', 'csv']).stdout.trimEnd().split('\n');
  assert.equal(csv[0], EVENT_COLUMN_NAMES.join(','));
  assert.equal(csv.length, 3);
  assert.match(csv[1]!, /"Washington accused Moscow, ""again""\."/);
  const lines = runCli(['export', '--db', db, '--format', 'jsonl', '--all-mentions']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((e) => [e.docId, e.clusterId, e.mentions]), [['x1', 'x1:0:0', 2], ['x2', 'x1:0:0', 2], ['x3', 'x3:1:0', 1]]);
  assert.deepEqual(lines[2].location, { name: 'Brussels', countryCode: 'BEL', lat: 50.85, lon: 4.35, kind: 'city' });
  assert.equal(lines[0].location, null);
  assert.equal(runCli(['export', '--db', db, '--format', 'xml']).status, 1);
});

test('relations, events and dyads commands: table, JSON and CSV', () => {
  const json = JSON.parse(runCli(['relations', 'usa', 'rus', '--db', db, '--format', 'json']).stdout);
  assert.equal(json.periods.length, 1);
  assert.deepEqual([json.periods[0].period, json.periods[0].aToB.events, json.periods[0].bToA.events], ['2017-04', 1, 0]);
  assert.match(json.verdict.text, /^USA–RUS, April 2017: cooperation–conflict balance −1\.00 \(90 % interval −1\.00 to \+0\.46; 1 event: 0 cooperation, 1 conflict event; mean Goldstein −2\.00\) — too few events to rank/);
  const weighted = JSON.parse(runCli(['relations', 'USA', 'RUS', '--db', db, '--format', 'json', '--weighted']).stdout);
  // Weighted: one merged event with two reports counts twice in the quad counts and totals; `events` stays 1.
  assert.deepEqual([weighted.periods[0].aToB.events, weighted.periods[0].aToB.reports, weighted.periods[0].aToB.quad[2], weighted.periods[0].aToB.goldsteinTotal], [1, 2, 2, -4]);
  const csv = runCli(['relations', 'USA', 'RUS', '--db', db, '--format', 'csv', '--interval', 'week']).stdout.trimEnd().split('\n');
  assert.equal(csv[0], 'period,start,direction,events,reports,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,'
    + 'goldstein_mean,goldstein_low,goldstein_high,plover_mean,plover_low,plover_high,balance,balance_low,balance_high,goldstein_total,plover_total,thin,percentile');
  assert.deepEqual(csv.slice(1).map((l) => l.split(',').slice(0, 4).join(',')), ['2017-W14,2017-04-03,USA>RUS,1', '2017-W14,2017-04-03,RUS>USA,0', '2017-W14,2017-04-03,both,1']);
  const table = runCli(['relations', 'USA', 'RUS', '--db', db]).stdout;
  assert.match(table, /2017-04\s+USA→RUS\s+1\s+0\s+0\s+1\s+0\s+-1\.00\s+-1\.00…0\.46\s+-2\.00/);
  assert.match(table, /USA–RUS, April 2017: .* too few events to rank \(a month needs at least 5\)\./);
  const bad = runCli(['relations', 'USA', 'RUS', '--db', db, '--from', '2017-13-01']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--from must be a date YYYY-MM-DD, got "2017-13-01"/);
  assert.match(runCli(['relations', 'USA', 'RUS', '--db', join(dir, 'missing.db')]).stderr, /missing\.db: no such database/);
  const events = runCli(['events', '--db', db, '--actor', 'nato', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(events.map((e) => e.docId), ['x3']);
  assert.match(runCli(['events', '--db', db, '--text', 'again']).stdout, /x1:0/);
  // Two pairs with one event each: none reaches the default minimum of 10 events; with a minimum of 1 both rank.
  assert.deepEqual(JSON.parse(runCli(['dyads', '--db', db, '--format', 'json']).stdout).rankedPairs, 0);
  const dyads = JSON.parse(runCli(['dyads', '--db', db, '--format', 'json', '--min-events', '1']).stdout);
  assert.deepEqual(dyads.conflict.map((d: { a: string; b: string }) => `${d.a}-${d.b}`), ['RUS-USA']);
  assert.deepEqual(dyads.cooperation.map((d: { a: string; b: string }) => `${d.a}-${d.b}`), ['NATO-RUS']);
});

const codedEventsOf = (id: string, date: string) =>
  [codedEvent({ id, date }, { actor: 'USA', recipient: 'RUS', cameo: '036', goldstein: 4, plover: 3, quad: 1 })];
const storedEventOf = (e: ReturnType<typeof codedEvent>): StoredEvent => ({
  ...e, seq: 1, counted: true, clusterId: e.id, mentions: 1, sources: 1, articles: 1, articleSource: null, articleUrl: null, ingestedAt: '2024-03-08T00:00:00Z',
});

// ---- every actor, CAMEO codes as text, both dates, spans; Parquet with types ------------------------------------

const full = join(dir, 'full.db');
{
  const store = openStore(full);
  const kerryLavrov = [
    actorRef('USA', 'John Kerry', { sector: 'GOV', text: 'Kerry', start: 0, end: 5 }),
    actorRef('RUS', 'Sergey Lavrov', { sector: 'GOV', text: 'Sergey Lavrov', start: 10, end: 23 }),
  ];
  const un = [actorRef('IGO', 'United Nations', { org: 'UNO', sector: 'IGO', text: 'the UN', start: 33, end: 39 })];
  store.ingestBatch([
    stored({ id: 'k1', date: '2016-02-11', text: 'Kerry and Sergey Lavrov met the UN envoy in Munich; talks went on.', source: 'Wire', url: 'https://x.invalid/k1' },
      [{ actor: kerryLavrov, recipient: un, cameo: '042', goldstein: 1.9, plover: 1.5, quad: 1, text: 'Kerry and Sergey Lavrov met the UN envoy in Munich; talks went on.',
        location: { name: 'Munich', countryCode: 'DEU', lat: 48.14, lon: 11.58, kind: 'city' } }]),
    stored({ id: 'k2', date: '2016-02-12', text: 'Russia rejected the proposal.' },
      [{ actor: 'RUS', recipient: 'USA', cameo: '120', goldstein: -4, plover: -3, quad: 3, category: 'REJECT' }]),
  ]);
  store.close();
}

/** Parses CSV output with a real CSV reader (csv-parse), as an analyst's tool would. */
function readCsv(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true }) as Array<Record<string, string>>;
}

test('CSV keeps every actor and recipient, CAMEO codes as quoted text with their root, location and spans', () => {
  const r = runCli(['export', '--db', full, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  const rows = readCsv(r.stdout);
  assert.equal(rows.length, 2);
  const met = rows.find((row) => row.doc_id === 'k1')!;
  assert.deepEqual(
    ['actor_key', 'actor_keys', 'actor_codes', 'actor_names', 'actor_sectors', 'actor_texts', 'actor_spans'].map((c) => met[c]),
    ['USA', 'USA;RUS', 'USA;RUS', 'John Kerry;Sergey Lavrov', 'GOV;GOV', 'Kerry;Sergey Lavrov', '0-5;10-23'],
  );
  assert.deepEqual(['recipient_key', 'recipient_codes', 'recipient_orgs', 'recipient_names', 'recipient_sectors'].map((c) => met[c]),
    ['UNO', 'IGO', 'UNO', 'United Nations', 'IGO']);
  assert.deepEqual([met.cameo, met.cameo_root, met.quad_class, met.goldstein, met.date, met.event_date], ['042', '04', '1', '1.9', '2016-02-11', '']);
  assert.deepEqual([met.location, met.location_country, met.location_kind, met.lat, met.lon], ['Munich', 'DEU', 'city', '48.14', '11.58']);
  assert.deepEqual([met.event_text, met.event_start, met.event_end, met.counted], ['reported', '0', '8', 'true']);
  // The sentence's semicolon is text, not a list: only list columns split on ';'.
  assert.equal(met.sentence, 'Kerry and Sergey Lavrov met the UN envoy in Munich; talks went on.');
  // In the file the codes are quoted, so readers that honour quotes keep "042" (numbers stay bare).
  const line = r.stdout.split('\n').find((l) => l.startsWith('k1:'))!;
  assert.match(line, /,"042","04",1,1\.9,/);
  const rejected = rows.find((row) => row.doc_id === 'k2')!;
  assert.deepEqual([rejected.cameo, rejected.cameo_root, rejected.event], ['120', '12', 'REJECT']);
  assert.equal(r.stdout.split('\n')[0], EVENT_COLUMN_NAMES.join(','));
  // `events --format csv` writes the same layout.
  assert.deepEqual(readCsv(runCli(['events', '--db', full, '--format', 'csv']).stdout), rows);
});

test('the event date is exported beside the publication date when the coder found one', () => {
  const [event] = codedEventsOf('e1', '2024-03-08');
  const withDate = { ...storedEventOf(event!), eventDate: '2024-03-05' };
  const values = Object.fromEntries(EVENT_COLUMN_NAMES.map((n, i) => [n, eventValues(withDate)[i]]));
  assert.deepEqual([values.date, values.event_date], ['2024-03-08', '2024-03-05']);
  assert.equal(eventValues(storedEventOf(event!))[EVENT_COLUMN_NAMES.indexOf('event_date')], null);
  assert.equal(JSON.parse(eventJsonLine(withDate)).eventDate, '2024-03-05');
});

test('JSON Lines keep the whole event, with the CAMEO root and the event date', () => {
  const lines = runCli(['export', '--db', full, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  const met = lines.find((e) => e.docId === 'k1');
  assert.deepEqual([met.cameo, met.cameoRoot, met.eventDate, met.date], ['042', '04', null, '2016-02-11']);
  assert.deepEqual(met.actor.map((a: { code: string; name: string; sector: string; start: number }) => [a.code, a.name, a.sector, a.start]),
    [['USA', 'John Kerry', 'GOV', 0], ['RUS', 'Sergey Lavrov', 'GOV', 10]]);
  assert.deepEqual(met.eventSpan, [0, 8]);
});

test('Parquet: the same columns with their types, read back with a Parquet reader', async () => {
  const out = join(dir, 'events.parquet');
  const r = runCli(['export', '--db', full, '--format', 'parquet', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /2 events written/);
  const bytes = readFileSync(out);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const meta = parquetMetadata(file);
  const schema = new Map(meta.schema.slice(1).map((s) => [s.name, s]));
  assert.deepEqual([...schema.keys()], EVENT_COLUMN_NAMES);
  const typeOf = (name: string) => { const s = schema.get(name)!; return [s.type, s.converted_type ?? null]; };
  assert.deepEqual(typeOf('date'), ['INT32', 'DATE']);
  assert.deepEqual(typeOf('event_date'), ['INT32', 'DATE']);
  assert.deepEqual(typeOf('cameo'), ['BYTE_ARRAY', 'UTF8']);
  assert.deepEqual(typeOf('cameo_root'), ['BYTE_ARRAY', 'UTF8']);
  assert.deepEqual(typeOf('goldstein'), ['DOUBLE', null]);
  assert.deepEqual(typeOf('quad_class'), ['INT32', null]);
  assert.deepEqual(typeOf('counted'), ['BOOLEAN', null]);
  const rows = await parquetReadObjects({ file }) as Array<Record<string, unknown>>;
  assert.equal(rows.length, 2);
  const met = rows.find((row) => row.doc_id === 'k1')!;
  assert.equal(met.cameo, '042');
  assert.equal(met.cameo_root, '04');
  assert.ok(met.date instanceof Date);
  assert.equal((met.date as Date).toISOString().slice(0, 10), '2016-02-11');
  assert.equal(met.event_date, null);
  assert.deepEqual([met.actor_codes, met.actor_names, met.recipient_key, met.goldstein, met.quad_class, met.counted, met.lat, met.mentions],
    ['USA;RUS', 'John Kerry;Sergey Lavrov', 'UNO', 1.9, 1, true, 48.14, 1]);
  // Every column agrees with the CSV export, value for value.
  const csv = readCsv(runCli(['export', '--db', full, '--format', 'csv']).stdout);
  const asCsv = (v: unknown) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  for (const row of rows) {
    const c = csv.find((x) => x.id === row.id)!;
    for (const name of EVENT_COLUMN_NAMES) assert.equal(asCsv(row[name]), c[name], `${row.id} ${name}`);
  }
  const noOut = runCli(['export', '--db', full, '--format', 'parquet']);
  assert.equal(noOut.status, 1);
  assert.match(noOut.stderr, /--format parquet needs --out FILE/);
});

test('export filters take actor names; an unknown one is an error with suggestions', () => {
  const rus = readCsv(runCli(['export', '--db', full, '--format', 'csv', '--actor', 'Russia']).stdout);
  assert.deepEqual(rus.map((row) => row.doc_id).sort(), ['k1', 'k2']); // Lavrov is one of k1's actors
  const toUn = readCsv(runCli(['export', '--db', full, '--format', 'csv', '--recipient', 'United Nations', '--from', '2016-02-11', '--to', '2016-02-11']).stdout);
  assert.deepEqual(toUn.map((row) => row.doc_id), ['k1']);
  const bad = runCli(['export', '--db', full, '--format', 'csv', '--actor', 'Rusia']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--actor: Unknown actor 'Rusia'\. Did you mean: RUS \(Russia\)/);
});
