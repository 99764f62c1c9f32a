// The long-running commands as a user meets them: a mistyped input creates nothing, `demo` finds a busy port before
// any work, and progress lines reach stderr when it is not a terminal (logs, CI).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { ProgressLines, progressLine, progressLineSeconds } from '../src/cli/progress.js';
import { FIXTURE_CORPUS } from './support/server-fixture.js';
import { runCli, startCli } from './support/cli.js';
import { tempDir } from './support/fixtures.js';

const dir = tempDir('jobs');
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest of a missing file is an error and creates no database', () => {
  const db = join(dir, 'missing.db');
  const r = runCli(['ingest', join(dir, 'nope.txt'), FIXTURE_CORPUS, join(dir, 'gone'), '--db', db]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nope\.txt: no such file or directory; .*gone: no such file or directory; nothing was read/);
  assert.ok(!existsSync(db), 'no database was created');
  assert.ok(!existsSync(join(dir, 'detente-errors.jsonl')), 'no error log was created');
  const empty = tempDir('jobs-empty');
  const e = runCli(['ingest', empty, '--db', db]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /no input files in this directory \(looked for \.jsonl/);
  assert.ok(!existsSync(db));
  rmSync(empty, { recursive: true });
});

test('code of a missing file is an error and writes no output file', () => {
  const out = join(dir, 'events.jsonl');
  const r = runCli(['code', join(dir, 'nope.txt'), '--out', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nope\.txt: no such file or directory/);
  assert.ok(!existsSync(out));
});

test('demo on a busy port fails at once, before ingesting anything', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as AddressInfo).port;
  try {
    const db = join(dir, 'demo.db');
    const started = performance.now();
    // Started asynchronously: the test's own server must keep answering while the CLI probes it.
    const child = startCli(['demo', '--db', db, '--port', String(port)]);
    let stdout = '', stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 1, stderr);
    assert.match(stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use .*--port`));
    assert.equal(stdout, '', 'no summary was printed');
    assert.ok(!existsSync(db), 'no database was built');
    // Starting tsx takes a few seconds on a loaded machine; ingesting the demo corpus takes far longer.
    assert.ok(performance.now() - started < 30_000);
  } finally {
    busy.close();
  }
});

test('progress lines: one every interval, with counts, percentage and rate', () => {
  let clock = 0;
  const lines: string[] = [];
  const p = new ProgressLines('ingest', 200, 5, (l) => lines.push(l), () => clock);
  p.update(10, { articles: 10, sentences: 100, events: 20, seconds: 1 });
  clock = 4_999;
  p.update(50, { articles: 50, sentences: 500, events: 90, seconds: 5 });
  assert.deepEqual(lines, [], 'nothing before the first interval');
  clock = 5_000;
  p.update(100, { articles: 1200, sentences: 20480, events: 3100, seconds: 4 });
  clock = 6_000;
  p.update(150, { articles: 1300, sentences: 21000, events: 3200, seconds: 5 });
  assert.deepEqual(lines, ['ingest: 50% | 1,200 articles | 20,480 sentences | 3,100 events | 300 articles/s | 4 s\n']);
  assert.equal(progressLine('code', 3, null, { articles: 3, events: 7, seconds: 0 }), 'code: 3 articles | 7 events | - articles/s | 0 s\n');
  assert.equal(progressLineSeconds({}), 5);
  assert.equal(progressLineSeconds({ DETENTE_PROGRESS_SECONDS: '0' }), 0);
  assert.throws(() => progressLineSeconds({ DETENTE_PROGRESS_SECONDS: 'often' }), /DETENTE_PROGRESS_SECONDS must be a number of seconds/);
});

test('ingest writes progress lines to a stderr that is not a terminal', () => {
  const db = join(dir, 'progress.db');
  const r = runCli(['ingest', FIXTURE_CORPUS, '--db', db, '--batch-size', '1'], { env: { DETENTE_PROGRESS_SECONDS: '0.000001' } });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('ingest: '));
  assert.ok(lines.length >= 2, `progress lines:\n${r.stderr}`);
  assert.match(lines.at(-1)!, /^ingest: 100% \| 8 articles \| \d+ sentences \| \d+ events \| [\d,]+ articles\/s \| \d+ s$/);
  const quiet = runCli(['ingest', FIXTURE_CORPUS, '--db', join(dir, 'quiet.db')], { env: { DETENTE_PROGRESS_SECONDS: '0' } });
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.ok(!/ingest: /.test(quiet.stderr), quiet.stderr);
});
