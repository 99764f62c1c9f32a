// Progress of long jobs on stderr: a bar on a terminal; in logs and pipes (CI, `nohup`, `2> file`) a plain line every
// few seconds, so a long run shows it is alive without filling the log with bar redraws.
import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';

export interface ProgressFigures {
  articles: number;
  /** Unknown to jobs that do not count sentences (`code`). */
  sentences?: number;
  events: number;
  seconds: number;
}

export const isInteractive = (): boolean => !!process.stderr.isTTY;

/** Seconds between progress lines when stderr is not a terminal: DETENTE_PROGRESS_SECONDS (0 turns them off), else 5. */
export function progressLineSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DETENTE_PROGRESS_SECONDS;
  if (raw === undefined || raw === '') return 5;
  const s = Number(raw);
  if (!Number.isFinite(s) || s < 0) throw new Error(`DETENTE_PROGRESS_SECONDS must be a number of seconds (0 for none), got "${raw}"`);
  return s;
}

const count = (n: number) => n.toLocaleString('en-US');

/** One progress line: "ingest: 42% | 1,200 articles | 20,480 sentences | 3,100 events | 310 articles/s | 4 s". */
export function progressLine(label: string, position: number, total: number | null, f: ProgressFigures): string {
  const parts = [
    ...(total ? [`${Math.min(100, Math.floor((100 * position) / total))}%`] : []),
    `${count(f.articles)} articles`,
    ...(f.sentences === undefined ? [] : [`${count(f.sentences)} sentences`]),
    `${count(f.events)} events`,
    `${f.seconds > 0 ? count(Math.round(f.articles / f.seconds)) : '-'} articles/s`,
    `${Math.round(f.seconds)} s`,
  ];
  return `${label}: ${parts.join(' | ')}\n`;
}

/** Progress lines at most every `everySeconds`, written as updates arrive (the first after `everySeconds`). */
export class ProgressLines {
  private last: number;

  constructor(
    private readonly label: string,
    private readonly total: number | null,
    private readonly everySeconds: number,
    private readonly write: (line: string) => void = (line) => void process.stderr.write(line),
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  update(position: number, f: ProgressFigures): void {
    const t = this.now();
    if (t - this.last < this.everySeconds * 1000) return;
    this.last = t;
    this.write(progressLine(this.label, position, this.total, f));
  }
}

export type ProgressMode = 'bar' | 'lines' | 'off';

/** A bar on a terminal, lines elsewhere (none when DETENTE_PROGRESS_SECONDS=0). */
export const defaultProgressMode = (): ProgressMode => (isInteractive() ? 'bar' : progressLineSeconds() > 0 ? 'lines' : 'off');

export class ProgressBar {
  private readonly bar: cliProgress.SingleBar | null = null;
  private readonly lines: ProgressLines | null = null;

  /** `total`: work units (input lines, articles) when known; null shows counts and rate without a bar or ETA. */
  constructor(label: string, total: number | null, mode: ProgressMode = defaultProgressMode()) {
    if (mode === 'lines') { this.lines = new ProgressLines(label, total, progressLineSeconds()); return; }
    if (mode === 'off') return;
    const counts = '{articles} articles | {sentences} sentences | {events} events | {rate} articles/s';
    this.bar = new cliProgress.SingleBar({
      format: total ? `${label} {bar} {percentage}% | ${counts} | ETA {eta_formatted}` : `${label} | ${counts}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    }, cliProgress.Presets.shades_classic);
    this.bar.start(total || 1, 0, { articles: 0, sentences: 0, events: 0, rate: '-' });
  }

  update(position: number, f: ProgressFigures): void {
    this.lines?.update(position, f);
    this.bar?.update(position, {
      articles: f.articles, sentences: f.sentences ?? '-', events: f.events,
      rate: f.seconds > 0 ? Math.round(f.articles / f.seconds) : '-',
    });
  }

  stop(): void {
    this.bar?.stop();
  }
}

/** Lines in a file (for the bar's total): a pass over the bytes, far cheaper than parsing them. */
export async function countLines(file: string): Promise<number> {
  let lines = 0, last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}
