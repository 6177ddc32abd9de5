import { getHeapStatistics } from 'node:v8';

/**
 * The largest old-generation size (MB) at which V8 still grows a heap gently. After each full
 * GC, V8 lets the heap grow to its live size times a factor whose ceiling depends on the heap's
 * maximum size: 4 when the maximum is 2,048 MB or more (the default on any machine with 8 GB or
 * more), at most 2 below that (V8 heap-controller.cc, MaxGrowingFactor; `--trace-gc-verbose`
 * shows it). A worker parses reports for the whole run with about 12 MB live and promotes some
 * garbage with every report (about 2 KB on average over the corpus; 16 KB before run-together
 * cells stopped being built by object spreads), so with the default its old space ratchets up to
 * several times its live size, reached only after thousands of reports: the peak memory of a run
 * grew with the number of files. One megabyte below the threshold halves the ceiling.
 */
const GENTLE_GROWTH_MB = 2047;

/**
 * The old-generation limit (MB) of a worker: just below V8's threshold for fast heap growth, or
 * the process's own limit (`processLimitMb`) when that is lower already (a small machine). It is far
 * above what a report needs (10 million characters peak near 250 MB, 570 MB when all traditional);
 * a worker that still runs out of memory — a text of tens of millions of traditional characters —
 * has its task run again without it (see WorkerPool).
 *
 * @example
 * workerHeapLimitMb(4144); // → 2047 (a worker grows gently below 2 GB)
 * workerHeapLimitMb(1024); // → 1024 (never above this process's own limit)
 */
export function workerHeapLimitMb(processLimitMb = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)): number {
  return Math.min(GENTLE_GROWTH_MB, processLimitMb);
}

/**
 * Whether a worker's 'error' is Node's report that the worker reached its heap limit (the worker
 * is terminated; the process goes on).
 *
 * @example
 * isOutOfMemory(Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })); // → true
 * isOutOfMemory(new Error('ENOENT')); // → false
 */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
