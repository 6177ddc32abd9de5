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
 * Spaces (any whitespace) inside `run` are certain cell boundaries. A cell has at most
 * {@link MAX_CELL_DIGITS} digits and no leading zero ("00" is two cells). The next label's item
 * number glued to the run ("…3252.没有…") is the caller's to cut off (tokenizeRunTogether does).
 *
 * @example
 * // "1.本机关不掌握相关政府信息220000325" — the digits between two labels:
 * const row: RunRow = { run: '220000325', arity: 7 };
 */
export interface RunRow {
  /** ASCII digits and whitespace only. */
  run: string;
  /** Number of cells the row must split into (a positive integer). */
  arity: number;
}

/** The most digits one cell may have: counts of a report stay far below ten million. */
export const MAX_CELL_DIGITS = 7;

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
 *   within the budget.
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
       * solution: their `[start, end)` offsets in the run (spaces included), else `null`.
       */
      knownOffsets: Array<Array<[number, number] | null>>;
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
