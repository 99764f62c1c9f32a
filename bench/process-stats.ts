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

/** CPU time (user + system, all threads) a running process has used so far, in seconds (Linux /proc). */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export interface Run { seconds: number; peakMb: number; stdout: string; cpuSeconds: number }

/**
 * Runs `node ARGS` in `cwd` to its end: wall time, peak RSS and CPU time (sampled every 50 ms, so the last 50 ms of
 * CPU may be missed), the first 4 KB of its stdout.
 */
export function timed(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peak = 0, cpuSeconds = 0;
    child.stdout.on('data', (d: Buffer) => { if (stdout.length < 4096) stdout += d.toString(); });
    const timer = setInterval(() => {
      const m = rssOf(child.pid!);
      if (m) peak = Math.max(peak, m.hwm, m.rss);
      cpuSeconds = cpuSecondsOf(child.pid!) ?? cpuSeconds;
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - t) / 1000, peakMb: peak, stdout, cpuSeconds });
    });
  });
}
