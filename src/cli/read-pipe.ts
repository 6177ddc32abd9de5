import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { Socket } from 'node:net';

/** The most a pipe named on the command line may give: more is refused, not read into memory. */
export const PIPE_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Reads a FIFO or socket named on the command line (`ogi-report parse <(unzip -p …)`) whole, in
 * the main thread and without blocking it: the pipe is opened non-blocking (a FIFO with no writer
 * reads as empty instead of hanging the run), and reading stops with an error after `timeoutMs`
 * (0: no limit) or past {@link PIPE_MAX_BYTES}.
 *
 * @example
 * // not run: needs a pipe from the shell (`<(…)`)
 * const bytes = await readPipe('/dev/fd/63', 120_000);
 */
export async function readPipe(path: string, timeoutMs: number): Promise<Uint8Array> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFIFO() && !fstatSync(fd).isSocket()) {
    closeSync(fd);
    throw new Error('not a pipe');
  }
  const socket = new Socket({ fd, readable: true, writable: false });
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    const timer = timeoutMs > 0 ? setTimeout(() => fail(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs) : undefined;
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > PIPE_MAX_BYTES) fail(new Error(`more than ${PIPE_MAX_BYTES / 1024 / 1024} MB: not read`));
      else chunks.push(chunk);
    });
    socket.on('error', fail);
    socket.on('end', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks));
    });
  });
}
