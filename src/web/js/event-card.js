// One event as a card: the highlighted sentence, then who did what to whom, date, source and codes.
import { fmtDate, fmtScore, h, QUAD_NAMES } from './dom.js';
import { highlightedSentence } from './highlight.js';

const sideLabel = (list) => list.length ? list.map((a) => `${a.name}${a.code && a.code !== a.name ? ` (${a.code})` : ''}`).join(' + ') : 'unknown';

/** `opts.link`: show the link to the article (off in the article view itself). */
export function eventCard(e, opts = { link: true }) {
  const quad = e.quadClass;
  return h('article', { class: 'event-card', dataset: { eventId: e.id, quad } },
    highlightedSentence(e),
    h('div', { class: 'event-meta' },
      h('span', { class: `quad-badge quad-${quad}`, title: QUAD_NAMES[quad - 1] }, e.event || `CAMEO ${e.cameo}`),
      h('span', { class: 'who' }, sideLabel(e.actor), h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '), sideLabel(e.recipient)),
      h('span', { class: 'codes' },
        h('span', { title: 'CAMEO code' }, `CAMEO ${e.cameo}`),
        h('span', { title: 'PLOVER category and mode' }, `PLOVER ${e.event}${e.mode ? `/${e.mode}` : ''}`),
        h('span', { title: 'Goldstein scale, −10 (most conflictual) to +10 (most cooperative)' }, `Goldstein ${fmtScore(e.goldstein)}`)),
      h('span', { class: 'when' },
        fmtDate(e.date),
        e.articleSource ? ` · ${e.articleSource}` : '',
        e.mentions > 1 ? h('span', { class: 'mentions', title: `${e.mentions} reports from ${e.sources} sources` }, ` · ${e.mentions} reports`) : ''),
      opts.link !== false && e.docId ? h('a', { class: 'article-link', href: `#/article/${encodeURIComponent(e.docId)}` }, 'Read the article →') : null));
}
