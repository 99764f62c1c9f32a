// Actor typeahead: type part of a name or code, pick a country, organisation or person from /api/actors.
// Follows the ARIA combobox pattern (arrow keys, Enter, Escape).
import { get } from './api.js';
import { h, mount } from './dom.js';

let uid = 0;

/**
 * `onChange(actor | null)` fires when an actor is picked or the field is cleared. `initial`: a code to show.
 * Returns { el, value(), set(code) }.
 */
export function actorPicker({ label, name, initial, onChange, placeholder = 'Country, organisation or person' }) {
  const id = `actor-${name}-${++uid}`;
  const listId = `${id}-list`;
  let selected = null;
  let options = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const input = h('input', {
    id, name, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder,
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'typeahead-list', role: 'listbox', hidden: true });
  const codeTag = h('span', { class: 'code-tag', 'aria-hidden': 'true' });
  const el = h('div', { class: 'field typeahead' }, h('label', { for: id }, label), h('div', { class: 'typeahead-box' }, input, codeTag), list);

  function show(actor) {
    selected = actor;
    input.value = actor ? actor.name : '';
    codeTag.textContent = actor ? actor.code : '';
    el.dataset.code = actor ? actor.code : '';
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function pick(actor) {
    show(actor);
    close();
    onChange?.(actor);
  }

  function render() {
    mount(list, options.length
      ? options.map((a, i) => h('li', {
        id: `${id}-opt-${i}`, role: 'option', class: i === active ? 'active' : null, 'aria-selected': i === active ? 'true' : 'false',
        dataset: { code: a.code },
        on: { mousedown: (ev) => { ev.preventDefault(); pick(a); } },
      }, h('span', { class: 'opt-name' }, a.name), h('span', { class: 'opt-code' }, a.code), h('span', { class: 'opt-detail' }, `${a.kind} · ${a.detail}`)))
      : h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No actor matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
  }

  async function lookup() {
    const q = input.value.trim();
    if (!q) { options = []; close(); return; }
    const mine = ++seq;
    try {
      const res = await get('actors', { q, limit: 8 });
      if (mine !== seq) return; // a later keystroke's answer wins
      options = res.actors;
      active = options.length ? 0 : -1;
      render();
    } catch {
      options = [];
      close();
    }
  }

  input.addEventListener('input', () => {
    codeTag.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) { lookup(); return; }
      ev.preventDefault();
      if (!options.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      render();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && options[active]) { ev.preventDefault(); pick(options[active]); }
    } else if (ev.key === 'Escape') {
      close();
      show(selected);
    }
  });
  input.addEventListener('blur', () => {
    close();
    if (!input.value.trim()) { if (selected) pick(null); } else show(selected);
  });
  input.addEventListener('focus', () => input.select());

  /** Shows the actor for a code (looked up for its name). */
  async function set(code) {
    if (!code) { show(null); return; }
    show({ code, name: code });
    try {
      const res = await get('actors', { q: code, limit: 1 });
      const hit = res.actors[0];
      if (hit && hit.code === code && selected?.code === code) show(hit);
    } catch { /* keep the code as its own label */ }
  }
  if (initial) set(initial);

  return { el, value: () => selected?.code ?? null, set };
}
