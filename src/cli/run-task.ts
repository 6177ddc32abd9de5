import { describeError } from './describe-error.js';
import { checkBlock, failedBlock } from './format-check.js';
import { formatCells } from './format-cells.js';
import { errorLine, parseLine, type Origin } from './format-parse.js';
import type { Library } from './library.js';
import { loadReport } from './load-report.js';
import { auditLine } from './audit-line.js';
import { reportStats } from './stats.js';
import type { TaskInput, TaskResult, TaskSettings } from './task.js';

function nameOf(input: TaskInput, id: unknown): string {
  if (input.type === 'file') return input.path;
  if (input.type === 'bytes') return input.name;
  return id === null || id === undefined ? `line ${input.lineNumber}` : `id ${JSON.stringify(id)} (line ${input.lineNumber})`;
}

/**
 * The result of an input that could not be read or parsed, in the run's mode: an error line
 * (`parse`), an error entry (`check`), nothing (`cells`, `stats`).
 *
 * @example
 * const settings: TaskSettings = { mode: 'parse', format: 'csv', quiet: false, blankAsZero: false };
 * failure({ type: 'file', path: 'gone.txt', kind: null }, settings, 'no such file or folder', null).out; // → '{"file":"gone.txt","error":"no such file or folder"}\n'
 */
export function failure(input: TaskInput, settings: TaskSettings, reason: string, id: unknown): TaskResult {
  const origin: Origin = input.type === 'line' ? { id: id ?? null } : { file: nameOf(input, id) };
  const name = nameOf(input, id);
  let out = '';
  if (settings.mode === 'parse') out = errorLine(origin, reason);
  else if (settings.mode === 'check') out = failedBlock(name, reason).out;
  return { out, failed: reason, errors: 1, warnings: 0 };
}

/**
 * Does one task of a run, in a worker: reads the input, parses it with the library and formats
 * the result for the run's mode (a JSON line, CSV rows, a check report, a stats share). Never
 * rejects: an input that cannot be read or parsed gives a result with `failed` set.
 *
 * @example
 * const result = await runTask({ type: 'file', path: 'corpus/t2021-damaged.txt', kind: 'text' }, { mode: 'check', format: 'csv', quiet: false, blankAsZero: false }, lib);
 * result.errors; // → 1
 * result.out.startsWith('corpus/t2021-damaged.txt  (template 2021'); // → true
 */
export async function runTask(input: TaskInput, settings: TaskSettings, lib: Library): Promise<TaskResult> {
  let loaded;
  try {
    loaded = await loadReport(input, lib, settings);
  } catch (error) {
    return failure(input, settings, describeError(error), (error as { id?: unknown }).id);
  }
  try {
    const { report } = loaded;
    const origin: Origin = input.type === 'line' ? { id: loaded.id ?? null } : { file: nameOf(input, null), encoding: loaded.encoding };
    let errors = 0;
    let warnings = 0;
    for (const m of report.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
    }
    switch (settings.mode) {
      case 'parse':
        return { out: parseLine(origin, report), failed: null, errors, warnings };
      case 'cells': {
        const [key, value] = 'file' in origin ? (['file', origin.file] as const) : (['id', origin.id] as const);
        const out = formatCells(key, value, report, lib, settings.format);
        // Every input is accounted for: one that gives no row is named on stderr.
        const note = out === '' ? `no table cells (template ${report.template}${errors > 0 ? `; ${report.messages.find((m) => m.severity === 'error')!.code}` : ''})` : undefined;
        return { out, failed: null, errors, warnings, ...(note ? { note } : {}) };
      }
      case 'check':
        return { ...checkBlock(nameOf(input, loaded.id), loaded, settings.quiet, settings.lang), failed: null };
      case 'stats':
        return { out: '', failed: null, errors, warnings, stats: reportStats(report, lib) };
      case 'audit':
        return { out: auditLine(nameOf(input, loaded.id), loaded, lib), failed: null, errors, warnings };
    }
  } catch (error) {
    return failure(input, settings, `internal error: ${describeError(error)}`, loaded.id);
  }
}
