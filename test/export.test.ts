// Exports and the query commands' output formats: GDELT 1.0 column order, CSV/JSON Lines, relations as JSON/CSV.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { openStore } from '../src/store/index.js';
import { GDELT_COLUMNS, fipsCountry, fractionDate } from '../src/export/gdelt.js';
import { EVENT_CSV_COLUMNS } from '../src/export/events.js';
import { actorRef, stored, tempDir } from './support/fixtures.js';
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
  assert.equal(csv[0], EVENT_CSV_COLUMNS.join(','));
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
  assert.match(json.verdict.text, /^USA–RUS 2017-04: net Goldstein -2\.00 over 1 event/);
  const weighted = JSON.parse(runCli(['relations', 'USA', 'RUS', '--db', db, '--format', 'json', '--weighted']).stdout);
  assert.deepEqual([weighted.periods[0].aToB.events, weighted.periods[0].aToB.goldsteinTotal], [2, -4]);
  const csv = runCli(['relations', 'USA', 'RUS', '--db', db, '--format', 'csv', '--interval', 'week']).stdout.trimEnd().split('\n');
  assert.equal(csv[0], 'period,start,direction,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_mean,goldstein_total,plover_mean,plover_total,percentile');
  assert.deepEqual(csv.slice(1).map((l) => l.split(',').slice(0, 4).join(',')), ['2017-W14,2017-04-03,USA>RUS,1', '2017-W14,2017-04-03,RUS>USA,0', '2017-W14,2017-04-03,both,1']);
  const table = runCli(['relations', 'USA', 'RUS', '--db', db]).stdout;
  assert.match(table, /2017-04\s+USA→RUS\s+1\s+0\s+0\s+1\s+0\s+-2\.00/);
  assert.match(table, /USA–RUS 2017-04: .* the first month with events\./);
  const bad = runCli(['relations', 'USA', 'RUS', '--db', db, '--from', '2017-13-01']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--from must be a date YYYY-MM-DD, got "2017-13-01"/);
  assert.match(runCli(['relations', 'USA', 'RUS', '--db', join(dir, 'missing.db')]).stderr, /missing\.db: no such database/);
  const events = runCli(['events', '--db', db, '--actor', 'nato', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(events.map((e) => e.docId), ['x3']);
  assert.match(runCli(['events', '--db', db, '--text', 'again']).stdout, /x1:0/);
  const dyads = JSON.parse(runCli(['dyads', '--db', db, '--format', 'json']).stdout);
  assert.deepEqual(dyads.conflict.map((d: { a: string; b: string }) => `${d.a}-${d.b}`), ['RUS-USA']);
  assert.deepEqual(dyads.cooperation.map((d: { a: string; b: string }) => `${d.a}-${d.b}`), ['NATO-RUS']);
});
