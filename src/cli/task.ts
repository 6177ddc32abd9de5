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
 * What the pool sends a worker: a task, and spare buffers for the bytes of its results.
 *
 * @example
 * const input: TaskInput = { type: 'file', path: 'a.txt', kind: 'text' };
 * const message: TaskMessage = { seq: 7, input, spare: [new ArrayBuffer(1 << 16)] }; // worker.postMessage(message, message.spare)
 */
export interface TaskMessage {
  seq: number;
  input: TaskInput;
  spare?: ArrayBuffer[];
}
