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
