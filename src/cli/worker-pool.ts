import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskResult, TaskSettings } from './task.js';

/**
 * Rejects every task of a run: the workers cannot work at all (the library failed to load).
 *
 * @example
 * if (error instanceof FatalError) process.exitCode = 1;
 */
export class FatalError extends Error {}

interface Job {
  seq: number;
  input: TaskInput;
  resolve(result: TaskResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in the order it runs them; the first is running. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/** Tasks sent ahead to each worker, so that it never waits for the main thread between two. */
const DEPTH = 2;

/**
 * A pool of worker threads running `runTask`. Workers start as work arrives, up to `size`; each
 * runs its tasks one at a time, with the next one already sent. A task that outlives `timeoutMs`
 * (0: no limit) or whose worker dies is rejected with the reason, its worker replaced and the
 * tasks sent ahead to it sent again, so one bad file cannot stop a run.
 *
 * @example
 * const pool = new WorkerPool(new URL('./cli-worker.js', import.meta.url), 4, settings, 120_000);
 * const result = await pool.run({ type: 'file', path: 'a.txt', kind: 'text' });
 * await pool.close();
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private fatal: FatalError | null = null;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
  ) {}

  /** Queues a task; resolves with its result, rejects if it timed out or its worker died. */
  run(input: TaskInput): Promise<TaskResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, input, resolve, reject });
      this.pump();
    });
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
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // The least busy worker, or a new one while an idle one is lacking.
      let slot = this.slots.reduce<Slot | null>((best, s) => (best === null || s.jobs.length < best.jobs.length ? s : best), null);
      if ((slot === null || slot.jobs.length > 0) && this.slots.length < this.size) slot = this.spawn();
      if (slot === null || slot.jobs.length >= DEPTH) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      if (slot.jobs.length === 1) this.startTimer(slot);
      slot.worker.postMessage({ seq: job.seq, input: job.input });
    }
  }

  /** Times the task now running on a worker (the first of its jobs). */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.timeoutMs > 0 && slot.jobs.length > 0) {
      slot.timer = setTimeout(() => this.lose(slot, `timed out after ${this.timeoutMs / 1000} s`), this.timeoutMs);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.settings });
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.on('message', (msg: { seq: number; result?: TaskResult; fatal?: string }) => {
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
      this.pump();
    });
    worker.on('error', (error) => this.lose(slot, `the worker failed: ${error.message}`));
    worker.on('exit', (code) => this.lose(slot, `the worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** Gives up a worker: its running task is rejected, the tasks sent ahead go back to the queue. */
  private lose(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const [running, ...ahead] = slot.jobs.splice(0);
    slot.worker.removeAllListeners('exit');
    slot.worker.terminate().catch(() => undefined);
    this.queue.unshift(...ahead);
    running?.reject(new Error(reason));
    if (!this.fatal) this.pump();
  }

  private fail(error: FatalError): void {
    this.fatal = error;
    for (const s of this.slots) for (const j of s.jobs.splice(0)) j.reject(error);
    for (const j of this.queue.splice(0)) j.reject(error);
  }
}
