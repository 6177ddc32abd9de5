import { csvRow } from '../io/csv.js';
import { fitWidth } from './display-width.js';
import { compareCells } from './stats-order.js';
import type { CellTotal, CodeTotal, IncompleteRow, StatsTotal } from './stats-total.js';
import { textTable } from './text-table.js';

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function templateRows(total: StatsTotal) {
  return [...total.byTemplateYear.values()].sort((a, b) => a.template.localeCompare(b.template) || (a.year ?? Infinity) - (b.year ?? Infinity));
}

function codeRows(total: StatsTotal): CodeTotal[] {
  return [...total.codes.values()].sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || b.count - a.count || a.code.localeCompare(b.code));
}

function cellRows(total: StatsTotal): CellTotal[] {
  return [...total.cells.values()].sort(compareCells);
}

/**
 * A table's cells as a matrix: one line per row, one column per template column, then the number
 * of reports summed (those with a number in every cell of the row) and of reports left out.
 */
function matrix(cells: CellTotal[], incomplete: IncompleteRow[], table: number, rowHeader: string): string {
  const mine = cells.filter((c) => c.table === table);
  const columns = [...new Map(mine.map((c) => [c.column, c.columnLabel.split('/').pop()!])).entries()];
  const rowOf = new Map<string, { label: string; reports: number }>();
  for (const c of mine) rowOf.set(c.row, { label: c.rowLabel, reports: c.reports });
  for (const r of incomplete) if (r.table === table && !rowOf.has(r.row)) rowOf.set(r.row, { label: r.rowLabel, reports: 0 });
  const rows = [...rowOf.entries()].sort(([a], [b]) => compareCells({ table, row: a, column: '' }, { table, row: b, column: '' }));
  const left = new Map(incomplete.filter((r) => r.table === table).map((r) => [r.row, r.reports]));
  const sum = new Map(mine.map((c) => [`${c.row}\t${c.column}`, c.sum]));
  const colOrder = columns.map(([k]) => k);
  return textTable(
    [rowHeader, 'label', ...columns.map(([, label]) => label), 'reports', 'left out'],
    rows.map(([row, { label, reports }]) => [row, fitWidth(label, 24), ...colOrder.map((col) => sum.get(`${row}\t${col}`) ?? null), reports, left.get(row) ?? 0]),
  );
}

const SUMMED = 'summed over the reports with a number in every cell of the row (reports: how many; left out: rows with a blank, dash or unreadable cell)';

/**
 * `stats` for a terminal: reports by template and year, messages by code, and tables 3 and 4
 * summed over the corpus, row by row over the reports that have a number in every cell of the
 * row, so that a row's figures rest on the same reports and add up as their rows do.
 *
 * @example
 * const total = new StatsTotal();
 * for (const name of ['seed-luohe-2021.txt', 't2021-damaged.txt']) total.add(reportStats(parseReport(readFileSync(`corpus/${name}`, 'utf8')), lib));
 * statsTable(total).split('\n')[0]; // → 'Reports: 2 parsed, 0 unreadable'
 */
export function statsTable(total: StatsTotal): string {
  let out = `Reports: ${total.reports} parsed, ${total.unreadable} unreadable\n\n`;
  out += 'Reports by template and year\n';
  out += textTable(['template', 'year', 'reports'], templateRows(total).map((t) => [t.template, t.year, t.reports])) + '\n';
  out += 'Messages by code\n';
  out += textTable(['severity', 'code', 'messages', 'reports'], codeRows(total).map((c) => [c.severity, c.code, c.count, c.reports])) + '\n';
  const cells = cellRows(total);
  const incomplete = [...total.incomplete.values()];
  out += `Table 3 ${SUMMED}\n` + matrix(cells, incomplete, 3, 'row') + '\n';
  out += `Table 4 ${SUMMED}\n` + matrix(cells, incomplete, 4, 'block');
  return out;
}

/**
 * The columns of `stats --format csv`.
 *
 * @example
 * STATS_COLUMNS.join(','); // 'measure,template,year,…,value,reports'
 */
export const STATS_COLUMNS = ['measure', 'template', 'year', 'code', 'severity', 'table', 'row', 'column', 'rowLabel', 'columnLabel', 'value', 'reports'] as const;

/**
 * `stats` as one long CSV: `measure` is `reports` (per template and year; `unreadable` for
 * inputs that failed), `messages` (per code: value = messages, reports = reports with one),
 * `cellSum` (per table 3/4 cell: value = the sum over the reports with a number in every cell of
 * its row, reports = how many) or `rowLeftOut` (per row: value = reports = the reports whose row
 * was left out, a cell of it blank, a dash or unreadable).
 *
 * @example
 * const total = new StatsTotal();
 * for (const name of ['seed-luohe-2021.txt', 't2021-damaged.txt']) total.add(reportStats(parseReport(readFileSync(`corpus/${name}`, 'utf8')), lib));
 * statsCsv(total).split('\r\n')[0]; // → 'measure,template,year,code,severity,table,row,column,rowLabel,columnLabel,value,reports'
 */
export function statsCsv(total: StatsTotal): string {
  let out = csvRow(STATS_COLUMNS);
  for (const t of templateRows(total)) out += csvRow(['reports', t.template, t.year, null, null, null, null, null, null, null, t.reports, t.reports]);
  if (total.unreadable > 0) out += csvRow(['unreadable', null, null, null, null, null, null, null, null, null, total.unreadable, null]);
  for (const c of codeRows(total)) out += csvRow(['messages', null, null, c.code, c.severity, null, null, null, null, null, c.count, c.reports]);
  for (const c of cellRows(total)) out += csvRow(['cellSum', null, null, null, null, c.table, c.row, c.column, c.rowLabel, c.columnLabel, c.sum, c.reports]);
  const incomplete = [...total.incomplete.values()].sort((a, b) => compareCells({ ...a, column: '' }, { ...b, column: '' }));
  for (const r of incomplete) out += csvRow(['rowLeftOut', null, null, null, null, r.table, r.row, null, r.rowLabel, null, r.reports, r.reports]);
  return out;
}
