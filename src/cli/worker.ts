import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from './describe-error.js';
import { loadLibrary } from './load-library.js';
import { OutBytes } from './out-bytes.js';
import { runTask } from './run-task.js';
import type { TaskMessage, TaskSettings } from './task.js';

// The worker thread of the command (bundled as dist/cli-worker.js): it loads the built library
// once, then runs the tasks the pool sends, strictly one after the other, in the order sent.
// Results go back as UTF-8 bytes in buffers the main thread hands back (see OutBytes).
const settings = workerData as TaskSettings;
const library = loadLibrary();
library.catch(() => undefined);
const bytes = new OutBytes();
let chain: Promise<void> = Promise.resolve();

async function handle({ seq, input }: TaskMessage): Promise<void> {
  let lib;
  try {
    lib = await library;
  } catch (error) {
    parentPort!.postMessage({ seq, fatal: `cannot load the ogi-report library: ${describeError(error)}` });
    return;
  }
  const result = await runTask(input, settings, lib);
  const out = bytes.encode(result.out);
  parentPort!.postMessage({ seq, result: { ...result, out } }, [out.buffer]);
}

parentPort!.on('message', (message: TaskMessage) => {
  bytes.give(message.spare); // at once, for the tasks already waiting in the chain too
  chain = chain.then(() => handle(message));
});
