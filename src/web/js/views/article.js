// Article view: the full text with every coded event highlighted where it was read, then the events one by one.
import { get } from '../api.js';
import { fmtDate, h, mount } from '../dom.js';
import { eventCard } from '../event-card.js';
import { highlightedText, legend } from '../highlight.js';

export async function renderArticle(main, _params, id) {
  mount(main, h('p', { class: 'muted' }, 'Loading…'));
  let res;
  try {
    res = await get(`articles/${encodeURIComponent(id)}`);
  } catch (err) {
    mount(main, h('div', { class: 'notice error' }, err.message), h('p', {}, h('a', { href: '#/events' }, '← Events')));
    return;
  }
  const { article, events } = res;
  const notFound = events.filter((e) => e.sentenceStart === null);
  mount(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/events', on: { click: (ev) => { if (history.length > 1) { ev.preventDefault(); history.back(); } } } }, '← Back')),
    h('article', { class: 'card article-view' },
      h('header', {},
        h('h1', {}, article.title || article.id),
        h('p', { class: 'article-meta' },
          fmtDate(article.date),
          article.source ? ` · ${article.source}` : '',
          ` · ${article.id}`,
          article.url && /^https?:\/\//.test(article.url) ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : ''),
        article.duplicateOf
          ? h('div', { class: 'notice' }, 'A near-duplicate of ', h('a', { href: `#/article/${encodeURIComponent(article.duplicateOf)}` }, article.duplicateOf),
            article.similarity ? ` (similarity ${Math.round(article.similarity * 100)} %)` : '', ': its events are kept as evidence but counted once, there.')
          : null),
      h('div', { class: 'section-head' }, h('span', { class: 'muted' }, `${events.length} coded event${events.length === 1 ? '' : 's'}`), legend()),
      highlightedText(article.text, events)),
    events.length ? h('section', { class: 'article-events' }, h('h2', {}, 'Events in this article'),
      h('div', { class: 'event-list' }, events.map((e) => eventCard(e, { link: false })))) : null,
    notFound.length ? h('p', { class: 'muted' }, `${notFound.length} event sentence(s) could not be located in the stored text and are shown only in the list.`) : null);
}
