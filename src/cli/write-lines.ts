// Writes many lines to a stream, waiting when it is full, so millions of rows never pile up in memory.
import type { Writable } from 'node:stream';

export async function writeLines<T>(out: Writable, items: Iterable<T>, line: (item: T) => string): Promise<number> {
  let n = 0;
  let chunk = '';
  for (const item of items) {
    chunk += line(item);
    n++;
    if (chunk.length >= 65536) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  if (chunk) out.write(chunk);
  return n;
}
