// Reading the rest of a request body that will not be used, before answering with an error.
//
// Fastify answers a body over the limit (or of a type it cannot parse, or a request refused before its body was
// read) without reading the body, and asks for the connection to be closed. Closing a socket that still has unread
// data in it makes the kernel send a reset, and a client still sending its body then sees that reset (EPIPE,
// ECONNRESET, curl's "failed sending data") instead of the answer. Reading (and dropping) the body first lets the
// client finish sending and read the answer; the connection then closes cleanly.
import type { IncomingMessage } from 'node:http';

/**
 * Bytes read and dropped at most: a client still sending past this gets the answer and a closed connection, as
 * before. 64 MiB is 8 times the largest route limit (8 MiB), a few hundred ms on any network worth serving.
 */
export const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** Reads and drops what is left of the request body; resolves when it ends, fails, or passes `maxBytes`. */
export function discardBody(request: IncomingMessage, maxBytes = MAX_DISCARDED_BYTES): Promise<void> {
  if (request.complete || request.readableEnded || request.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const onData = (chunk: Buffer | string) => {
      seen += chunk.length;
      if (seen > maxBytes) done();
    };
    const done = () => {
      request.off('data', onData).off('end', done).off('close', done).off('error', done);
      resolve();
    };
    request.on('data', onData).once('end', done).once('close', done).once('error', done);
    request.resume();
  });
}
