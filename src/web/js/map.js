// World map from offline TopoJSON (world-atlas, served by detente) projected with d3-geo in the browser. The map
// libraries load only when a map is first drawn, so they do not weigh on the first page load.
import { fmtInt, fmtScore, h, s } from './dom.js';
import { d3Array, loadScript } from './vendor.js';

let libraries = null;

/** d3-geo (with d3-array, which it needs), topojson-client and the 1:110m countries, loaded once. */
function mapLibraries() {
  libraries ??= (async () => {
    await d3Array();
    await loadScript('/vendor/d3-geo.min.js');
    await loadScript('/vendor/topojson-client.min.js');
    const res = await fetch('/vendor/countries-110m.json');
    if (!res.ok) throw new Error('cannot load the world map data');
    const world = await res.json();
    return { d3: window.d3, topojson: window.topojson, world };
  })();
  libraries.catch(() => { libraries = null; });
  return libraries;
}

/** Diverging colour for a mean Goldstein score: red (−6 and below) – sand (0) – green (+6 and above). The midpoint
 *  is a warm tint, not grey, so that a country with balanced events stands apart from countries without events. */
export function scoreColour(score) {
  const t = Math.max(-1, Math.min(1, score / 6));
  const mix = (a, b, k) => Math.round(a + (b - a) * k);
  const mid = [246, 232, 186];
  const end = t < 0 ? [185, 28, 28] : [21, 128, 61];
  const k = Math.sqrt(Math.abs(t));
  return `rgb(${mix(mid[0], end[0], k)}, ${mix(mid[1], end[1], k)}, ${mix(mid[2], end[2], k)})`;
}

/**
 * Draws countries shaded by the mean Goldstein score of the events they took part in, and circles where events
 * happened (when events have locations). `onCountry(country)` on click.
 */
export async function drawWorldMap(container, data, { tooltip, onCountry }) {
  const { d3, topojson, world } = await mapLibraries();
  const W = Math.max(320, container.clientWidth || 900);
  const H = Math.round(W * 0.5);
  const land = topojson.feature(world, world.objects.countries);
  const borders = topojson.mesh(world, world.objects.countries, (a, b) => a !== b);
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const byNumeric = new Map(data.countries.map((c) => [c.numeric, c]));

  const svg = s('svg', { class: 'world-map', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'World map of event figures by country' });
  svg.append(s('path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
  const countries = s('g', { class: 'countries' });
  for (const f of land.features) {
    const c = byNumeric.get(f.id);
    const el = s('path', { class: c ? 'country active' : 'country', d: path(f), dataset: c ? { code: c.code } : {} });
    if (c) {
      el.style.fill = scoreColour(c.goldsteinMean);
      const tip = [h('div', { class: 'tip-title' }, c.name), h('div', {}, `${fmtInt(c.events)} events · mean Goldstein ${fmtScore(c.goldsteinMean)}`), h('div', { class: 'tip-hint' }, 'Click to list its events')];
      el.addEventListener('mouseenter', (ev) => tooltip.show(tip, ev));
      el.addEventListener('mousemove', (ev) => tooltip.move(ev));
      el.addEventListener('mouseleave', () => tooltip.hide());
      el.addEventListener('click', () => { tooltip.hide(); onCountry(c); });
    }
    countries.append(el);
  }
  svg.append(countries, s('path', { class: 'borders', d: path(borders) }));

  if (data.locations.length) {
    const maxEvents = Math.max(...data.locations.map((l) => l.events));
    const dots = s('g', { class: 'locations' });
    for (const l of data.locations) {
      const p = projection([l.lon, l.lat]);
      if (!p) continue;
      const dot = s('circle', { class: 'location', cx: p[0], cy: p[1], r: 3 + 12 * Math.sqrt(l.events / maxEvents) });
      dot.style.fill = scoreColour(l.goldsteinMean);
      const tip = [h('div', { class: 'tip-title' }, l.name), h('div', {}, `${fmtInt(l.events)} events · mean Goldstein ${fmtScore(l.goldsteinMean)}`)];
      dot.addEventListener('mouseenter', (ev) => tooltip.show(tip, ev));
      dot.addEventListener('mousemove', (ev) => tooltip.move(ev));
      dot.addEventListener('mouseleave', () => tooltip.hide());
      dots.append(dot);
    }
    svg.append(dots);
  }
  container.replaceChildren(svg);
}
