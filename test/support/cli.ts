// Runs the real CLI from source (node --import tsx), for end-to-end tests.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
/** tsx by absolute URL, so the CLI can run with any working directory. */
const TSX = import.meta.resolve('tsx');

export function runCli(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, env: opts.env, encoding: 'utf8', timeout: 120_000 });
}

export function startCli(args: string[], opts: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}
