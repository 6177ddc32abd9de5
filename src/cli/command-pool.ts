import { availableParallelism } from 'node:os';
import type { TaskSettings } from './task.js';
import { warmingWorkers, WorkerPool } from './worker-pool.js';

/**
 * The worker pool of a batch command: up to `jobs` workers. With `--jobs N`, N start as work
 * arrives; by default one per two cores ({@link warmingWorkers}), the rest once the run proves
 * long — on two cores a second worker costs more in JIT warm-up than it brings for thousands of
 * reports.
 *
 * @example
 * // not run: the pool starts worker threads from dist/cli-worker.js when given work
 * const pool = commandPool(parseCommandLine(['cells', 'reports/']), new URL('./cli-worker.js', import.meta.url));
 */
export function commandPool(command: { jobs: number; jobsAsked: boolean; settings: TaskSettings; timeoutMs: number }, script: URL): WorkerPool {
  const sharing = command.jobsAsked ? {} : { atOnce: warmingWorkers(availableParallelism()) };
  return new WorkerPool(script, command.jobs, command.settings, command.timeoutMs, {}, sharing);
}
