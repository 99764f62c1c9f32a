// Malformed records: one line on stderr (file:line: message) and one JSON line appended to the errors file.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReadError } from './readers.js';

export class ErrorLog {
  count = 0;

  /** `file` null: report on stderr only. */
  constructor(readonly file: string | null, private readonly stderr: (line: string) => void = (l) => process.stderr.write(l)) {}

  report(e: ReadError): void {
    this.count++;
    this.stderr(`${e.file}:${e.line}: ${e.message}\n`);
    if (!this.file) return;
    if (this.count === 1) mkdirSync(dirname(this.file), { recursive: true });
    // Appended synchronously, one line per record: a killed run leaves whole lines behind.
    appendFileSync(this.file, JSON.stringify({ time: new Date().toISOString(), file: e.file, line: e.line, message: e.message, record: e.record ?? null }) + '\n');
  }
}
