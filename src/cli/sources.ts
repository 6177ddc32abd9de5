import { readLines } from '../io/read-lines.js';
import { describeError } from './describe-error.js';
import { listInputs } from './list-inputs.js';
import { readPipe } from './read-pipe.js';
import type { TaskInput } from './task.js';

/**
 * One input of a run, or a path that gave none (`error` set: reported without a worker).
 *
 * @example
 * const item: BatchItem = { input: { type: 'file', path: 'gone.txt', kind: null }, error: 'no such file or folder' };
 */
export interface BatchItem {
  input: TaskInput;
  error?: string;
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function hintTerminal(stdin: NodeJS.ReadStream): void {
  if (stdin.isTTY) process.stderr.write('ogi-report: reading stdin from the terminal; end with Ctrl-D\n');
}

/**
 * The items of a run over paths, lazily: files found by {@link listInputs}, and '-' (and a pipe
 * named on the command line, within `timeoutMs`) read whole when its turn comes.
 *
 * @example
 * const inputs: unknown[] = [];
 * for await (const item of pathItems(['corpus/docx', 'gone.txt'])) inputs.push(item.input);
 * inputs; // → [{ type: 'file', path: 'corpus/docx/report-2021.docx', kind: 'docx' }, { type: 'file', path: 'gone.txt', kind: null }]
 */
export async function* pathItems(paths: readonly string[], stdin: NodeJS.ReadStream = process.stdin, timeoutMs = 0): AsyncGenerator<BatchItem> {
  for await (const ref of listInputs(paths)) {
    if (ref.error !== undefined) yield { input: { type: 'file', path: ref.path, kind: null }, error: ref.error };
    else if (ref.stream) {
      const bytes = await readPipe(ref.path, timeoutMs).catch((error: unknown) => new Error(describeError(error)));
      if (bytes instanceof Error) yield { input: { type: 'file', path: ref.path, kind: null }, error: bytes.message };
      else yield { input: { type: 'bytes', name: ref.path, bytes, kind: ref.kind } };
    }
    else if (ref.path === '-') {
      hintTerminal(stdin);
      yield { input: { type: 'bytes', name: '-', bytes: await readAll(stdin), kind: null } };
    } else yield { input: { type: 'file', path: ref.path, kind: ref.kind } };
  }
}

/**
 * The items of a `--jsonl-in` run: one per line of stdin (blank lines too, so that output lines
 * match input lines one to one), pulled as the run needs them.
 *
 * @example
 * import { Readable } from 'node:stream';
 * const stdin = Readable.from(['{"id":1,"text":"…"}\n']) as unknown as NodeJS.ReadStream;
 * const inputs: unknown[] = [];
 * for await (const item of lineItems(stdin)) inputs.push(item.input);
 * inputs; // → [{ type: 'line', line: '{"id":1,"text":"…"}', lineNumber: 1 }]
 */
export async function* lineItems(stdin: NodeJS.ReadStream = process.stdin): AsyncGenerator<BatchItem> {
  hintTerminal(stdin);
  let lineNumber = 0;
  for await (const line of readLines(stdin)) yield { input: { type: 'line', line, lineNumber: ++lineNumber } };
}

/**
 * Counts the inputs of a run over paths without reading them (a walk of the folders), for a
 * progress bar.
 *
 * @example
 * await countInputs(['corpus/docx', 'corpus/seed-luohe-2021.txt']); // → 2
 */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of listInputs(paths)) n++;
  return n;
}
