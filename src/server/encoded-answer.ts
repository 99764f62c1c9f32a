// A JSON answer as sent: the encoded bytes, and their gzip form for clients that accept it, made once per answer.
// Under load the size of an answer, not the work behind it, bounds a cached endpoint: on loopback with 200
// connections a server that only sends a fixed 104 KB buffer (a relations answer of ten years by month) managed
// 533 answers a second against 2,138 for 38 KB and 8,301 for a few bytes (load average 9, docs/scaling.md). gzip
// makes the relations answer about a tenth of its size; a browser always asks for it.
import { gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_FROM_BYTES = 1024;

export class EncodedAnswer {
  private gzipped: Buffer | null = null;

  constructor(readonly body: Buffer) {}

  /** The gzip form, compressed on first use and kept (cached answers are sent many times). */
  gzip(): Buffer {
    return (this.gzipped ??= gzipSync(this.body));
  }

  /** Bytes held, for the cache's memory bound. */
  get bytes(): number {
    return this.body.length + (this.gzipped?.length ?? 0);
  }
}

// The parsed preference of each Accept-Encoding header seen (clients send a handful of distinct ones).
const negotiator = new Negotiator({ supportedValues: ['gzip', 'identity'], cache: new Map<string, string>() });

/** The bytes to send for a request's Accept-Encoding header, and the Content-Encoding that says what they are. */
export function encodingFor(answer: EncodedAnswer, acceptEncoding: string | undefined): { bytes: Buffer; encoding: 'gzip' | null } {
  if (!acceptEncoding || answer.body.length < COMPRESS_FROM_BYTES || negotiator.negotiate(acceptEncoding) !== 'gzip') {
    return { bytes: answer.body, encoding: null };
  }
  return { bytes: answer.gzip(), encoding: 'gzip' };
}
