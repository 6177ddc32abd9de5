import { cacheKey } from '../cache-key.js';
import { csvField, csvRow } from '../io/csv.js';
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

/** Fields already written: labels, keys and cell texts repeat from report to report. */
const written = new Map<string, string>();
/** Enough for every label and key of the templates and the common cell texts; then it starts again. */
const WRITTEN_MAX = 8192;

/** {@link csvField} of a string, remembered (a cell's text copied first: a slice would keep its report alive). */
function field(text: string): string {
  let out = written.get(text);
  if (out === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    const key = cacheKey(text);
    written.set(key, (out = csvField(key)));
  }
  return out;
}

/** A number or nothing as a CSV field (numbers need neither quotes nor defusing). */
const numberField = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/**
 * A report's cells as CSV rows (`format: 'csv'`) or JSON lines (`'jsonl'`, with `span` as an
 * object): one per table cell, each with the origin, the report's template, body and year.
 * What every row of a report shares (origin, template, body, year) is written once; labels and
 * keys are escaped once per run. The rows are those {@link csvRow} writes, byte for byte.
 *
 * @example
 * formatCells('file', 'a.txt', report, lib, 'csv'); // → 'a.txt,2021,漯河回族自治县人民政府,2021,2,2021,regulations,issued,规章,本年制发件数,0,0,number,1168,1169\r\n…'
 */
export function formatCells(originKey: 'file' | 'id', origin: unknown, report: Report, lib: Library, format: 'csv' | 'jsonl'): string {
  const body = report.metadata.body?.value ?? null;
  const year = report.metadata.year?.value ?? null;
  let out = '';
  if (format === 'jsonl') {
    // The keys every line shares, then the cell's own (the object's text without its opening brace).
    const shared = JSON.stringify({ [originKey]: origin, template: report.template, body, year }).slice(0, -1);
    for (const c of lib.toCells(report)) {
      const own = JSON.stringify({
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
      });
      out += `${shared},${own.slice(1)}\n`;
    }
    return out;
  }
  const id = typeof origin === 'string' || origin === null ? origin : JSON.stringify(origin);
  const shared = csvRow([id, report.template, body, year]).slice(0, -2);
  for (const c of lib.toCells(report)) {
    out += `${shared},${c.table},${field(c.template)},${field(c.row)},${field(c.column)},${field(c.rowLabel)},${field(c.columnLabel)},${numberField(c.value)},${c.raw === null ? '' : field(c.raw)},${field(c.status)},${numberField(c.span?.start)},${numberField(c.span?.end)}\r\n`;
  }
  return out;
}
