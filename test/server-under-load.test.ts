// The API over a real socket and while it codes: a body over the limit always gets its 413 (never a reset
// connection), and reads are answered while a large post is coded on the coder thread.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/index.js';
import { CodingThread } from '../src/ingest/coding.js';
import * as schemas from '../src/server/schemas.js';
import { DEMO_CORPUS, readJsonl, storeWith, type TestStore } from './support/server-fixture.js';

const TOKEN = 'under-load-token';
let fx: TestStore;
let postCoder: CodingThread;
let app: FastifyInstance;
let port: number;

before(async () => {
  fx = await storeWith([]);
  postCoder = new CodingThread(fx.coder.options);
  app = await buildServer({ store: fx.store, coder: fx.coder, postCoder, token: TOKEN, rateLimits: { code: { max: 1000, timeWindowMs: 60_000 }, ingest: { max: 1000, timeWindowMs: 60_000 } } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
after(async () => {
  await app.close();
  await postCoder.close();
  fx.dispose();
});

/**
 * Posts a body of `bytes` bytes `times` times from another process (node:http, one request after the other) and
 * returns what each got: the status, or the socket error. The client must be another process: the reset happens when
 * the server closes the socket while the client is still sending, which the shared event loop of an in-process
 * client hides.
 */
async function postFromOtherProcess(path: string, bytes: number, times: number, headers: Record<string, string>): Promise<string[]> {
  const script = `
    import http from 'node:http';
    const [port, path, bytes, times, headers] = [${port}, ${JSON.stringify(path)}, ${bytes}, ${times}, ${JSON.stringify(headers)}];
    const body = Buffer.from(JSON.stringify({ text: 'x'.repeat(bytes - 11) }));
    const got = [];
    for (let i = 0; i < times; i++) {
      got.push(await new Promise((resolve) => {
        const req = http.request({ host: '127.0.0.1', port, path, method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers } }, (res) => {
          let text = '';
          res.on('data', (d) => { text += d; });
          res.on('end', () => resolve(res.statusCode + ' ' + text));
          res.on('error', (e) => resolve('response error ' + e.code));
        });
        req.on('error', (e) => resolve('request error ' + e.code));
        req.end(body);
      }));
    }
    process.stdout.write(JSON.stringify(got));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as string[];
}

describe('a body over the limit', () => {
  test('a 7 MB body to the live-coding endpoint gets its 413 every time', async () => {
    const got = await postFromOtherProcess('/api/code', 7 * 1024 * 1024, 12, {});
    for (const [i, answer] of got.entries()) {
      assert.match(answer, /^413 .*request body is too large \(limit 262144 bytes\)/, `request ${i + 1} of ${got.length}: ${answer.slice(0, 200)}`);
    }
  });

  test('a 9 MB body to POST /api/articles gets its 413 every time, with or without a token', async () => {
    const got = [
      ...await postFromOtherProcess('/api/articles', 9 * 1024 * 1024, 4, { authorization: `Bearer ${TOKEN}` }),
      ...await postFromOtherProcess('/api/articles', 9 * 1024 * 1024, 2, {}),
    ];
    for (const [i, answer] of got.slice(0, 4).entries()) assert.match(answer, /^413 .*limit 8388608 bytes/, `request ${i + 1}: ${answer.slice(0, 200)}`);
    // Refused before its body is read (no token): the 401 arrives as surely.
    for (const answer of got.slice(4)) assert.match(answer, /^401 .*needs a token/, answer.slice(0, 200));
  });
});

describe('reads while a large post is coded', () => {
  test('a read issued during a large POST /api/articles answers before the POST finishes', async () => {
    const post = (articles: unknown[]) => app.inject({
      method: 'POST', url: '/api/articles', payload: { articles }, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    const demo = readJsonl(DEMO_CORPUS);
    // The first post loads the coder thread's dictionaries; the one measured is coded by a loaded coder.
    assert.equal((await post(demo.slice(0, 1))).statusCode, 201);
    const finished: string[] = [];
    const big = post(demo.slice(1, 300)).then((res) => {
      finished.push('post');
      return res;
    });
    // Issued once the post is in the handler (its body parsed, its articles sent to the coder thread).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const read = await app.inject({ method: 'GET', url: '/api/health' });
    finished.push('read');
    assert.equal(read.statusCode, 200);
    const res = await big;
    assert.deepEqual(finished, ['read', 'post'], 'the read did not wait for the post to be coded');
    const stored = schemas.ingestResponse.parse(res.json());
    assert.equal(res.statusCode, 201);
    assert.equal(stored.stored + stored.skipped.length, 299, 'every article of the post was stored or skipped');
    assert.ok(stored.events > 100, `the post was coded, ${stored.events} events`);
  });
});
