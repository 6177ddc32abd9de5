import type { CellValue } from '../records/cell-value.js';
import type { Report } from '../report.js';
import type { FindingCell } from './finding.js';

/**
 * One cell of a report, by table, row and column keys; undefined when the table or row is missing.
 *
 * @example
 * cellAt(report, 3, 'total', 'total')?.value; // → 11
 */
export function cellAt(report: Report, table: 2 | 3 | 4, row: string, column: string): CellValue | undefined {
  const t = table === 2 ? report.tables.t2 : table === 3 ? report.tables.t3 : report.tables.t4;
  if (!t) return undefined;
  const r = (t.rows as Record<string, { cells: Record<string, CellValue> } | null>)[row];
  return r?.cells[column];
}

/**
 * A cell in the shape findings carry it (absent when the row is missing).
 *
 * @example
 * findingCell('a.txt', 3, 'new', 'total', cellAt(report, 3, 'new', 'total'));
 */
export function findingCell(file: string, table: 2 | 3 | 4, row: string, column: string, cell: CellValue | undefined): FindingCell {
  return { file, table, row, column, value: cell?.value ?? null, raw: cell?.raw ?? null, status: cell?.status ?? 'absent', span: cell?.span ?? null };
}
