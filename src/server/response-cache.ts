// A short-lived cache of serialized GET answers. The dashboard's reads repeat (every visitor of a pair asks for the
// same relations), and computing one costs far more than sending it: on the demo store a relations answer takes
// ~0.3 ms of SQLite and JSON work, which caps an uncached server near 1,500 answers a second on one core.
//
// Freshness: writes through this server (POST /api/articles) clear the cache at once; writes by another process
// into the same database (`detente ingest` while serving) show after at most `ttlMs`.

import type { EncodedAnswer } from './encoded-answer.js';

export interface CachedAnswer {
  /** The JSON answer, encoded once (sending a Buffer skips re-encoding a string on every hit), and gzipped once when asked for. */
  answer: EncodedAnswer;
  expires: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(
    readonly ttlMs: number,
    /** Bounds memory: the oldest entries go first past either limit. */
    private readonly maxEntries = 2000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string, now = Date.now()): EncodedAnswer | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= now) {
      this.delete(key);
      return undefined;
    }
    return hit.answer;
  }

  set(key: string, answer: EncodedAnswer, now = Date.now()): void {
    // The gzip form, made later, counts against the bound too: at most the size of the answer again.
    if (!this.enabled || 2 * answer.body.length > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { answer, expires: now + this.ttlMs });
    this.bytes += 2 * answer.body.length;
    // Map iteration is insertion order: evict from the oldest.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= 2 * old.answer.body.length;
    this.entries.delete(key);
  }
}
