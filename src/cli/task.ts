import type { InputKind } from './input-kind.js';
import type { ReportStats } from './stats.js';

/**
 * What a run does with each report.
 *
 * @example
 * const mode: Mode = 'cells';
 */
export type Mode = 'parse' | 'cells' | 'check' | 'stats' | 'audit';

/**
 * The settings every task of a run shares.
 *
 * @example
 * const settings: TaskSettings = { mode: 'cells', format: 'csv', quiet: false, blankAsZero: false };
 */
export interface TaskSettings {
  mode: Mode;
  /** For `cells`: 'csv' or 'jsonl'. */
  format: 'csv' | 'jsonl';
  /** For `check`: print only files with errors. */
  quiet: boolean;
  /** Count blank and dash cells as 0 in the arithmetic checks. */
  blankAsZero: boolean;
  /** The language of messages for people (`--lang`, else the locale): `check` and `audit`. */
  lang?: 'en' | 'zh';
  /** Decode text and HTML with this charset instead of detecting it. */
  encoding?: string;
}

/**
 * One unit of work: a file to read, bytes already read (stdin), or one line of `--jsonl-in`.
 *
 * @example
 * const input: TaskInput = { type: 'line', line: '{"id":1,"text":"…"}', lineNumber: 1 };
 */
export type TaskInput =
  | { type: 'file'; path: string; kind: InputKind | null }
  | { type: 'bytes'; name: string; bytes: Uint8Array; kind: InputKind | null }
  | { type: 'line'; line: string; lineNumber: number };

/**
 * What a task hands back: the text to write in order, and counts for the summary.
 *
 * @example
 * const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
 * const { out, failed } = await runTask({ type: 'file', path: 'gone.txt', kind: 'text' }, settings, lib);
 * failed; // → 'no such file or folder'
 */
export interface TaskResult {
  /** Written to the output as is (may be ''). */
  out: string;
  /** Why the input could not be read or parsed, else null. */
  failed: string | null;
  /** Said on stderr about an input that was read (`cells`: a report with no table cells). */
  note?: string;
  errors: number;
  warnings: number;
  /** For `stats`: this report's share. */
  stats?: ReportStats;
}

/**
 * A task's result as a worker sends it: `out` as UTF-8 bytes, whose buffer is moved to the main
 * thread (not copied) and, once written, handed back to a worker for a later result.
 *
 * @example
 * const input: TaskInput = { type: 'line', line: '{"id":1,"text":"…"}', lineNumber: 1 };
 * const sent: ResultMessage = { seq: 7, result: { out: new Uint8Array(0), failed: null, errors: 0, warnings: 0 } }; // out: Uint8Array
 */
export type SentResult = Omit<TaskResult, 'out'> & { out: Uint8Array };

/**
 * What the pool sends a worker: a batch of tasks, run one after the other, and spare buffers for
 * the bytes of their results.
 *
 * @example
 * const inputs: TaskInput[] = [{ type: 'file', path: 'a.txt', kind: 'text' }, { type: 'file', path: 'b.txt', kind: 'text' }];
 * const message: BatchMessage = { id: 7, inputs, spare: [new ArrayBuffer(1 << 16)] }; // worker.postMessage(message, message.spare)
 */
export interface BatchMessage {
  id: number;
  inputs: TaskInput[];
  spare?: ArrayBuffer[];
}

/**
 * A task's result in a worker's reply: `out` is `bytes` long, after the previous task's in the
 * reply's `out`.
 *
 * @example
 * const meta: SentMeta = { bytes: 120, failed: null, errors: 0, warnings: 1 };
 */
export type SentMeta = Omit<TaskResult, 'out'> & { bytes: number };

/**
 * What a worker sends back for a batch: the results in order, their bytes one after the other in
 * one buffer (moved, not copied); or, when it cannot work at all, why.
 *
 * @example
 * const reply: BatchReply = { id: 7, results: [{ bytes: 3, failed: null, errors: 0, warnings: 0 }], out: new TextEncoder().encode('a\r\n') };
 */
export type BatchReply = { id: number; results: SentMeta[]; out: Uint8Array } | { id: number; fatal: string };

/**
 * What a worker is given at its start: the run's settings, and a shared buffer where it says
 * which task it is running and since when ({@link progressOf}), so that the pool knows whose
 * input hung or crashed it, and which tasks of the batch were done.
 *
 * @example
 * const data: WorkerData = { settings: { mode: 'cells', format: 'csv', quiet: false, blankAsZero: false }, progress: new SharedArrayBuffer(PROGRESS_BYTES) };
 */
export interface WorkerData {
  settings: TaskSettings;
  progress: SharedArrayBuffer;
}

/**
 * The size of a worker's progress buffer: the batch id and the task's index in it (two int32),
 * then when the task started (int64, ms since the epoch).
 *
 * @example
 * new SharedArrayBuffer(PROGRESS_BYTES).byteLength; // → 16
 */
export const PROGRESS_BYTES = 16;

/**
 * Views of a worker's progress buffer: `at` holds [batch id, index], `since` the start (ms).
 *
 * @example
 * const p = progressOf(new SharedArrayBuffer(PROGRESS_BYTES));
 * Atomics.store(p.at, 0, 7);
 * Atomics.load(p.at, 0); // → 7
 */
export function progressOf(buffer: SharedArrayBuffer): { at: Int32Array; since: BigInt64Array } {
  return { at: new Int32Array(buffer, 0, 2), since: new BigInt64Array(buffer, 8, 1) };
}
