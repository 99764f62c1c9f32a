// Overview of a period: the most conflictual and the most cooperative pairs of actors, and a world map of where
// events happened (or, without locations, which countries took part).
import { get, storeHealth } from '../api.js';
import { setParams, shared } from '../app.js';
import { fmtInt, fmtScore, h, mount } from '../dom.js';
import { drawWorldMap } from '../map.js';
import { tooltip } from '../tooltip.js';

export async function renderOverview(main, params) {
  const health = await storeHealth();
  const state = {
    from: params.get('from') || health.firstDate || '',
    to: params.get('to') || health.lastDate || '',
    top: Math.min(50, Math.max(1, Number(params.get('top')) || 10)),
  };
  let seq = 0;
  let minEvents = 10; // what the server ranked with (its default until the first answer)
  const tables = h('div', { class: 'dyad-tables' });
  const mapCard = h('section', { class: 'card map-card' });
  const dateInput = (key, label) => h('div', { class: 'field' }, h('label', { for: `ov-${key}` }, label),
    h('input', { id: `ov-${key}`, type: 'date', value: state[key], min: health.firstDate, max: health.lastDate, on: { change: (ev) => { state[key] = ev.target.value; load(); } } }));

  mount(main,
    h('div', { class: 'view-head' },
      h('h1', {}, 'Dyads & map'),
      h('p', { class: 'lede' }, 'Which pairs of actors were most at odds, and which cooperated most, in a period — and where it happened.')),
    h('form', { class: 'card controls', on: { submit: (ev) => ev.preventDefault() } },
      h('div', { class: 'period' }, dateInput('from', 'From'), dateInput('to', 'To'),
        h('div', { class: 'field' }, h('label', { for: 'ov-top' }, 'Pairs shown'),
          h('select', { id: 'ov-top', on: { change: (ev) => { state.top = Number(ev.target.value); load(); } } },
            [5, 10, 20, 50].map((n) => h('option', { value: n, selected: n === state.top }, String(n))))))),
    tables, mapCard);

  function dyadTable(title, caption, rows, kind) {
    return h('section', { class: `card dyad-table ${kind}` },
      h('h2', {}, title),
      h('p', { class: 'caption' }, caption),
      rows.length ? h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Pair'), h('th', { class: 'num' }, 'Events'),
          h('th', { class: 'num', title: '(cooperation − conflict) / events, from −1 to +1' }, 'Balance'),
          h('th', { class: 'num hide-narrow', title: 'mean Goldstein score per event (breaks ties)' }, 'Goldstein'),
          h('th', { class: 'num hide-narrow', title: 'conflict events (quad 3–4) / cooperation events (quad 1–2)' }, 'Conf. / coop.'))),
        h('tbody', {}, rows.map((r) => {
          const href = `#/relations?a=${encodeURIComponent(r.a)}&b=${encodeURIComponent(r.b)}&from=${state.from}&to=${state.to}`;
          const bar = h('span', { class: `score-bar ${r.balance < 0 ? 'neg' : 'pos'}` });
          bar.style.width = `${Math.round(Math.abs(r.balance) * 100)}%`;
          return h('tr', { dataset: { pair: `${r.a}-${r.b}`, balance: r.balance, events: r.events } },
            h('td', {}, h('a', { href }, `${r.aName} ↔ ${r.bName}`), h('span', { class: 'codes' }, `${r.a}–${r.b}`)),
            h('td', { class: 'num' }, fmtInt(r.events)),
            h('td', { class: 'num score-cell' }, h('span', { class: 'score-track' }, bar), fmtScore(r.balance, 2)),
            h('td', { class: 'num hide-narrow' }, fmtScore(r.goldsteinMean)),
            h('td', { class: 'num hide-narrow' }, `${fmtInt(r.conflictEvents)} / ${fmtInt(r.cooperationEvents)}`));
        }))) : h('p', { class: 'muted' }, `No pair with at least ${minEvents} events leans this way in this period.`));
  }

  async function load() {
    Object.assign(shared, { from: state.from, to: state.to });
    setParams('overview', state);
    const mine = ++seq;
    mount(tables, h('p', { class: 'muted' }, 'Loading…'));
    mount(mapCard, h('h2', {}, 'Where events happened'), h('p', { class: 'muted' }, 'Loading the map…'));
    try {
      const [dyads, map] = await Promise.all([
        get('dyads', { from: state.from, to: state.to, top: state.top }),
        get('map', { from: state.from, to: state.to }),
      ]);
      if (mine !== seq) return;
      minEvents = dyads.minEvents;
      const basis = `Ranked by the cooperation–conflict balance, (cooperation − conflict) / events, both directions; `
        + `only the ${fmtInt(dyads.rankedPairs)} of ${fmtInt(dyads.pairs)} pairs with at least ${fmtInt(dyads.minEvents)} events in the period are ranked.`;
      mount(tables,
        dyadTable('Most conflictual pairs', basis, dyads.conflict, 'conflict'),
        dyadTable('Most cooperative pairs', basis, dyads.cooperation, 'cooperation'));
      await renderMap(map);
    } catch (err) {
      if (mine === seq) mount(tables, h('div', { class: 'notice error' }, err.message));
    }
  }

  async function renderMap(map) {
    const box = h('div', { class: 'map-box', id: 'world-map' });
    const note = map.locations.length
      ? h('p', { class: 'muted' }, `${fmtInt(map.locatedEvents)} of ${fmtInt(map.scannedEvents)} events have a location; circles are sized by events and coloured by mean Goldstein score.`)
      : h('div', { class: 'notice', id: 'no-locations' },
        map.scannedEvents
          ? `None of the ${fmtInt(map.scannedEvents)} events in this period has a location, so there are no places to mark. `
            + 'The map shades the countries that took part in events instead, by the mean Goldstein score of those events.'
          : 'There are no events in this period.');
    mount(mapCard,
      h('div', { class: 'card-head' }, h('h2', {}, map.locations.length ? 'Where events happened' : 'Countries taking part in events'),
        h('div', { class: 'chart-legend map-legend' },
          h('span', { class: 'legend-item' }, h('span', { class: 'swatch conflict-strong' }), 'conflictual'),
          h('span', { class: 'legend-item' }, h('span', { class: 'swatch neutral' }), 'neutral'),
          h('span', { class: 'legend-item' }, h('span', { class: 'swatch coop-strong' }), 'cooperative'),
          h('span', { class: 'legend-item' }, h('span', { class: 'swatch none' }), 'no events'))),
      note, map.scannedEvents ? box : null);
    if (!map.scannedEvents) return;
    try {
      await drawWorldMap(box, map, { tooltip, onCountry: (c) => { location.hash = `#/events?actor=${c.code}&from=${state.from}&to=${state.to}`; } });
    } catch (err) {
      mount(box, h('div', { class: 'notice error' }, `The map could not be drawn: ${err.message}`));
    }
  }

  load();
}
