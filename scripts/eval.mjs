// `npm run eval`: the coder's figures on the three development sets, in one table beside the peer's (TABARI) and the
// project's bars. The sets and their scorers live outside the repository, in ../shared/eval beside the checkout;
// DETENTE_EVAL_DIR (or `npm run eval -- DIR`) points elsewhere. Each set is coded as a user codes it
// (`detente code`, and `detente code --unresolved` where a figure is defined on all events), then scored by the
// set's own scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(ROOT, process.argv[2] ?? process.env.DETENTE_EVAL_DIR ?? '../shared/eval');
const NEEDED = ['plover-gsr-dev.json', 'news-dev.jsonl', 'articles-dev.jsonl', 'articles-dev-gold.json', 'articles-dev-events.jsonl',
  'score-events.mjs', 'score-news.mjs', 'score-articles.mjs', 'score-against-expert.mjs'];

const missing = NEEDED.filter((f) => !existsSync(join(dir, f)));
if (missing.length) {
  const where = existsSync(dir) ? `${dir} has no ${missing.join(', ')}` : `${dir} does not exist`;
  process.stderr.write(`npm run eval: the development sets are not here: ${where}.\n`
    + `They are not part of the repository (../shared/eval beside the checkout holds them with their scorers).\n`
    + `Point to that directory with DETENTE_EVAL_DIR=DIR npm run eval, or npm run eval -- DIR;\n`
    + `or score a labelled file of your own with: node bin/detente.js eval FILE\n`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'detente-eval-'));
const run = (args, what) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    process.stderr.write(`npm run eval: ${what} failed (exit ${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
};
/** Codes a set as `detente code [--unresolved]` does and returns the events file. */
const code = (set, unresolved) => {
  const out = join(work, `${set}${unresolved ? '.unresolved' : ''}.jsonl`);
  const args = [join(ROOT, 'bin/detente.js'), 'code', join(dir, set), ...(unresolved ? ['--unresolved'] : [])];
  const t0 = performance.now();
  writeFileSync(out, run(args, `detente code ${unresolved ? '--unresolved ' : ''}${set}`));
  process.stderr.write(`coded ${set}${unresolved ? ' --unresolved' : ''} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return out;
};
/** The `name=value` figures a scorer prints. */
const figures = (stdout) => Object.fromEntries([...stdout.matchAll(/(\w+)=([\d.]+)/g)].map(([, k, v]) => [k, Number(v)]));
const score = (scorer, args) => figures(run([join(dir, scorer), ...args], scorer));

const gsr = (events) => score('score-events.mjs', ['--gold', join(dir, 'plover-gsr-dev.json'), '--events', events]);
const news = (events) => score('score-news.mjs', ['--gold', join(dir, 'news-dev.jsonl'), '--events', events]);
const articles = (events) => ({
  ...score('score-articles.mjs', [join(dir, 'articles-dev-gold.json'), events]),
  ...score('score-against-expert.mjs', [join(dir, 'articles-dev-events.jsonl'), events]),
});

const results = {
  gsr: [gsr(code('plover-gsr-dev.json', false)), gsr(code('plover-gsr-dev.json', true))],
  news: [news(code('news-dev.jsonl', false)), news(code('news-dev.jsonl', true))],
  articles: [articles(code('articles-dev.jsonl', false)), articles(code('articles-dev.jsonl', true))],
};
rmSync(work, { recursive: true, force: true });

// The peer's figures and the bars are those of the project's issues (TABARI, the 2009 dictionary coder, on the same sets).
const ROWS = [
  ['plover-gsr-dev', 'category_recall', 'gsr', '0.44', '>= 0.80'],
  ['plover-gsr-dev', 'triple_f1', 'gsr', '0.42', '>= 0.66'],
  ['news-dev', 'quad_f1', 'news', '0.49', '>= 0.87'],
  ['news-dev', 'dyad_f1', 'news', '', ''],
  ['news-dev', 'dyad_coded_f1', 'news', '0.51', '>= 0.78'],
  ['news-dev', 'coded_actor', 'news', '', '>= 0.85 (--unresolved)'],
  ['articles-dev', 'articles_recall', 'articles', '0.13', '>= 0.60'],
  ['articles-dev', 'expert_precision', 'articles', '0.24-0.46', '>= 0.50'],
  ['articles-dev', 'expert_recall', 'articles', '0.09-0.12', '>= 0.40'],
  ['articles-dev', 'events', 'articles', '', ''],
];
const fmt = (v) => (v === undefined ? '-' : Number.isInteger(v) ? String(v) : v.toFixed(3));
const table = [['set', 'figure', 'detente', 'with --unresolved', 'TABARI', 'bar'],
  ...ROWS.map(([set, name, key, peer, bar]) => [set, name, fmt(results[key][0][name]), fmt(results[key][1][name]), peer, bar])];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
const line = (r) => r.map((x, c) => (c >= 2 && c <= 3 ? x.padStart(widths[c]) : x.padEnd(widths[c]))).join('  ').trimEnd();
console.log([line(table[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n'));
console.log(`\n"detente" is what \`detente code\` emits and stores (resolved events only); "with --unresolved" adds the events`
  + ` whose actor or recipient has no code. Precision judged blind by an expert: ../shared/eval/judge.md (not automatic).`);
