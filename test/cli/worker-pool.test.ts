import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskInput, TaskSettings } from '../../src/cli/task.js';
import { workerHeapLimitMb } from '../../src/cli/worker-heap.js';
import { FatalError, WorkerPool } from '../../src/cli/worker-pool.js';

// A stand-in for dist/cli-worker.js that speaks the same protocol (results as transferred bytes,
// spare buffers with the tasks) and misbehaves on demand.
const FAKE_WORKER = `
import { parentPort, resourceLimits, workerData } from 'node:worker_threads';
let chain = Promise.resolve();
let spares = 0;
parentPort.on('message', (m) => { spares += (m.spare ?? []).length; chain = chain.then(() => handle(m)); });
function send(seq, text) {
  const out = new TextEncoder().encode(text);
  parentPort.postMessage({ seq, result: { out, failed: null, errors: 0, warnings: 0 } }, [out.buffer]);
}
async function handle({ seq, input }) {
  const [what, arg] = input.path.split(':');
  if (what === 'hang') return new Promise(() => {});
  if (what === 'exit') process.exit(3);
  if (what === 'throw') throw new Error('boom');
  if (what === 'fatal') return parentPort.postMessage({ seq, fatal: 'no library' });
  if (what === 'limit') return send(seq, 'limit:' + resourceLimits.maxOldGenerationSizeMb);
  if (what === 'spares') return send(seq, 'spares:' + spares);
  if (what === 'hog') {
    // Holds arg MB in many small arrays: a heap limit stops the worker cleanly (ERR_WORKER_OUT_OF_MEMORY).
    const held = [];
    for (let i = 0; i < Number(arg) * 128; i++) held.push(new Array(1000).fill(i));
    return send(seq, 'hog:' + resourceLimits.maxOldGenerationSizeMb + ':' + held.length);
  }
  await new Promise((r) => setTimeout(r, Number(arg ?? 0)));
  send(seq, what + ':' + workerData.mode);
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
