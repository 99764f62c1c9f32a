// Array loops for hot paths, in place of the array builtins that return new arrays (`.map(...)`). V8's optimising
// compiler inlines those builtins, and the arrays they return there have another elements kind (another hidden
// class) than in the interpreter (Node 20: `map` returns a packed array in the interpreter, a holey one once
// optimised), while the feedback only ever records the interpreter's: the next builtin or indexed read on such an
// array fails its map check in the optimised code ("wrong map"), and the function that reads it is deoptimised and
// compiled again, once for each such site, in every coder thread (docs/coder.md, "Twenty-first round"). Arrays built
// by push have the same kind in both.

/** `xs.map(f)`, built by push: the same elements kind whether or not the caller is optimised. */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
