// Do two worker threads get two cores here? `node bench/cores.mjs 1` and `node bench/cores.mjs 2` run the same pure
// arithmetic loop on 1 or 2 threads at once and print the wall time: about equal when the cores are real and free.
// (docs/scaling.md, "Why two threads are not twice as fast".)
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const loop = () => {
  let x = 0;
  for (let i = 0; i < 1.5e9; i++) x = (x * 31 + i) | 0;
  return x;
};

if (isMainThread) {
  const n = Number(process.argv[2] ?? 1);
  const t = performance.now();
  let done = 0;
  for (let k = 0; k < n; k++) {
    new Worker(new URL(import.meta.url), { workerData: k }).on('message', () => {
      if (++done === n) console.log(`${n} thread(s): ${Math.round(performance.now() - t)} ms`);
    });
  }
} else parentPort.postMessage([workerData, loop()]);
