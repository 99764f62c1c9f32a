// The `detente` command line: one module per command under src/cli/.
import { Command } from 'commander';
import { registerCode } from './code.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerDelete } from './delete.js';
import { registerMigrate } from './migrate.js';
import { registerWorker } from './worker.js';
import { registerQueue } from './queue.js';
import { registerRecode } from './recode.js';
import { registerRelations } from './relations.js';
import { registerDyads } from './dyads.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerDemo } from './demo.js';
import { registerServe } from './serve.js';
import { registerParse } from './parse.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('detente')
    .description('Political event data: code news into who-did-what-to-whom events (CAMEO/PLOVER), store, deduplicate and measure relations.')
    .version('0.1.0')
    .showHelpAfterError();
  registerCode(program);
  registerParse(program);
  registerEval(program);
  registerIngest(program);
  registerDelete(program);
  registerMigrate(program);
  registerWorker(program);
  registerQueue(program);
  registerRecode(program);
  registerRelations(program);
  registerDyads(program);
  registerEvents(program);
  registerExport(program);
  registerDemo(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  await buildProgram().parseAsync(argv);
}
