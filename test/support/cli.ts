// Runs the real CLI from source (node --import tsx), for end-to-end tests.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
/** tsx by absolute URL, so the CLI can run with any working directory. */
const TSX = import.meta.resolve('tsx');

/** The CLI's environment: no progress lines on stderr (on a loaded machine they would appear among the messages
 *  tests read) unless a test asks for them; `env` adds to or overrides the process's variables. */
const cliEnv = (env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, DETENTE_PROGRESS_SECONDS: '0', ...env });

/** `timeoutMs` (default 120 s) ends a run that hangs; a test of a large input on a loaded machine may need more. */
export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, env: cliEnv(opts.env), encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000, maxBuffer: 1 << 28 });
}

export function startCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd: opts.cwd ?? ROOT, env: cliEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
}
