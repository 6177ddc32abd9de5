import type { Writable } from 'node:stream';

/**
 * Waits until a stream can take more: it drained, closed, or failed (the failure itself is left
 * to the stream's own 'error' listener; `events.once` would reject instead).
 *
 * @example
 * import { PassThrough } from 'node:stream';
 * const stream = new PassThrough({ highWaterMark: 4 });
 * stream.resume(); // someone reads
 * if (!stream.write('a long line')) await waitDrain(stream);
 */
export function waitDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
