import { Worker } from 'node:worker_threads';
import { REUSE_MAX_BYTES } from './out-bytes.js';
import { PROGRESS_BYTES, progressOf, type BatchMessage, type BatchReply, type SentMeta, type SentResult, type TaskInput, type TaskSettings, type WorkerData } from './task.js';
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

/**
 * How the pool shares its work out (the defaults suit the command; tests make them small).
 *
 * @example
 * const sharing: Sharing = { batch: 4, spawnAt: 0 }; // new WorkerPool(script, 2, settings, 0, {}, sharing)
 */
export interface Sharing {
  /** The most tasks sent to a worker in one message; default {@link BATCH}. */
  batch?: number;
  /**
   * A worker beyond the first is started only while tasks of more than this weight wait for one
   * (a few files are done sooner by one warm worker than by a second that starts cold; see
   * {@link weightOf}); default {@link SPAWN_AT}.
   */
  spawnAt?: number;
  /**
   * How many workers may start as soon as there is work for them; default all (`size`). The
   * command's default is {@link warmingWorkers}: one per two cores.
   */
  atOnce?: number;
  /**
   * Workers beyond `atOnce` are started only once tasks of this weight came to the pool (the run
   * is long enough to pay for another worker's JIT warm-up; see {@link weightOf}); default
   * {@link SPAWN_AFTER}.
   */
  spawnAfter?: number;
}

/**
 * How many workers the command starts at once by default: one per two cores. While a worker's
 * JIT warms up (its first thousands of reports), V8's optimising compiler keeps most of a second
 * core busy for it: more workers than half the cores would fight their compilers for the cores
 * (measured on two cores: two threads parsing 2,000 reports in one process take 1.5× the wall
 * time of one, 10,000 reports 1.35×). The others start once the run proves long ({@link SPAWN_AFTER}).
 *
 * @example
 * warmingWorkers(2); // → 1
 * warmingWorkers(8); // → 4
 * warmingWorkers(1); // → 1
 */
export function warmingWorkers(cores: number): number {
  return Math.max(1, Math.floor(cores / 2));
}

interface Task {
  seq: number;
  input: TaskInput;
  /** What it counts for in deciding to start another worker ({@link weightOf}). */
  weight: number;
  /** Its worker ran out of memory: it runs again, alone, on a worker of its own. */
  retry: boolean;
  resolve(result: SentResult): void;
  reject(error: Error): void;
}

/** Tasks sent to a worker in one message. */
interface Batch {
  id: number;
  tasks: Task[];
}

/**
 * Where, among the tasks of `batches` (in the order sent), is task `index` of batch `id`, the one
 * a worker said it was running; 0 (the first sent) when it named none of them.
 *
 * @example
 * runningIndex([{ id: 4, tasks: ['a', 'b'] }, { id: 5, tasks: ['c', 'd', 'e'] }], 5, 1); // → 3 ('d')
 */
export function runningIndex(batches: ReadonlyArray<{ id: number; tasks: readonly unknown[] }>, id: number, index: number): number {
  let before = 0;
  for (const b of batches) {
    if (b.id === id) return index >= 0 && index < b.tasks.length ? before + index : 0;
    before += b.tasks.length;
  }
  return 0;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in the order it runs them; the first is running. */
  batches: Batch[];
  /** Where the worker says which task it is running, and since when. */
  progress: ReturnType<typeof progressOf>;
  timer: NodeJS.Timeout | null;
  /** Started for one task that ran out of memory: it gets no other, and stops after it. */
  retry: boolean;
}

/** Batches sent ahead to each worker, so that it never waits for the main thread between two. */
const DEPTH = 2;
/**
 * The most tasks in one message. A message costs both threads about as much as a small report's
 * parse (the worker is woken and often descheduled in postMessage on a busy machine), so tasks go
 * in batches; small enough that a batch is a few milliseconds of work, and that the last batches
 * of a run spread over the workers.
 */
export const BATCH = 16;
/**
 * Tasks that must be waiting before a second (third…) worker is started. A worker pays for its
 * JIT warm-up (its first thousand reports cost three to four times a warm worker's, most of it
 * in V8's optimising compiler, on another core) and about 100 ms to start; a folder of a few dozen
 * files is done sooner by the first worker alone.
 */
export const SPAWN_AT = 64;
/**
 * Tasks that must have come to the pool before workers beyond `atOnce` are started. Each worker
 * pays for its own JIT warm-up: V8's optimising compiler spends 2–4 CPU-seconds on it over the
 * first thousands of reports, on the core another worker would use. Measured on two cores, side
 * by side: a second worker from the start made 2,000 reports take 1.2–1.75× as long (CPU +45%),
 * one started after 2,000 of 10,000 reports 1.27× (CPU +25%); over 40,000 the second thread
 * costs 11% more CPU and pays for itself.
 */
export const SPAWN_AFTER = 10_000;

/**
 * What a task counts for when the pool decides to start another worker: a PDF or Word file as
 * many text reports as make a quarter of {@link SPAWN_AFTER} (reading one costs 100–1,000 ms, as
 * much as hundreds of text reports, and a second worker's warm-up is paid back after a few), any
 * other input as one. A folder of PDFs is read on all cores.
 *
 * @example
 * weightOf({ type: 'file', path: 'a.pdf', kind: 'pdf' }); // → 2500
 * weightOf({ type: 'file', path: 'a.txt', kind: 'text' }); // → 1
 */
export function weightOf(input: TaskInput): number {
  return input.type !== 'line' && (input.kind === 'pdf' || input.kind === 'docx') ? SPAWN_AFTER / 4 : 1;
}
/** Written buffers kept for the workers: more than are ever in flight, fewer than would matter. */
const SPARE_MAX = 8;
/** Spare buffers sent with each batch (one comes back with each reply; the second lets a worker stock up). */
const SPARE_PER_BATCH = 2;

/**
 * A pool of worker threads running `runTask`. Workers start as work arrives, up to `size`; each
 * runs the batches of tasks it is sent one at a time, with the next one already sent. A task that
 * outlives `timeoutMs` (0: no limit) or whose worker dies is rejected with the reason, its worker
 * replaced, and the other tasks of its batch and of the batches sent ahead sent again (the worker
 * says in a shared buffer which task it is running, so only that one is lost), so one bad file
 * cannot stop a run, nor cost any other file its result.
 *
 * Workers run with a heap limit that keeps V8 from letting their heaps balloon over a long run
 * (see {@link workerHeapLimitMb}). A task whose worker runs out of memory under it is not
 * failed: it runs again, alone, on a new worker with `retryHeapMb` (by default no limit of the
 * command's own), which stops after it; only if that runs out of memory too is the task rejected.
 * Results come as bytes, a batch's in one buffer; {@link WorkerPool.recycle} hands the buffer
 * back once every result in it is written.
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
  private readonly queue: Task[] = [];
  private readonly spare: ArrayBuffer[] = [];
  /** Results not yet written, per buffer: it goes back to the workers when none is left. */
  private readonly unwritten = new Map<ArrayBuffer, number>();
  private readonly heapMb: number;
  private readonly retryHeapMb: number | undefined;
  private readonly batch: number;
  private readonly spawnAt: number;
  private readonly spawnAfter: number;
  private readonly atOnce: number;
  private seq = 0;
  /** The weight of all tasks that came so far. */
  private weight = 0;
  private batchId = 0;
  private started = 0;
  private fatal: FatalError | null = null;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
    limits: HeapLimits = {},
    sharing: Sharing = {},
  ) {
    this.heapMb = limits.heapMb ?? workerHeapLimitMb();
    this.retryHeapMb = limits.retryHeapMb;
    this.batch = Math.max(1, sharing.batch ?? BATCH);
    this.spawnAt = Math.max(0, sharing.spawnAt ?? SPAWN_AT);
    this.spawnAfter = Math.max(0, sharing.spawnAfter ?? SPAWN_AFTER);
    this.atOnce = Math.max(1, sharing.atOnce ?? size);
  }

  /** Queues a task; resolves with its result, rejects if it timed out or its worker died. */
  run(input: TaskInput): Promise<SentResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      const weight = weightOf(input);
      this.weight += weight;
      this.queue.push({ seq: this.seq++, input, weight, retry: false, resolve, reject });
      this.pump();
    });
  }

  /**
   * How many tasks a run should keep in flight (queued, sent, or done and not yet written) so
   * that every worker has full batches and a second worker's start can be judged.
   */
  get window(): number {
    return this.size * this.batch * (DEPTH + 1) + this.spawnAt;
  }

  /** How many workers were started so far (retry workers included). */
  get workersStarted(): number {
    return this.started;
  }

  /**
   * Takes back the bytes of a result once they are written (not before: the buffer moves to a
   * worker, which writes later results into it). A batch's buffer goes back once all its results
   * are written. Buffers too large to be worth keeping, and any beyond a few, are left to the GC.
   */
  recycle(bytes: Uint8Array): void {
    const { buffer } = bytes;
    if (!(buffer instanceof ArrayBuffer)) return;
    const left = this.unwritten.get(buffer);
    if (left === undefined) return; // not the pool's, detached, or handed back already
    if (left > 1) {
      this.unwritten.set(buffer, left - 1);
      return;
    }
    this.unwritten.delete(buffer);
    if (buffer.byteLength === 0 || buffer.byteLength > REUSE_MAX_BYTES) return;
    if (this.spare.length < SPARE_MAX) this.spare.push(buffer);
  }

  /** Stops every worker; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    const closed = new Error('the pool was closed');
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      for (const b of s.batches.splice(0)) for (const t of b.tasks) t.reject(closed);
      s.worker.removeAllListeners('exit');
    }
    for (const t of this.queue.splice(0)) t.reject(closed);
    this.spare.length = 0;
    this.unwritten.clear();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      const slot = head.retry ? this.retrySlot() : this.nextSlot();
      if (slot === null) return;
      // A retry runs alone; other tasks go in batches, shared out evenly while there are few.
      let n = 1;
      if (!head.retry) {
        const workers = Math.max(1, this.slots.filter((s) => !s.retry).length);
        const even = Math.ceil(this.queue.length / workers);
        n = Math.min(this.batch, even);
        const retryAt = this.queue.findIndex((t, i) => i < n && t.retry);
        if (retryAt > 0) n = retryAt;
      }
      const batch: Batch = { id: this.batchId++, tasks: this.queue.splice(0, n) };
      if (slot.batches.length === 0) Atomics.store(slot.progress.since, 0, BigInt(Date.now())); // it starts now
      slot.batches.push(batch);
      if (slot.batches.length === 1) this.watch(slot);
      // A retry worker stops after its one task: spare buffers sent to it would be lost.
      const spare = head.retry ? [] : this.spare.splice(0, SPARE_PER_BATCH);
      slot.worker.postMessage({ id: batch.id, inputs: batch.tasks.map((t) => t.input), spare } satisfies BatchMessage, spare);
    }
  }

  /**
   * The least busy worker if it has room, or a new one while an idle one is lacking (and, beyond
   * the first, while enough tasks wait to be worth its start); null: wait.
   */
  private nextSlot(): Slot | null {
    let slot: Slot | null = null;
    let workers = 0;
    for (const s of this.slots) {
      if (s.retry) continue;
      workers++;
      if (slot === null || s.batches.length < slot.batches.length) slot = s;
    }
    const lacking = slot === null || slot.batches.length > 0;
    let waiting = 0;
    if (workers > 0) for (const t of this.queue) waiting += t.weight;
    const worth = workers === 0 || (waiting > this.spawnAt && (workers < this.atOnce || this.weight > this.spawnAfter));
    if (lacking && this.slots.length < this.size && worth) slot = this.spawn(false);
    return slot !== null && slot.batches.length < DEPTH ? slot : null;
  }

  /** A worker of its own for a task that ran out of memory (its old worker's place is free); null: wait. */
  private retrySlot(): Slot | null {
    return this.slots.length < this.size ? this.spawn(true) : null;
  }

  /**
   * Times the task a worker is running: the worker notes when each task starts, so the timer,
   * when it fires, either finds the task over its time or is set again for the rest of it.
   */
  private watch(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.timeoutMs <= 0 || slot.batches.length === 0) return;
    const check = () => {
      slot.timer = null;
      if (slot.batches.length === 0) return;
      const left = Number(Atomics.load(slot.progress.since, 0)) + this.timeoutMs - Date.now();
      if (left <= 0) this.lose(slot, `timed out after ${this.timeoutMs / 1000} s`);
      else slot.timer = setTimeout(check, left);
    };
    slot.timer = setTimeout(check, this.timeoutMs);
  }

  private spawn(retry: boolean): Slot {
    const heapMb = retry ? this.retryHeapMb : this.heapMb;
    const resourceLimits = heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb };
    const buffer = new SharedArrayBuffer(PROGRESS_BYTES);
    const progress = progressOf(buffer);
    Atomics.store(progress.at, 0, -1);
    const worker = new Worker(this.script, { workerData: { settings: this.settings, progress: buffer } satisfies WorkerData, resourceLimits });
    this.started++;
    const slot: Slot = { worker, batches: [], progress, timer: null, retry };
    worker.on('message', (msg: BatchReply) => {
      const at = slot.batches.findIndex((b) => b.id === msg.id);
      if (at < 0) return;
      const [batch] = slot.batches.splice(at, 1) as [Batch];
      if ('fatal' in msg) {
        const fatal = new FatalError(msg.fatal);
        for (const t of batch.tasks) t.reject(fatal);
        this.fail(fatal);
        return;
      }
      if (slot.batches.length === 0) this.watch(slot);
      this.deliver(batch, msg);
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

  /** Resolves a batch's tasks with their results: views of the reply's one buffer. */
  private deliver(batch: Batch, { results, out }: { results: SentMeta[]; out: Uint8Array }): void {
    if (out.byteLength > 0) this.unwritten.set(out.buffer as ArrayBuffer, results.length);
    let offset = 0;
    for (let i = 0; i < batch.tasks.length; i++) {
      const { bytes, ...meta } = results[i]!;
      batch.tasks[i]!.resolve({ ...meta, out: out.subarray(offset, offset + bytes) });
      offset += bytes;
    }
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
   * Gives up a worker. The task it was running (as it said in its progress buffer; the first
   * sent, if it had started none) is rejected, or, when the worker ran out of memory for the
   * first time, queued first to run again alone. Every other task sent to it goes back to the
   * front of the queue, in order: those it had done (their results never came), and those after.
   */
  private lose(slot: Slot, reason: string, outOfMemory = false): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners('exit');
    slot.worker.terminate().catch(() => undefined);
    const batches = slot.batches.splice(0);
    const culprit = runningIndex(batches, Atomics.load(slot.progress.at, 0), Atomics.load(slot.progress.at, 1));
    const tasks = batches.flatMap((b) => b.tasks);
    const [running] = tasks.splice(culprit, 1);
    this.queue.unshift(...tasks);
    if (running && outOfMemory && !running.retry) {
      running.retry = true;
      this.queue.unshift(running);
    } else running?.reject(new Error(reason));
    if (!this.fatal) this.pump();
  }

  private fail(error: FatalError): void {
    this.fatal = error;
    for (const s of this.slots) for (const b of s.batches.splice(0)) for (const t of b.tasks) t.reject(error);
    for (const t of this.queue.splice(0)) t.reject(error);
  }
}
