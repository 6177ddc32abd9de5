import { Worker } from 'node:worker_threads';
import { REUSE_MAX_BYTES } from './out-bytes.js';
import type { SentResult, TaskInput, TaskMessage, TaskSettings } from './task.js';
import { isOutOfMemory, workerHeapLimitMb } from './worker-heap.js';

/**
 * Rejects every task of a run: the workers cannot work at all (the library failed to load).
 *
 * @example
 * const error: unknown = new FatalError('the worker script could not be loaded');
 * error instanceof FatalError; // → true (the run stops: exit code 1)
 */
export class FatalError extends Error {}

/**
 * Old-generation limits (MB) of the pool's workers.
 *
 * @example
 * const limits: HeapLimits = { heapMb: 64, retryHeapMb: 256 }; // new WorkerPool(script, 2, settings, 0, limits)
 */
export interface HeapLimits {
  /** Of every worker; default {@link workerHeapLimitMb}. */
  heapMb?: number;
  /** Of the worker that runs a task again, alone, after its worker ran out of memory; default none (Node's own). */
  retryHeapMb?: number;
}

interface Job {
  seq: number;
  input: TaskInput;
  /** Its worker ran out of memory: it runs again, alone, on a worker of its own. */
  retry: boolean;
  resolve(result: SentResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in the order it runs them; the first is running. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** Started for one job that ran out of memory: it gets no other, and stops after it. */
  retry: boolean;
}

/** Tasks sent ahead to each worker, so that it never waits for the main thread between two. */
const DEPTH = 2;
/** Written buffers kept for the workers: more than are ever in flight, fewer than would matter. */
const SPARE_MAX = 32;
/** Spare buffers sent with each task (one comes back with each result; the second lets a worker stock up). */
const SPARE_PER_TASK = 2;

/**
 * A pool of worker threads running `runTask`. Workers start as work arrives, up to `size`; each
 * runs its tasks one at a time, with the next one already sent. A task that outlives `timeoutMs`
 * (0: no limit) or whose worker dies is rejected with the reason, its worker replaced and the
 * tasks sent ahead to it sent again, so one bad file cannot stop a run.
 *
 * Workers run with a heap limit that keeps V8 from letting their heaps balloon over a long run
 * (see {@link workerHeapLimitMb}). A task whose worker runs out of memory under it is not
 * failed: it runs again, alone, on a new worker with `retryHeapMb` (by default no limit of the
 * command's own), which stops after it; only if that runs out of memory too is the task rejected.
 * Results come as bytes; {@link WorkerPool.recycle} hands their buffers back once written.
 *
 * @example
 * // not run: starts worker threads from dist/cli-worker.js
 * const pool = new WorkerPool(new URL('./cli-worker.js', import.meta.url), 4, settings, 120_000);
 * const result = await pool.run({ type: 'file', path: 'a.txt', kind: 'text' });
 * pool.recycle(result.out); // once written
 * await pool.close();
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly spare: ArrayBuffer[] = [];
  private readonly heapMb: number;
  private readonly retryHeapMb: number | undefined;
  private seq = 0;
  private fatal: FatalError | null = null;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
    limits: HeapLimits = {},
  ) {
    this.heapMb = limits.heapMb ?? workerHeapLimitMb();
    this.retryHeapMb = limits.retryHeapMb;
  }

  /** Queues a task; resolves with its result, rejects if it timed out or its worker died. */
  run(input: TaskInput): Promise<SentResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, input, retry: false, resolve, reject });
      this.pump();
    });
  }

  /**
   * Takes back the bytes of a result once they are written (not before: the buffer moves to a
   * worker, which writes the next result into it). Buffers too large to be worth keeping, and
   * any beyond a few dozen, are left to the GC.
   */
  recycle(bytes: Uint8Array): void {
    const { buffer } = bytes;
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0 || buffer.byteLength > REUSE_MAX_BYTES) return; // detached, or not worth it
    // Twice in one transfer list, a buffer would make postMessage throw.
    if (this.spare.length < SPARE_MAX && !this.spare.includes(buffer)) this.spare.push(buffer);
  }

  /** Stops every worker; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    const closed = new Error('the pool was closed');
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      for (const j of s.jobs.splice(0)) j.reject(closed);
      s.worker.removeAllListeners('exit');
    }
    for (const j of this.queue.splice(0)) j.reject(closed);
    this.spare.length = 0;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const job = this.queue[0]!;
      const slot = job.retry ? this.retrySlot() : this.nextSlot();
      if (slot === null) return;
      this.queue.shift();
      slot.jobs.push(job);
      if (slot.jobs.length === 1) this.startTimer(slot);
      // A retry worker stops after its one task: spare buffers sent to it would be lost.
      const spare = job.retry ? [] : this.spare.splice(0, SPARE_PER_TASK);
      slot.worker.postMessage({ seq: job.seq, input: job.input, spare } satisfies TaskMessage, spare);
    }
  }

  /** The least busy worker if it has room, or a new one while an idle one is lacking; null: wait. */
  private nextSlot(): Slot | null {
    let slot: Slot | null = null;
    for (const s of this.slots) if (!s.retry && (slot === null || s.jobs.length < slot.jobs.length)) slot = s;
    if ((slot === null || slot.jobs.length > 0) && this.slots.length < this.size) slot = this.spawn(false);
    return slot !== null && slot.jobs.length < DEPTH ? slot : null;
  }

  /** A worker of its own for a task that ran out of memory (its old worker's place is free); null: wait. */
  private retrySlot(): Slot | null {
    return this.slots.length < this.size ? this.spawn(true) : null;
  }

  /** Times the task now running on a worker (the first of its jobs). */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.timeoutMs > 0 && slot.jobs.length > 0) {
      slot.timer = setTimeout(() => this.lose(slot, `timed out after ${this.timeoutMs / 1000} s`), this.timeoutMs);
    }
  }

  private spawn(retry: boolean): Slot {
    const heapMb = retry ? this.retryHeapMb : this.heapMb;
    const resourceLimits = heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb };
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits });
    const slot: Slot = { worker, jobs: [], timer: null, retry };
    worker.on('message', (msg: { seq: number; result?: SentResult; fatal?: string }) => {
      const at = slot.jobs.findIndex((j) => j.seq === msg.seq);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1) as [Job];
      if (msg.fatal !== undefined) {
        const fatal = new FatalError(msg.fatal);
        job.reject(fatal);
        this.fail(fatal);
        return;
      }
      if (at === 0) this.startTimer(slot);
      job.resolve(msg.result!);
      if (slot.retry) this.retire(slot);
      this.pump();
    });
    worker.on('error', (error) => {
      if (isOutOfMemory(error)) this.lose(slot, this.outOfMemory(slot), true);
      else this.lose(slot, `the worker failed: ${error.message}`);
    });
    worker.on('exit', (code) => this.lose(slot, `the worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private outOfMemory(slot: Slot): string {
    const heap = (mb: number | undefined) => (mb === undefined ? "Node's default heap limit" : `a ${mb} MB heap`);
    return slot.retry
      ? `ran out of memory (with ${heap(this.heapMb)}, then again when run alone with ${heap(this.retryHeapMb)})`
      : `ran out of memory (with ${heap(this.heapMb)})`;
  }

  /** Stops a worker that has no more work (a retry worker, after its one task). */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners('exit');
    slot.worker.terminate().catch(() => undefined);
  }

  /**
   * Gives up a worker: the tasks sent ahead go back to the queue, and its running task is
   * rejected, or, when the worker ran out of memory for the first time, queued first to run again.
   */
  private lose(slot: Slot, reason: string, outOfMemory = false): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const [running, ...ahead] = slot.jobs.splice(0);
    slot.worker.removeAllListeners('exit');
    slot.worker.terminate().catch(() => undefined);
    this.queue.unshift(...ahead);
    if (running && outOfMemory && !running.retry) {
      running.retry = true;
      this.queue.unshift(running);
    } else running?.reject(new Error(reason));
    if (!this.fatal) this.pump();
  }

  private fail(error: FatalError): void {
    this.fatal = error;
    for (const s of this.slots) for (const j of s.jobs.splice(0)) j.reject(error);
    for (const j of this.queue.splice(0)) j.reject(error);
  }
}
