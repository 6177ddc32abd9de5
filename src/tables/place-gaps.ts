import type { RuleDef, TableDef } from '../templates/types.js';
import type { Cell } from './cells.js';
import { cellNumber, type FittedRow } from './fit-row.js';

// A dropped, blank or dash cell adds nothing to a sum here.
const num = (c: Cell | null | undefined): number | null => (c === null || c === undefined || c.kind === 'blank' || c.kind === 'dash' ? 0 : cellNumber(c));

/**
 * For rows printed one cell short (a blank cell dropped by the text extraction), tries every
 * position for the missing cell and keeps the one position — if exactly one — at which the row's
 * own rule and every column rule of the table hold. Returns the keys of the rows it placed.
 *
 * @example
 * import { splitCells } from './cells.js';
 * import { fitRow } from './fit-row.js';
 * // A small table: rows x, y and their sum; columns a, b and their total.
 * const table: TableDef = {
 *   number: 3, groups: [], headers: [],
 *   columns: [{ key: 'a', label: '甲' }, { key: 'b', label: '乙' }, { key: 'total', label: '总计' }],
 *   rows: [{ key: 'x', label: '子' }, { key: 'y', label: '丑' }, { key: 'sum', label: '合计' }],
 * };
 * const rules: RuleDef[] = [
 *   { id: 'row-total', table: 3, over: 'rows', lhs: ['total'], rhs: ['a', 'b'], description: '' },
 *   { id: 'column-sum', table: 3, over: 'columns', lhs: ['sum'], rhs: ['x', 'y'], description: '' },
 * ];
 * const printed = { x: '1\t2\t3', y: '4\t4', sum: '5\t2\t7' }; // y's blank b was dropped
 * const fitted = new Map(Object.entries(printed).map(([key, line]) => {
 *   const values = splitCells(line, 0, line.length);
 *   return [key, { ...fitRow(values, 3, [{ lhs: [2], rhs: [0, 1] }]), values }];
 * }));
 * placeGaps(table, rules, fitted); // → new Set(['y'])
 * fitted.get('y')?.cells.map((c) => c?.text ?? null); // → ['4', null, '4']
 */
export function placeGaps(table: TableDef, rules: readonly RuleDef[], fitted: Map<string, FittedRow & { values: Cell[] }>): Set<string> {
  const placed = new Set<string>();
  const columnRules = rules.filter((r) => r.table === table.number && r.over === 'columns');
  const rowRules = rules.filter((r) => r.table === table.number && r.over === 'rows');
  if (columnRules.length === 0) return placed;
  const colKeys = table.columns.map((c) => c.key);
  for (const [key, f] of fitted) {
    if (f.outcome !== 'inferred' && f.outcome !== 'short') continue;
    const printed = f.values.filter((c) => c.kind !== 'blank');
    const n = f.cells.length;
    if (printed.length !== n - 1) continue;
    const valid: (Cell | null)[][] = [];
    for (let g = 0; g < n; g++) {
      const cells = [...printed.slice(0, g), null, ...printed.slice(g)];
      let evaluated = 0;
      let ok = true;
      const value = (row: string, col: number): number | null => (row === key ? num(cells[col]) : fitted.has(row) ? num(fitted.get(row)!.cells[col]) : null);
      for (const r of rowRules) {
        const l = r.lhs.map((k) => num(cells[colKeys.indexOf(k)]));
        const s = r.rhs.map((k) => num(cells[colKeys.indexOf(k)]));
        if (l.includes(null) || s.includes(null)) continue;
        evaluated++;
        if (Math.abs(l.reduce((a, b) => a! + b!, 0)! - s.reduce((a, b) => a! + b!, 0)!) > 1e-9) ok = false;
      }
      for (const r of columnRules) {
        if (!r.lhs.includes(key) && !r.rhs.includes(key)) continue;
        for (let c = 0; c < n && ok; c++) {
          const l = r.lhs.map((row) => value(row, c));
          const s = r.rhs.map((row) => value(row, c));
          if (l.includes(null) || s.includes(null)) continue;
          evaluated++;
          if (Math.abs(l.reduce((a, b) => a! + b!, 0)! - s.reduce((a, b) => a! + b!, 0)!) > 1e-9) ok = false;
        }
      }
      if (ok && evaluated > 0) valid.push(cells);
    }
    if (valid.length === 1) {
      f.cells = valid[0]!;
      placed.add(key);
    }
  }
  return placed;
}
