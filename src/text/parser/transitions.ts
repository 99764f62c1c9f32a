// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root at the end of the
// buffer (Ballesteros and Nivre 2013), and its dynamic oracle (Goldberg and Nivre 2013).
//   SHIFT  moves the buffer's front b0 onto the stack;
//   LEFT   attaches the stack's top s0 to b0 and pops it;
//   RIGHT  attaches s0 to the item below it, s1, and pops it.
// A token is popped only when it gets its head, by then with all its dependents: the label classifier sees the
// whole subtree of the dependent. The root may take only the last item left on the stack, so every parse is a
// tree with one root.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

/** A parser configuration for a sentence of `n` words; word `n` is the root. Reused across sentences. */
export class Configuration {
  n = 0;
  /** Stack of word indices; `top` items. */
  stack: Int32Array;
  top = 0;
  /** Front of the buffer: the buffer is words b..n-1, then the root n. */
  b = 0;
  head: Int32Array;
  label: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost dependents (-1: none), and their counts. */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nLeft: Int32Array;
  nRight: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity);
    this.head = new Int32Array(capacity);
    this.label = new Int32Array(capacity);
    this.lc1 = new Int32Array(capacity + 1);
    this.lc2 = new Int32Array(capacity + 1);
    this.rc1 = new Int32Array(capacity + 1);
    this.rc2 = new Int32Array(capacity + 1);
    this.nLeft = new Int32Array(capacity + 1);
    this.nRight = new Int32Array(capacity + 1);
  }

  reset(n: number): void {
    if (n + 1 > this.stack.length) {
      const c = Math.max(n + 1, this.stack.length * 2);
      this.stack = new Int32Array(c);
      this.head = new Int32Array(c);
      this.label = new Int32Array(c);
      this.lc1 = new Int32Array(c + 1);
      this.lc2 = new Int32Array(c + 1);
      this.rc1 = new Int32Array(c + 1);
      this.rc2 = new Int32Array(c + 1);
      this.nLeft = new Int32Array(c + 1);
      this.nRight = new Int32Array(c + 1);
    }
    this.n = n;
    this.top = 0;
    this.b = 0;
    this.head.fill(-1, 0, n);
    this.label.fill(-1, 0, n);
    this.lc1.fill(-1, 0, n + 1);
    this.lc2.fill(-1, 0, n + 1);
    this.rc1.fill(-1, 0, n + 1);
    this.rc2.fill(-1, 0, n + 1);
    this.nLeft.fill(0, 0, n + 1);
    this.nRight.fill(0, 0, n + 1);
  }

  /** Makes this configuration a copy of `o` (a beam's successor starts as a copy of its parent). */
  copyFrom(o: Configuration): void {
    const n = o.n;
    if (this.stack.length < n + 1) this.reset(n);
    this.n = n;
    this.top = o.top;
    this.b = o.b;
    this.stack.set(o.stack.subarray(0, o.top));
    this.head.set(o.head.subarray(0, n));
    this.label.set(o.label.subarray(0, n));
    this.lc1.set(o.lc1.subarray(0, n + 1));
    this.lc2.set(o.lc2.subarray(0, n + 1));
    this.rc1.set(o.rc1.subarray(0, n + 1));
    this.rc2.set(o.rc2.subarray(0, n + 1));
    this.nLeft.set(o.nLeft.subarray(0, n + 1));
    this.nRight.set(o.nRight.subarray(0, n + 1));
  }

  get terminal(): boolean {
    return this.b === this.n && this.top === 0;
  }

  /** Stack item i from the top (0 = s0), or -1. */
  s(i: number): number {
    return this.top > i ? this.stack[this.top - 1 - i]! : -1;
  }

  /** Buffer item i from the front (0 = b0; the root is n), or -1. */
  q(i: number): number {
    const k = this.b + i;
    return k <= this.n ? k : -1;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.top >= 1 && (this.b < this.n || this.top === 1);
    return this.top >= 2;
  }

  /** Applies transition `t`; for an arc, `label` is the dependency label. */
  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.top++] = this.b++;
      return;
    }
    const d = this.stack[--this.top]!;
    const h = t === LEFT ? this.b : this.stack[this.top - 1]!;
    this.head[d] = h;
    this.label[d] = label;
    if (d < h) {
      // LEFT arcs reach further left each time: the newest left dependent is the leftmost.
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nLeft[h]++;
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nRight[h]++;
    }
  }

  /** Gold arcs that transition `t` makes unreachable (Goldberg and Nivre 2013); `gold[i]` is i's gold head. */
  cost(t: number, gold: Int32Array): number {
    const n = this.n;
    const b = this.b;
    const top = this.top;
    const st = this.stack;
    let c = 0;
    if (t === SHIFT) {
      // b0 can no longer take a head or dependents from the stack (except s0 as its head, via RIGHT later).
      for (let i = 0; i < top; i++) {
        const k = st[i]!;
        if (gold[k] === b) c++;
        if (gold[b] === k && i < top - 1) c++;
      }
      return c;
    }
    const s0 = st[top - 1]!;
    const g = gold[s0]!;
    if (t === LEFT) {
      if (g !== b && ((top >= 2 && g === st[top - 2]) || g > b)) c++;
    } else {
      if (g !== st[top - 2] && g >= b) c++;
    }
    // s0 is popped: its dependents still in the buffer are lost.
    for (let k = b; k < n; k++) if (gold[k] === s0) c++;
    return c;
  }
}
