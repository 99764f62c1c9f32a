// Third-party browser libraries served by detente (/vendor/…), loaded on first use as classic scripts (they define
// window.d3 and window.topojson), each once.

const loaded = new Map();

export function loadScript(src) {
  if (!loaded.has(src)) {
    const p = new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(el);
    });
    p.catch(() => loaded.delete(src));
    loaded.set(src, p);
  }
  return loaded.get(src);
}

/** d3-array (ticks, extent): window.d3 once loaded. */
export async function d3Array() {
  await loadScript('/vendor/d3-array.min.js');
  return window.d3;
}
