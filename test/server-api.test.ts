// The HTTP API, endpoint by endpoint, through Fastify's inject (no socket): answers, bad input, auth and limits.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import { buildServer } from '../src/server/index.js';
import * as schemas from '../src/server/schemas.js';
import { eventually, FIXTURE_CORPUS, readJsonl, storeWith, type TestStore } from './support/server-fixture.js';
import { relationsReport } from '../src/relations/report.js';
import { gunzipSync } from 'node:zlib';
import { COMPRESS_FROM_BYTES } from '../src/server/encoded-answer.js';

const TOKEN = 'test-token-5f1c';

/** Parses a JSON response with the schema the OpenAPI document publishes for it (so the document is true). */
function body<T>(res: LightMyRequestResponse, schema: z.ZodType<T>, status = 200): T {
  assert.equal(res.statusCode, status, `status ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const parsed = schema.safeParse(res.json());
  assert.ok(parsed.success, `response does not match its schema: ${parsed.success ? '' : parsed.error.message}`);
  return parsed.data;
}

/** Asserts a 4xx error whose message mentions every given fragment. */
function error(res: LightMyRequestResponse, status: number, ...fragments: RegExp[]): string {
  assert.equal(res.statusCode, status, `expected ${status}, got ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const e = schemas.errorResponse.parse(res.json());
  for (const f of fragments) assert.match(e.message, f);
  return e.message;
}

let fx: TestStore;
let app: FastifyInstance;

before(async () => {
  fx = await storeWith(readJsonl(FIXTURE_CORPUS));
  app = await buildServer({ store: fx.store, coder: fx.coder, token: TOKEN, rateLimits: { code: { max: 1000, timeWindowMs: 60_000 } } });
});
after(async () => {
  await app.close();
  fx.dispose();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  test('reports the store and whether writes are allowed', async () => {
    const h = body(await get('/api/health'), schemas.healthResponse);
    const st = fx.store.stats();
    assert.equal(h.articles, st.articles);
    assert.equal(h.events, st.events);
    assert.ok(h.events > 0, 'the fixture store has events');
    assert.equal(h.firstDate, st.firstDate);
    assert.equal(h.readOnly, false);
  });
});

describe('GET /api/relations', () => {
  test('periods of both directions, consistent with the events behind them', async () => {
    const r = body(await get('/api/relations?a=usa&b=RUS&interval=month'), schemas.relationsResponse);
    assert.deepEqual(r.a, { code: 'USA', name: 'United States' });
    assert.equal(r.b.code, 'RUS');
    assert.ok(r.periods.length >= 3, `several months with events, got ${r.periods.map((p) => p.period)}`);
    const april = r.periods.find((p) => p.period === '2017-04');
    assert.ok(april, 'April 2017 has events');
    assert.ok(april.both.goldsteinMean! < 0, `April 2017 is conflictual in the fixture, mean ${april.both.goldsteinMean}`);
    // The same report as `detente relations`: whole periods ranked in the history, and the verdict line.
    const cli = relationsReport(fx.store, { a: 'USA', b: 'RUS', interval: 'month' });
    assert.equal(r.verdict?.text, cli.verdict?.text);
    assert.deepEqual(r.periods.map((p) => [p.period, p.percentile]), cli.periods.map((p) => [p.period, p.percentile]));
    const windowed = body(await get('/api/relations?a=USA&b=RUS&interval=month&from=2017-04-15&to=2017-04-20'), schemas.relationsResponse);
    assert.deepEqual(windowed.periods.map((p) => [p.period, p.both.events]), [['2017-04', april.both.events]], 'a window counts whole periods');
    assert.equal(r.thinBelow, 5);
    for (const p of r.periods) {
      // Thin periods (fewer than 5 events) are not ranked; every figure lies inside its 90 % interval.
      assert.equal(p.thin, p.both.events < r.thinBelow, `${p.period}: thin`);
      assert.equal(p.percentile === null, p.thin, `${p.period}: a percentile only when ranked`);
      const [gl, gh] = p.both.goldsteinInterval!, [bl, bh] = p.both.balanceInterval!;
      assert.ok(gl <= p.both.goldsteinMean! && p.both.goldsteinMean! <= gh, `${p.period}: Goldstein mean in its interval`);
      assert.ok(bl <= p.both.balance! && p.both.balance! <= bh, `${p.period}: balance in its interval`);
      assert.equal(p.both.events, p.aToB.events + p.bToA.events, `${p.period}: both = A→B + B→A`);
      assert.equal(p.both.quad.reduce((x, y) => x + y, 0), p.both.events, `${p.period}: quad counts add up`);
    }
    // The evidence endpoint lists exactly the events a period counts.
    const ev = body(await get('/api/pair-events?a=USA&b=RUS&from=2017-04-01&to=2017-04-30'), schemas.eventsResponse);
    assert.equal(ev.total, april.both.events);
    assert.ok(ev.events.every((e) => e.date.startsWith('2017-04')));
  });

  test('from/to bound the periods', async () => {
    const r = body(await get('/api/relations?a=USA&b=RUS&from=2017-01-01&to=2018-12-31'), schemas.relationsResponse);
    assert.ok(r.periods.length > 0);
    assert.ok(r.periods.every((p) => p.start >= '2017-01-01' && p.start <= '2018-12-31'), r.periods.map((p) => p.start).join());
  });

  test('bad input is a 400 that names the parameter', async () => {
    error(await get('/api/relations?a=USA'), 400, /b: is required/);
    error(await get('/api/relations?a=USA&b=RUS&from=2017-02-30'), 400, /from: is not a calendar date/);
    error(await get('/api/relations?a=USA&b=RUS&from=2017-4-1'), 400, /from: must be a date written YYYY-MM-DD/);
    error(await get('/api/relations?a=USA&b=RUS&from=2018-01-01&to=2017-01-01'), 400, /from: is after to/);
    error(await get('/api/relations?a=USA&b=RUS&interval=year'), 400, /interval: must be day, week or month/);
    error(await get('/api/relations?a=USA&b=usa'), 400, /different actors/);
    error(await get('/api/relations?a=U%27S&b=RUS'), 400, /a: Unknown actor 'U'S'/);
    error(await get('/api/relations?a=USA&b=RUS&weighted=maybe'), 400, /weighted: must be true or false/);
    error(await get('/api/relations?a=USA&b=RUS&colour=red'), 400, /unknown parameter "colour"/);
  });
});

describe('actor parameters take codes or names', () => {
  test('names and aliases resolve to the codes events are stored under, in every endpoint', async () => {
    const byCode = body(await get('/api/relations?a=USA&b=RUS'), schemas.relationsResponse);
    assert.ok(byCode.periods.length > 0, 'the fixture has USA–RUS events');
    const byName = body(await get('/api/relations?a=United%20States&b=Russia'), schemas.relationsResponse);
    assert.deepEqual([byName.a.code, byName.b.code], ['USA', 'RUS']);
    assert.deepEqual(byName.periods, byCode.periods);
    const putin = body(await get('/api/events?actor=Putin&limit=500'), schemas.eventsResponse);
    const rus = body(await get('/api/events?actor=RUS&limit=500'), schemas.eventsResponse);
    assert.ok(rus.total > 0);
    assert.equal(putin.total, rus.total);
    const pairByName = body(await get('/api/pair-events?a=russia&b=washington'), schemas.eventsResponse);
    assert.equal(pairByName.total, body(await get('/api/pair-events?a=RUS&b=USA'), schemas.eventsResponse).total);
  });

  test('an unknown actor is a 400 that suggests the nearest; two names of one actor are no pair', async () => {
    error(await get('/api/relations?a=USA&b=Rusia'), 400, /^b: Unknown actor 'Rusia'\. Did you mean: RUS \(Russia\)/);
    error(await get('/api/events?recipient=Xyzzy'), 400, /recipient: Unknown actor 'Xyzzy'/);
    error(await get('/api/pair-events?a=Russia&b=Putin'), 400, /"Russia" and "Putin" are both RUS/);
  });
});

describe('GET /api/events', () => {
  test('filters, totals and pages', async () => {
    const all = body(await get('/api/events?limit=500'), schemas.eventsResponse);
    assert.equal(all.total, fx.store.countEvents({}));
    assert.equal(all.events.length, all.total);

    const accuse = body(await get('/api/events?actor=RUS&recipient=USA&category=accuse'), schemas.eventsResponse);
    assert.ok(accuse.total >= 2, `Russian accusations of the US in the fixture, got ${accuse.total}`);
    for (const e of accuse.events) {
      assert.equal(e.event, 'ACCUSE');
      assert.ok(e.actor.some((a) => a.code === 'RUS'));
      assert.ok(e.recipient.some((a) => a.code === 'USA'));
    }
    const cameo = body(await get('/api/events?cameo=11'), schemas.eventsResponse);
    assert.ok(cameo.total > 0 && cameo.events.every((e) => e.cameo.startsWith('11')));
    const quad = body(await get('/api/events?quadClass=3'), schemas.eventsResponse);
    assert.ok(quad.events.every((e) => e.quadClass === 3));
    const dated = body(await get('/api/events?from=2017-04-01&to=2017-04-30'), schemas.eventsResponse);
    assert.ok(dated.total > 0 && dated.events.every((e) => e.date >= '2017-04-01' && e.date <= '2017-04-30'));
    const words = body(await get('/api/events?text=Kremlin'), schemas.eventsResponse);
    assert.ok(words.total > 0 && words.events.every((e) => /kremlin/i.test(e.text)));

    // Pages: the same total, disjoint slices that together are the first events in order.
    const p1 = body(await get('/api/events?limit=3&offset=0'), schemas.eventsResponse);
    const p2 = body(await get('/api/events?limit=3&offset=3'), schemas.eventsResponse);
    assert.equal(p1.total, all.total);
    assert.equal(p2.offset, 3);
    assert.deepEqual([...p1.events, ...p2.events].map((e) => e.id), all.events.slice(0, 6).map((e) => e.id));
  });

  test('bad input is a 400 that names the parameter', async () => {
    error(await get('/api/events?limit=0'), 400, /limit: must be at least 1/);
    error(await get('/api/events?limit=501'), 400, /limit: must be at most 500/);
    error(await get('/api/events?limit=ten'), 400, /limit: must be a whole number/);
    error(await get('/api/events?offset=-1'), 400, /offset: must be at least 0/);
    error(await get('/api/events?category=HUG'), 400, /category: must be a PLOVER category: AGREE/);
    error(await get('/api/events?cameo=1a'), 400, /cameo: must be a CAMEO code/);
    error(await get('/api/events?quadClass=5'), 400, /quadClass: must be 1, 2, 3 or 4/);
    error(await get('/api/events?text=x'), 400, /text: must be at least 2 characters/);
    error(await get('/api/events?actor=USA&actors=RUS'), 400, /unknown parameter "actors"/);
  });

  test('an SQL-looking filter is only a value (queries are parameterised)', async () => {
    const res = body(await get(`/api/events?text=${encodeURIComponent("x' OR '1'='1")}`), schemas.eventsResponse);
    assert.equal(res.total, 0);
    assert.ok(fx.store.countEvents({}) > 0, 'the store is intact');
  });
});

describe('GET /api/pair-events', () => {
  test('both directions, oldest first, paginated', async () => {
    const all = body(await get('/api/pair-events?a=RUS&b=USA'), schemas.eventsResponse);
    const ab = fx.store.countEvents({ actor: 'RUS', recipient: 'USA' });
    const ba = fx.store.countEvents({ actor: 'USA', recipient: 'RUS' });
    assert.equal(all.total, ab + ba);
    assert.ok(all.events.some((e) => e.actor.some((a) => a.code === 'USA')) && all.events.some((e) => e.actor.some((a) => a.code === 'RUS')));
    const dates = all.events.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    const page = body(await get('/api/pair-events?a=RUS&b=USA&limit=2&offset=1'), schemas.eventsResponse);
    assert.deepEqual(page.events.map((e) => e.id), all.events.slice(1, 3).map((e) => e.id));
    error(await get('/api/pair-events?a=RUS'), 400, /b: is required/);
  });
});

describe('GET /api/articles/:id', () => {
  test('the text and its events, with sentence offsets that locate every span', async () => {
    const r = body(await get('/api/articles/fx-003'), schemas.articleResponse);
    assert.equal(r.article.id, 'fx-003');
    assert.match(r.article.text, /^The Kremlin condemned Washington/);
    assert.equal('textHash' in r.article, false);
    assert.ok(r.events.length >= 2, `both sentences are coded, got ${r.events.length}`);
    for (const e of r.events) {
      assert.notEqual(e.sentenceStart, null);
      assert.equal(r.article.text.slice(e.sentenceStart!, e.sentenceStart! + e.text.length), e.text);
      assert.equal(e.text.slice(e.eventSpan[0], e.eventSpan[1]), e.eventText);
      for (const a of [...e.actor, ...e.recipient]) assert.equal(e.text.slice(a.start, a.end), a.text);
    }
    // The second sentence starts after the line break.
    assert.ok(r.events.some((e) => e.sentenceStart! > r.article.text.indexOf('\n')));
  });

  test('an unknown id is a 404 with a message', async () => {
    error(await get('/api/articles/no-such-article'), 404, /no article with id "no-such-article"/);
    error(await get(`/api/articles/${'x'.repeat(201)}`), 400, /id: must be at most 200 characters/);
  });
});

describe('GET /api/dyads', () => {
  test('most conflictual and most cooperative pairs by balance, among pairs with enough events, named', async () => {
    // The fixture's pairs: RUS–USA 12 events (8 cooperation — "the two leaders praised each other" is one each way —,
    // 4 conflict → balance +1/3), IND–PAK 2 (both conflict),
    // SYR–USA 1 (an assault). With the default minimum of 10 events only RUS–USA is ranked.
    const d = body(await get('/api/dyads?top=5'), schemas.dyadsResponse);
    assert.deepEqual([d.minEvents, d.pairs, d.rankedPairs], [10, 3, 1]);
    assert.deepEqual(d.conflict, []);
    assert.deepEqual(d.cooperation.map((x) => [x.a, x.b, x.aName, x.bName, x.events, x.balance]), [['RUS', 'USA', 'Russia', 'United States', 12, 0.333333]]);
    // With a minimum of 1, both conflict pairs are at −1; SYR–USA (mean −10) ranks before IND–PAK (mean −2).
    const all = body(await get('/api/dyads?top=5&minEvents=1'), schemas.dyadsResponse);
    assert.deepEqual(all.conflict.map((x) => `${x.a}-${x.b} ${x.balance} ${x.goldsteinMean}`), ['SYR-USA -1 -10', 'IND-PAK -1 -2']);
    const windowed = body(await get('/api/dyads?from=2020-01-01&to=2020-12-31&minEvents=1'), schemas.dyadsResponse);
    assert.deepEqual(windowed.conflict.map((x) => `${x.a}-${x.b}`), ['IND-PAK']);
    error(await get('/api/dyads?minEvents=0'), 400, /minEvents: must be at least 1/);
    error(await get('/api/dyads?top=0'), 400, /top: must be at least 1/);
    error(await get('/api/dyads?top=101'), 400, /top: must be at most 100/);
  });
});

describe('GET /api/map', () => {
  test('countries with ISO numeric ids; places where located events happened', async () => {
    const m = body(await get('/api/map'), schemas.mapResponse);
    const usa = m.countries.find((c) => c.code === 'USA');
    assert.ok(usa, 'the United States took part in events');
    assert.equal(usa.numeric, '840');
    assert.equal(m.countries.find((c) => c.code === 'RUS')?.numeric, '643');
    assert.equal(m.scannedEvents, fx.store.countEvents({}));
    // The coder geocodes places named in sentences ("in Kyiv", "near Aleppo"): every located event is counted
    // at a place with valid coordinates, and the per-place counts add up.
    const stored = fx.store.events({ limit: 100_000 });
    const located = stored.filter((e) => e.location);
    assert.ok(located.length > 0, 'some fixture events name a place');
    assert.equal(m.locatedEvents, located.length);
    assert.equal(m.locations.reduce((n, l) => n + l.events, 0), located.length);
    for (const l of m.locations) assert.ok(Math.abs(l.lat) <= 90 && Math.abs(l.lon) <= 180 && l.name, JSON.stringify(l));
    const empty = body(await get('/api/map?from=2000-01-01&to=2000-12-31'), schemas.mapResponse);
    assert.equal(empty.scannedEvents, 0);
    assert.deepEqual(empty.countries, []);
    error(await get('/api/map?from=yesterday'), 400, /from: must be a date/);
  });
});

describe('GET /api/actors', () => {
  test('finds countries by code and name, people and organisations by name', async () => {
    const rus = body(await get('/api/actors?q=rus'), schemas.actorsResponse).actors;
    assert.deepEqual([rus[0]!.code, rus[0]!.kind, rus[0]!.name], ['RUS', 'country', 'Russia']);
    const usa = body(await get('/api/actors?q=United%20St'), schemas.actorsResponse).actors;
    assert.equal(usa[0]!.code, 'USA');
    const putin = body(await get('/api/actors?q=putin&limit=3'), schemas.actorsResponse).actors;
    assert.deepEqual([putin[0]!.name, putin[0]!.kind, putin[0]!.code], ['Vladimir Putin', 'person', 'RUS']);
    const nato = body(await get('/api/actors?q=NATO&limit=1'), schemas.actorsResponse).actors;
    assert.deepEqual([nato[0]!.code, nato[0]!.kind], ['NATO', 'organization']);
    assert.equal(body(await get('/api/actors?q=zzqqxx'), schemas.actorsResponse).actors.length, 0);
    assert.equal(body(await get('/api/actors?q=a&limit=4'), schemas.actorsResponse).actors.length, 4);
  });

  test('bad input is a 400', async () => {
    error(await get('/api/actors'), 400, /q: is required/);
    error(await get('/api/actors?q=%20'), 400, /q: must not be empty/);
    error(await get(`/api/actors?q=${'a'.repeat(101)}`), 400, /q: must be at most 100 characters/);
    error(await get('/api/actors?q=ru&limit=51'), 400, /limit: must be at most 50/);
  });
});

describe('POST /api/code', () => {
  const post = (payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    app.inject({ method: 'POST', url: '/api/code', headers, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

  test('codes posted text into events with spans and stores nothing', async () => {
    const before = fx.store.stats();
    const text = '  The Kremlin condemned Washington on Tuesday.\nIndia accused Pakistan of violating the ceasefire.';
    const r = body(await post({ text, date: '2019-06-01' }), schemas.codeResponse);
    const trimmed = text.trim();
    const accuse = r.events.filter((e) => e.event === 'ACCUSE');
    assert.ok(accuse.length >= 2, `two accusations, got ${JSON.stringify(r.events.map((e) => e.eventText))}`);
    const kremlin = accuse.find((e) => e.actor.some((a) => a.code === 'RUS'))!;
    assert.equal(kremlin.text.slice(kremlin.actor[0]!.start, kremlin.actor[0]!.end), 'Kremlin');
    assert.equal(kremlin.text.slice(kremlin.eventSpan[0], kremlin.eventSpan[1]), 'condemned');
    for (const e of r.events) assert.equal(trimmed.slice(e.sentenceStart!, e.sentenceStart! + e.text.length), e.text);
    assert.ok(r.events.every((e) => e.date === '2019-06-01'));
    assert.deepEqual(fx.store.stats(), before, 'nothing was stored');
  });

  test('accepts the text alone as text/plain', async () => {
    const r = body(await post('The Kremlin condemned Washington on Tuesday.', { 'content-type': 'text/plain' }), schemas.codeResponse);
    assert.ok(r.events.some((e) => e.event === 'ACCUSE'));
  });

  test('bad input is a 4xx with a message', async () => {
    error(await post({ text: '   ' }), 400, /text: must not be empty/);
    error(await post({}), 400, /text: is required/);
    error(await post({ text: 'x'.repeat(20_001) }), 400, /text: must be at most 20000 characters/);
    error(await post({ text: 'Moscow condemned Kyiv.', date: '2019-13-01' }), 400, /date: is not a calendar date/);
    error(await post({ text: 'Moscow condemned Kyiv.', store: true }), 400, /unknown field "store"/);
    error(await post('{"text": "unterminated'), 400, /request body is not valid JSON/);
    error(await post({ text: 'x'.repeat(300 * 1024) }), 413, /request body is too large \(limit 262144 bytes\)/);
    error(await post('<text/>', { 'content-type': 'application/xml' }), 415, /unsupported content type "application\/xml"/);
  });

  test('is rate-limited per client', async () => {
    const limited = await buildServer({ store: fx.store, coder: fx.coder, rateLimits: { code: { max: 2, timeWindowMs: 60_000 } } });
    try {
      const send = () => limited.inject({ method: 'POST', url: '/api/code', headers: { 'content-type': 'application/json' }, payload: '{"text":"Moscow condemned Kyiv."}' });
      assert.equal((await send()).statusCode, 200);
      assert.equal((await send()).statusCode, 200);
      const third = await send();
      error(third, 429, /rate limit exceeded: at most 2 requests per minute/);
      assert.ok(third.headers['retry-after'], 'says when to retry');
      // Reads are not limited.
      for (let i = 0; i < 5; i++) assert.equal((await limited.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });
});

describe('POST /api/articles', () => {
  const article = { id: 'api-001', date: '2022-02-24', title: 'Posted', text: 'Moscow accused Kyiv of provoking the conflict. Ukraine condemned Russia on Thursday.', source: 'API Test', url: 'https://api.detente.invalid/001' };
  const send = (srv: FastifyInstance, payload: unknown, auth?: string) => srv.inject({
    method: 'POST', url: '/api/articles', payload: payload as object,
    headers: { 'content-type': 'application/json', ...(auth !== undefined ? { authorization: auth } : {}) },
  });

  test('without a token configured the server is read-only: 403 with a message', async () => {
    const readOnly = await buildServer({ store: fx.store, coder: fx.coder });
    try {
      error(await send(readOnly, { articles: [article] }, `Bearer ${TOKEN}`), 403, /read-only.*DETENTE_TOKEN/);
      assert.equal(body(await readOnly.inject({ method: 'GET', url: '/api/health' }), schemas.healthResponse).readOnly, true);
    } finally {
      await readOnly.close();
    }
    assert.equal(fx.store.article('api-001'), undefined);
  });

  test('401 without a token, 403 with a wrong one', async () => {
    const none = await send(app, { articles: [article] });
    error(none, 401, /needs a token/);
    assert.equal(none.headers['www-authenticate'], 'Bearer realm="detente"');
    error(await send(app, { articles: [article] }, `Basic ${Buffer.from('a:b').toString('base64')}`), 401, /must be "Bearer <token>"/);
    error(await send(app, { articles: [article] }, 'Bearer wrong-token'), 403, /token is not valid/);
    error(await send(app, { articles: [article] }, `Bearer ${TOKEN}x`), 403, /token is not valid/);
    assert.equal(fx.store.article('api-001'), undefined, 'nothing stored');
  });

  test('with the token: codes and stores; a second post skips what is stored', async () => {
    const eventsBefore = fx.store.stats().events;
    const r = body(await send(app, { articles: [article] }, `Bearer ${TOKEN}`), schemas.ingestResponse, 201);
    assert.equal(r.stored, 1);
    assert.ok(r.events >= 1, `events coded, got ${r.events}`);
    assert.equal(r.sentences, 2);
    assert.equal(fx.store.stats().events, eventsBefore + r.events);
    const stored = body(await get('/api/articles/api-001'), schemas.articleResponse);
    assert.equal(stored.article.source, 'API Test');
    assert.equal(stored.events.length, r.events);

    const again = body(await send(app, { articles: [article] }, `Bearer ${TOKEN}`), schemas.ingestResponse, 200);
    assert.equal(again.stored, 0);
    assert.deepEqual(again.skipped, [{ id: 'api-001', reason: 'same-id', existing: 'api-001' }]);
  });

  test('bad articles are a 400 that names the field', async () => {
    const auth = `Bearer ${TOKEN}`;
    error(await send(app, { articles: [] }, auth), 400, /articles: must hold at least one article/);
    error(await send(app, { articles: [{ ...article, id: 'api-002', date: '24/02/2022' }] }, auth), 400, /articles\.0\.date: must be a date written YYYY-MM-DD/);
    error(await send(app, { articles: [{ ...article, id: 'api-003', text: '' }] }, auth), 400, /articles\.0\.text: must not be empty/);
    error(await send(app, { articles: [{ ...article, id: 'api-004', url: 'not a url' }] }, auth), 400, /articles\.0\.url: must be a URL/);
    error(await send(app, [article], auth), 400, /invalid body/);
    assert.equal(fx.store.article('api-002'), undefined);
  });
});

describe('GET /api/openapi.json', () => {
  test('documents every endpoint with the schemas requests are validated with', async () => {
    const res = await get('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string; required: boolean; schema: Record<string, unknown> }>; requestBody?: unknown; security?: unknown; responses: Record<string, unknown> }>> };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/actors', '/api/articles', '/api/articles/{id}', '/api/code', '/api/dyads', '/api/events', '/api/health', '/api/map', '/api/pair-events', '/api/relations',
    ]);
    const relations = doc.paths['/api/relations']!.get!;
    const param = (name: string) => relations.parameters.find((p) => p.name === name)!;
    assert.equal(param('a').required, true);
    assert.equal(param('from').required, false);
    assert.deepEqual(param('interval').schema.enum, ['day', 'week', 'month']);
    assert.equal(param('interval').schema.default, 'month');
    assert.deepEqual(doc.paths['/api/events']!.get!.parameters.map((p) => p.name),
      ['actor', 'recipient', 'category', 'cameo', 'quadClass', 'from', 'to', 'text', 'dedup', 'limit', 'offset', 'cursor']);
    const ingest = doc.paths['/api/articles']!.post!;
    assert.deepEqual(ingest.security, [{ bearer: [] }]);
    assert.ok(ingest.responses['401'] && ingest.responses['403'] && ingest.responses['201']);
    assert.ok(doc.paths['/api/code']!.post!.requestBody);
    // Every documented GET path answers (not 404) when called with its required parameters.
    const samples: Record<string, string> = { a: 'USA', b: 'RUS', q: 'rus', id: 'fx-001' };
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get) continue;
      const url = path.replace('{id}', samples.id!);
      const query = ops.get.parameters.filter((p) => p.required && !path.includes(`{${p.name}}`)).map((p) => `${p.name}=${samples[p.name]}`).join('&');
      assert.equal((await get(query ? `${url}?${query}` : url)).statusCode, 200, `GET ${url}?${query}`);
    }
  });
});

describe('security and static files', () => {
  test('security headers on API answers, pages and errors', async () => {
    for (const url of ['/api/health', '/', '/api/events?limit=0', '/nope']) {
      const res = await get(url);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'; script-src 'self'/, url);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['x-frame-options'], 'DENY', url);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
    }
  });

  test('the dashboard and its vendored map files are served; nothing else from node_modules', async () => {
    const page = await get('/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /<script type="module" src="\/js\/app.js">/);
    assert.doesNotMatch(page.body, /https?:\/\//, 'the page loads nothing from another origin');
    const app_js = await get('/js/app.js');
    assert.equal(app_js.statusCode, 200);
    assert.match(String(app_js.headers['content-type']), /javascript/);
    for (const f of ['d3-array.min.js', 'd3-geo.min.js', 'topojson-client.min.js', 'countries-110m.json']) {
      assert.equal((await get(`/vendor/${f}`)).statusCode, 200, f);
    }
    error(await get('/vendor/package.json'), 404, /no such file/);
    assert.equal((await get('/vendor/..%2f..%2fpackage.json')).statusCode, 404);
    assert.equal((await get('/js/..%2f..%2f..%2fpackage.json')).statusCode, 404);
    error(await get('/api/nothing-here'), 404, /no such endpoint: GET \/api\/nothing-here/);
  });
});

describe('answer cache', () => {
  test('reuses GET answers for ttlMs; writes through the API clear it at once', async () => {
    const srv = await buildServer({ store: fx.store, coder: fx.coder, token: TOKEN, cacheTtlMs: 300 });
    try {
      const count = async () => body(await srv.inject({ method: 'GET', url: '/api/events?limit=1' }), schemas.eventsResponse).total;
      // Coded before the first read, so that only the write falls within the 300 ms (on a loaded machine coding took longer).
      const coded = fx.coder.codeArticle({ id: 'cache-001', date: '2023-01-05', text: 'Moscow condemned Kyiv on Thursday.' });
      assert.ok(coded.length > 0, 'the article has events');
      // The reader thread loads its dictionary first (seconds on a loaded machine): an answer's age counts from when
      // its computation was asked for.
      await srv.inject({ method: 'GET', url: '/api/health' });
      const first = await count();
      // Another process writing to the database: the server sees it after the TTL, not before.
      fx.store.ingestBatch([{ article: { id: 'cache-001', date: '2023-01-05', text: 'Moscow condemned Kyiv on Thursday.' }, events: coded, sentences: 1 }]);
      assert.equal(await count(), first, 'served from the cache within the TTL');
      await new Promise((r) => setTimeout(r, 350));
      // Past the TTL (within the stale limit, 10 × TTL) the stale answer is sent at once and refreshed meanwhile.
      assert.equal(await count(), first, 'the stale answer, while the refresh runs');
      const second = await eventually(count, (n) => n === first + coded.length);
      assert.equal(second, first + coded.length, 'fresh once the refresh is done');
      // A write through the API clears the cache immediately.
      const posted = body(await srv.inject({
        method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        payload: { articles: [{ id: 'cache-002', date: '2023-01-06', text: 'Kyiv accused Moscow of shelling the city.' }] },
      }), schemas.ingestResponse, 201);
      assert.equal(await count(), second + posted.events);
    } finally {
      await srv.close();
    }
  });

  test('answers are gzipped for clients that accept it, cached or not; small ones are sent as they are', async () => {
    for (const cacheTtlMs of [2000, 0]) {
      const srv = await buildServer({ store: fx.store, coder: fx.coder, cacheTtlMs });
      try {
        const url = '/api/relations?a=USA&b=RUS&interval=month';
        const plain = await srv.inject({ method: 'GET', url });
        assert.ok(plain.rawPayload.length >= COMPRESS_FROM_BYTES, `a large answer: ${plain.rawPayload.length} bytes`);
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.equal(plain.headers.vary, 'accept-encoding');
        for (let i = 0; i < 2; i++) { // the second from the cache when it is on
          const zipped = await srv.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
          assert.equal(zipped.statusCode, 200);
          assert.equal(zipped.headers['content-encoding'], 'gzip');
          assert.equal(zipped.headers['content-type'], 'application/json; charset=utf-8');
          assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 3, `${zipped.rawPayload.length} of ${plain.rawPayload.length} bytes`);
          assert.deepEqual(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')), plain.json());
        }
        // A client that refuses gzip, and an answer too small to be worth it.
        assert.equal((await srv.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip;q=0, identity' } })).headers['content-encoding'], undefined);
        const small = await srv.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
        assert.ok(small.rawPayload.length < COMPRESS_FROM_BYTES);
        assert.equal(small.headers['content-encoding'], undefined);
        assert.equal(small.json().status, 'ok');
      } finally {
        await srv.close();
      }
    }
  });

  test('cacheTtlMs 0 computes every answer', async () => {
    const srv = await buildServer({ store: fx.store, coder: fx.coder, cacheTtlMs: 0 });
    try {
      const count = async () => body(await srv.inject({ method: 'GET', url: '/api/health' }), schemas.healthResponse).articles;
      const before = await count();
      fx.store.ingestBatch([{ article: { id: 'cache-003', date: '2023-01-07', text: 'A quiet day.' }, events: [], sentences: 1 }]);
      assert.equal(await count(), before + 1);
    } finally {
      await srv.close();
    }
  });
});
