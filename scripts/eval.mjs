// `npm run eval`: the coder's figures on the two development sets. They live outside the repository, in
// ../shared/eval beside the checkout; DETENTE_EVAL_DIR (or `npm run eval -- DIR`) points elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SETS = ['plover-gsr-dev.json', 'news-dev.jsonl'];
const dir = resolve(ROOT, process.argv[2] ?? process.env.DETENTE_EVAL_DIR ?? '../shared/eval');

const missing = SETS.filter((f) => !existsSync(join(dir, f)));
if (missing.length) {
  const where = existsSync(dir) ? `${dir} has no ${missing.join(' or ')}` : `${dir} does not exist`;
  process.stderr.write(`npm run eval: the development sets are not here: ${where}.\n`
    + `They are not part of the repository (../shared/eval beside the checkout holds them in the project's layout).\n`
    + `Point to a directory holding ${SETS.join(' and ')} with DETENTE_EVAL_DIR=DIR npm run eval, or npm run eval -- DIR;\n`
    + `or score a labelled file of your own with: node bin/detente.js eval FILE\n`);
  process.exit(1);
}
for (const f of SETS) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/detente.js'), 'eval', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
