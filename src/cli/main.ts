// The `detente` command line: one module per command under src/cli/.
import { Command } from 'commander';
// Each command's module is loaded only when that command runs: together they import most of the project's
// dependencies (the web server, both stores, the gazetteer), and `detente parse` should not wait for all of them.
type Register = (program: Command) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  code: async () => (await import('./code.js')).registerCode,
  parse: async () => (await import('./parse.js')).registerParse,
  eval: async () => (await import('./eval.js')).registerEval,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  delete: async () => (await import('./delete.js')).registerDelete,
  migrate: async () => (await import('./migrate.js')).registerMigrate,
  worker: async () => (await import('./worker.js')).registerWorker,
  queue: async () => (await import('./queue.js')).registerQueue,
  recode: async () => (await import('./recode.js')).registerRecode,
  relations: async () => (await import('./relations.js')).registerRelations,
  dyads: async () => (await import('./dyads.js')).registerDyads,
  events: async () => (await import('./events.js')).registerEvents,
  export: async () => (await import('./export.js')).registerExport,
  demo: async () => (await import('./demo.js')).registerDemo,
  serve: async () => (await import('./serve.js')).registerServe,
};

/** The program with the command `argv` names, or with every command (for help, or a name that is no command). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command();
  program
    .name('detente')
    .description('Political event data: code news into who-did-what-to-whom events (CAMEO/PLOVER), store, deduplicate and measure relations.')
    .version('0.1.0')
    .showHelpAfterError();
  const named = argv[2];
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((n) => COMMANDS[n]!()))) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  await (await buildProgram(argv)).parseAsync(argv);
}
