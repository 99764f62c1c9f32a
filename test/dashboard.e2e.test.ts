// The dashboard in a real headless Chromium (Debian's chromium driven by playwright-core), on a store built from
// the demo corpus: pick USA and RUS, find the April 2017 dip, open its evidence; the events list; an article; the
// dyads and the map; coding pasted text. A screenshot of each view goes to test-output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildServer } from '../src/server/index.js';
import { DEMO_CORPUS, readJsonl, storeWith, type TestStore } from './support/server-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../test-output/', import.meta.url));
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
    fx = storeWith(readJsonl(DEMO_CORPUS));
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

  test('relations: pick USA and RUS, see the April 2017 dip, open its evidence', async (t) => {
    await page.goto(`${base}#/relations`);
    await pickActor('a', 'United Sta', 'USA');
    await pickActor('b', 'Russia', 'RUS');

    const dip = page.locator('circle.dot[data-period="2017-04"]');
    await dip.waitFor({ timeout: 10_000 });
    const points = await page.locator('circle.dot').evaluateAll((els) => els.map((el) => ({
      period: el.getAttribute('data-period')!, score: Number(el.getAttribute('data-score')), cy: Number(el.getAttribute('cy')),
    })));
    assert.ok(points.length >= 12, `a point per month with events, got ${points.length}`);
    // A dip: the line goes down into April 2017 and up after it (points are in time order, one per month with events).
    const i = points.findIndex((p) => p.period === '2017-04');
    const [prev, april, next] = [points[i - 1]!, points[i]!, points[i + 1]!];
    assert.ok(april.score < prev.score && april.score < next.score,
      `April 2017 (${april.score}) is below the months around it: ${prev.period} (${prev.score}) and ${next.period} (${next.score})`);
    assert.ok(april.cy > prev.cy && april.cy > next.cy, 'and is drawn lower than they are');
    assert.ok(april.score < 0, `April 2017 is on the conflict side of the chart (${april.score})`);
    const scores = points.map((p) => p.score).sort((x, y) => x - y);
    t.diagnostic(`USA–RUS monthly scores: April 2017 ${april.score}, median month ${scores[Math.floor(scores.length / 2)]}`);
    // Bars of quad-class counts sit beneath the line.
    assert.ok(await page.locator('.relations-chart .bars rect').count() >= points.length);

    // Hover: the figures of the period.
    const hit = page.locator('rect.hit[data-period="2017-04"]');
    await hit.hover();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /April 2017[\s\S]*both directions[\s\S]*USA → RUS[\s\S]*RUS → USA[\s\S]*verbal conflict/);
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

  test('dyads and map: the period\'s most conflictual and cooperative pairs; countries shaded', async () => {
    await page.goto(`${base}#/overview`);
    await page.locator('.dyad-table.conflict tbody tr').first().waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('.dyad-table.cooperation tbody tr').count() >= 1);
    assert.match(await page.locator('.dyad-table.conflict').innerText(), /Russia ↔ Ukraine|Russia ↔ United States/);
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
    await cards.first().waitFor({ timeout: 10_000 });
    assert.ok(await cards.count() >= 2, 'both accusations are coded');
    assert.match(await page.locator('.code-output h2').innerText(), /^\d+ events?$/);
    assert.ok(await page.locator('.code-output .fulltext mark.hl-actor').count() >= 2);
    assert.ok(await page.locator('.code-output .fulltext mark.hl-recipient').count() >= 2);
    assert.match(await cards.first().innerText(), /ACCUSE/);
    await shot('code');
  });

  test('nothing failed to load or run, and nothing came from another origin', async () => {
    assert.deepEqual(problems, []);
  });
});
