/**
 * Public types of the run-splitting constraint solver.
 *
 * The solver knows nothing about report labels: a caller hands it the raw digit runs of a table
 * whose cells ran together, plus the arithmetic that ties the cells together, and gets back the
 * cell values (or an honest "ambiguous" / "none" / "budget").
 *
 * @module
 */

/**
 * One row's raw run of digits.
 *
 * Spaces (any whitespace) inside `run` are certain cell boundaries. The run may end with extra
 * digits that belong to the next label's item number; list those possible suffixes in
 * `trailingCandidates` (the solver tries the run both with and without each of them).
 *
 * @example
 * // "1.本机关不掌握相关政府信息2200003252.没有现成信息…" — the caller cut out the digits
 * // between the two labels and knows the next label may start with "2.":
 * const row: RunRow = { run: '2200003252', arity: 7, trailingCandidates: ['2'] };
 */
export interface RunRow {
  /** ASCII digits and whitespace only. */
  run: string;
  /** Number of cells the row must split into (a positive integer). */
  arity: number;
  /**
   * Digit strings at the end of `run` that might belong to the next label's numbering, e.g. the
   * next label starts with "2." → `['2']` lets the run end with a "2" that is not part of this row.
   * Each is optional: the split without removing it is tried too.
   */
  trailingCandidates?: string[];
}

/**
 * A linear equality over cells: `sum(lhs) === sum(rhs)`. A cell is `[rowIndex, columnIndex]`.
 * A cell may appear on both sides or more than once; coefficients are summed.
 *
 * @example
 * // row 0's total (column 6) is the sum of its six other cells
 * const rowTotal: Equation = {
 *   id: 'row0',
 *   lhs: [[0, 6]],
 *   rhs: [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5]],
 * };
 */
export interface Equation {
  lhs: Array<[number, number]>;
  rhs: Array<[number, number]>;
  /** Free-form name, used in error messages. */
  id: string;
}

/**
 * Input of {@link solveSplits}: the rows, their arithmetic, and the search limits.
 *
 * @example
 * const problem: SplitProblem = {
 *   rows: [{ run: '230 000023', arity: 7 }],
 *   equations: [{ id: 'r0', lhs: [[0, 6]], rhs: [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5]] }],
 * };
 */
export interface SplitProblem {
  rows: RunRow[];
  equations: Equation[];
  /** Max digits in one cell (default 7, allowed 1–12 so sums stay exact doubles). */
  maxCellDigits?: number;
  /** Forbid leading zeros in multi-digit cells (default true). */
  noLeadingZeros?: boolean;
  /**
   * Work budget in units of roughly one node expansion (one row-split step, one search node, or
   * one candidate checked during propagation). Default {@link DEFAULT_BUDGET}.
   */
  budget?: number;
}

/**
 * The solver's answer.
 *
 * - `unique`: exactly one assignment satisfies every row and every equation.
 * - `ambiguous`: at least two do. `candidates` lists up to five of them; `differing` lists the
 *   cells on which the solutions found disagree; `known[r][c]` is a value proven equal in *every*
 *   solution (not merely in the ones listed), `null` where cells differ or could not be proven
 *   within the budget. `trailingDiffers` lists rows whose cells agree but whose trailing-digit
 *   choice does not (only possible when leading zeros are allowed).
 * - `none`: no assignment satisfies the rows and equations (the input is inconsistent).
 * - `budget`: the work budget ran out before the answer was known. `known` holds only cells that
 *   are forced by every split that survived the (sound) filtering done so far — `null` elsewhere
 *   (`knownOffsets` likewise, for where their digits are).
 *   If the problem in fact has no solution, those values are vacuous.
 *
 * @example
 * const rowSum: Equation = { id: 'row-sum', lhs: [[0, 6]], rhs: [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5]] };
 * const r: SplitResult = solveSplits({ rows: [{ run: '230 000023', arity: 7 }], equations: [rowSum] });
 * if (r.status === 'unique') r.cells[0]; // → [23, 0, 0, 0, 0, 0, 23]
 */
export type SplitResult =
  | {
      status: 'unique';
      cells: number[][];
      /** Per row, each cell's `[start, end)` offsets within the original `run` (spaces included). */
      offsets: Array<Array<[number, number]>>;
      /** Per row, the digits left for the next label (`''` if none). */
      trailing: string[];
    }
  | {
      status: 'ambiguous';
      /** Up to five solutions, each `cells[row][column]`. */
      candidates: number[][][];
      /** Cells `[row, column]` whose value differs between solutions found. */
      differing: Array<[number, number]>;
      /** Values proven equal in every solution; `null` where they differ or are unproven. */
      known: (number | null)[][];
      /**
       * For a known cell whose digits are also proven to be the same ones of the run in every
       * solution: their `[start, end)` offsets in the run (spaces included), else `null`. Always
       * `null` when leading zeros are allowed (a value then does not fix its digits).
       */
      knownOffsets: Array<Array<[number, number] | null>>;
      /** Rows whose trailing-digit choice differs between solutions found with equal cells. */
      trailingDiffers: number[];
    }
  | { status: 'none' }
  | { status: 'budget'; known: (number | null)[][]; knownOffsets: Array<Array<[number, number] | null>> };

/**
 * Default work budget of {@link solveSplits}: a typical 25-row table 3 uses about a thousand
 * units (0.1 ms); exhausting 200 000 units takes some tens of milliseconds.
 *
 * @example
 * const problem: SplitProblem = { rows: [{ run: '1100002', arity: 7 }], equations: [] };
 * solveSplits({ ...problem, budget: DEFAULT_BUDGET * 5 }).status; // → 'unique'
 */
export const DEFAULT_BUDGET = 200_000;
