/**
 * Constraint solver that splits runs of digits whose table cells ran together
 * ("230 000023" → 23, 0, 0, 0, 0, 0, 23) using the table's arithmetic.
 *
 * @example
 * solveSplits({ rows: [{ run: '1100002', arity: 7 }], equations: [] }).status; // → 'unique'
 *
 * @module
 */

export { solveSplits } from './solve-splits.js';
export { DEFAULT_BUDGET } from './types.js';
export type { Equation, RunRow, SplitProblem, SplitResult } from './types.js';
