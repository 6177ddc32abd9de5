import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from './describe-error.js';
import { loadLibrary } from './load-library.js';
import { OutBytes } from './out-bytes.js';
import { runTask } from './run-task.js';
import { progressOf, type BatchMessage, type BatchReply, type SentMeta, type WorkerData } from './task.js';

// The worker thread of the command (bundled as dist/cli-worker.js): it loads the built library
// once, then runs the batches the pool sends, strictly one after the other, in the order sent,
// and each batch's tasks in order. Before each task it says in the shared progress buffer which
// one it is and since when (the pool reads it when the worker hangs or dies). A batch's results
// go back in one message, their bytes in one buffer the main thread hands back (see OutBytes).
const { settings, progress } = workerData as WorkerData;
const { at, since } = progressOf(progress);
const library = loadLibrary();
library.catch(() => undefined);
const bytes = new OutBytes();
let chain: Promise<void> = Promise.resolve();

async function handle({ id, inputs }: BatchMessage): Promise<void> {
  let lib;
  try {
    lib = await library;
  } catch (error) {
    parentPort!.postMessage({ id, fatal: `cannot load the ogi-report library: ${describeError(error)}` } satisfies BatchReply);
    return;
  }
  const outs: string[] = [];
  const results: SentMeta[] = [];
  for (let i = 0; i < inputs.length; i++) {
    Atomics.store(at, 0, id);
    Atomics.store(at, 1, i);
    Atomics.store(since, 0, BigInt(Date.now()));
    const { out, ...meta } = await runTask(inputs[i]!, settings, lib);
    outs.push(out);
    results.push({ ...meta, bytes: 0 });
  }
  const encoded = bytes.encodeAll(outs);
  for (let i = 0; i < results.length; i++) results[i]!.bytes = encoded.lengths[i]!;
  parentPort!.postMessage({ id, results, out: encoded.bytes } satisfies BatchReply, encoded.bytes.byteLength > 0 ? [encoded.bytes.buffer] : []);
}

parentPort!.on('message', (message: BatchMessage) => {
  bytes.give(message.spare); // at once, for the batches already waiting in the chain too
  chain = chain.then(() => handle(message));
});
