// The relations chart: the conflict–cooperation score (net Goldstein: the sum of the events' scores, both directions) per
// period as a line, and the events of each period by quad class as stacked bars beneath it, on one time axis.
// Hover shows a period's figures; click selects it.
import { fmtInt, fmtScore, h, s, QUAD_NAMES } from './dom.js';
import { addDays, periodEnd, periodLabel, toTime } from './periods.js';

const M = { left: 46, right: 14, top: 14 };
const SCORE_H = 230;
const GAP = 16;
const BARS_H = 88;
const AXIS_H = 26;
export const CHART_HEIGHT = M.top + SCORE_H + GAP + BARS_H + AXIS_H;

/** A symmetric score domain ±D with D a round number just above the largest |score| (at least 2). */
function scoreDomain(scores) {
  const max = Math.max(0, ...scores.map(Math.abs));
  return [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].find((d) => d >= max) ?? Math.ceil(max);
}

function timeTicks(t0, t1) {
  const years = (t1 - t0) / (365.25 * 86_400_000);
  const ticks = [];
  const first = new Date(t0);
  if (years > 2.5) {
    const step = years > 16 ? 2 : 1;
    for (let y = first.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y += step) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const step = years > 1.2 ? 3 : 1;
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; Date.UTC(y, m, 1) <= t1; m += step) {
      const d = new Date(Date.UTC(y, m, 1));
      ticks.push({ t: d.getTime(), label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) });
    }
  }
  return ticks;
}

/**
 * Draws the chart into `container`. `data`: the /api/relations response; `range`: { from, to } of the view;
 * `onSelect(period)` on click; `selected`: period name to mark. Returns the SVG element.
 */
export function relationsChart(container, data, { range, selected, onSelect, tooltip }) {
  const W = Math.max(320, container.clientWidth || 900);
  const periods = data.periods;
  const interval = data.interval;
  const starts = periods.map((p) => toTime(p.start));
  const ends = periods.map((p) => toTime(addDays(periodEnd(p.start, interval), 1)));
  const t0 = Math.min(range.from ? toTime(range.from) : Infinity, ...starts);
  const t1 = Math.max(range.to ? toTime(addDays(range.to, 1)) : -Infinity, ...ends);
  const x = (t) => M.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - M.left - M.right);
  const D = scoreDomain(periods.map((p) => p.both.goldsteinTotal ?? 0));
  const yScore = (v) => M.top + ((D - v) / (2 * D)) * SCORE_H;
  const barsTop = M.top + SCORE_H + GAP;
  const maxEvents = Math.max(1, ...periods.map((p) => p.both.events));
  // The tallest bar stops short of the panel's top, where its label is.
  const yBar = (n) => (n / maxEvents) * (BARS_H - 18);

  const svg = s('svg', { class: 'relations-chart', viewBox: `0 0 ${W} ${CHART_HEIGHT}`, width: W, height: CHART_HEIGHT, role: 'img',
    'aria-label': `Conflict–cooperation score of ${data.a.name} and ${data.b.name} per ${interval}, with events by quad class beneath` });

  // Score panel: zones, grid, zero line, axis labels.
  const grid = s('g', { class: 'grid' });
  grid.append(s('rect', { class: 'zone-coop', x: M.left, y: M.top, width: W - M.left - M.right, height: SCORE_H / 2 }));
  grid.append(s('rect', { class: 'zone-conflict', x: M.left, y: M.top + SCORE_H / 2, width: W - M.left - M.right, height: SCORE_H / 2 }));
  const step = D <= 3 ? 1 : D <= 6 ? 2 : D <= 8 ? 4 : 5;
  for (let v = -D; v <= D; v += step) {
    grid.append(s('line', { class: v === 0 ? 'zero' : 'gridline', x1: M.left, x2: W - M.right, y1: yScore(v), y2: yScore(v) }));
    grid.append(s('text', { class: 'tick-label', x: M.left - 8, y: yScore(v) + 4, 'text-anchor': 'end' }, v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'));
  }
  grid.append(s('text', { class: 'zone-label', x: M.left + 8, y: M.top + 16 }, 'more cooperative ↑'));
  grid.append(s('text', { class: 'zone-label', x: M.left + 8, y: M.top + SCORE_H - 8 }, 'more conflictual ↓'));
  grid.append(s('text', { class: 'panel-label', x: M.left + 8, y: barsTop + 12 }, 'events by quad class'));
  svg.append(grid);

  // Time axis with ticks through both panels.
  const axis = s('g', { class: 'axis' });
  for (const tk of timeTicks(t0, t1)) {
    axis.append(s('line', { class: 'tick', x1: x(tk.t), x2: x(tk.t), y1: M.top, y2: barsTop + BARS_H + 4 }));
    axis.append(s('text', { class: 'tick-label', x: x(tk.t), y: barsTop + BARS_H + 18, 'text-anchor': 'middle' }, tk.label));
  }
  axis.append(s('line', { class: 'baseline', x1: M.left, x2: W - M.right, y1: barsTop + BARS_H, y2: barsTop + BARS_H }));
  svg.append(axis);

  // Quad-class bars.
  const bars = s('g', { class: 'bars' });
  periods.forEach((p, i) => {
    const bx = x(starts[i]);
    const bw = Math.max(1, x(ends[i]) - bx - (x(ends[i]) - bx > 4 ? 1 : 0));
    let y0 = barsTop + BARS_H;
    p.both.quad.forEach((n, q) => {
      if (!n) return;
      const hgt = yBar(n);
      y0 -= hgt;
      bars.append(s('rect', { class: `quad-${q + 1}`, x: bx, y: y0, width: bw, height: hgt }));
    });
  });
  svg.append(bars);

  // The score line: solid between consecutive periods, dashed across periods without events.
  const line = s('g', { class: 'score-line' });
  for (let i = 1; i < periods.length; i++) {
    const [p0, p1] = [periods[i - 1], periods[i]];
    if (p0.both.events === 0 || p1.both.events === 0) continue;
    const adjacent = ends[i - 1] === starts[i];
    line.append(s('line', {
      class: adjacent ? 'seg' : 'seg gap',
      x1: (x(starts[i - 1]) + x(ends[i - 1])) / 2, y1: yScore(p0.both.goldsteinTotal),
      x2: (x(starts[i]) + x(ends[i])) / 2, y2: yScore(p1.both.goldsteinTotal),
    }));
  }
  svg.append(line);

  const dots = s('g', { class: 'dots' });
  const hits = s('g', { class: 'hits' });
  const band = s('rect', { class: 'hover-band', x: 0, y: M.top, width: 0, height: SCORE_H + GAP + BARS_H, visibility: 'hidden' });
  const selectedBand = s('rect', { class: 'selected-band', x: 0, y: M.top, width: 0, height: SCORE_H + GAP + BARS_H, visibility: 'hidden' });
  svg.insertBefore(selectedBand, bars);
  svg.insertBefore(band, bars);

  const markSelected = (i) => {
    if (i < 0) { selectedBand.setAttribute('visibility', 'hidden'); return; }
    const bx = x(starts[i]);
    selectedBand.setAttribute('x', bx);
    selectedBand.setAttribute('width', Math.max(3, x(ends[i]) - bx));
    selectedBand.setAttribute('visibility', 'visible');
  };

  periods.forEach((p, i) => {
    const cx = (x(starts[i]) + x(ends[i])) / 2;
    const score = p.both.goldsteinTotal;
    if (p.both.events > 0) {
      dots.append(s('circle', {
        class: score < 0 ? 'dot neg' : score > 0 ? 'dot pos' : 'dot', cx, cy: yScore(score), r: 3.5,
        dataset: { period: p.period, score: score.toFixed(3) },
      }));
    }
    // A hit area as wide as the period (at least 8 px so that short periods can be pointed at).
    const bx = x(starts[i]);
    const bw = Math.max(8, x(ends[i]) - bx);
    const hit = s('rect', {
      class: 'hit', x: cx - bw / 2, y: M.top, width: bw, height: SCORE_H + GAP + BARS_H, tabindex: 0, role: 'button',
      'aria-label': `${periodLabel(p, interval)}: score ${fmtScore(score)}, ${p.both.events} events`,
      dataset: { period: p.period, start: p.start },
    });
    const showTip = (ev) => {
      band.setAttribute('x', bx);
      band.setAttribute('width', Math.max(3, x(ends[i]) - bx));
      band.setAttribute('visibility', 'visible');
      tooltip.show(tooltipContent(p, data, interval), ev);
    };
    hit.addEventListener('mouseenter', showTip);
    hit.addEventListener('mousemove', (ev) => tooltip.move(ev));
    hit.addEventListener('mouseleave', () => { band.setAttribute('visibility', 'hidden'); tooltip.hide(); });
    hit.addEventListener('focus', (ev) => showTip(ev));
    hit.addEventListener('blur', () => { band.setAttribute('visibility', 'hidden'); tooltip.hide(); });
    const choose = () => { markSelected(i); onSelect(p); };
    hit.addEventListener('click', choose);
    hit.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
    hits.append(hit);
  });
  svg.append(dots, hits);
  markSelected(periods.findIndex((p) => p.period === selected));
  container.replaceChildren(svg);
  return svg;
}

function tooltipContent(p, data, interval) {
  const row = (label, f) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, fmtScore(f.goldsteinMean)), h('td', { class: 'num' }, fmtInt(f.events)));
  return [
    h('div', { class: 'tip-title' }, periodLabel(p, interval)),
    h('table', { class: 'tip-table' },
      h('thead', {}, h('tr', {}, h('th', {}), h('th', { class: 'num' }, 'mean Goldstein'), h('th', { class: 'num' }, 'events'))),
      h('tbody', {},
        row('both directions', p.both),
        row(`${data.a.code} → ${data.b.code}`, p.aToB),
        row(`${data.b.code} → ${data.a.code}`, p.bToA))),
    h('ul', { class: 'tip-quads' }, p.both.quad.map((n, q) => h('li', {}, h('span', { class: `swatch quad-${q + 1}` }), `${QUAD_NAMES[q]}: ${fmtInt(n)}`))),
    h('div', { class: 'tip-hint' }, 'Click to list the events'),
  ];
}
