// Actor rows carry their event's date, and every actor × recipient code pair of an event has a row in event_dyads
// (SQLite migration 6, PostgreSQL migration 4), so that an actor filter with a date range reads only the code's events
// of those days, and an actor and recipient filter only the pair's. Checked on both backends: filters with and without
// a range give the events a filter over every event gives, and a store made before the migration gets both filled.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Article } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import type { EventQuery, Store } from '../src/store/store.js';
import { prng } from '../src/random.js';
import { actorRef, stored } from './support/fixtures.js';
import { backends, type Backend } from './support/backends.js';
import { PG_BEFORE_DATED_ACTORS, SQLITE_BEFORE_DATED_ACTORS } from './support/old-schemas.js';

const CODES = ['USA', 'RUS', 'CHN', 'UKR'];

/** 60 articles over three months, one to three events each between random countries (some with an IGO actor too). */
function batch() {
  const r = prng(7);
  const pick = () => CODES[Math.floor(r() * CODES.length)]!;
  return Array.from({ length: 60 }, (_, i) => {
    const article: Article = { id: `d${i}`, date: `2021-0${1 + (i % 3)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`, text: `Article ${i} about talks.` };
    return stored(article, Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => {
      const a = pick();
      const recipient = pick();
      return {
        actor: k === 1 ? [actorRef('IGO', 'NATO', { org: 'NATO' }), actorRef(a)] : a,
        recipient: recipient === a ? 'UKR' : recipient, cameo: '112', goldstein: -2, plover: -2, quad: 3 as const, sentence: k, text: `Sentence ${k} of ${i}.`,
      };
    }));
  });
}

const QUERIES: EventQuery[] = [
  { actor: 'USA', recipient: 'RUS', from: '2021-02-01', to: '2021-02-28' },
  { actor: 'USA', from: '2021-01-10', to: '2021-03-05' },
  { recipient: 'UKR', from: '2021-03-01' },
  { actor: 'NATO', to: '2021-01-31', dedup: false },
  { actor: 'CHN', recipient: 'USA' },
  { actor: 'USA', recipient: 'RUS', cameo: '11', from: '2021-01-15' },
  { actor: 'NATO', recipient: 'RUS', dedup: false },
];

/** Every query's events (ids), checked against the same filter applied to every event of the store. */
function checkQueries(store: Store): void {
  const every = store.events({ dedup: false });
  const hasCode = (refs: Array<{ code: string | null; org?: string }>, code: string) => refs.some((x) => x.code === code || x.org === code);
  for (const q of QUERIES) {
    const expected = every.filter((e) => (!q.actor || hasCode(e.actor, q.actor)) && (!q.recipient || hasCode(e.recipient, q.recipient))
      && (!q.from || e.date >= q.from) && (!q.to || e.date <= q.to) && (!q.cameo || e.cameo.startsWith(q.cameo))
      && (q.dedup === false || e.counted && e.clusterId === e.id));
    const got = store.events(q);
    assert.ok(expected.length > 0, `${JSON.stringify(q)}: the fixture has matching events`);
    assert.deepEqual(got.map((e) => e.id).sort(), expected.map((e) => e.id).sort(), JSON.stringify(q));
    assert.equal(store.countEvents(q), expected.length, `${JSON.stringify(q)}: count`);
  }
}

async function onDatabase(backend: Backend, db: string, sql: string): Promise<void> {
  if (backend.name === 'sqlite') {
    const d = new Database(db);
    d.exec(sql);
    d.close();
  } else {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    await c.query(sql);
    await c.end();
  }
}

for (const backend of backends('dated-actors')) {
  describe(`actor rows with dates (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    test('actor and recipient filters with and without a date range find what a scan finds', async () => {
      const store = openStore(await backend.newDatabase());
      try {
        store.ingestBatch(batch());
        checkQueries(store);
      } finally {
        store.close();
      }
    });

    test('a store made before the dates gets them filled when opened', async () => {
      const db = await backend.newDatabase();
      const store = openStore(db);
      store.ingestBatch(batch());
      store.close();
      await onDatabase(backend, db, backend.name === 'sqlite' ? SQLITE_BEFORE_DATED_ACTORS : PG_BEFORE_DATED_ACTORS);
      const upgraded = openStore(db);
      try {
        checkQueries(upgraded);
      } finally {
        upgraded.close();
      }
      const sql = 'SELECT count(*) AS n FROM event_actors ea JOIN events e ON e.seq = ea.event_seq WHERE ea.date = e.date';
      const total = 'SELECT count(*) AS n FROM event_actors';
      let dated: number, rows: number;
      if (backend.name === 'sqlite') {
        const check = new Database(db, { readonly: true });
        dated = (check.prepare(sql).get() as { n: number }).n;
        rows = (check.prepare(total).get() as { n: number }).n;
        check.close();
      } else {
        const c = new pg.Client({ connectionString: db });
        await c.connect();
        dated = Number((await c.query(sql)).rows[0].n);
        rows = Number((await c.query(total)).rows[0].n);
        await c.end();
      }
      assert.ok(rows > 0);
      assert.equal(dated, rows, 'every actor row has its event date');
    });
  });
}
