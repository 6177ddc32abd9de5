import type { ParseOptions } from '../parse-report.js';
import type { Report } from '../report.js';

const FORMATS = ['auto', 'text', 'html'] as const;

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'undefined') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function boolean(options: Record<string, unknown>, name: string): void {
  const value = options[name];
  if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`parseReport: options.${name} must be true or false, got ${shown(value)}`);
}

/**
 * Checks the options of `parseReport` and gives them back: `null` and `undefined` mean the
 * defaults (`{}`); a value of the wrong type or out of range is a programmer error, thrown as a
 * `TypeError` that names the option. Options it does not know are left alone.
 *
 * @example
 * validateParseOptions(null); // → {}
 * validateParseOptions({ format: 'html' }); // → { format: 'html' }
 * const thrown = (f) => { try { f(); } catch (e) { return String(e); } };
 * thrown(() => validateParseOptions({ format: 'xml' })); // → 'TypeError: parseReport: options.format must be "auto", "text" or "html", got "xml"'
 */
export function validateParseOptions(options: unknown): ParseOptions {
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`parseReport(input, options): options must be an object, got ${Array.isArray(options) ? 'an array' : shown(options)}`);
  const o = options as Record<string, unknown>;
  if (o.format !== undefined && !(FORMATS as readonly unknown[]).includes(o.format)) {
    throw new TypeError(`parseReport: options.format must be "auto", "text" or "html", got ${shown(o.format)}`);
  }
  const max = o.maxLength;
  if (max !== undefined && (typeof max !== 'number' || Number.isNaN(max) || max < 0 || (Number.isFinite(max) && !Number.isInteger(max)))) {
    throw new TypeError(`parseReport: options.maxLength must be a whole number ≥ 0 (or Infinity), got ${shown(max)}`);
  }
  boolean(o, 'blankAsZero');
  boolean(o, 'traditional');
  return o;
}

/**
 * Checks the argument of `toCells` (and the like): a report as `parseReport` returns it, else a
 * `TypeError` naming the function and what it got.
 *
 * @example
 * validateReport(parseReport('一、总体情况'), 'toCells').template; // → 'unsupported'
 * const thrown = (f) => { try { f(); } catch (e) { return String(e); } };
 * thrown(() => validateReport(null, 'toCells')); // → 'TypeError: toCells(report) expects a report from parseReport, got null'
 */
export function validateReport(report: unknown, fn: string): Report {
  const r = report as Partial<Report> | null;
  if (typeof r !== 'object' || r === null || typeof r.template !== 'string' || typeof r.tables !== 'object' || r.tables === null) {
    throw new TypeError(`${fn}(report) expects a report from parseReport, got ${Array.isArray(report) ? 'an array' : shown(report)}`);
  }
  return report as Report;
}
