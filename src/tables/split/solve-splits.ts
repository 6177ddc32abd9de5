/**
 * The entry point: splits every run into cells so that all equations hold.
 *
 * @module
 */

import { WorkBudget } from './budget.js';
import { compileEquations } from './compile-equations.js';
import type { CrossRowEquation } from './compile-equations.js';
import { JointSearch, type LinkedEquation } from './joint-search.js';
import { describeAmbiguity } from './ambiguity.js';
import { agreedCells, agreedOffsets } from './known-cells.js';
import { candidateOffsets, rowCandidates, type RowCandidate } from './row-candidates.js';
import { runLayout } from './run-layout.js';
import { DEFAULT_BUDGET, type SplitProblem, type SplitResult } from './types.js';

/** Solutions looked for before stopping (one more than an ambiguous result lists). */
const SOLUTION_LIMIT = 6;

/**
 * Splits each row's run of digits into `arity` cells so that every equation holds, and says
 * whether that split is unique.
 *
 * Phases, all charged to one work budget: (1) per row, enumerate the splits that respect spaces,
 * cell width, leading zeros and the equations involving only that row (pruned as it goes, see
 * {@link rowCandidates}); (2) bounds-propagate the cross-row equations; (3) backtrack over the
 * rows with the fewest candidates first, stopping at six solutions; (4) if stopped early, prove
 * which cells are nevertheless the same in every solution. A typical 25 × 7 table costs about a
 * thousand units (around 0.1 ms); an adversarial one stops with `status: 'budget'`.
 * Throws `RangeError` on malformed input (non-digit characters, bad arity, cells outside the table).
 *
 * @example
 * const sixParts = [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5]] as Array<[number, number]>;
 * solveSplits({
 *   rows: [{ run: '230 000023', arity: 7 }],
 *   equations: [{ id: 'row-sum', lhs: [[0, 6]], rhs: sixParts }],
 * });
 * // { status: 'unique', cells: [[23, 0, 0, 0, 0, 0, 23]],
 * //   offsets: [[[0, 2], [2, 3], [4, 5], [5, 6], [6, 7], [7, 8], [8, 10]]] }
 */
export function solveSplits(problem: SplitProblem): SplitResult {
  const budgetUnits = problem.budget ?? DEFAULT_BUDGET;
  if (!(budgetUnits >= 0)) throw new RangeError(`budget must be a non-negative number, got ${budgetUnits}`);
  const budget = new WorkBudget(budgetUnits);
  const arities = problem.rows.map((row, r) => {
    if (!Number.isInteger(row.arity) || row.arity < 1) {
      throw new RangeError(`row ${r}: arity must be a positive integer, got ${row.arity}`);
    }
    return row.arity;
  });
  const { rowLocal, crossRow } = compileEquations(problem.equations, arities);
  const layouts = problem.rows.map(runLayout);

  // Phase 1: row-local candidates, shortest runs first (cheap rows finish even if a long one
  // exhausts the budget, so `known` says as much as it can).
  const perRow: Array<RowCandidate[] | null> = problem.rows.map(() => null);
  const order = problem.rows.map((_, r) => r);
  order.sort((a, b) => layouts[a]!.digits.length - layouts[b]!.digits.length);
  for (const r of order) {
    const { candidates, complete } = rowCandidates(layouts[r]!, arities[r]!, rowLocal[r]!, budget);
    if (!complete) break;
    if (candidates.length === 0) return { status: 'none' };
    perRow[r] = candidates;
  }
  if (perRow.some((c) => c === null)) return budgetResult(perRow, arities);
  const candidates = perRow as RowCandidate[][];

  // Phase 2: cross-row propagation from the full candidate lists.
  const linked = crossRow.map((eq) => linkEquation(eq, candidates));
  const search = new JointSearch(
    candidates.map((c) => c.length),
    linked,
    budget,
  );
  const root = search.initialDomains();
  const rootOutcome = search.propagate(root, 'all');
  if (rootOutcome === 'fail') return { status: 'none' };
  if (rootOutcome === 'budget') return budgetResult(candidates, arities);
  const rootCandidates = root.map((dom, r) => dom.map((k) => candidates[r]![k]!));
  const rootFixed = agreedCells(
    rootCandidates.map((list) => list.map((c) => c.cells)),
    arities,
  );
  const rootFixedOffsets = knownOffsetsOf(rootCandidates, rootFixed);

  // Phase 3: search.
  const { solutions, stop } = search.enumerate(root.slice(), SOLUTION_LIMIT);
  if (stop === 'complete' && solutions.length === 0) return { status: 'none' };
  if (stop === 'complete' && solutions.length === 1) {
    const chosen = solutions[0]!.map((k, r) => candidates[r]![k]!);
    return {
      status: 'unique',
      cells: chosen.map((c) => c.cells.slice()),
      offsets: chosen.map(candidateOffsets),
    };
  }
  if (stop === 'budget' && solutions.length < 2) return { status: 'budget', known: rootFixed, knownOffsets: rootFixedOffsets };

  // Phase 4: two or more solutions.
  return describeAmbiguity({ search, root, rootFixed, rootFixedOffsets, solutions, stop, candidates, arities });
}

/** The cells (and where their digits are) on which every candidate left in each row agrees. */
function budgetResult(perRow: Array<RowCandidate[] | null>, arities: number[]): SplitResult {
  const known = agreedCells(perRow.map((c) => c?.map((x) => x.cells) ?? null), arities);
  return { status: 'budget', known, knownOffsets: knownOffsetsOf(perRow, known) };
}

/** {@link agreedOffsets} over row candidates. */
function knownOffsetsOf(perRow: Array<RowCandidate[] | null>, known: (number | null)[][]): Array<Array<[number, number] | null>> {
  return agreedOffsets(perRow.map((c) => c?.map(candidateOffsets) ?? null), known);
}

/** Precomputes each candidate's contribution to a cross-row equation. */
function linkEquation(eq: CrossRowEquation, candidates: RowCandidate[][]): LinkedEquation {
  return {
    rows: eq.rows,
    contrib: eq.rows.map((r, i) => {
      const coefs = eq.coefs[i]!;
      const list = candidates[r]!;
      const out = new Array<number>(list.length);
      for (let k = 0; k < list.length; k++) {
        const cells = list[k]!.cells;
        let s = 0;
        for (let c = 0; c < coefs.length; c++) s += coefs[c]! * cells[c]!;
        out[k] = s;
      }
      return out;
    }),
  };
}
