// The API under 200 connections on a big store (issue 14: p99 < 50 ms as served, < 100 ms with the answer cache off):
// bench/server.ts's load on a store of section 6 (bench/big-queries.ts), with the load average before and after.
//
//   node --import tsx bench/big-server.ts STORE [seconds] [--cache-on-only]     STORE: a .db file or a postgres:// URL
import { loadavg } from 'node:os';
import { openStore } from '../src/store/index.js';
import { benchServer } from './server.js';

const cacheOnOnly = process.argv.includes('--cache-on-only');
const [db, secs] = process.argv.slice(2).filter((a) => a !== '--cache-on-only');
if (!db) throw new Error('usage: node --import tsx bench/big-server.ts STORE [seconds] [--cache-on-only]');
const seconds = secs ? Number(secs) : 10;
if (!(seconds > 0 && seconds <= 120)) throw new Error('seconds must be a number from 1 to 120');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`${db}: load average at start ${load()}`);
const store = openStore(db);
try {
  await benchServer({ store, seconds, uncached: !cacheOnOnly });
} finally {
  store.close();
}
console.log(`load average at the end ${load()}`);
