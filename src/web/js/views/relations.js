// Relations view: two actors, a period and an interval → the verdict on the latest period, then the chart of the
// cooperation–conflict balance with its 90 % band; a click on a period lists the events behind it with their evidence
// sentences highlighted.
import { get, storeHealth } from '../api.js';
import { setParams, shared } from '../app.js';
import { relationsChart } from '../chart.js';
import { fmtInt, fmtScore, h, mount, QUAD_NAMES } from '../dom.js';
import { d3Array } from '../vendor.js';
import { eventCard } from '../event-card.js';
import { legend } from '../highlight.js';
import { periodEnd, periodLabel } from '../periods.js';
import { tooltip } from '../tooltip.js';
import { actorPicker } from '../typeahead.js';

const PAGE = 50;

export async function renderRelations(main, params) {
  const [health, d3] = await Promise.all([storeHealth(), d3Array()]);
  const state = {
    a: params.get('a') || '',
    b: params.get('b') || '',
    from: params.get('from') || health.firstDate || '',
    to: params.get('to') || health.lastDate || '',
    interval: ['day', 'week', 'month'].includes(params.get('interval')) ? params.get('interval') : 'month',
    weighted: params.get('weighted') === 'true',
    period: params.get('period') || '',
  };
  let data = null;
  let loadSeq = 0;

  const save = () => {
    Object.assign(shared, { a: state.a, b: state.b, from: state.from, to: state.to });
    setParams('relations', state);
  };

  const pickA = actorPicker({ label: 'First actor', name: 'a', initial: state.a, onChange: (x) => { state.a = x?.code ?? ''; state.period = ''; load(); } });
  const pickB = actorPicker({ label: 'Second actor', name: 'b', initial: state.b, onChange: (x) => { state.b = x?.code ?? ''; state.period = ''; load(); } });
  const swap = h('button', { type: 'button', class: 'icon-button swap', title: 'Swap the actors', 'aria-label': 'Swap the actors',
    on: { click: () => { [state.a, state.b] = [state.b, state.a]; pickA.set(state.a); pickB.set(state.b); load(); } } }, '⇄');
  const dateInput = (key, label) => h('div', { class: 'field' }, h('label', { for: `rel-${key}` }, label),
    h('input', { id: `rel-${key}`, name: key, type: 'date', value: state[key], min: health.firstDate, max: health.lastDate,
      on: { change: (ev) => { state[key] = ev.target.value; state.period = ''; load(); } } }));
  const intervalSelect = h('select', { id: 'rel-interval', name: 'interval', on: { change: (ev) => { state.interval = ev.target.value; state.period = ''; load(); } } },
    ['month', 'week', 'day'].map((v) => h('option', { value: v, selected: v === state.interval }, `per ${v}`)));
  const weighted = h('input', { id: 'rel-weighted', type: 'checkbox', checked: state.weighted, on: { change: (ev) => { state.weighted = ev.target.checked; load(); } } });

  const verdictBox = h('div', { class: 'verdict-box', 'aria-live': 'polite' });
  const summary = h('div', { class: 'summary' });
  const chartBox = h('div', { class: 'chart-box', id: 'relations-chart' });
  const chartCard = h('section', { class: 'card chart-card', hidden: true },
    h('div', { class: 'card-head' },
      h('h2', { id: 'chart-title' }, 'Cooperation–conflict balance'),
      h('div', { class: 'chart-legend' },
        h('span', { class: 'legend-line' }, 'balance, both directions'),
        h('span', { class: 'legend-band' }, '90 % interval'),
        h('span', { class: 'legend-median' }, 'pair median'),
        h('span', { class: 'legend-thin' }, 'thin (not ranked)'),
        h('span', { class: 'legend-gap' }, 'no events'),
        QUAD_NAMES.map((n, q) => h('span', { class: 'legend-item' }, h('span', { class: `swatch quad-${q + 1}` }), n)))),
    chartBox,
    h('p', { class: 'hint', id: 'chart-hint' }, 'Hover a period for its figures; click it to read the events behind it.'));
  const periodBox = h('section', { class: 'period-events', id: 'period-events', 'aria-live': 'polite' });
  const suggestions = h('div', { class: 'suggestions' });

  mount(main,
    h('div', { class: 'view-head' },
      h('h1', {}, 'Relations'),
      h('p', { class: 'lede' }, 'How relations between two actors moved over time — and the sentences behind every point.')),
    verdictBox,
    h('form', { class: 'card controls', on: { submit: (ev) => ev.preventDefault() } },
      h('div', { class: 'pair' }, pickA.el, swap, pickB.el),
      h('div', { class: 'period' }, dateInput('from', 'From'), dateInput('to', 'To'),
        h('div', { class: 'field' }, h('label', { for: 'rel-interval' }, 'Interval'), intervalSelect),
        h('div', { class: 'field checkbox' }, weighted, h('label', { for: 'rel-weighted', title: 'Count each event as often as it was reported' }, 'weight by reports')))),
    suggestions, summary, chartCard, periodBox);

  async function showSuggestions() {
    if (state.a && state.b) { mount(suggestions); return; }
    try {
      const d = await get('dyads', { top: 6 });
      const pairs = [...d.conflict, ...d.cooperation].filter((p, i, all) => all.findIndex((q) => q.a === p.a && q.b === p.b) === i).slice(0, 8);
      if (!pairs.length) return;
      mount(suggestions, h('span', { class: 'muted' }, 'Try: '), pairs.map((p) => h('button', {
        type: 'button', class: 'chip',
        on: { click: () => { state.a = p.a; state.b = p.b; pickA.set(p.a); pickB.set(p.b); load(); } },
      }, `${p.aName} ↔ ${p.bName}`)));
    } catch { /* suggestions are optional */ }
  }

  async function load() {
    save();
    mount(periodBox);
    if (!state.a || !state.b) {
      chartCard.hidden = true;
      mount(verdictBox);
      mount(summary, h('p', { class: 'muted' }, 'Pick two actors to see how their relations moved.'));
      showSuggestions();
      return;
    }
    mount(suggestions);
    if (state.a === state.b) { chartCard.hidden = true; mount(verdictBox); mount(summary, h('div', { class: 'notice' }, 'Pick two different actors.')); return; }
    const mine = ++loadSeq;
    mount(summary, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const res = await get('relations', { a: state.a, b: state.b, from: state.from, to: state.to, interval: state.interval, weighted: state.weighted || undefined });
      if (mine !== loadSeq) return;
      data = res;
      renderData();
    } catch (err) {
      if (mine !== loadSeq) return;
      chartCard.hidden = true;
      mount(verdictBox);
      mount(summary, h('div', { class: 'notice error' }, err.message));
    }
  }

  function renderData() {
    const periods = data.periods;
    if (!periods.length) {
      chartCard.hidden = true;
      mount(verdictBox);
      mount(summary, h('div', { class: 'notice' }, `No events between ${data.a.name} and ${data.b.name} in this period.`));
      return;
    }
    const v = data.verdict;
    mount(verdictBox, v ? h('p', { class: `verdict standing-${v.standing}`, id: 'verdict', dataset: { standing: v.standing } }, v.text) : null);
    const total = periods.reduce((n, p) => n + p.both.events, 0);
    const ranked = periods.filter((p) => !p.thin);
    const thin = periods.length - ranked.length;
    const balance = (p) => p.both.balance;
    const lowest = ranked.length ? ranked.reduce((lo, p) => (balance(p) < balance(lo) ? p : lo)) : null;
    const highest = ranked.length ? ranked.reduce((hi, p) => (balance(p) > balance(hi) ? p : hi)) : null;
    const jump = (p) => h('button', { type: 'button', class: 'link', on: { click: () => selectPeriod(p) } }, periodLabel(p, data.interval));
    const unit = data.interval === 'week' ? 'weeks' : `${data.interval}s`;
    mount(summary, h('dl', { class: 'stats' },
      h('div', {}, h('dt', {}, 'Events'), h('dd', {}, fmtInt(total))),
      h('div', {}, h('dt', {}, `Ranked ${unit}`), h('dd', {}, fmtInt(ranked.length), thin ? h('span', { class: 'muted small' }, ` + ${fmtInt(thin)} thin`) : null)),
      data.historyMedian !== null ? h('div', {}, h('dt', {}, 'Pair median'), h('dd', {}, fmtScore(data.historyMedian, 2))) : null,
      lowest ? h('div', {}, h('dt', {}, 'Lowest'), h('dd', {}, jump(lowest), ` ${fmtScore(balance(lowest), 2)}`)) : null,
      highest ? h('div', {}, h('dt', {}, 'Highest'), h('dd', {}, jump(highest), ` ${fmtScore(balance(highest), 2)}`)) : null));
    document.getElementById('chart-title').textContent = `Cooperation–conflict balance: ${data.a.name} ↔ ${data.b.name}, per ${data.interval}`;
    document.getElementById('chart-hint').textContent = `Balance = (cooperation − conflict) / (cooperation + conflict) ${data.weighted ? 'reports' : 'events'}, `
      + `from −1 (all conflict) to +1 (all cooperation); periods are ranked by it. A ${data.interval} with fewer than ${data.thinBelow} events is thin `
      + 'and not ranked. Hover a period for its figures; click it to read the events behind it.';
    chartCard.hidden = false;
    drawChart();
    const chosen = periods.find((p) => p.period === state.period);
    if (chosen) listPeriod(chosen);
  }

  function drawChart() {
    if (!data) return;
    relationsChart(chartBox, data, { d3, range: { from: state.from, to: state.to }, selected: state.period, tooltip, onSelect: selectPeriod });
  }

  function selectPeriod(p) {
    state.period = p.period;
    save();
    drawChart();
    listPeriod(p);
  }

  async function listPeriod(p, shown = []) {
    const from = p.start;
    const to = periodEnd(p.start, data.interval);
    const title = `Events in ${periodLabel(p, data.interval)}`;
    if (!shown.length) mount(periodBox, h('h2', {}, title), h('p', { class: 'muted' }, 'Loading…'));
    try {
      const res = await get('pair-events', { a: data.a.code, b: data.b.code, from, to, limit: PAGE, offset: shown.length });
      const all = [...shown, ...res.events];
      const more = res.total > all.length
        ? h('button', { type: 'button', class: 'secondary', on: { click: () => listPeriod(p, all) } }, `Show more (${fmtInt(res.total - all.length)} left)`)
        : null;
      mount(periodBox,
        h('div', { class: 'section-head' },
          h('h2', {}, title),
          h('span', { class: 'muted' }, `${fmtInt(res.total)} event${res.total === 1 ? '' : 's'} between ${data.a.name} and ${data.b.name} · balance ${fmtScore(p.both.balance, 2)}, mean Goldstein ${fmtScore(p.both.goldsteinMean)}${p.thin ? ' (thin)' : ''}`),
          legend()),
        h('div', { class: 'event-list' }, all.map((e) => eventCard(e))),
        more);
      if (!shown.length) {
        const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        periodBox.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
      }
    } catch (err) {
      mount(periodBox, h('h2', {}, title), h('div', { class: 'notice error' }, err.message));
    }
  }

  let resizeTimer = 0;
  const onResize = () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(drawChart, 150); };
  window.addEventListener('resize', onResize);
  load();
  return () => window.removeEventListener('resize', onResize);
}
