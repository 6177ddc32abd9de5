import { csvRow } from '../io/csv.js';
import type { Report } from '../index.js';
import type { Library } from './library.js';

/**
 * The columns of `cells` output, after the origin column (`file`, or `id` with `--jsonl-in`).
 *
 * @example
 * CELL_COLUMNS.indexOf('value'); // 9
 */
export const CELL_COLUMNS = [
  'template',
  'body',
  'year',
  'table',
  'tableTemplate',
  'row',
  'column',
  'rowLabel',
  'columnLabel',
  'value',
  'raw',
  'status',
  'spanStart',
  'spanEnd',
] as const;

/**
 * The CSV header row of `cells`.
 *
 * @example
 * cellsHeader('file'); // 'file,template,body,year,table,tableTemplate,row,column,…,spanEnd\r\n'
 */
export function cellsHeader(originKey: 'file' | 'id'): string {
  return csvRow([originKey, ...CELL_COLUMNS]);
}

/**
 * A report's cells as CSV rows (`format: 'csv'`) or JSON lines (`'jsonl'`, with `span` as an
 * object): one per table cell, each with the origin, the report's template, body and year.
 *
 * @example
 * formatCells('file', 'a.txt', report, lib, 'csv'); // → 'a.txt,2021,漯河回族自治县人民政府,2021,2,2021,regulations,issued,规章,本年制发件数,0,0,number,1168,1169\r\n…'
 */
export function formatCells(originKey: 'file' | 'id', origin: unknown, report: Report, lib: Library, format: 'csv' | 'jsonl'): string {
  const body = report.metadata.body?.value ?? null;
  const year = report.metadata.year?.value ?? null;
  let out = '';
  for (const c of lib.toCells(report)) {
    if (format === 'jsonl') {
      out +=
        JSON.stringify({
          [originKey]: origin,
          template: report.template,
          body,
          year,
          table: c.table,
          tableTemplate: c.template,
          row: c.row,
          column: c.column,
          rowLabel: c.rowLabel,
          columnLabel: c.columnLabel,
          value: c.value,
          raw: c.raw,
          status: c.status,
          span: c.span,
        }) + '\n';
    } else {
      const id = typeof origin === 'string' || origin === null ? origin : JSON.stringify(origin);
      out += csvRow([id, report.template, body, year, c.table, c.template, c.row, c.column, c.rowLabel, c.columnLabel, c.value, c.raw, c.status, c.span?.start, c.span?.end]);
    }
  }
  return out;
}
