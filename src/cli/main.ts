// The `detente` command line: one module per command under src/cli/.
import { Command } from 'commander';
import { registerCode } from './code.js';
import { registerEval } from './eval.js';
import { registerServe } from './serve.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('detente')
    .description('Political event data: code news into who-did-what-to-whom events (CAMEO/PLOVER), store, deduplicate and measure relations.')
    .version('0.1.0')
    .showHelpAfterError();
  registerCode(program);
  registerEval(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
