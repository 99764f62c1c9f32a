// A progress bar on stderr, shown only on a terminal (pipes and CI logs get the summary alone).
import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';

export interface ProgressFigures {
  articles: number;
  sentences: number;
  events: number;
  seconds: number;
}

export const isInteractive = (): boolean => !!process.stderr.isTTY;

export class ProgressBar {
  private readonly bar: cliProgress.SingleBar | null;

  /** `total`: work units (input lines, articles) when known; null shows counts and rate without a bar or ETA. */
  constructor(label: string, total: number | null, enabled = isInteractive()) {
    if (!enabled) { this.bar = null; return; }
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
    this.bar?.update(position, {
      articles: f.articles, sentences: f.sentences, events: f.events,
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
