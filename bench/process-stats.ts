// Memory of a running child process, read from /proc (Linux): resident set now and its high-water mark, in MB; and
// a child process timed from start to exit with its peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function rssOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

export interface Run { seconds: number; peakMb: number; stdout: string }

/** Runs `node ARGS` in `cwd` to its end: wall time, peak RSS (sampled every 50 ms), the first bytes of its stdout. */
export function timed(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => { if (stdout.length < 100) stdout += d.toString(); });
    const timer = setInterval(() => { const m = rssOf(child.pid!); if (m) peak = Math.max(peak, m.hwm, m.rss); }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - t) / 1000, peakMb: peak, stdout });
    });
  });
}
