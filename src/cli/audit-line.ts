import type { Library } from './library.js';
import type { Loaded } from './load-report.js';

/**
 * What a worker sends back for `audit`: the report's digest as one JSON line (the main thread audits
 * the digests together once every input is read).
 *
 * @example
 * // not run: needs a loaded report and the built library
 * auditLine('a.txt', loaded, lib); // '{"file":"a.txt","bodyKey":"…",…}\n'
 */
export function auditLine(name: string, loaded: Loaded, lib: Library): string {
  if (typeof lib.digestReport !== 'function') throw new Error('this build of ogi-report has no digestReport: it cannot audit');
  return JSON.stringify(lib.digestReport({ file: name, report: loaded.report, text: loaded.text ?? '' })) + '\n';
}
