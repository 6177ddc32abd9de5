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
  /** [table, row, column, rowLabel, columnLabel, value] for every cell of the table 3 and 4 rows whose cells all hold a number. */
  cells: [number, string, string, string, string, number][];
  /** [table, row, rowLabel] of the table 3 and 4 rows found with a cell that holds no number (blank, dash, invalid, absent): left out of the sums. */
  incomplete: [number, string, string][];
}

/**
 * A report's share of `stats`, small enough to send from a worker. A row counts whole or not at
 * all: its cells go into the sums only when every one of them holds a number, so that every
 * figure of a summed row rests on the same reports (and the row adds up as the reports' rows do).
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
  const incomplete: ReportStats['incomplete'] = [];
  // toCells lists a row's cells together, in template order.
  let row: ReportStats['cells'] = [];
  let whole = true;
  const flush = () => {
    const first = row[0];
    if (first && whole) cells.push(...row);
    else if (first) incomplete.push([first[0], first[1], first[3]]);
    row = [];
    whole = true;
  };
  for (const c of lib.toCells(report)) {
    if (c.table === 2) continue;
    if (row.length > 0 && (row[0]![0] !== c.table || row[0]![1] !== c.row)) flush();
    if (c.value === null) whole = false;
    row.push([c.table, c.row, c.column, c.rowLabel, c.columnLabel, c.value ?? 0]);
  }
  flush();
  return { template: report.template, year: report.metadata.year?.value ?? null, codes: [...codes.values()], cells, incomplete };
}
