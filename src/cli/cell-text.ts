import type { CellRef, CellValue, Report } from '../index.js';

const MAX_CELLS = 8;

function cellOf(report: Report, ref: CellRef): CellValue | undefined {
  const table = report.tables[`t${ref.table}`] as { rows: Record<string, { cells: Record<string, CellValue> } | null> } | null;
  return table?.rows[ref.row]?.cells[ref.column];
}

function valueText(cell: CellValue | undefined): string {
  if (cell === undefined || cell.status === 'absent') return '(absent)';
  if (cell.value !== null) return cell.raw !== null && cell.raw !== String(cell.value) ? `${cell.value} ("${cell.raw}")` : String(cell.value);
  return cell.raw === '' ? '(blank)' : `"${cell.raw}"`;
}

/**
 * The cells a message is about, with their values as read: `t4.reconsideration.total=3, …`
 * (at most eight, then how many more).
 *
 * @example
 * const report = parseReport(readFileSync('corpus/t2021-damaged.txt', 'utf8'));
 * const failed = report.messages.find((m) => m.code === 'check-failed');
 * cellsText(report, failed?.cells ?? []); // → 't4.reconsideration.total=3, t4.reconsideration.upheld=2, …'
 */
export function cellsText(report: Report, refs: readonly CellRef[]): string {
  const shown = refs.slice(0, MAX_CELLS).map((r) => `t${r.table}.${r.row}.${r.column}=${valueText(cellOf(report, r))}`);
  if (refs.length > MAX_CELLS) shown.push(`… ${refs.length - MAX_CELLS} more`);
  return shown.join(', ');
}
