// Writes a generated JSON Lines corpus to stdout: `node --import tsx bench/generate.ts ARTICLES [SEED]`.
// The benchmark pipes it into `detente ingest -` to measure memory on an input that never exists as a file.
import { syntheticJsonl } from './synthetic.js';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
let chunk = '';
for (let i = 0; i < count; i++) {
  chunk += syntheticJsonl(i, seed);
  if (chunk.length >= 1 << 16) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    chunk = '';
  }
}
process.stdout.write(chunk);
