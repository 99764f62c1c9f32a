// Events view: the filters of `detente events`, a page of events with their sentences highlighted, pagination.
import { get, storeHealth } from '../api.js';
import { setParams, shared } from '../app.js';
import { fmtInt, h, mount, QUAD_NAMES } from '../dom.js';
import { eventCard } from '../event-card.js';
import { legend } from '../highlight.js';
import { actorPicker } from '../typeahead.js';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const FILTERS = ['actor', 'recipient', 'category', 'cameo', 'quadClass', 'from', 'to', 'text'];
const PAGE = 25;

export async function renderEvents(main, params) {
  const health = await storeHealth();
  const state = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  state.offset = Math.max(0, Number(params.get('offset')) || 0);
  let seq = 0;

  const results = h('section', { class: 'results', 'aria-live': 'polite' });
  const actor = actorPicker({ label: 'Actor', name: 'actor', initial: state.actor, onChange: (x) => update({ actor: x?.code ?? '' }) });
  const recipient = actorPicker({ label: 'Recipient', name: 'recipient', initial: state.recipient, onChange: (x) => update({ recipient: x?.code ?? '' }) });
  const field = (key, label, control) => h('div', { class: 'field' }, h('label', { for: `ev-${key}` }, label), control);
  const select = (key, options) => h('select', { id: `ev-${key}`, name: key, on: { change: (ev) => update({ [key]: ev.target.value }) } },
    h('option', { value: '' }, 'any'), options.map(([v, label]) => h('option', { value: v, selected: String(v) === state[key] }, label)));
  const input = (key, attrs) => h('input', { id: `ev-${key}`, name: key, value: state[key], ...attrs, on: { change: (ev) => update({ [key]: ev.target.value.trim() }) } });

  mount(main,
    h('div', { class: 'view-head' },
      h('h1', {}, 'Events'),
      h('p', { class: 'lede' }, 'Every coded event with the sentence it was read from. Filter, then click through to the article.')),
    h('form', { class: 'card controls filters', on: { submit: (ev) => ev.preventDefault() } },
      actor.el, recipient.el,
      field('category', 'PLOVER category', select('category', PLOVER.map((c) => [c, c]))),
      field('quadClass', 'Quad class', select('quadClass', QUAD_NAMES.map((n, i) => [i + 1, n]))),
      field('cameo', 'CAMEO prefix', input('cameo', { type: 'text', inputmode: 'numeric', pattern: '\\d{2,4}', placeholder: 'e.g. 19', size: 6 })),
      field('from', 'From', input('from', { type: 'date', min: health.firstDate, max: health.lastDate })),
      field('to', 'To', input('to', { type: 'date', min: health.firstDate, max: health.lastDate })),
      field('text', 'Words in the sentence', input('text', { type: 'search', placeholder: 'e.g. sanctions' }))),
    results);

  function update(change) {
    Object.assign(state, change, change.offset === undefined ? { offset: 0 } : {});
    load();
  }

  async function load() {
    Object.assign(shared, { from: state.from, to: state.to });
    setParams('events', { ...state, offset: state.offset || '' });
    const mine = ++seq;
    mount(results, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const q = Object.fromEntries(FILTERS.map((k) => [k, state[k]]));
      const res = await get('events', { ...q, limit: PAGE, offset: state.offset });
      if (mine !== seq) return;
      // Past 10,000 matches the server stops counting (totalExact false): the pages go on while events come back.
      const last = res.totalExact ? Math.min(res.total, res.offset + res.events.length) : res.offset + res.events.length;
      const totalText = res.totalExact ? fmtInt(res.total) : `more than ${fmtInt(res.total)}`;
      const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
        h('button', { type: 'button', class: 'secondary', disabled: res.offset === 0, on: { click: () => update({ offset: Math.max(0, res.offset - PAGE) }) } }, '← Previous'),
        h('span', { class: 'muted' }, res.total ? `${fmtInt(res.offset + 1)}–${fmtInt(last)} of ${totalText}` : ''),
        h('button', { type: 'button', class: 'secondary', disabled: res.totalExact ? last >= res.total : res.events.length < PAGE, on: { click: () => update({ offset: res.offset + PAGE }) } }, 'Next →'));
      mount(results,
        h('div', { class: 'section-head' }, h('h2', {}, `${totalText} event${res.total === 1 ? '' : 's'}`), legend()),
        res.events.length ? h('div', { class: 'event-list' }, res.events.map((e) => eventCard(e))) : h('div', { class: 'notice' }, 'No event matches these filters.'),
        res.total > PAGE ? pager : null);
    } catch (err) {
      if (mine === seq) mount(results, h('div', { class: 'notice error' }, err.message));
    }
  }

  load();
}
