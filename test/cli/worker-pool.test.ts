import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskInput, TaskSettings } from '../../src/cli/task.js';
import { FatalError, WorkerPool } from '../../src/cli/worker-pool.js';

// A stand-in for dist/cli-worker.js that speaks the same protocol and misbehaves on demand.
const FAKE_WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
let chain = Promise.resolve();
parentPort.on('message', (m) => { chain = chain.then(() => handle(m)); });
async function handle({ seq, input }) {
  const [what, ms] = input.path.split(':');
  if (what === 'hang') return new Promise(() => {});
  if (what === 'exit') process.exit(3);
  if (what === 'throw') throw new Error('boom');
  if (what === 'fatal') return parentPort.postMessage({ seq, fatal: 'no library' });
  await new Promise((r) => setTimeout(r, Number(ms ?? 0)));
  parentPort.postMessage({ seq, result: { out: what + ':' + workerData.mode, failed: null, errors: 0, warnings: 0 } });
}
`;
const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
const file = (path: string): TaskInput => ({ type: 'file', path, kind: 'text' });
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
    expect(results.map((r) => r.out)).toEqual(['a:parse', 'b:parse', 'c:parse', 'd:parse', 'e:parse']);
  });
  it('rejects a task that outlives the timeout, and sends the tasks queued behind it to a new worker', async () => {
    pool = new WorkerPool(script, 1, settings, 200);
    const hung = pool.run(file('hang'));
    const next = pool.run(file('next:0'));
    await expect(hung).rejects.toThrow('timed out after 0.2 s');
    expect((await next).out).toBe('next:parse');
  });
  it('rejects the task of a worker that exits or throws, and goes on', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    const exited = pool.run(file('exit'));
    const thrown = pool.run(file('throw'));
    const fine = pool.run(file('fine:0'));
    await expect(exited).rejects.toThrow('the worker stopped (exit code 3)');
    await expect(thrown).rejects.toThrow('the worker failed: boom');
    expect((await fine).out).toBe('fine:parse');
  });
  it('rejects everything with a FatalError when a worker cannot work at all', async () => {
    pool = new WorkerPool(script, 1, settings, 0);
    const first = pool.run(file('fatal'));
    const queued = pool.run(file('x:0'));
    await expect(first).rejects.toBeInstanceOf(FatalError);
    await expect(queued).rejects.toThrow('no library');
    await expect(pool.run(file('y:0'))).rejects.toBeInstanceOf(FatalError);
  });
});
