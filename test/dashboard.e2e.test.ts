// The dashboard in a real headless Chromium (Debian's chromium driven by playwright-core), on a store built from
// the demo corpus: pick USA and RUS, read the verdict, check the chart (interval band, thin periods, a line broken
// across empty months, an axis scaled to the data, the lowest and highest labelled), open April 2017's evidence; the
// events list; an article; the dyads and the map; coding pasted text; the relations and dyads views on a 390-pixel
// phone screen. A screenshot of each view goes to a temporary directory (printed; DETENTE_SHOTS sets another).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildServer } from '../src/server/index.js';
import { DEMO_CORPUS, readJsonl, storeWith, type TestStore } from './support/server-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = `${process.env.DETENTE_SHOTS ?? mkdtempSync(join(tmpdir(), 'detente-shots-'))}/`;
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium): browser tests skipped`;

describe('dashboard in headless Chromium', { skip }, () => {
  let fx: TestStore;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let page: Page;
  /** Console errors and failed requests: a CSP violation or a broken module shows up here. */
  const problems: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    process.stderr.write(`dashboard screenshots: ${SHOTS}\n`);
    fx = await storeWith(readJsonl(DEMO_CORPUS));
    app = await buildServer({ store: fx.store, coder: fx.coder });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    // Reduced motion: the dashboard then scrolls without animation, so screenshots are not taken mid-scroll.
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, reducedMotion: 'reduce' });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`); });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    fx?.dispose();
  });

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });

  /** Types into an actor typeahead and picks the option with the given code. */
  async function pickActor(field: string, typed: string, code: string): Promise<void> {
    const input = page.locator(`input[name="${field}"]`);
    await input.click();
    await input.fill(typed);
    const option = page.locator(`#${await input.getAttribute('aria-controls')} li[data-code="${code}"]`).first();
    await option.waitFor({ state: 'visible', timeout: 5000 });
    await option.click();
    assert.equal(await page.locator(`.typeahead[data-code="${code}"] input[name="${field}"]`).count(), 1, `${code} is picked`);
  }

  test('relations: pick USA and RUS, read the verdict, see the band, the gaps and the lows, open April 2017', async (t) => {
    await page.goto(`${base}#/relations`);
    await pickActor('a', 'United Sta', 'USA');
    await pickActor('b', 'Russia', 'RUS');

    // The view leads with the verdict: above the controls and the chart, with the numbers behind it.
    const verdict = page.locator('#verdict');
    await verdict.waitFor({ timeout: 10_000 });
    // The same window as the view's (its address holds from and to).
    const view = new URLSearchParams(page.url().split('?')[1]);
    const api = await (await fetch(`${base}api/relations?a=USA&b=RUS&interval=month&from=${view.get('from')}&to=${view.get('to')}`)).json() as {
      verdict: { text: string }; historyMedian: number; periods: Array<{ period: string; thin: boolean; both: { balance: number } }>;
    };
    const sentence = await verdict.innerText();
    assert.equal(sentence, api.verdict.text);
    assert.match(sentence, /^USA–RUS, \w+ \d{4}: cooperation–conflict balance [−+]?\d\.\d\d \(90 % interval .* events.*\) — /);
    const y = async (sel: string) => (await page.locator(sel).first().boundingBox())!.y;
    await page.locator('circle.dot[data-period="2017-04"]').waitFor({ timeout: 10_000 });
    assert.ok(await y('#verdict') < await y('form.controls') && await y('form.controls') < await y('.relations-chart'), 'the verdict comes first');
    t.diagnostic(`verdict: ${sentence}`);

    // One point per month with events; thin months (fewer than 5 events) are hollow and get a whisker, not the band.
    const points = await page.locator('circle.dot').evaluateAll((els) => els.map((el) => ({
      period: el.getAttribute('data-period')!, score: Number(el.getAttribute('data-score')), cy: Number(el.getAttribute('cy')),
      thin: el.getAttribute('data-thin') === 'true', hollow: el.classList.contains('thin'),
    })));
    assert.deepEqual(points.map((p) => p.period), api.periods.map((p) => p.period));
    assert.ok(points.every((p) => p.thin === p.hollow), 'thin months are drawn hollow');
    assert.deepEqual(points.filter((p) => p.thin).map((p) => p.period), api.periods.filter((p) => p.thin).map((p) => p.period));
    assert.ok(await page.locator('.interval-band polygon.band').count() >= 1, 'the 90 % interval is a band');
    assert.equal(await page.locator('.interval-band line.whisker').count(), points.filter((p) => p.thin).length);

    // Every month is drawn on the side of the median line its balance is on, and the demo's lows — March 2014,
    // April 2017, February 2022 — are at or below the pair's median, in the data and on screen.
    const medianY = Number(await page.locator('.median-line').getAttribute('y1'));
    const balanceOf = new Map(api.periods.map((p) => [p.period, p.both.balance]));
    for (const p of points) {
      const balance = balanceOf.get(p.period)!;
      if (balance < api.historyMedian - 1e-9) assert.ok(p.cy > medianY, `${p.period} (${balance}) is drawn below the median line`);
      if (balance > api.historyMedian + 1e-9) assert.ok(p.cy < medianY, `${p.period} (${balance}) is drawn above the median line`);
    }
    for (const low of ['2014-03', '2017-04', '2022-02']) {
      const p = points.find((x) => x.period === low)!;
      assert.ok(balanceOf.get(low)! <= api.historyMedian + 1e-9, `${low}: balance ${balanceOf.get(low)} at or below the median ${api.historyMedian}`);
      assert.ok(p.cy >= medianY - 0.5, `${low} is drawn at or below the median line`);
    }

    // The line breaks across months without events: no run of the line spans an empty stretch.
    const runs = await page.locator('.score-line path.run').evaluateAll((els) => els.map((el) => {
      const b = (el as SVGGraphicsElement).getBBox();
      return { from: el.getAttribute('data-from')!, to: el.getAttribute('data-to')!, n: Number(el.getAttribute('data-periods')), x0: b.x, x1: b.x + b.width };
    }));
    const gaps = await page.locator('rect.empty-gap').evaluateAll((els) => els.map((el) => ({
      x0: Number(el.getAttribute('x')), x1: Number(el.getAttribute('x')) + Number(el.getAttribute('width')),
    })));
    assert.ok(runs.length >= 2 && gaps.length >= 2, `several runs (${runs.length}) and empty stretches (${gaps.length})`);
    for (const r of runs) {
      for (const g of gaps) assert.ok(!(r.x0 < g.x0 && r.x1 > g.x1), `the run ${r.from}…${r.to} crosses an empty stretch`);
      // A run joins consecutive months only: as many points as months from its first to its last.
      const months = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7));
      assert.equal(r.n, months(r.to) - months(r.from) + 1, `${r.from}…${r.to} is unbroken`);
    }

    // The score axis fits the data (the balance runs −1 … +1) with a handful of round ticks, not ±50 and 21 labels.
    const ticks = (await page.locator('.score-tick').allTextContents()).map((x) => Number(x.replace('−', '-')));
    assert.ok(ticks.length >= 3 && ticks.length <= 8, `ticks ${ticks}`);
    assert.ok(Math.min(...ticks) >= -1 && Math.max(...ticks) <= 1, `ticks within the data's range: ${ticks}`);
    const timeX = await page.locator('.time-tick').evaluateAll((els) => els.map((el) => Number(el.getAttribute('x'))));
    assert.ok(timeX.every((x, i) => i === 0 || x - timeX[i - 1]! >= 40), 'time labels do not crowd');

    // The lowest and highest ranked months are labelled.
    const ranked = api.periods.filter((p) => !p.thin);
    const lowest = ranked.reduce((a, b) => (b.both.balance < a.both.balance ? b : a));
    const highest = ranked.reduce((a, b) => (b.both.balance > a.both.balance ? b : a));
    assert.equal(await page.locator('.extreme-label.lowest').getAttribute('data-period'), lowest.period);
    assert.equal(await page.locator('.extreme-label.highest').getAttribute('data-period'), highest.period);
    assert.match(await page.locator('.extreme-label.lowest').textContent() ?? '', /^lowest \w{3} \d{4} [−+]?\d\.\d\d$/);

    // Bars of quad-class counts sit beneath the line.
    assert.ok(await page.locator('.relations-chart .bars rect').count() >= points.length);

    // Hover: the figures of the period.
    const hit = page.locator('rect.hit[data-period="2017-04"]');
    await hit.hover();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /April 2017[\s\S]*balance[\s\S]*90 % interval[\s\S]*both directions[\s\S]*USA → RUS[\s\S]*RUS → USA[\s\S]*percentile[\s\S]*verbal conflict/);
    await page.screenshot({ path: `${SHOTS}relations-hover.png` });

    // Click: the events of April 2017, with actor, event words and recipient highlighted.
    await hit.click();
    const list = page.locator('#period-events');
    await list.locator('.event-card').first().waitFor({ timeout: 10_000 });
    assert.match(await list.locator('h2').innerText(), /Events in April 2017/);
    const cards = list.locator('.event-card');
    const n = await cards.count();
    assert.ok(n >= 1);
    for (let i = 0; i < n; i++) assert.match(await cards.nth(i).locator('.when').innerText(), /Apr 2017/);
    const complete = list.locator('.event-card:has(mark.hl-actor):has(mark.hl-event):has(mark.hl-recipient)');
    assert.ok(await complete.count() >= 1, 'an evidence sentence with actor, event and recipient highlighted');
    const colours = await complete.first().evaluate((card) => ['actor', 'event', 'recipient'].map((r) =>
      getComputedStyle(card.querySelector(`mark.hl-${r}`)!).backgroundColor));
    assert.equal(new Set(colours).size, 3, `three different highlight colours: ${colours}`);
    assert.ok(await list.locator('.event-card:has(.quad-badge.quad-3), .event-card:has(.quad-badge.quad-4)').count() >= 1, 'conflict events behind the dip');
    assert.match(page.url(), /period=2017-04/);
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('relations');
    await page.locator('.chart-card').screenshot({ path: `${SHOTS}relations-chart.png` });
  });

  test('article: the text with its events highlighted in place', async () => {
    await page.locator('#period-events .article-link').first().click();
    await page.locator('.article-view .fulltext').waitFor();
    assert.match(page.url(), /#\/article\//);
    const marks = page.locator('.article-view .fulltext mark.hl-event');
    assert.ok(await marks.count() >= 1, 'event words are highlighted in the article text');
    // Every highlighted piece is a piece of the article text (highlighting adds no text).
    const text = await page.locator('.article-view .fulltext').innerText();
    for (const m of await marks.allInnerTexts()) assert.ok(text.includes(m));
    await shot('article');
  });

  test('events list: filters, highlighted sentences, codes and a link to the article', async () => {
    await page.goto(`${base}#/events?actor=RUS&category=ACCUSE`);
    const cards = page.locator('.results .event-card');
    await cards.first().waitFor({ timeout: 10_000 });
    assert.match(await page.locator('.results h2').innerText(), /^\d+ events?$/);
    const first = cards.first();
    assert.equal(await first.locator('.quad-badge').innerText(), 'ACCUSE');
    assert.match(await first.locator('.codes').innerText(), /CAMEO 1\d+[\s\S]*PLOVER ACCUSE/);
    assert.match(await first.locator('.when').innerText(), /\d{4}/);
    assert.ok(await first.locator('mark.hl-event').count() >= 1);
    assert.match(String(await first.locator('a.article-link').getAttribute('href')), /^#\/article\//);
    await page.locator('input[name="actor"]').waitFor();
    assert.equal(await page.locator('.typeahead[data-code="RUS"]').count(), 1, 'the filter shows the actor from the address');
    await shot('events');
  });

  test('dyads and map: pairs ranked by balance among pairs with enough events; countries shaded', async () => {
    await page.goto(`${base}#/overview`);
    await page.locator('.dyad-table.conflict tbody tr').first().waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('.dyad-table.cooperation tbody tr').count() >= 1);
    // Rows in order of balance (lowest first for conflict, highest first for cooperation), each with ≥ 10 events.
    const rows = async (kind: string) => page.locator(`.dyad-table.${kind} tbody tr`).evaluateAll((els) =>
      els.map((el) => ({ pair: el.getAttribute('data-pair')!, balance: Number(el.getAttribute('data-balance')), events: Number(el.getAttribute('data-events')) })));
    const conflict = await rows('conflict'), cooperation = await rows('cooperation');
    assert.ok(conflict.every((r, i) => r.events >= 10 && r.balance < 0 && (i === 0 || r.balance >= conflict[i - 1]!.balance)), JSON.stringify(conflict));
    assert.ok(cooperation.every((r, i) => r.events >= 10 && r.balance > 0 && (i === 0 || r.balance <= cooperation[i - 1]!.balance)), JSON.stringify(cooperation));
    assert.match(await page.locator('.dyad-table.conflict .caption').innerText(), /Ranked by the cooperation–conflict balance.*at least 10 events/);
    assert.match(await page.locator('.dyad-table.conflict').innerText(), /Israel ↔ Palestine|Russia ↔ Ukraine/);
    await page.locator('#world-map svg').waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('#world-map path.country').count() > 150, 'the world is drawn from world-atlas');
    assert.ok(await page.locator('#world-map path.country.active').count() >= 5, 'countries with events are shaded');
    // Events that name a place ("in Kyiv") are drawn where they happened.
    assert.ok(await page.locator('#world-map circle.location').count() >= 3, 'located events are drawn as places');
    await shot('dyads-map');
  });

  test('code this text: paste a paragraph and see its events', async () => {
    await page.goto(`${base}#/code`);
    await page.locator('#code-text').fill('The Kremlin condemned Washington on Tuesday. India accused Pakistan of violating the ceasefire along the border.');
    await page.locator('#code-date').fill('2019-06-01');
    await page.locator('button[type="submit"]').click();
    const cards = page.locator('.code-output .event-card');
    // (The server's coder thread loads its dictionaries and parser on the first post: several seconds on a busy
    // machine, so a longer wait than the pages'.)
    await cards.first().waitFor({ timeout: 45_000 });
    assert.ok(await cards.count() >= 2, 'both accusations are coded');
    assert.match(await page.locator('.code-output h2').innerText(), /^\d+ events?$/);
    assert.ok(await page.locator('.code-output .fulltext mark.hl-actor').count() >= 2);
    assert.ok(await page.locator('.code-output .fulltext mark.hl-recipient').count() >= 2);
    assert.match(await cards.first().innerText(), /ACCUSE/);
    await shot('code');
  });

  test('on a 390-pixel phone screen: the verdict, the chart and the dyads fit the width', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    phone.on('pageerror', (e) => problems.push(`phone page error: ${e.message}`));
    try {
      await phone.goto(`${base}#/relations?a=USA&b=RUS`);
      await phone.locator('#verdict').waitFor({ timeout: 10_000 });
      await phone.locator('.relations-chart circle.dot').first().waitFor({ timeout: 10_000 });
      const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(await overflow() <= 390, `nothing wider than the screen (page is ${await overflow()} px wide)`);
      const chart = (await phone.locator('.relations-chart').boundingBox())!;
      assert.ok(chart.x >= 0 && chart.x + chart.width <= 390, `the chart fits: ${chart.x} + ${chart.width}`);
      const verdictBox = (await phone.locator('#verdict').boundingBox())!;
      assert.ok(verdictBox.width <= 390 && verdictBox.y < chart.y, 'the verdict fits and comes before the chart');
      assert.ok(await phone.locator('.interval-band polygon.band').count() >= 1);
      const labels = await phone.locator('.time-tick').count();
      assert.ok(labels >= 2 && labels <= 8, `a few time labels on a phone, got ${labels}`);
      await phone.screenshot({ path: `${SHOTS}relations-phone.png`, fullPage: true });
      await phone.goto(`${base}#/overview`);
      await phone.locator('.dyad-table.conflict tbody tr').first().waitFor({ timeout: 10_000 });
      assert.ok(await overflow() <= 390, `the dyads view fits too (${await overflow()} px)`);
      await phone.screenshot({ path: `${SHOTS}dyads-phone.png`, fullPage: true });
    } finally {
      await phone.close();
    }
  });

  test('nothing failed to load or run, and nothing came from another origin', async () => {
    assert.deepEqual(problems, []);
  });
});
