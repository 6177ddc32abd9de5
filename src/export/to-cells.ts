import { validateReport } from '../options/validate-options.js';
import type { Report } from '../report.js';
import type { RowRecord } from '../records/table-record.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../templates/templates.js';
import { T4_BLOCK_PATHS } from '../templates/table4.js';
import type { TableDef } from '../templates/types.js';
import type { Span } from '../types.js';
import type { CellStatus, CellValue } from '../records/cell-value.js';

/** One table cell in tidy form: one record per cell, ready for pandas, R or DuckDB. */
export interface TidyCell {
  table: 2 | 3 | 4;
  /** The template this table was read with. */
  template: '2019' | '2021';
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

function defFor(table: 2 | 3 | 4, template: '2019' | '2021'): TableDef {
  const t = template === '2019' ? TEMPLATE_2019 : TEMPLATE_2021;
  return table === 2 ? t.tables.t2 : table === 3 ? t.tables.t3 : t.tables.t4;
}

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
    const path = def.number === 4 ? T4_BLOCK_PATHS[r.key] : undefined;
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
 * the template (`extraRows`) are not included.
 *
 * @example
 * toCells(parseReport(text)).find((c) => c.table === 3 && c.row === 'total' && c.column === 'total')?.value; // 11
 */
export function toCells(report: Report): TidyCell[] {
  validateReport(report, 'toCells');
  const out: TidyCell[] = [];
  for (const table of [2, 3, 4] as const) {
    const record = report.tables[`t${table}`];
    if (record === null) continue;
    const template = (record.template === '2019' ? '2019' : '2021') as '2019' | '2021';
    const def = defFor(table, template);
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
