import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { describeError } from './describe-error.js';
import { waitDrain } from './wait-drain.js';
import type { Writable } from 'node:stream';

/**
 * Where a run writes its results, with backpressure.
 *
 * @example
 * import { PassThrough } from 'node:stream';
 * const out: Output = openOutput(undefined, new PassThrough()); // a path: that file; undefined: stdout
 */
export interface Output {
  /**
   * Writes, waiting while the stream's buffer is full. Resolves at once after the reader went
   * away. `written` is called once the stream is done with `chunk` (written, failed, or never
   * to be written), and not before: only then may a buffer be reused.
   */
  write(chunk: string | Uint8Array, written?: () => void): Promise<void>;
  /** Resolves when the file is open (at once for stdout); rejects when it cannot be created. */
  ready(): Promise<void>;
  /** True once the reader went away (EPIPE: `ogi-report parse … | head`). */
  readonly gone: boolean;
  /** Flushes and closes a file; leaves stdout open. */
  close(): Promise<void>;
}

/**
 * Opens the output of a run: the file of `--out`, or stdout. Writes wait for the stream to drain,
 * so a slow reader slows the run instead of filling memory.
 *
 * @example
 * import { PassThrough } from 'node:stream';
 * const stdout = new PassThrough();
 * const chunks: string[] = [];
 * stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
 * const out = openOutput(undefined, stdout);
 * await out.ready();
 * await out.write('{"file":"a.txt"}\n');
 * const bytes = new TextEncoder().encode('{"file":"b.txt"}\n');
 * // `written` is called once the stream is done with the bytes: then the buffer may be reused.
 * await new Promise<void>((written) => void out.write(bytes, written));
 * await out.close();
 * chunks.join(''); // → '{"file":"a.txt"}\n{"file":"b.txt"}\n'
 */
export function openOutput(path: string | undefined, stdout: Writable = process.stdout): Output {
  const stream: Writable = path === undefined ? stdout : createWriteStream(path);
  let gone = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true;
    else failure = error;
  });
  const opened: Promise<void> =
    path === undefined
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          stream.once('ready', () => resolve());
          stream.once('error', (error) => reject(new Error(`cannot write ${path}: ${describeError(error)}`)));
        });
  opened.catch(() => undefined);
  return {
    ready: () => opened,
    get gone() {
      return gone;
    },
    async write(chunk, written) {
      if (failure || gone || chunk.length === 0) {
        written?.();
        if (failure) throw failure;
        return;
      }
      // The stream may still hold `chunk` after write() returns (a file stream writes later).
      if (!stream.write(chunk, written)) await waitDrain(stream);
      // Set by the stream's error event while waiting (TypeScript narrowed it to null above).
      if (failure) throw failure as Error;
    },
    async close() {
      if (path === undefined || failure) {
        if (failure) throw failure;
        return;
      }
      stream.end();
      await once(stream, 'finish');
    },
  };
}
