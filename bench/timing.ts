// Latency of a query: run once untimed (statement preparation, cold pages), then `times` times; the rows it
// returned and the p50, p99 and max in ms, as a table row.
const fmt = (n: number) => n.toLocaleString('en-US');

export async function timeQuery(label: string, run: () => unknown, times = 30): Promise<string[]> {
  await run();
  const ms: number[] = [];
  let size = 0;
  for (let k = 0; k < times; k++) {
    const t0 = performance.now();
    const out = await run();
    ms.push(performance.now() - t0);
    size = Array.isArray(out) ? out.length : typeof out === 'number' ? out : size;
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return [label, fmt(size), p(0.5).toFixed(1), p(0.99).toFixed(1), ms.at(-1)!.toFixed(1)];
}
