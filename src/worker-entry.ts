// Where a worker thread starts: the compiled .js module next to the caller, or — when detente runs from source
// under tsx (tests, benchmarks) — a small module that registers tsx in the thread first, since on Node 20 a
// worker's entry file does not go through the TypeScript loader of the thread that starts it.
export function workerEntry(callerUrl: string, name: string): URL {
  if (!callerUrl.endsWith('.ts')) return new URL(`./${name}.js`, callerUrl);
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
