import type { Cell } from './cells.js';
import { allDigits, digitsValue } from '../records/cell-value.js';

/** A rule within one row: the cell at `lhs` equals the sum of the cells at `rhs` (column indices). */
export interface RowRule {
  lhs: number[];
  rhs: number[];
}

/** How a row's value cells were fitted to its columns. */
export type FitOutcome = 'exact' | 'trimmed' | 'repaired' | 'inferred' | 'short' | 'unresolved';

/** The fitted row: one cell (or null) per column. */
export interface FittedRow {
  cells: (Cell | null)[];
  outcome: FitOutcome;
  /** The cell removed by a repair, or every cell of an unresolved row. */
  removed: Cell[];
}

/**
 * The number a `number` cell holds (separators and a 元/万元 unit removed), or null for any other cell.
 *
 * @example
 * cellNumber({ text: '20,168', kind: 'number' } as Cell); // 20168
 */
export function cellNumber(c: Cell | null | undefined): number | null {
  if (!c || c.kind !== 'number') return null;
  const text = c.valueText ?? c.text;
  const d = digitsValue(text);
  if (d >= 0) return d;
  const n = Number(allDigits(text) ? text : text.replace(/[,\s]|万元|元/gu, ''));
  return Number.isFinite(n) ? n : null;
}

const num = cellNumber;

/** Whether every rule holds on the row `nums` with the cell at `skip` removed. */
function holdsWithout(nums: (number | null)[], skip: number, rules: RowRule[]): boolean {
  for (const r of rules) {
    let l = 0;
    let s = 0;
    for (const i of r.lhs) {
      const v = nums[i < skip ? i : i + 1];
      if (v === null || v === undefined) return false;
      l += v;
    }
    for (const i of r.rhs) {
      const v = nums[i < skip ? i : i + 1];
      if (v === null || v === undefined) return false;
      s += v;
    }
    if (Math.abs(l - s) > 1e-9) return false;
  }
  return true;
}

/**
 * Fits a row's value cells to its `arity` columns. Extra blank cells at the ends are dropped (label
 * padding, trailing tabs). One cell too many is removed only when exactly one resulting row satisfies
 * the row's rules (the seed's "(七) 总计" row has eight numbers for seven columns). With fewer cells
 * than columns, when the last cell is the sum of the others they are taken as the first columns and
 * the total; otherwise the cells are left-aligned and the rest are missing.
 *
 * @example
 * const row = '8\t3\t0\t0\t0\t0\t0\t11'; // eight numbers for seven columns
 * const fitted = fitRow(splitCells(row, 0, row.length), 7, [{ lhs: [6], rhs: [0, 1, 2, 3, 4, 5] }]);
 * fitted.outcome; // → 'repaired'
 * fitted.cells.map((c) => c?.text); // → ['8', '3', '0', '0', '0', '0', '11']
 */
export function fitRow(values: Cell[], arity: number, rules: RowRule[]): FittedRow {
  const v = values.slice();
  let trimmed = false;
  while (v.length > arity && v[0]!.kind === 'blank') {
    v.shift();
    trimmed = true;
  }
  while (v.length > arity && v[v.length - 1]!.kind === 'blank') {
    v.pop();
    trimmed = true;
  }
  if (v.length === arity) return { cells: v, outcome: trimmed ? 'trimmed' : 'exact', removed: [] };
  if (v.length > arity) {
    // Empty slots between values (an HTML cell's colspan, padding): with them left out the values fill
    // the columns exactly, and the row's rules (if it has any) hold.
    const filled = v.filter((c) => c.kind !== 'blank');
    if (filled.length === arity && (rules.length === 0 || holdsWithout(filled.map(num), filled.length, rules))) return { cells: filled, outcome: 'trimmed', removed: [] };
    if (v.length === arity + 1 && rules.length > 0) {
      // Each cell's number read once; removing cell `skip` shifts the cells after it left by one.
      const nums = v.map(num);
      let first = -1;
      let unique = true;
      for (let skip = 0; skip < v.length && unique; skip++) {
        if (!holdsWithout(nums, skip, rules)) continue;
        if (first < 0) first = skip;
        // Two removals that leave different numbers: no unique repair.
        else for (let j = 0; j < arity && unique; j++) if (nums[j < first ? j : j + 1] !== nums[j < skip ? j : j + 1]) unique = false;
      }
      if (first >= 0 && unique) {
        return { cells: v.slice(0, first).concat(v.slice(first + 1)), outcome: 'repaired', removed: [v[first]!] };
      }
    }
    return { cells: new Array<Cell | null>(arity).fill(null), outcome: 'unresolved', removed: v };
  }
  const cells = new Array<Cell | null>(arity).fill(null);
  const totalRule = rules.find((r) => r.lhs.length === 1 && r.lhs[0] === arity - 1 && r.rhs.length === arity - 1);
  // A zero row one cell short carries no evidence of where the gap is: keep the printed order.
  const evidence = v.length <= arity - 2 || v.some((c) => num(c) !== 0);
  if (totalRule && evidence && v.length >= 2 && v.every((c) => c.kind === 'number')) {
    const parts = v.slice(0, -1).reduce((a, c) => a + num(c)!, 0);
    if (Math.abs(parts - num(v[v.length - 1])!) < 1e-9) {
      for (let i = 0; i < v.length - 1; i++) cells[i] = v[i]!;
      cells[arity - 1] = v[v.length - 1]!;
      return { cells, outcome: 'inferred', removed: [] };
    }
  }
  for (let i = 0; i < v.length; i++) cells[i] = v[i]!;
  return { cells, outcome: 'short', removed: [] };
}
