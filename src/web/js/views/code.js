// "Code this text": paste a paragraph, see the events the coder reads in it (nothing is stored).
import { post } from '../api.js';
import { h, mount } from '../dom.js';
import { eventCard } from '../event-card.js';
import { highlightedText, legend } from '../highlight.js';

const EXAMPLE = 'The Kremlin condemned the American missile strike on a Syrian air base and suspended an agreement on air safety with Washington. '
  + 'Secretary of State Rex Tillerson met Foreign Minister Sergei Lavrov in Moscow on Wednesday.';

const today = () => new Date().toISOString().slice(0, 10);

export function renderCode(main) {
  const text = h('textarea', { id: 'code-text', name: 'text', rows: 7, required: true, maxlength: 20000, spellcheck: 'false',
    placeholder: 'Paste a news paragraph…' });
  const date = h('input', { id: 'code-date', name: 'date', type: 'date', value: today() });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Code this text');
  const output = h('section', { class: 'code-output', 'aria-live': 'polite' });

  async function run(ev) {
    ev.preventDefault();
    const body = { text: text.value, date: date.value || undefined };
    if (!body.text.trim()) { mount(output, h('div', { class: 'notice' }, 'Paste some text first.')); return; }
    button.disabled = true;
    mount(output, h('p', { class: 'muted' }, 'Coding…'));
    try {
      const res = await post('code', body);
      // Offsets refer to the text as the server received it, trimmed.
      const shownText = body.text.trim();
      mount(output,
        h('div', { class: 'section-head' },
          h('h2', {}, `${res.events.length} event${res.events.length === 1 ? '' : 's'}`),
          h('span', { class: 'muted' }, `coded in ${res.millis} ms`), legend()),
        h('div', { class: 'card' }, highlightedText(shownText, res.events)),
        res.events.length
          ? h('div', { class: 'event-list' }, res.events.map((e) => eventCard(e, { link: false })))
          : h('div', { class: 'notice' }, 'The coder found no event in this text: it needs an actor it knows and an event verb (accused, met, imposed sanctions on…).'));
    } catch (err) {
      mount(output, h('div', { class: 'notice error' }, err.message));
    } finally {
      button.disabled = false;
    }
  }

  mount(main,
    h('div', { class: 'view-head' },
      h('h1', {}, 'Code this text'),
      h('p', { class: 'lede' }, 'Paste a paragraph: detente codes it into who-did-what-to-whom events, as it would an article. Nothing is stored.')),
    h('form', { class: 'card code-form', on: { submit: run } },
      h('div', { class: 'field wide' }, h('label', { for: 'code-text' }, 'Text'), text),
      h('div', { class: 'form-row' },
        h('div', { class: 'field' }, h('label', { for: 'code-date', title: 'People are coded by the office they held on this date' }, 'Date of the text'), date),
        h('button', { type: 'button', class: 'secondary', on: { click: () => { text.value = EXAMPLE; date.value = '2017-04-12'; text.focus(); } } }, 'Use an example'),
        button)),
    output);
}
