// What PostgreSQL's JIT compilation costs the store's queries: each query that section 6 of the bench times (the
// 10 M-event store, bench/big-queries.ts) is captured as the store sends it, then run with jit on and with jit off
// (median of 5 runs each, warm), and EXPLAIN ANALYZE says whether JIT was used and how long compiling took.
//
//   node --import tsx bench/pg-jit.ts postgres://…/detente_bench_big
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres/pg-store.js';
import { captureQueries } from './capture-queries.js';
import { LISTING_COUNT_CAP } from '../src/store/listing.js';

const url = process.argv[2];
if (!url) throw new Error('usage: node --import tsx bench/pg-jit.ts postgres://…/detente_bench_big');
const store = await PostgresStore.open(url);
const sent = captureQueries(store);
const pair = { a: 'USA', b: 'RUS' };
const quarter = { actor: 'USA', recipient: 'RUS', from: '2024-01-01', to: '2024-03-31' };
const cases: Array<[string, () => Promise<unknown>]> = [
  ['relations USA–RUS monthly', () => store.relations({ ...pair, interval: 'month' })],
  ['pair days USA–RUS (the relations report)', () => store.pairDays(pair)],
  ['events USA→RUS, quarter, first 50', () => store.events({ ...quarter, limit: 50 })],
  ['count USA→RUS, quarter', () => store.countEvents(quarter)],
  ['events USA, all years, first 50', () => store.events({ actor: 'USA', limit: 50 })],
  [`count USA, all years, up to ${LISTING_COUNT_CAP + 1}`, () => store.countEvents({ actor: 'USA' }, LISTING_COUNT_CAP + 1)],
];
const client = new pg.Client({ connectionString: url });
await client.connect();
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
try {
  for (const [label, run] of cases) {
    sent.length = 0;
    await run();
    const { text, values } = sent.at(-1)!;
    const out: string[] = [label];
    for (const jit of ['on', 'off']) {
      await client.query(`SET jit = ${jit}`);
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        await client.query(text, values);
        if (i) times.push(performance.now() - t0); // the first run warms the cache
      }
      const plan = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values)).rows[0]['QUERY PLAN'][0];
      const compiled = plan.JIT ? `JIT ${plan.JIT.Functions} functions, ${plan.JIT.Timing.Total.toFixed(1)} ms` : 'no JIT';
      out.push(`jit ${jit}: ${median(times).toFixed(1)} ms (${compiled})`);
    }
    console.log(out.join(' | '));
  }
} finally {
  await client.end();
  await store.close();
}
