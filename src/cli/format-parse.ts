import type { Report } from '../index.js';

/**
 * Where a result came from: `{ file, encoding }` for a file, `{ id }` for a `--jsonl-in` line.
 *
 * @example
 * const origin: Origin = { file: 'reports/a.txt', encoding: 'gb18030' };
 */
export type Origin = { file: string; encoding?: string | null } | { id: unknown };

/**
 * One JSON line of `parse`: the origin's fields, then the report's.
 *
 * @example
 * parseLine({ file: 'a.txt', encoding: 'utf-8' }, report); // '{"file":"a.txt","encoding":"utf-8","template":"2021",…}\n'
 */
export function parseLine(origin: Origin, report: Report): string {
  return JSON.stringify({ ...origin, ...report }) + '\n';
}

/**
 * The JSON line of an input that could not be read or parsed.
 *
 * @example
 * errorLine({ file: 'gone.txt' }, 'no such file or folder'); // '{"file":"gone.txt","error":"no such file or folder"}\n'
 */
export function errorLine(origin: Origin, error: string): string {
  const { file, id } = origin as { file?: string; id?: unknown };
  return JSON.stringify(file !== undefined ? { file, error } : { id, error }) + '\n';
}
