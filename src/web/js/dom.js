// DOM building without innerHTML: article text and event sentences come from outside, so every string goes in
// as a text node and nothing can inject markup.

/**
 * Creates an HTML element. `attrs`: `class`, `dataset` (object), `on` (event → handler), booleans, and any attribute.
 * Children: nodes, strings (text) or arrays of them; null/false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Creates an SVG element (same arguments as h). */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = String(dv);
    else if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const numberFormat = new Intl.NumberFormat('en-GB');
export const fmtInt = (n) => numberFormat.format(n);
/** A signed score with a real minus sign, one decimal by default: "−5.2", "+1.0"; "+0.45" with two. */
export function fmtScore(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  const k = 10 ** digits;
  const r = Math.round(x * k) / k;
  return (r > 0 ? '+' : r < 0 ? '−' : '') + Math.abs(r).toFixed(digits);
}

/** 1 → "1st", 2 → "2nd", 13 → "13th", 42.4 → "42nd". */
export function ordinal(n) {
  const r = Math.round(n);
  const suffix = r % 100 >= 11 && r % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][r % 10] ?? 'th';
  return `${r}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2017-04-07" → "7 Apr 2017". */
export function fmtDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}
export { MONTHS };

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
