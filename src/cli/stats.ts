import type { Report } from '../index.js';
import type { Library } from './library.js';

/**
 * One report's share of `stats`: its template and year, its messages by code, its table 3 and 4 numbers.
 *
 * @example
 * const share: ReportStats = reportStats(report, lib);
 * share.template; // → '2021'
 */
export interface ReportStats {
  template: string;
  year: number | null;
  /** [code, severity, count]. */
  codes: [string, string, number][];
  /** [table, row, column, rowLabel, columnLabel, value] for every table 3 and 4 cell holding a number. */
  cells: [number, string, string, string, string, number][];
}

/**
 * A report's share of `stats`, small enough to send from a worker.
 *
 * @example
 * reportStats(report, lib).cells.find(([t, r, c]) => t === 3 && r === 'total' && c === 'total'); // → [3, 'total', 'total', '（七）总计', '总计', 11]
 */
export function reportStats(report: Report, lib: Library): ReportStats {
  const codes = new Map<string, [string, string, number]>();
  for (const m of report.messages) {
    const entry = codes.get(m.code) ?? [m.code, m.severity, 0];
    entry[2]++;
    codes.set(m.code, entry);
  }
  const cells: ReportStats['cells'] = [];
  for (const c of lib.toCells(report)) {
    if (c.table !== 2 && c.value !== null) cells.push([c.table, c.row, c.column, c.rowLabel, c.columnLabel, c.value]);
  }
  return { template: report.template, year: report.metadata.year?.value ?? null, codes: [...codes.values()], cells };
}
