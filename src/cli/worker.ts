import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from './describe-error.js';
import { loadLibrary } from './load-library.js';
import { runTask } from './run-task.js';
import type { TaskInput, TaskSettings } from './task.js';

// The worker thread of the command (bundled as dist/cli-worker.js): it loads the built library
// once, then runs the tasks the pool sends, strictly one after the other, in the order sent.
const settings = workerData as TaskSettings;
const library = loadLibrary();
library.catch(() => undefined);
let chain: Promise<void> = Promise.resolve();

async function handle({ seq, input }: { seq: number; input: TaskInput }): Promise<void> {
  let lib;
  try {
    lib = await library;
  } catch (error) {
    parentPort!.postMessage({ seq, fatal: `cannot load the ogi-report library: ${describeError(error)}` });
    return;
  }
  parentPort!.postMessage({ seq, result: await runTask(input, settings, lib) });
}

parentPort!.on('message', (message: { seq: number; input: TaskInput }) => {
  chain = chain.then(() => handle(message));
});
