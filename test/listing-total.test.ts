// Listings count their matches up to LISTING_COUNT_CAP and then say "more than": on a store with more merged events
// than that, the API answers totalExact false and `detente events` says "more than"; below it, exact totals.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { EventCoder } from '../src/events/coder.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { LISTING_COUNT_CAP, listingTotal } from '../src/store/listing.js';
import type { Store } from '../src/store/store.js';
import { fillSqlite } from '../bench/big-store.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';

const dir = tempDir('listing');
const db = join(dir, 'many.db');
let store: Store;
let app: FastifyInstance;

before(async () => {
  // 40,000 generated events, 30,000 merged ones (bench/big-store.ts); USA, the busiest actor, has a few thousand.
  fillSqlite(db, 40_000, () => {});
  store = openStore(db);
  app = await buildServer({ store, coder: EventCoder.load(), cacheTtlMs: 0 });
});
after(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a listing counts up to the cap, then says there are more', async () => {
  const exactAll = store.countEvents({});
  assert.ok(exactAll > LISTING_COUNT_CAP, `merged events: ${exactAll}`);
  assert.deepEqual(listingTotal(store, {}), { total: LISTING_COUNT_CAP, exact: false });
  const exactUsa = store.countEvents({ actor: 'USA' });
  assert.ok(exactUsa > 50 && exactUsa < LISTING_COUNT_CAP, `USA events: ${exactUsa}`);
  assert.deepEqual(listingTotal(store, { actor: 'USA' }), { total: exactUsa, exact: true });

  const many = (await app.inject({ method: 'GET', url: '/api/events?limit=5' })).json() as { total: number; totalExact: boolean; events: unknown[] };
  assert.deepEqual([many.total, many.totalExact, many.events.length], [LISTING_COUNT_CAP, false, 5]);
  const few = (await app.inject({ method: 'GET', url: '/api/events?actor=USA&limit=5' })).json() as { total: number; totalExact: boolean };
  assert.deepEqual([few.total, few.totalExact], [exactUsa, true]);

  const cli = runCli(['events', '--db', db]);
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stderr, /50 of more than 10000 events shown/);
  assert.match(runCli(['events', '--db', db, '--actor', 'USA']).stderr, new RegExp(`50 of ${exactUsa} events shown`));
});

test('a listing pages on with a cursor: the API\'s nextCursor and the CLI\'s --cursor give the pages that offsets give', async () => {
  type Page = { total: number; nextCursor: string | null; events: Array<{ id: string; date: string }> };
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Page;
  };
  const base = '/api/events?actor=USA&recipient=RUS&limit=40';
  let page = await get(base);
  const total = page.total;
  assert.ok(total > 200 && total < LISTING_COUNT_CAP, `USA→RUS events: ${total}`);
  for (let n = 1; n <= 5; n++) {
    assert.ok(page.nextCursor, `page ${n} has a next page`);
    const byCursor = await get(`${base}&cursor=${page.nextCursor}`);
    const byOffset = await get(`${base}&offset=${40 * n}`);
    assert.deepEqual(byCursor.events.map((e) => e.id), byOffset.events.map((e) => e.id), `page ${n + 1}`);
    assert.equal(byCursor.total, total, 'the total counts every match, not those after the cursor');
    assert.ok(byCursor.events[0]!.date >= page.events.at(-1)!.date);
    page = byCursor;
  }
  const last = await get(`${base.replace('limit=40', 'limit=500')}&offset=${total - 10}`);
  assert.equal(last.events.length, 10);
  assert.equal(last.nextCursor, null, 'a page that is not full has no next page');

  for (const [query, message] of [['cursor=2024-01-01', /cursor: must be the nextCursor/], ['cursor=2024-01-01.5&offset=10', /cursor or offset/]] as const) {
    const res = await app.inject({ method: 'GET', url: `/api/events?${query}` });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, message);
  }

  const first = runCli(['events', '--db', db, '--actor', 'USA', '--recipient', 'RUS', '--limit', '3', '--format', 'table']);
  assert.equal(first.status, 0, first.stderr);
  const cursor = /next page: --cursor (\S+)/.exec(first.stderr)?.[1];
  assert.ok(cursor, first.stderr);
  const second = runCli(['events', '--db', db, '--actor', 'USA', '--recipient', 'RUS', '--limit', '3', '--cursor', cursor, '--format', 'jsonl']);
  assert.equal(second.status, 0, second.stderr);
  const expected = (await get('/api/events?actor=USA&recipient=RUS&limit=3&offset=3')).events.map((e) => e.id);
  assert.deepEqual(second.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), expected);
  const bad = runCli(['events', '--db', db, '--cursor', 'yesterday']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--cursor: "yesterday" is not a cursor/);
});
