// The relations chart: the cooperation–conflict balance (both directions) of each period as a line, its 90 % interval
// as a band, the pair's median as a reference line, and the events of each period by quad class as stacked bars
// beneath, on one time axis. The line and band break across periods without events (a gap is not a trend); thin
// periods (too few events to rank) are hollow points with their interval as a whisker, outside the band.
// Hover shows a period's figures; click selects it.
import { fmtInt, fmtScore, h, ordinal, s, QUAD_NAMES } from './dom.js';
import { addDays, periodEnd, periodLabel, shortPeriodLabel, toTime } from './periods.js';

const M = { top: 24, right: 14 };
const SCORE_H = 230;
const GAP = 24;
const BARS_H = 88;
const AXIS_H = 26;
export const CHART_HEIGHT = M.top + SCORE_H + GAP + BARS_H + AXIS_H;
/** Fewest pixels between two time-axis labels, and between score-axis ticks. */
const MIN_LABEL_GAP = 46;
const MIN_TICK_GAP = 34;

/** The score axis: from the data (intervals, median and zero), widened to round ticks that are at least MIN_TICK_GAP apart. */
export function scoreAxis(d3, periods, median) {
  const values = [0];
  if (median !== null && median !== undefined) values.push(median);
  for (const p of periods) values.push(...interval(p));
  let [lo, hi] = d3.extent(values);
  if (hi - lo < 0.2) { lo -= 0.1; hi += 0.1; } // a flat series still gets an axis
  const count = Math.max(2, Math.floor(SCORE_H / MIN_TICK_GAP));
  [lo, hi] = d3.nice(lo, hi, count);
  return { domain: [lo, hi], ticks: d3.ticks(lo, hi, count) };
}

/** Calendar ticks (years, quarters or months) thinned so that labels stay MIN_LABEL_GAP apart at this width. */
function timeTicks(t0, t1, width) {
  const years = (t1 - t0) / (365.25 * 86_400_000);
  const maxLabels = Math.max(2, Math.floor(width / MIN_LABEL_GAP));
  const ticks = [];
  const first = new Date(t0);
  if (years > 2.5) {
    const step = [1, 2, 5, 10, 20].find((k) => years / k <= maxLabels) ?? 50;
    const y0 = Math.ceil((first.getUTCFullYear() + 1) / step) * step;
    for (let y = y0; Date.UTC(y, 0, 1) <= t1; y += step) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const months = years * 12;
    const step = [1, 2, 3, 6, 12].find((k) => months / k <= maxLabels) ?? 12;
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; Date.UTC(y, m, 1) <= t1; m += 1) {
      const d = new Date(Date.UTC(y, m, 1));
      if (d.getUTCMonth() % step) continue;
      ticks.push({ t: d.getTime(), label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) });
    }
  }
  return ticks;
}

/** What the chart plots: the balance, −1 … +1, and its 90 % interval. */
const score = (p) => p.both.balance;
const interval = (p) => p.both.balanceInterval;

const tickText = (v) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

/**
 * Draws the chart into `container`. `data`: the /api/relations response (periods with events); `range`: { from, to }
 * of the view; `onSelect(period)` on click; `selected`: period name to mark; `d3`: d3-array. Returns the SVG element.
 */
export function relationsChart(container, data, { d3, range, selected, onSelect, tooltip }) {
  const W = Math.max(300, container.clientWidth || 900);
  const narrow = W < 520;
  const left = narrow ? 34 : 46;
  const periods = data.periods;
  const every = data.interval;
  const starts = periods.map((p) => toTime(p.start));
  const ends = periods.map((p) => toTime(addDays(periodEnd(p.start, every), 1)));
  const t0 = Math.min(range.from ? toTime(range.from) : Infinity, ...starts);
  const t1 = Math.max(range.to ? toTime(addDays(range.to, 1)) : -Infinity, ...ends);
  const plotW = W - left - M.right;
  const x = (t) => left + ((t - t0) / Math.max(1, t1 - t0)) * plotW;
  const cx = (i) => (x(starts[i]) + x(ends[i])) / 2;
  const axis = scoreAxis(d3, periods, data.historyMedian);
  const [lo, hi] = axis.domain;
  const y = (v) => M.top + ((hi - v) / (hi - lo)) * SCORE_H;
  const barsTop = M.top + SCORE_H + GAP;
  const maxEvents = Math.max(1, ...periods.map((p) => p.both.quad.reduce((a, b) => a + b, 0)));
  // The tallest bar stops short of the panel's top, where its label is.
  const yBar = (n) => (n / maxEvents) * (BARS_H - 18);

  const svg = s('svg', { class: 'relations-chart', viewBox: `0 0 ${W} ${CHART_HEIGHT}`, width: W, height: CHART_HEIGHT, role: 'img',
    'aria-label': `Cooperation–conflict balance of ${data.a.name} and ${data.b.name} per ${data.interval}, with its 90 % interval and events by quad class beneath` });

  // Score panel: cooperative and conflictual zones either side of zero, grid, axis labels.
  const grid = s('g', { class: 'grid' });
  const zero = Math.min(M.top + SCORE_H, Math.max(M.top, y(0)));
  grid.append(s('rect', { class: 'zone-coop', x: left, y: M.top, width: plotW, height: zero - M.top }));
  grid.append(s('rect', { class: 'zone-conflict', x: left, y: zero, width: plotW, height: M.top + SCORE_H - zero }));
  for (const v of axis.ticks) {
    grid.append(s('line', { class: v === 0 ? 'zero' : 'gridline', x1: left, x2: W - M.right, y1: y(v), y2: y(v) }));
    grid.append(s('text', { class: 'tick-label score-tick', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, tickText(v)));
  }
  // Outside the plot, where no point can cover them.
  grid.append(s('text', { class: 'zone-label', x: left, y: M.top - 9 }, '↑ more cooperative'));
  grid.append(s('text', { class: 'zone-label', x: left, y: M.top + SCORE_H + 16 }, '↓ more conflictual'));
  grid.append(s('text', { class: 'panel-label', x: left + 8, y: barsTop + 12 }, 'events by quad class'));
  svg.append(grid);

  // Time axis with ticks through both panels.
  const timeAxis = s('g', { class: 'axis' });
  for (const tk of timeTicks(t0, t1, plotW)) {
    timeAxis.append(s('line', { class: 'tick', x1: x(tk.t), x2: x(tk.t), y1: M.top, y2: barsTop + BARS_H + 4 }));
    timeAxis.append(s('text', { class: 'tick-label time-tick', x: x(tk.t), y: barsTop + BARS_H + 18, 'text-anchor': 'middle' }, tk.label));
  }
  timeAxis.append(s('line', { class: 'baseline', x1: left, x2: W - M.right, y1: barsTop + BARS_H, y2: barsTop + BARS_H }));
  svg.append(timeAxis);

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

  // Runs of consecutive periods with events; the stretches between them have none and are shaded, not bridged.
  const runs = [];
  periods.forEach((p, i) => {
    if (i > 0 && ends[i - 1] === starts[i]) runs.at(-1).push(i);
    else runs.push([i]);
  });
  const gaps = s('g', { class: 'gaps' });
  for (let r = 1; r < runs.length; r++) {
    const before = runs[r - 1].at(-1), after = runs[r][0];
    gaps.append(s('rect', { class: 'empty-gap', x: x(ends[before]), y: M.top, width: Math.max(0, x(starts[after]) - x(ends[before])), height: SCORE_H,
      dataset: { after: periods[before].period, before: periods[after].period } }));
  }
  svg.insertBefore(gaps, grid.nextSibling);

  // The 90 % band over runs of ranked (not thin) periods; thin ones get a whisker instead.
  const band = s('g', { class: 'interval-band' });
  for (const run of runs) {
    let part = [];
    const flush = () => {
      if (part.length) {
        const top = part.map((i) => `${cx(i)},${y(interval(periods[i])[1])}`);
        const bottom = part.slice().reverse().map((i) => `${cx(i)},${y(interval(periods[i])[0])}`);
        // A single period is drawn as a short bar as wide as the period.
        const pts = part.length === 1
          ? [`${x(starts[part[0]])},${y(interval(periods[part[0]])[1])}`, `${x(ends[part[0]])},${y(interval(periods[part[0]])[1])}`,
            `${x(ends[part[0]])},${y(interval(periods[part[0]])[0])}`, `${x(starts[part[0]])},${y(interval(periods[part[0]])[0])}`]
          : [...top, ...bottom];
        band.append(s('polygon', { class: 'band', points: pts.join(' '), dataset: { from: periods[part[0]].period, to: periods[part.at(-1)].period } }));
      }
      part = [];
    };
    for (const i of run) {
      if (periods[i].thin) {
        flush();
        const iv = interval(periods[i]);
        band.append(s('line', { class: 'whisker', x1: cx(i), x2: cx(i), y1: y(iv[0]), y2: y(iv[1]), dataset: { period: periods[i].period } }));
      } else part.push(i);
    }
    flush();
  }
  svg.append(band);

  // The pair's median over its whole history: what "usual" means in the verdict.
  if (data.historyMedian !== null && data.historyMedian !== undefined) {
    const my = y(data.historyMedian);
    svg.append(s('g', { class: 'median' },
      s('line', { class: 'median-line', x1: left, x2: W - M.right, y1: my, y2: my }),
      s('text', { class: 'median-label', x: W - M.right - 4, y: my - 4, 'text-anchor': 'end' }, `pair median ${fmtScore(data.historyMedian, 2)}`)));
  }

  // The line: one path per run, so it never crosses a stretch without events. It is faint where it joins thin
  // periods, whose balance swings on a handful of events, and solid between ranked ones.
  const line = s('g', { class: 'score-line' });
  const path = (idx) => idx.map((i, k) => `${k ? 'L' : 'M'}${cx(i)},${y(score(periods[i]))}`).join('');
  for (const run of runs) {
    if (run.length < 2) continue;
    line.append(s('path', { class: 'run', d: path(run), dataset: { from: periods[run[0]].period, to: periods[run.at(-1)].period, periods: run.length } }));
    let ranked = [];
    for (const i of [...run, -1]) {
      if (i >= 0 && !periods[i].thin) { ranked.push(i); continue; }
      if (ranked.length >= 2) line.append(s('path', { class: 'ranked-run', d: path(ranked) }));
      ranked = [];
    }
  }
  svg.append(line);

  const dots = s('g', { class: 'dots' });
  const hits = s('g', { class: 'hits' });
  const hoverBand = s('rect', { class: 'hover-band', x: 0, y: M.top, width: 0, height: SCORE_H + GAP + BARS_H, visibility: 'hidden' });
  const selectedBand = s('rect', { class: 'selected-band', x: 0, y: M.top, width: 0, height: SCORE_H + GAP + BARS_H, visibility: 'hidden' });
  svg.insertBefore(selectedBand, bars);
  svg.insertBefore(hoverBand, bars);

  const markSelected = (i) => {
    if (i < 0) { selectedBand.setAttribute('visibility', 'hidden'); return; }
    const bx = x(starts[i]);
    selectedBand.setAttribute('x', bx);
    selectedBand.setAttribute('width', Math.max(3, x(ends[i]) - bx));
    selectedBand.setAttribute('visibility', 'visible');
  };

  periods.forEach((p, i) => {
    const v = score(p);
    dots.append(s('circle', {
      class: ['dot', v < 0 && 'neg', v > 0 && 'pos', p.thin && 'thin'], cx: cx(i), cy: y(v), r: p.thin ? 3 : 3.5,
      dataset: { period: p.period, score: v.toFixed(3), thin: p.thin },
    }));
    // A hit area as wide as the period (at least 8 px so that short periods can be pointed at).
    const bx = x(starts[i]);
    const bw = Math.max(8, x(ends[i]) - bx);
    const hit = s('rect', {
      class: 'hit', x: cx(i) - bw / 2, y: M.top, width: bw, height: SCORE_H + GAP + BARS_H, tabindex: 0, role: 'button',
      'aria-label': `${periodLabel(p, data.interval)}: balance ${fmtScore(v, 2)}, ${p.both.events} events${p.thin ? ' (thin)' : ''}`,
      dataset: { period: p.period, start: p.start },
    });
    const showTip = (ev) => {
      hoverBand.setAttribute('x', bx);
      hoverBand.setAttribute('width', Math.max(3, x(ends[i]) - bx));
      hoverBand.setAttribute('visibility', 'visible');
      tooltip.show(tooltipContent(p, data), ev);
    };
    const hideTip = () => { hoverBand.setAttribute('visibility', 'hidden'); tooltip.hide(); };
    hit.addEventListener('mouseenter', showTip);
    hit.addEventListener('mousemove', (ev) => tooltip.move(ev));
    hit.addEventListener('mouseleave', hideTip);
    hit.addEventListener('focus', (ev) => showTip(ev));
    hit.addEventListener('blur', hideTip);
    const choose = () => { markSelected(i); onSelect(p); };
    hit.addEventListener('click', choose);
    hit.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === 'Space' || ev.key === ' ') { ev.preventDefault(); choose(); } });
    hits.append(hit);
  });
  svg.append(dots);

  // Labels on the lowest and highest ranked periods of the window, kept inside the plot.
  const ranked = periods.map((p, i) => i).filter((i) => !periods[i].thin);
  if (ranked.length >= 2) {
    const lowest = ranked.reduce((a, b) => (score(periods[b]) < score(periods[a]) ? b : a));
    const highest = ranked.reduce((a, b) => (score(periods[b]) > score(periods[a]) ? b : a));
    const labels = s('g', { class: 'extremes' });
    for (const [i, kind] of [[lowest, 'lowest'], [highest, 'highest']]) {
      const text = `${kind} ${shortPeriodLabel(periods[i], data.interval)} ${fmtScore(score(periods[i]), 2)}`;
      // Beside the point (right of it, or left when the right edge is near), a little inside the plot.
      const width = text.length * 6.2;
      const right = cx(i) + 8 + width <= W - M.right;
      const ty = Math.min(M.top + SCORE_H - 6, Math.max(M.top + 12, y(score(periods[i])) + (kind === 'lowest' ? -6 : 12)));
      labels.append(s('text', { class: `extreme-label ${kind}`, x: right ? cx(i) + 8 : cx(i) - 8, y: ty, 'text-anchor': right ? 'start' : 'end',
        dataset: { period: periods[i].period } }, text));
      labels.append(s('circle', { class: `extreme-ring ${kind}`, cx: cx(i), cy: y(score(periods[i])), r: 6.5 }));
    }
    svg.append(labels);
  }
  svg.append(hits);
  markSelected(periods.findIndex((p) => p.period === selected));
  container.replaceChildren(svg);
  return svg;
}

const range90 = (iv, digits) => (iv ? `${fmtScore(iv[0], digits)} to ${fmtScore(iv[1], digits)}` : '–');

function tooltipContent(p, data) {
  const row = (label, f) => h('tr', {}, h('th', { scope: 'row' }, label),
    h('td', { class: 'num' }, fmtScore(f.balance, 2)), h('td', { class: 'num' }, range90(f.balanceInterval, 2)),
    h('td', { class: 'num' }, fmtScore(f.goldsteinMean)), h('td', { class: 'num' }, fmtInt(f.events)));
  const unit = data.interval === 'week' ? 'week' : data.interval;
  const standing = p.thin
    ? `Thin: fewer than ${data.thinBelow} events, not ranked`
    : `${ordinal(p.percentile)} percentile of the pair's ${data.historyPeriods} ranked ${unit}s`;
  return [
    h('div', { class: 'tip-title' }, periodLabel(p, data.interval)),
    h('table', { class: 'tip-table' },
      h('thead', {}, h('tr', {}, h('th', {}), h('th', { class: 'num' }, 'balance'), h('th', { class: 'num' }, '90 % interval'),
        h('th', { class: 'num' }, 'Goldstein'), h('th', { class: 'num' }, 'events'))),
      h('tbody', {},
        row('both directions', p.both),
        row(`${data.a.code} → ${data.b.code}`, p.aToB),
        row(`${data.b.code} → ${data.a.code}`, p.bToA))),
    h('div', { class: 'tip-standing' }, standing),
    h('ul', { class: 'tip-quads' }, p.both.quad.map((n, q) => h('li', {}, h('span', { class: `swatch quad-${q + 1}` }), `${QUAD_NAMES[q]}: ${fmtInt(n)}`))),
    h('div', { class: 'tip-hint' }, 'Click to list the events'),
  ];
}
