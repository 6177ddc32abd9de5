import { TEMPLATES } from '../templates/templates.js';
import type { TableDef } from '../templates/types.js';

function order(defs: readonly TableDef[], pick: (d: TableDef) => readonly { key: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of defs) for (const x of pick(d)) if (!m.has(x.key)) m.set(x.key, m.size);
  return m;
}

// Every registered template's tables, newest first (a table shared by several counts once).
const T3 = [...new Set(TEMPLATES.map((t) => t.tables.t3))];
const T4 = [...new Set(TEMPLATES.map((t) => t.tables.t4))];

/**
 * Template order of the rows and columns of tables 3 and 4 (the first template's rows first, then each
 * next one's own: 2021's, then 2019's).
 *
 * @example
 * ROW_ORDER[3]!.get('new'); // 0
 */
export const ROW_ORDER = { 3: order(T3, (d) => d.rows), 4: order(T4, (d) => d.rows) } as Record<number, Map<string, number>>;
/**
 * Template order of the columns of tables 3 and 4.
 *
 * @example
 * COLUMN_ORDER[4]!.get('total'); // 4
 */
export const COLUMN_ORDER = { 3: order(T3, (d) => d.columns), 4: order(T4, (d) => d.columns) } as Record<number, Map<string, number>>;

/**
 * Compares two table cells by table, then row and column in template order (unknown keys last, by name).
 *
 * @example
 * const total = { table: 3, row: 'total', column: 'total' };
 * const fresh = { table: 3, row: 'new', column: 'total' };
 * [total, fresh].sort(compareCells).map((c) => c.row); // → ['new', 'total'] (template order)
 */
export function compareCells(a: { table: number; row: string; column: string }, b: { table: number; row: string; column: string }): number {
  const rank = (m: Map<string, number> | undefined, k: string) => m?.get(k) ?? Number.MAX_SAFE_INTEGER;
  return (
    a.table - b.table ||
    rank(ROW_ORDER[a.table], a.row) - rank(ROW_ORDER[b.table], b.row) ||
    a.row.localeCompare(b.row) ||
    rank(COLUMN_ORDER[a.table], a.column) - rank(COLUMN_ORDER[b.table], b.column) ||
    a.column.localeCompare(b.column)
  );
}
