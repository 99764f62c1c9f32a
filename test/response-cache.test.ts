// The answer cache on its own: fresh, stale-while-revalidate, the stale limit, one computation per key, failures,
// clearing on writes and the memory bound. Times are passed explicitly (`now`), so nothing here depends on the clock.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from '../src/server/response-cache.js';
import { EncodedAnswer } from '../src/server/encoded-answer.js';

const answerOf = (text: string) => new EncodedAnswer(Buffer.from(JSON.stringify(text)));
const textOf = (a: EncodedAnswer) => JSON.parse(a.body.toString('utf8')) as string;

/** A computation the test finishes when it wants, counting how often it was started. */
function controlled() {
  let calls = 0;
  let finish: (a: EncodedAnswer) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const compute = () => {
    calls++;
    return new Promise<EncodedAnswer>((resolve, reject) => { finish = resolve; fail = reject; });
  };
  return { compute, get calls() { return calls; }, finish: (t: string) => finish(answerOf(t)), fail: (e: Error) => fail(e) };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('answer cache (stale while revalidate)', () => {
  test('a fresh answer is reused; a stale one is served at once while one refresh runs, then replaced', async () => {
    const cache = new ResponseCache({ ttlMs: 100, staleLimitMs: 1000 });
    const first = await cache.answer('k', async () => answerOf('A'), 0);
    assert.deepEqual([textOf(first.answer), first.outcome], ['A', 'computed']);
    const fresh = await cache.answer('k', async () => assert.fail('a fresh answer is not computed again'), 50);
    assert.deepEqual([textOf(fresh.answer), fresh.outcome], ['A', 'fresh']);

    const refresh = controlled();
    const stale = await cache.answer('k', refresh.compute, 150);
    assert.deepEqual([textOf(stale.answer), stale.outcome], ['A', 'stale']);
    assert.equal(cache.running, 1);
    // More requests while the refresh runs: the stale answer again, and no second refresh of the key.
    for (const now of [160, 170, 180]) {
      const again = await cache.answer('k', refresh.compute, now);
      assert.deepEqual([textOf(again.answer), again.outcome], ['A', 'stale']);
    }
    assert.equal(refresh.calls, 1, 'one refresh per key at a time');
    // Another key is computed on its own.
    assert.equal(textOf((await cache.answer('other', async () => answerOf('O'), 180)).answer), 'O');

    refresh.finish('B');
    await settle();
    assert.equal(cache.running, 0);
    // The refresh began at 150: fresh until 250.
    const replaced = await cache.answer('k', async () => assert.fail('just refreshed'), 200);
    assert.deepEqual([textOf(replaced.answer), replaced.outcome], ['B', 'fresh']);
  });

  test('past the stale limit a request waits for the refresh, and requests waiting meanwhile share it', async () => {
    const cache = new ResponseCache({ ttlMs: 100, staleLimitMs: 1000 });
    await cache.answer('k', async () => answerOf('A'), 0);
    const refresh = controlled();
    const waiting = [cache.answer('k', refresh.compute, 1000), cache.answer('k', refresh.compute, 1001)];
    await settle();
    assert.equal(refresh.calls, 1);
    refresh.finish('B');
    for (const w of await Promise.all(waiting)) assert.deepEqual([textOf(w.answer), w.outcome], ['B', 'computed']);
  });

  test('a refresh that fails is reported, the stale answer is still served, and the next request retries', async () => {
    const errors: Array<[string, unknown]> = [];
    const cache = new ResponseCache({ ttlMs: 100, staleLimitMs: 1000, onRefreshError: (key, e) => errors.push([key, e]) });
    await cache.answer('k', async () => answerOf('A'), 0);
    const broken = controlled();
    assert.equal(textOf((await cache.answer('k', broken.compute, 150)).answer), 'A');
    broken.fail(new Error('store went away'));
    await settle();
    assert.equal(errors.length, 1);
    assert.equal(errors[0]![0], 'k');
    assert.match(String(errors[0]![1]), /store went away/);
    assert.equal(cache.running, 0);

    const retry = controlled();
    const served = await cache.answer('k', retry.compute, 160);
    assert.deepEqual([textOf(served.answer), served.outcome], ['A', 'stale']);
    assert.equal(retry.calls, 1, 'the next request retried');
    retry.finish('B');
    await settle();
    assert.equal(textOf((await cache.answer('k', async () => assert.fail('fresh'), 170)).answer), 'B');
  });

  test('an answer that cannot be computed (a bad request) goes to the caller and is not kept', async () => {
    const cache = new ResponseCache({ ttlMs: 100 });
    await assert.rejects(cache.answer('bad', async () => { throw new Error('a: unknown actor'); }, 0), /unknown actor/);
    assert.equal(cache.size, 0);
    assert.equal(cache.running, 0);
  });

  test('clear() (a write) drops answers and keeps no answer from a refresh begun before it', async () => {
    const cache = new ResponseCache({ ttlMs: 100, staleLimitMs: 1000 });
    await cache.answer('k', async () => answerOf('before'), 0);
    const old = controlled();
    await cache.answer('k', old.compute, 150); // a refresh starts, reading the store before the write
    cache.clear();
    // The first request after the write does not wait for, nor get, the refresh begun before it.
    const after = controlled();
    const pending = cache.answer('k', after.compute, 160);
    assert.equal(after.calls, 1);
    old.finish('before');
    after.finish('after');
    assert.equal(textOf((await pending).answer), 'after');
    await settle();
    assert.equal(textOf((await cache.answer('k', async () => assert.fail('fresh'), 170)).answer), 'after');
  });

  test('ttlMs 0 computes every answer and keeps none', async () => {
    const cache = new ResponseCache({ ttlMs: 0 });
    let calls = 0;
    for (let i = 0; i < 3; i++) await cache.answer('k', async () => answerOf(String(++calls)), i);
    assert.equal(calls, 3);
    assert.equal(cache.size, 0);
  });

  test('memory stays bounded: the oldest answers go first', async () => {
    const cache = new ResponseCache({ ttlMs: 100, maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) await cache.answer(k, async () => answerOf(k), 0);
    assert.equal(cache.size, 3);
    let recomputed = false;
    await cache.answer('a', async () => { recomputed = true; return answerOf('a'); }, 1);
    assert.ok(recomputed, 'the oldest entry was evicted');
  });

  test('a stale limit below the TTL is refused', () => {
    assert.throws(() => new ResponseCache({ ttlMs: 100, staleLimitMs: 50 }), /stale limit \(50 ms\) must be at least the TTL \(100 ms\)/);
  });
});
