// EXPLAIN (ANALYZE, BUFFERS) of the listing queries that section 6 of the bench times on the 10 M-event store
// (bench/big-queries.ts), captured as the store sends them: where a slow page or count spends its time.
//
//   node --import tsx bench/pg-explain.ts postgres://…/detente_bench_big [case-substring]
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { captureQueries } from './capture-queries.js';
import { LISTING_COUNT_CAP } from '../src/store/listing.js';
import { BIG_PAIR, BIG_RANGE } from './big-queries.js';

const [url, only] = process.argv.slice(2);
if (!url) throw new Error('usage: node --import tsx bench/pg-explain.ts postgres://…/detente_bench_big [case-substring]');
const store = await PostgresStore.open(url);
const sent = captureQueries(store);
const pair = { actor: BIG_PAIR.a, recipient: BIG_PAIR.b, ...BIG_RANGE };
const cases: Array<[string, () => Promise<unknown>]> = [
  ['pair page 1', () => store.events({ ...pair, limit: 50 })],
  ['pair page 5 (offset 200)', () => store.events({ ...pair, limit: 50, offset: 200 })],
  ['pair page 5 (after the last event of page 4)', async () => {
    const page4 = await store.events({ ...pair, limit: 50, offset: 150 });
    return store.events({ ...pair, limit: 50, after: { date: page4.at(-1)!.date, seq: page4.at(-1)!.seq } });
  }],
  [`pair count up to ${LISTING_COUNT_CAP + 1}`, () => store.countEvents(pair, LISTING_COUNT_CAP + 1)],
  ['actor page 1', () => store.events({ actor: BIG_PAIR.a, limit: 50 })],
  [`actor count up to ${LISTING_COUNT_CAP + 1}`, () => store.countEvents({ actor: BIG_PAIR.a }, LISTING_COUNT_CAP + 1)],
];
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  for (const [label, run] of cases) {
    if (only && !label.includes(only)) continue;
    sent.length = 0;
    await run();
    const { text, values } = sent.at(-1)!;
    for (let i = 0; i < 3; i++) await client.query(text, values); // warm
    const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows.map((r) => r['QUERY PLAN']).join('\n');
    console.log(`=== ${label}\n${text}\n${JSON.stringify(values)}\n${plan}\n`);
  }
} finally {
  await client.end();
  await store.close();
}
