// The dashboard's entry point: a hash router over the views, and the store summary in the top bar.
// Routes: #/relations?a=USA&b=RUS&from=…&to=…&interval=month&period=2017-04, #/events?…, #/article/<id>,
// #/overview?from=…&to=…, #/code.
import { storeHealth } from './api.js';
import { fmtDate, fmtInt, h, mount } from './dom.js';
import { tooltip } from './tooltip.js';
import { renderArticle } from './views/article.js';
import { renderCode } from './views/code.js';
import { renderEvents } from './views/events.js';
import { renderOverview } from './views/overview.js';
import { renderRelations } from './views/relations.js';

const VIEWS = { relations: renderRelations, events: renderEvents, article: renderArticle, overview: renderOverview, code: renderCode };

/** What the views share through links: the period, and the pair last looked at. */
export const shared = { from: '', to: '', a: '', b: '' };

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs = ''] = raw.split('?');
  const [view, ...rest] = path.split('/');
  return { view: VIEWS[view] ? view : 'relations', arg: rest.map(decodeURIComponent).join('/'), params: new URLSearchParams(qs) };
}

/** Updates the address bar for the current view without re-rendering it (so links and reloads keep the state). */
export function setParams(view, params, arg = '') {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const qs = q.toString();
  history.replaceState(null, '', `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`);
  updateNav(view);
}

function updateNav(current) {
  const period = { from: shared.from, to: shared.to };
  const hrefs = {
    relations: { a: shared.a, b: shared.b, ...period },
    events: period,
    overview: period,
    code: {},
  };
  for (const a of document.querySelectorAll('.tabs a')) {
    const view = a.dataset.view;
    const q = new URLSearchParams(Object.entries(hrefs[view]).filter(([, v]) => v));
    a.setAttribute('href', `#/${view}${q.toString() ? `?${q}` : ''}`);
    if (view === current || (current === 'article' && view === 'events')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

let cleanup = null;
async function route() {
  const { view, arg, params } = parseHash();
  for (const k of ['from', 'to']) if (params.get(k)) shared[k] = params.get(k);
  if (view === 'relations') for (const k of ['a', 'b']) if (params.get(k)) shared[k] = params.get(k);
  tooltip.hide();
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  updateNav(view);
  const main = document.getElementById('view');
  main.dataset.view = view;
  try {
    cleanup = await VIEWS[view](main, params, arg);
  } catch (err) {
    mount(main, h('div', { class: 'notice error' }, `This view could not be shown: ${err.message}`));
  }
}

async function showStoreInfo() {
  const box = document.getElementById('store-info');
  try {
    const st = await storeHealth();
    mount(box,
      h('span', {}, h('strong', {}, fmtInt(st.articles)), ' articles'),
      h('span', {}, h('strong', {}, fmtInt(st.events)), ' events'),
      st.firstDate ? h('span', { class: 'range' }, `${fmtDate(st.firstDate)} – ${fmtDate(st.lastDate)}`) : null,
      st.readOnly ? h('span', { class: 'badge', title: 'No DETENTE_TOKEN configured: ingest is disabled' }, 'read-only') : null);
  } catch (err) {
    mount(box, h('span', { class: 'error-text' }, err.message));
  }
}

window.addEventListener('hashchange', route);
showStoreInfo();
route();
