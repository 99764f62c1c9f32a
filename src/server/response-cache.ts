// A short-lived cache of serialized GET answers. The dashboard's reads repeat (every visitor of a pair asks for the
// same relations), and computing one costs far more than sending it: on the demo store a relations answer takes
// ~0.3 ms of SQLite and JSON work, and on a store of a million events 25–50 ms (docs/scaling.md).
//
// Stale while revalidate: an answer past its TTL is still served at once while one refresh of it runs (on the
// server's reader thread); the fresh answer replaces it when ready. Without that, the first request after an answer
// expired computed it while every request arriving meanwhile waited. An answer older than `staleLimitMs` is not
// served: the request waits for the refresh, as one for an answer never computed does.
//
// Freshness: writes through this server (POST /api/articles) clear the cache at once (a refresh that began before the
// write is not kept); writes by another process into the same database (`detente ingest` while serving) show on the
// next request that starts a refresh after `ttlMs`, and to every request after `staleLimitMs` at the latest.

import type { EncodedAnswer } from './encoded-answer.js';

/** How a request was answered: from a fresh answer, from a stale one (a refresh is running), or computed for it. */
export type CacheOutcome = 'fresh' | 'stale' | 'computed';

export interface CacheOptions {
  /** How long an answer is served as fresh, in ms; 0 turns the cache off (every request computes its answer). */
  ttlMs: number;
  /** The oldest an answer may be and still be served while its refresh runs (default 10 × ttlMs). */
  staleLimitMs?: number;
  /** Bounds memory: the oldest entries go first past either limit. */
  maxEntries?: number;
  maxBytes?: number;
  /** Told of a refresh that failed while its stale answer was served (the next request past the TTL retries). */
  onRefreshError?: (key: string, error: unknown) => void;
}

interface CachedAnswer {
  /** The JSON answer, encoded once (sending a Buffer skips re-encoding a string on every hit), and gzipped once when asked for. */
  answer: EncodedAnswer;
  /** When the computation of this answer began: the store may have changed since, not before. */
  computedAt: number;
}

export class ResponseCache {
  readonly ttlMs: number;
  readonly staleLimitMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly onRefreshError: (key: string, error: unknown) => void;
  private readonly entries = new Map<string, CachedAnswer>();
  /** The computation running for a key, shared by every request that waits for it: never two at once per key. */
  private readonly refreshing = new Map<string, Promise<EncodedAnswer>>();
  /** Bumped by clear(): a computation begun before a write does not store its answer after it. */
  private generation = 0;
  private bytes = 0;

  constructor(opts: CacheOptions) {
    this.ttlMs = opts.ttlMs;
    this.staleLimitMs = opts.staleLimitMs ?? 10 * opts.ttlMs;
    if (!(this.staleLimitMs >= this.ttlMs)) throw new Error(`the stale limit (${this.staleLimitMs} ms) must be at least the TTL (${this.ttlMs} ms)`);
    this.maxEntries = opts.maxEntries ?? 2000;
    this.maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
    this.onRefreshError = opts.onRefreshError ?? (() => {});
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /**
   * The answer for `key`: cached when fresh; cached and refreshed in the background when stale (within the stale
   * limit); otherwise computed and awaited (an error, e.g. a bad request, goes to the caller and nothing is kept).
   */
  async answer(key: string, compute: () => Promise<EncodedAnswer>, now = Date.now()): Promise<{ answer: EncodedAnswer; outcome: CacheOutcome }> {
    if (!this.enabled) return { answer: await compute(), outcome: 'computed' };
    const hit = this.entries.get(key);
    const age = hit ? now - hit.computedAt : Infinity;
    if (hit && age < this.ttlMs) return { answer: hit.answer, outcome: 'fresh' };
    if (hit && age < this.staleLimitMs) {
      if (!this.refreshing.has(key)) this.compute(key, compute, now).catch((e: unknown) => this.onRefreshError(key, e));
      return { answer: hit.answer, outcome: 'stale' };
    }
    return { answer: await (this.refreshing.get(key) ?? this.compute(key, compute, now)), outcome: 'computed' };
  }

  /** Runs one computation for `key` and keeps its answer, unless the cache was cleared meanwhile. */
  private compute(key: string, compute: () => Promise<EncodedAnswer>, now: number): Promise<EncodedAnswer> {
    const generation = this.generation;
    const running = compute().then((answer) => {
      if (generation === this.generation) this.set(key, answer, now);
      return answer;
    }).finally(() => {
      if (this.refreshing.get(key) === running) this.refreshing.delete(key);
    });
    this.refreshing.set(key, running);
    return running;
  }

  private set(key: string, answer: EncodedAnswer, computedAt: number): void {
    // The gzip form, made later, counts against the bound too: at most the size of the answer again.
    if (2 * answer.body.length > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { answer, computedAt });
    this.bytes += 2 * answer.body.length;
    // Map iteration is insertion order: evict from the oldest.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  /** Forgets every answer and every running computation (after a write through this server). */
  clear(): void {
    this.entries.clear();
    this.refreshing.clear();
    this.generation++;
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Computations running now (for tests and diagnostics). */
  get running(): number {
    return this.refreshing.size;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= 2 * old.answer.body.length;
    this.entries.delete(key);
  }
}
