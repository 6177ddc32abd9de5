import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskInput, TaskSettings } from '../../src/cli/task.js';
import { workerHeapLimitMb } from '../../src/cli/worker-heap.js';
import { availableParallelism } from 'node:os';
import { commandPool } from '../../src/cli/command-pool.js';
import { parseCommandLine } from '../../src/cli/parse-command-line.js';
import { BATCH, FatalError, runningIndex, SPAWN_AFTER, SPAWN_AT, warmingWorkers, weightOf, WorkerPool } from '../../src/cli/worker-pool.js';

// A stand-in for dist/cli-worker.js that speaks the same protocol (results as transferred bytes,
// spare buffers with the tasks) and misbehaves on demand.
const FAKE_WORKER = `
import { parentPort, resourceLimits, workerData } from 'node:worker_threads';
const at = new Int32Array(workerData.progress, 0, 2);
const since = new BigInt64Array(workerData.progress, 8, 1);
let chain = Promise.resolve();
let spares = 0;
parentPort.on('message', (m) => { spares += (m.spare ?? []).length; chain = chain.then(() => handle(m)); });
async function handle({ id, inputs }) {
  const outs = [];
  for (let i = 0; i < inputs.length; i++) {
    Atomics.store(at, 0, id);
    Atomics.store(at, 1, i);
    Atomics.store(since, 0, BigInt(Date.now()));
    const text = await task(inputs[i].path, inputs.length);
    if (text === null) return; // fatal: said already
    outs.push(text);
  }
  const parts = outs.map((t) => new TextEncoder().encode(t));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  const results = parts.map((p) => ({ bytes: p.length, failed: null, errors: 0, warnings: 0 }));
  parentPort.postMessage({ id, results, out }, [out.buffer]);
  function fatal() { parentPort.postMessage({ id, fatal: 'no library' }); return null; }
  async function task(path, batch) {
    const [what, arg] = path.split(':');
    if (what === 'hang') return new Promise(() => {});
    if (what === 'exit') process.exit(3);
    if (what === 'throw') throw new Error('boom');
    if (what === 'fatal') return fatal();
    if (what === 'limit') return 'limit:' + resourceLimits.maxOldGenerationSizeMb;
    if (what === 'spares') return 'spares:' + spares;
    if (what === 'batch') return 'batch:' + batch;
    if (what === 'hog') {
      // Holds arg MB in many small arrays: a heap limit stops the worker cleanly (ERR_WORKER_OUT_OF_MEMORY).
      const held = [];
      for (let i = 0; i < Number(arg) * 128; i++) held.push(new Array(1000).fill(i));
      return 'hog:' + resourceLimits.maxOldGenerationSizeMb + ':' + held.length;
    }
    await new Promise((r) => setTimeout(r, Number(arg ?? 0)));
    return what + ':' + workerData.settings.mode;
  }
}
`;
const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
const file = (path: string): TaskInput => ({ type: 'file', path, kind: 'text' });
const text = (result: { out: Uint8Array }) => new TextDecoder().decode(result.out);
/** The old-generation limit a worker gets when none is set. */
const nodeDefaultLimit = () =>
  new Promise<number>((resolve, reject) => {
    const w = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').resourceLimits.maxOldGenerationSizeMb)", { eval: true });
    w.once('message', (mb: number) => {
      void w.terminate().then(() => resolve(mb));
    });
    w.once('error', reject);
  });
let script: URL;
let pool: WorkerPool | null = null;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-pool-'));
  writeFileSync(join(dir, 'worker.mjs'), FAKE_WORKER);
  script = pathToFileURL(join(dir, 'worker.mjs'));
});
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('runs tasks on up to `size` workers and hands each its result', async () => {
    pool = new WorkerPool(script, 3, settings, 0);
    const results = await Promise.all(['a:30', 'b:5', 'c:10', 'd:0', 'e:1'].map((p) => pool!.run(file(p))));
    expect(results.map(text)).toEqual(['a:parse', 'b:parse', 'c:parse', 'd:parse', 'e:parse']);
  });
  it('rejects a task that outlives the timeout, and sends the tasks queued behind it to a new worker', async () => {
    pool = new WorkerPool(script, 1, settings, 200);
    const hung = pool.run(file('hang'));
    const next = pool.run(file('next:0'));
    await expect(hung).rejects.toThrow('timed out after 0.2 s');
    expect(text(await next)).toBe('next:parse');
  });
  it('rejects the task of a worker that exits or throws, and goes on', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    const exited = pool.run(file('exit'));
    const thrown = pool.run(file('throw'));
    const fine = pool.run(file('fine:0'));
    await expect(exited).rejects.toThrow('the worker stopped (exit code 3)');
    await expect(thrown).rejects.toThrow('the worker failed: boom');
    expect(text(await fine)).toBe('fine:parse');
  });
  it('rejects everything with a FatalError when a worker cannot work at all', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    const first = pool.run(file('fatal'));
    const queued = pool.run(file('x:0'));
    await expect(first).rejects.toBeInstanceOf(FatalError);
    await expect(queued).rejects.toThrow('no library');
    await expect(pool.run(file('y:0'))).rejects.toBeInstanceOf(FatalError);
  });

  it('starts workers with a heap limit below 2,048 MB, where V8 stops letting heaps grow to 4× their live size', async () => {
    pool = new WorkerPool(script, 2, settings, 0);
    const results = await Promise.all([pool.run(file('limit')), pool.run(file('limit'))]);
    expect(results.map(text)).toEqual([`limit:${workerHeapLimitMb()}`, `limit:${workerHeapLimitMb()}`]);
  });
  it('takes 2,047 MB as the workers\' limit, or the process\'s own when that is lower', () => {
    expect(workerHeapLimitMb(4096)).toBe(2047);
    expect(workerHeapLimitMb(2048)).toBe(2047);
    expect(workerHeapLimitMb(512)).toBe(512);
    expect(workerHeapLimitMb()).toBe(Math.min(2047, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)));
  });
  it('runs a task whose worker ran out of memory again, alone, on a worker of its own; the tasks sent ahead are not lost', async () => {
    pool = new WorkerPool(script, 1, settings, 0, { heapMb: 32, retryHeapMb: 256 });
    const order: string[] = [];
    const track = (p: Promise<{ out: Uint8Array }>) => p.then((r) => order.push(text(r)));
    await Promise.all([
      track(pool.run(file('hog:96'))),
      track(pool.run(file('ahead:0'))), // sent to the same worker, behind the hog
      track(pool.run(file('limit'))), // queued
    ]);
    // The hog holds all 96 MB on the retry worker, which then stops: the rest run with the limit again.
    expect(order).toEqual([`hog:256:${96 * 128}`, 'ahead:parse', 'limit:32']);
  });
  it('by default runs it again with no heap limit of its own (Node’s)', async () => {
    pool = new WorkerPool(script, 1, settings, 0, { heapMb: 32 });
    expect(text(await pool.run(file('hog:96')))).toBe(`hog:${await nodeDefaultLimit()}:${96 * 128}`);
    expect(text(await pool.run(file('limit')))).toBe('limit:32');
  });
  it('rejects a task that runs out of memory again when run alone, with a clear reason, and goes on', async () => {
    pool = new WorkerPool(script, 2, settings, 0, { heapMb: 32, retryHeapMb: 48 });
    const hog = pool.run(file('hog:400'));
    const fine = pool.run(file('fine:0'));
    await expect(hog).rejects.toThrow(/^ran out of memory \(with a 32 MB heap, then again when run alone with a 48 MB heap\)$/);
    expect(text(await fine)).toBe('fine:parse');
    expect(text(await pool.run(file('limit')))).toBe('limit:32');
  });
  it('hands written buffers back to the workers with later tasks: moved, not copied, each once', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    const first = await pool.run(file('a:0'));
    expect(text(first)).toBe('a:parse');
    const buffer = first.out.buffer;
    pool.recycle(first.out);
    pool.recycle(first.out); // twice: kept once (twice in a transfer list, postMessage would throw)
    pool.recycle(new Uint8Array(0)); // nothing to keep
    expect(text(await pool.run(file('spares')))).toBe('spares:1');
    expect(buffer.byteLength).toBe(0); // detached here: it went to the worker
    pool.recycle(first.out); // detached now: ignored
    expect(text(await pool.run(file('spares')))).toBe('spares:1');
  });
});

describe('WorkerPool: batches', () => {
  // run() is called for all tasks at once: the first goes alone (nothing else waits yet), the
  // second too (the worker may take one more), the rest wait and go in batches of up to 4.
  it('sends waiting tasks in batches of up to `batch`, and hands the results back in order', async () => {
    pool = new WorkerPool(script, 1, settings, 0, {}, { batch: 4 });
    const names = ['slow:50', ...Array.from({ length: 9 }, () => 'batch')];
    const results = await Promise.all(names.map((p) => pool!.run(file(p))));
    expect(results.map(text)).toEqual(['slow:parse', 'batch:1', 'batch:4', 'batch:4', 'batch:4', 'batch:4', 'batch:4', 'batch:4', 'batch:4', 'batch:4']);
  });
  it('shares out a few waiting tasks evenly between the workers rather than in one batch', async () => {
    pool = new WorkerPool(script, 2, settings, 0, {}, { batch: 16, spawnAt: 0, spawnAfter: 0 });
    // Each worker takes a slow task and a batch of one; of the two left, each worker gets one (not both in one batch).
    const results = await Promise.all(['slow:50', 'slow:50', 'batch', 'batch', 'batch', 'batch'].map((p) => pool!.run(file(p))));
    expect(results.map(text)).toEqual(['slow:parse', 'slow:parse', 'batch:1', 'batch:1', 'batch:1', 'batch:1']);
    expect(pool.workersStarted).toBe(2);
  });
  it('a task that crashes its worker in the middle of a batch costs only its own result', async () => {
    pool = new WorkerPool(script, 1, settings, 0, {}, { batch: 4 });
    const runs = ['slow:50', 'x:0', 'a:0', 'exit', 'b:0', 'c:0'].map((p) => pool!.run(file(p)).then(text, (e: Error) => `rejected: ${e.message}`));
    expect(await Promise.all(runs)).toEqual(['slow:parse', 'x:parse', 'a:parse', 'rejected: the worker stopped (exit code 3)', 'b:parse', 'c:parse']);
  });
  it('a task that hangs in the middle of a batch times out alone; the rest of its batch and the next batch are done', async () => {
    pool = new WorkerPool(script, 1, settings, 300, {}, { batch: 3 });
    const runs = ['slow:50', 'x:0', 'a:0', 'hang', 'b:0', 'c:0', 'd:0'].map((p) => pool!.run(file(p)).then(text, (e: Error) => `rejected: ${e.message}`));
    expect(await Promise.all(runs)).toEqual(['slow:parse', 'x:parse', 'a:parse', 'rejected: timed out after 0.3 s', 'b:parse', 'c:parse', 'd:parse']);
  });
  it('times each task of a batch from its own start: a batch of tasks each under the limit is not timed out', async () => {
    pool = new WorkerPool(script, 1, settings, 300, {}, { batch: 8 });
    const runs = ['slow:10', 'x:0', ...Array.from({ length: 6 }, (_, i) => `t${i}:150`)].map((p) => pool!.run(file(p)).then(text, (e: Error) => `rejected: ${e.message}`));
    expect(await Promise.all(runs)).toEqual(['slow:parse', 'x:parse', 't0:parse', 't1:parse', 't2:parse', 't3:parse', 't4:parse', 't5:parse']);
  });
  it('hands a batch\'s one buffer back only once every result in it is written', async () => {
    pool = new WorkerPool(script, 1, settings, 0, {}, { batch: 3 });
    const [, , ...three] = await Promise.all(['slow:30', 'x:0', 'a:0', 'b:0', 'c:0'].map((p) => pool!.run(file(p))));
    expect(three.map(text)).toEqual(['a:parse', 'b:parse', 'c:parse']);
    expect(new Set(three.map((r) => r.out.buffer)).size).toBe(1); // one buffer, three views
    pool.recycle(three[0]!.out);
    pool.recycle(three[1]!.out);
    expect(text(await pool.run(file('spares')))).toBe('spares:0'); // one result still unwritten
    pool.recycle(three[2]!.out);
    expect(text(await pool.run(file('spares')))).toBe('spares:1');
  });
});

describe('WorkerPool: how many workers', () => {
  const many = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => pool!.run(file(`f${i}:0`))));
  it('does a small folder on one worker: another starts only while more than SPAWN_AT tasks wait', async () => {
    expect(SPAWN_AT).toBe(64);
    pool = new WorkerPool(script, 2, settings, 0);
    await many(60);
    expect(pool.workersStarted).toBe(1);
    pool = new WorkerPool(script, 2, settings, 0);
    await many(2 * BATCH + SPAWN_AT + 1);
    expect(pool.workersStarted).toBe(2);
  });
  it('starts `atOnce` workers as work comes, the others only after SPAWN_AFTER tasks', async () => {
    expect(SPAWN_AFTER).toBe(10_000);
    pool = new WorkerPool(script, 2, settings, 0, {}, { atOnce: 1 });
    await many(2000);
    expect(pool.workersStarted).toBe(1);
    pool = new WorkerPool(script, 2, settings, 0, {}, { atOnce: 1, spawnAfter: 500 });
    await many(1000);
    expect(pool.workersStarted).toBe(2);
  });
  it('counts a PDF or Word file as a quarter of SPAWN_AFTER: from the fifth waiting, a folder of them is read on all cores', async () => {
    expect([weightOf(file('a.txt')), weightOf({ type: 'file', path: 'a.pdf', kind: 'pdf' }), weightOf({ type: 'file', path: 'a.docx', kind: 'docx' })]).toEqual([1, 2500, 2500]);
    const pdfs = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => pool!.run({ type: 'file', path: `p${i}:20`, kind: 'pdf' })));
    pool = new WorkerPool(script, 2, settings, 0, {}, { atOnce: 1 });
    await pdfs(4);
    expect(pool.workersStarted).toBe(1);
    pool = new WorkerPool(script, 2, settings, 0, {}, { atOnce: 1 });
    await pdfs(5);
    expect(pool.workersStarted).toBe(2);
  });
  it('never starts more than `size`', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    await many(300);
    expect(pool.workersStarted).toBe(1);
  });
  it('the command by default starts no more workers than one per two cores on a folder of 300; with --jobs 2, two', async () => {
    const cores = availableParallelism();
    const command = (args: string[]) => {
      const c = parseCommandLine(args);
      if (!('jobs' in c)) throw new Error('not a batch command');
      return { ...c, settings };
    };
    pool = commandPool(command(['cells', 'reports/']), script);
    await many(300);
    expect(pool.workersStarted).toBeLessThanOrEqual(warmingWorkers(cores));
    if (cores <= 3) expect(pool.workersStarted).toBe(1); // this machine: two cores
    pool = commandPool(command(['cells', 'reports/', '--jobs', '2']), script);
    await many(300);
    expect(pool.workersStarted).toBe(Math.min(2, cores));
  });
  it('the command starts one worker per two cores at once', () => {
    expect([1, 2, 3, 4, 8].map(warmingWorkers)).toEqual([1, 1, 1, 2, 4]);
  });
  it('keeps enough tasks in flight for full batches on every worker, and for another worker to be judged', () => {
    expect(new WorkerPool(script, 2, settings, 0).window).toBe(2 * BATCH * 3 + SPAWN_AT);
  });
});

describe('runningIndex', () => {
  const batches = [
    { id: 4, tasks: ['a', 'b'] },
    { id: 5, tasks: ['c', 'd', 'e'] },
  ];
  it.each([
    [4, 0, 0],
    [4, 1, 1],
    [5, 0, 2],
    [5, 2, 4],
    [3, 0, 0], // a batch already answered: none of these was running
    [5, 7, 0], // an index out of range: the first sent
    [-1, 0, 0], // a worker that started nothing
  ])('batch %i, task %i → %i', (id, index, expected) => {
    expect(runningIndex(batches, id, index)).toBe(expected);
  });
});
