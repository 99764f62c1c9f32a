// The page's single floating tooltip (positioned through CSSOM, which the Content-Security-Policy allows).
import { mount } from './dom.js';

const el = () => document.getElementById('tooltip');

function place(ev) {
  const tip = el();
  let cx;
  let cy;
  if (ev && typeof ev.clientX === 'number' && (ev.clientX || ev.clientY)) { cx = ev.clientX; cy = ev.clientY; } else {
    const r = ev?.target?.getBoundingClientRect?.();
    cx = r ? r.left + r.width / 2 : 0;
    cy = r ? r.top + 40 : 0;
  }
  const { width, height } = tip.getBoundingClientRect();
  const left = cx + 16 + width > window.innerWidth - 8 ? cx - 16 - width : cx + 16;
  const top = Math.min(Math.max(8, cy - height / 2), window.innerHeight - height - 8);
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${top}px`;
}

export const tooltip = {
  show(content, ev) {
    const tip = el();
    mount(tip, content);
    tip.hidden = false;
    place(ev);
  },
  move(ev) {
    if (!el().hidden) place(ev);
  },
  hide() {
    el().hidden = true;
  },
};
