// Highlighting coded events in text: actor words, event words and recipient words in different colours, from the
// character offsets the coder records. Spans may overlap (several events in one sentence; an event span runs from
// its first to its last trigger word, so "accused Washington of" contains the recipient), so the text is cut at
// every span boundary and each piece gets the roles that cover it: actor and recipient words show as such, the
// rest of the event span as event words.
import { fmtScore, h, QUAD_NAMES } from './dom.js';

const ROLE_ORDER = ['actor', 'recipient', 'event'];

/** Marks of one event, offset by where its sentence starts in the text being shown. */
export function eventMarks(e, base = 0) {
  const marks = [];
  for (const a of e.actor) marks.push({ start: base + a.start, end: base + a.end, role: 'actor' });
  for (const r of e.recipient) marks.push({ start: base + r.start, end: base + r.end, role: 'recipient' });
  marks.push({ start: base + e.eventSpan[0], end: base + e.eventSpan[1], role: 'event' });
  return marks;
}

/** A one-line description of an event, for titles and screen readers. */
export function eventSummary(e) {
  const side = (list) => list.map((a) => a.code ?? a.text).join(' + ') || '?';
  return `${side(e.actor)} → ${side(e.recipient)}: ${e.event} (CAMEO ${e.cameo}, ${QUAD_NAMES[e.quadClass - 1]}, Goldstein ${fmtScore(e.goldstein)})`;
}

/**
 * Renders `text` with highlighted spans. `marks`: { start, end, role: 'sentence'|'actor'|'event'|'recipient', title? }.
 * Returns DOM nodes (text nodes and <mark>/<span> elements).
 */
export function highlight(text, marks) {
  const cuts = new Set([0, text.length]);
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const roles = new Set(covering.map((m) => m.role));
    const wordRole = ROLE_ORDER.find((r) => roles.has(r));
    const title = covering.map((m) => m.title).filter(Boolean);
    // Words of an event show their role's colour; the rest of an evidence sentence gets the sentence tint.
    const classes = wordRole ? `hl hl-${wordRole}` : 'evidence';
    nodes.push(h(wordRole ? 'mark' : 'span', { class: classes, title: title.length ? [...new Set(title)].join('\n') : null, dataset: wordRole ? { role: wordRole } : {} }, piece));
  }
  return nodes;
}

/** A sentence with one event's spans highlighted. */
export function highlightedSentence(e) {
  return h('p', { class: 'sentence' }, highlight(e.text, eventMarks(e)));
}

/** The whole text with every event highlighted in place (events need `sentenceStart`). */
export function highlightedText(text, events) {
  const marks = [];
  for (const e of events) {
    if (e.sentenceStart === null || e.sentenceStart === undefined) continue;
    const title = eventSummary(e);
    marks.push({ start: e.sentenceStart, end: e.sentenceStart + e.text.length, role: 'sentence', title });
    for (const m of eventMarks(e, e.sentenceStart)) marks.push({ ...m, title });
  }
  return h('div', { class: 'fulltext' }, highlight(text, marks));
}

export function legend() {
  return h('div', { class: 'legend', 'aria-label': 'Highlight colours' },
    h('mark', { class: 'hl hl-actor' }, 'actor'), ' ',
    h('mark', { class: 'hl hl-event' }, 'event words'), ' ',
    h('mark', { class: 'hl hl-recipient' }, 'recipient'));
}
