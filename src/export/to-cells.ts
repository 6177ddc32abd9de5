import type { ParsedReport } from '../report.js';
import type { RowRecord } from '../records/table-record.js';
import { blockPath } from '../tables/blocks.js';
import { tableDefOf } from '../templates/registry.js';
import { TEMPLATES } from '../templates/templates.js';
import type { TableDef, TemplateDef } from '../templates/types.js';
import type { Span } from '../types.js';
import type { CellStatus, CellValue } from '../records/cell-value.js';

/** One table cell in tidy form: one record per cell, ready for pandas, R or DuckDB. */
export interface TidyCell {
  table: 2 | 3 | 4;
  /** The id of the template this table was read with. */
  template: string;
  /** Stable English keys of the row and the column (see the README). */
  row: string;
  column: string;
  /**
   * The official labels, as in the template; table 4's column label is the header path joined with
   * "/" ("行政诉讼/复议后起诉/总计"). A "/" inside a label is written "／" (本年增／减).
   */
  rowLabel: string;
  columnLabel: string;
  value: number | null;
  /** The cell text as read ('' for an empty cell), null when the cell is absent. */
  raw: string | null;
  status: CellStatus;
  span: Span | null;
}

/** '/' separates the parts of a label path, so a '/' inside a label (本年增/减) is written '／'. */
const pathPart = (label: string) => label.replace(/\//gu, '／');

/** A template row in tidy form: its key and label, and its columns' keys and labels. */
interface TidyRow {
  key: string;
  rowLabel: string;
  columns: Array<{ key: string; columnLabel: string }>;
}

const layoutCache = new WeakMap<TableDef, TidyRow[]>();

/** The rows and labels of a table definition in tidy form, built once per definition. */
function tidyLayout(def: TableDef): TidyRow[] {
  let layout = layoutCache.get(def);
  if (layout) return layout;
  const labelOf = new Map(def.columns.map((c) => [c.key, c.label]));
  layout = def.rows.map((r) => {
    const path = def.number === 4 ? blockPath(def, r.key) : undefined;
    const cols = r.columns ?? def.columns.map((c) => c.key);
    return {
      key: r.key,
      rowLabel: path ? path.join('/') : pathPart(r.label),
      columns: cols.map((key) => ({ key, columnLabel: path ? [...path, labelOf.get(key)!].join('/') : pathPart(labelOf.get(key)!) })),
    };
  });
  layoutCache.set(def, layout);
  return layout;
}

/**
 * Flattens a report's tables into one record per cell, in template order: every cell of every
 * template row that was found (absent cells of a found row included, with `raw: null`). Rows not in
 * the template (`extraRows`) are not included. A report read with templates of one's own needs them
 * here too (`templates`, default the national ones): each table is laid out by the definition it was
 * read with, found by {@link tableDefOf}.
 *
 * @example
 * toCells(parseReport(text)).find((c) => c.table === 3 && c.row === 'total' && c.column === 'total')?.value; // 11
 */
export function toCells(report: ParsedReport, options: { templates?: readonly TemplateDef[] } = {}): TidyCell[] {
  const out: TidyCell[] = [];
  const templates = options.templates ?? TEMPLATES;
  for (const table of [2, 3, 4] as const) {
    const record = report.tables[`t${table}`];
    if (record === null) continue;
    const template = record.template;
    const def = tableDefOf(report, table, templates);
    if (def === null) throw new TypeError(`toCells(report, options): table ${table} was read with template "${template}", which is not in options.templates.`);
    const rows = record.rows as Record<string, RowRecord | null>;
    for (const r of tidyLayout(def)) {
      const row = rows[r.key];
      if (!row) continue;
      const cells = row.cells as Record<string, CellValue>;
      for (const { key, columnLabel } of r.columns) {
        const cell = cells[key]!;
        out.push({
          table,
          template,
          row: r.key,
          column: key,
          rowLabel: r.rowLabel,
          columnLabel,
          value: cell.value,
          raw: cell.raw,
          status: cell.status,
          span: cell.span,
        });
      }
    }
  }
  return out;
}
