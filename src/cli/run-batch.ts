import type { Writable } from 'node:stream';
import type { Command } from './command.js';
import { describeError } from './describe-error.js';
import { cellsHeader } from './format-cells.js';
import { countedItems } from './counted-items.js';
import { orderedMap } from './ordered-map.js';
import { openOutput } from './output.js';
import { Progress } from './progress.js';
import { failure } from './run-task.js';
import type { BatchItem } from './sources.js';
import { StatsTotal } from './stats-total.js';
import { statsCsv, statsTable } from './stats-render.js';
import type { SentResult, TaskInput, TaskResult } from './task.js';
import { commandPool } from './command-pool.js';
import { FatalError } from './worker-pool.js';

type BatchCommand = Extract<Command, { paths: string[] }>;

/**
 * Where the run's script and streams are: the defaults, or a test's own.
 *
 * @example
 * const env: BatchEnv = { workerScript: new URL('file:///opt/ogi-report/dist/cli-worker.js'), stdout: process.stdout, stderr: process.stderr };
 */
export interface BatchEnv {
  workerScript: URL;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

const nameOf = (input: TaskInput) => (input.type === 'file' ? input.path : input.type === 'bytes' ? input.name : `line ${input.lineNumber}`);

/**
 * Runs a batch command over its items: a pool of workers parses them, results are written in
 * input order as soon as the next one in order is done (a bounded window of inputs in flight),
 * then the summary (`check`) or the totals (`stats`). Inputs that cannot be read are reported on
 * stderr (and in the output) and the run goes on. With a progress line, `countAhead` counts the
 * inputs in a separate walk so that the bar knows the total early. Resolves with the exit status:
 * 1 when an input could not be read (or `check` found errors), else 0.
 *
 * @example
 * // not run: starts worker threads from dist/cli-worker.js and writes to stdout
 * const command = parseCommandLine(['check', 'reports/']);
 * const status = await runBatch(command, pathItems(command.paths), { workerScript, stdout: process.stdout, stderr: process.stderr });
 */
export async function runBatch(command: BatchCommand, items: AsyncIterable<BatchItem>, env: BatchEnv, countAhead?: () => Promise<number>): Promise<number> {
  const { settings } = command;
  const output = openOutput(command.out, env.stdout);
  try {
    await output.ready();
  } catch (error) {
    env.stderr.write(`ogi-report: ${describeError(error)}\n`);
    return 2;
  }
  for (const note of command.notes ?? []) env.stderr.write(`ogi-report: ${note}\n`);
  const pool = commandPool(command, env.workerScript);
  const progress = command.progress && env.stderr.isTTY ? new Progress(env.stderr) : null;
  // Output to the terminal the progress line is on: erase the line first, or the two mix.
  const sameTerminal = progress !== null && command.out === undefined && env.stdout.isTTY === true;
  const write = (chunk: string | Uint8Array, written?: () => void) => {
    if (sameTerminal && chunk.length > 0) progress.clear();
    return output.write(chunk, written);
  };
  let unreadable = 0;
  if (progress && countAhead) countAhead().then((n) => progress.setTotal(n), () => undefined);
  const total = new StatsTotal();
  let files = 0;
  let withErrors = 0;
  let withWarnings = 0;
  let errors = 0;
  let warnings = 0;

  // A worker's result (bytes) or one made here (text: an input that could not be read).
  const work = async (item: BatchItem): Promise<{ input: TaskInput; result: TaskResult | SentResult }> => {
    if (item.error !== undefined) return { input: item.input, result: failure(item.input, settings, item.error, null) };
    try {
      return { input: item.input, result: await pool.run(item.input) };
    } catch (error) {
      if (error instanceof FatalError) throw error;
      return { input: item.input, result: failure(item.input, settings, describeError(error), null) };
    }
  };

  try {
    if (settings.mode === 'cells' && settings.format === 'csv') await write(cellsHeader(command.jsonlIn ? 'id' : 'file'));
    for await (const { input, result } of orderedMap(countedItems(items, progress), pool.window, work)) {
      const { out } = result;
      // The buffer goes back to the workers for a later result once the stream is done with it.
      await write(out, typeof out === 'string' ? undefined : () => pool.recycle(out));
      if (output.gone) break;
      files++;
      errors += result.errors;
      warnings += result.warnings;
      if (result.errors > 0) withErrors++;
      else if (result.warnings > 0) withWarnings++;
      if (result.stats) total.add(result.stats);
      if (result.failed !== null) {
        unreadable++;
        if (settings.mode === 'stats') total.addUnreadable();
        if (settings.mode !== 'check') {
          progress?.clear();
          env.stderr.write(`ogi-report: ${nameOf(input)}: ${result.failed}\n`);
        }
      } else if (result.note) {
        progress?.clear();
        env.stderr.write(`ogi-report: ${nameOf(input)}: ${result.note}\n`);
      }
      progress?.done(result.failed !== null);
    }
  } catch (error) {
    progress?.stop();
    env.stderr.write(`ogi-report: ${describeError(error)}\n`);
    return 1;
  } finally {
    progress?.stop();
    await pool.close();
  }
  if (settings.mode === 'stats') await write(command.statsFormat === 'csv' ? statsCsv(total) : statsTable(total));
  if (settings.mode === 'check' && !settings.quiet) {
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    await write(`${s(files, 'report')} checked: ${withErrors} with errors, ${withWarnings} with warnings only (${s(errors, 'error')}, ${s(warnings, 'warning')}).\n`);
  }
  await output.close();
  // With --jsonl-in a line's error is data, in its place in the output (a mapper's caller reads
  // it there); a run over paths says that an input could not be read in its status too.
  if (command.jsonlIn) return settings.mode === 'check' && errors > 0 ? 1 : 0;
  if (unreadable > 0 && settings.mode !== 'check') {
    env.stderr.write(`ogi-report: ${unreadable} of ${files} input${files === 1 ? '' : 's'} could not be read\n`);
  }
  return unreadable > 0 || (settings.mode === 'check' && errors > 0) ? 1 : 0;
}
