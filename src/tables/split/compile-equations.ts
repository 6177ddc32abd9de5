/**
 * Validates equations and turns them into coefficient form, sorted into row-local ones (used to
 * prune each row's splits) and cross-row ones (used by the joint search).
 *
 * @module
 */

import type { Equation } from './types.js';

/**
 * An equation over several rows, as `sum over rows r, columns c of coef[r][c] * cell[r][c] = 0`.
 *
 * @example
 * // cell[0][0] + cell[1][0] = cell[2][0]
 * const e: CrossRowEquation = { id: 'col0', rows: [0, 1, 2], coefs: [[1], [1], [-1]] };
 */
export interface CrossRowEquation {
  id: string;
  /** Rows involved, ascending, each with at least one non-zero coefficient. */
  rows: number[];
  /** `coefs[i][c]`: coefficient of column `c` of row `rows[i]` (length = that row's arity). */
  coefs: number[][];
}

/**
 * Equations split by scope.
 *
 * @example
 * const rowSum = { id: 'r0', lhs: [[0, 2]], rhs: [[0, 0], [0, 1]] } as Equation; // row 0: c = a + b
 * const column = { id: 'c0', lhs: [[1, 0]], rhs: [[0, 0]] } as Equation; // row 1's a = row 0's a
 * const { rowLocal, crossRow } = compileEquations([rowSum, column], [3, 3]);
 * rowLocal[0]; // → [[-1, -1, 1]] (the equations touching only row 0)
 * crossRow; // → [{ id: 'c0', rows: [0, 1], coefs: [[-1, 0, 0], [1, 0, 0]] }]
 */
export interface CompiledEquations {
  /** `rowLocal[r]`: coefficient vectors (length = arity of row r) of equations touching only row r. */
  rowLocal: number[][][];
  crossRow: CrossRowEquation[];
}

/**
 * Moves `lhs - rhs` into per-row coefficient vectors, drops cells whose coefficients cancel and
 * equations that cancel entirely, and classifies the rest by how many rows they touch. Throws
 * `RangeError` on a cell outside the table.
 *
 * @example
 * compileEquations([{ id: 'r0', lhs: [[0, 2]], rhs: [[0, 0], [0, 1]] }], [3]);
 * // { rowLocal: [[[-1, -1, 1]]], crossRow: [] }
 */
export function compileEquations(equations: Equation[], arities: number[]): CompiledEquations {
  const rowLocal: number[][][] = arities.map(() => []);
  const crossRow: CrossRowEquation[] = [];
  // One flat accumulator for the whole table; rowStart[r] is where row r's columns begin.
  const rowStart: number[] = [];
  let width = 0;
  for (const arity of arities) {
    rowStart.push(width);
    width += arity;
  }
  const acc: number[] = new Array<number>(width).fill(0);
  const isTouched: boolean[] = new Array<boolean>(arities.length).fill(false);
  for (const eq of equations) {
    const touched: number[] = [];
    addCells(eq.id, eq.lhs, 1, arities, rowStart, acc, isTouched, touched);
    addCells(eq.id, eq.rhs, -1, arities, rowStart, acc, isTouched, touched);
    const rows: number[] = [];
    const coefs: number[][] = [];
    let ascending = true;
    for (let i = 1; i < touched.length; i++) if (touched[i - 1]! > touched[i]!) ascending = false;
    if (!ascending) touched.sort((a, b) => a - b);
    for (const r of touched) {
      isTouched[r] = false;
      const from = rowStart[r]!;
      const to = from + arities[r]!;
      let nonZero = false;
      for (let i = from; i < to; i++) if (acc[i] !== 0) nonZero = true;
      if (nonZero) {
        rows.push(r);
        coefs.push(acc.slice(from, to));
      }
      for (let i = from; i < to; i++) acc[i] = 0;
    }
    if (rows.length === 1) rowLocal[rows[0]!]!.push(coefs[0]!);
    else if (rows.length > 1) crossRow.push({ id: eq.id, rows, coefs });
  }
  return { rowLocal, crossRow };
}

/** Adds `sign` to the coefficient of each cell, noting rows on first touch. */
function addCells(
  id: string,
  cells: Array<[number, number]>,
  sign: number,
  arities: number[],
  rowStart: number[],
  acc: number[],
  isTouched: boolean[],
  touched: number[],
): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const r = cell[0];
    const c = cell[1];
    const arity = arities[r];
    if (arity === undefined || !Number.isInteger(r) || !Number.isInteger(c) || c < 0 || c >= arity) {
      throw new RangeError(`equation ${id}: cell [${r}, ${c}] is outside the table`);
    }
    if (!isTouched[r]) {
      isTouched[r] = true;
      touched.push(r);
    }
    const at = rowStart[r]! + c;
    acc[at] = acc[at]! + sign;
  }
}
