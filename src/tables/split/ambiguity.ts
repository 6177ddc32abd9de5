/**
 * Turns several solutions into an honest "ambiguous" report: which cells differ, and which are
 * provably the same in every solution — not merely in the ones that happened to be found.
 *
 * @module
 */

import type { Domains, JointSearch } from './joint-search.js';
import { agreedCells, agreedOffsets, differingCells } from './known-cells.js';
import { candidateOffsets, type RowCandidate } from './row-candidates.js';
import type { SplitResult } from './types.js';

/** Solutions listed in an ambiguous result. */
const REPORTED_CANDIDATES = 5;

/**
 * What the search produced, for {@link describeAmbiguity}.
 *
 * @example
 * // solveSplits builds it when the search finds several solutions:
 * // '11011' in three cells with c = a + b reads 1 | 10 | 11 or 10 | 1 | 11.
 * solveSplits({ rows: [{ run: '11011', arity: 3 }], equations: [{ id: 'sum', lhs: [[0, 2]], rhs: [[0, 0], [0, 1]] }] }).status;
 * // → 'ambiguous'
 */
export interface AmbiguityInput {
  search: JointSearch;
  /** Propagated root domains. */
  root: Domains;
  /** Cells fixed by every candidate left in `root` (certain). */
  rootFixed: (number | null)[][];
  /** Where the digits of the cells of `rootFixed` are, when every candidate left in `root` agrees (certain). */
  rootFixedOffsets: Array<Array<[number, number] | null>>;
  /** At least two solutions, as candidate index per row. */
  solutions: number[][];
  /** How the enumeration stopped: exhaustive, at its solution limit, or out of budget. */
  stop: 'complete' | 'limit' | 'budget';
  candidates: RowCandidate[][];
  arities: number[];
}

/**
 * Builds the `ambiguous` result. A cell on which all found solutions agree is reported as known
 * only if that is certain: the enumeration was exhaustive, or the root domains fix it, or —
 * when the enumeration stopped at its solution limit — a search for a solution with a different
 * value in that cell comes back empty. Such a search that finds a solution adds it as a witness
 * (the cell then differs); one that runs out of budget leaves the cell `null`.
 *
 * @example
 * // Called by solveSplits: '11011' in three cells with c = a + b reads 1 | 10 | 11 or 10 | 1 | 11.
 * const result = solveSplits({ rows: [{ run: '11011', arity: 3 }], equations: [{ id: 'sum', lhs: [[0, 2]], rhs: [[0, 0], [0, 1]] }] });
 * if (result.status === 'ambiguous') result.known; // → [[null, null, 11]]
 */
export function describeAmbiguity(input: AmbiguityInput): Extract<SplitResult, { status: 'ambiguous' }> {
  const { search, root, rootFixed, rootFixedOffsets, stop, candidates, arities } = input;
  const found = input.solutions.slice();
  const cellsOf = (r: number, k: number): number[] => candidates[r]![k]!.cells;
  const offsetCache = new Map<RowCandidate, Array<[number, number]>>();
  const offsetsOf = (r: number, k: number): Array<[number, number]> => {
    const cand = candidates[r]![k]!;
    let o = offsetCache.get(cand);
    if (!o) offsetCache.set(cand, (o = candidateOffsets(cand)));
    return o;
  };
  const known = agreedCells(
    arities.map((_, r) => found.map((sol) => cellsOf(r, sol[r]!))),
    arities,
  );
  if (stop !== 'complete') {
    for (let r = 0; r < arities.length; r++) {
      for (let c = 0; c < arities[r]!; c++) {
        const v = known[r]![c];
        if (v === null || v === undefined || rootFixed[r]![c] !== null) continue;
        const proven =
          stop === 'limit' &&
          found.every((sol) => cellsOf(r, sol[r]!)[c] === v) && // witnesses added below may differ
          noSolutionWhere(search, root, r, (k) => cellsOf(r, k)[c] !== v, found);
        if (!proven) known[r]![c] = null;
      }
    }
  }
  // Where the known cells' digits are: agreed by the solutions found (every solution when the
  // enumeration was complete), else proven like the values — no solution puts them elsewhere.
  const knownOffsets = agreedOffsets(
    arities.map((_, r) => found.map((sol) => offsetsOf(r, sol[r]!))),
    known,
  );
  if (stop !== 'complete') {
    for (let r = 0; r < arities.length; r++) {
      for (let c = 0; c < arities[r]!; c++) {
        const o = knownOffsets[r]![c];
        if (o === null || o === undefined) continue;
        const rootOffsets = rootFixedOffsets[r]![c];
        if (rootOffsets && rootOffsets[0] === o[0] && rootOffsets[1] === o[1]) continue;
        const elsewhere = (k: number) => offsetsOf(r, k)[c]![0] !== o[0] || offsetsOf(r, k)[c]![1] !== o[1];
        const proven = stop === 'limit' && !found.some((sol) => elsewhere(sol[r]!)) && noSolutionWhere(search, root, r, elsewhere, found);
        if (!proven) knownOffsets[r]![c] = null;
      }
    }
  }
  const solutionCells = found.map((sol) => sol.map((k, r) => cellsOf(r, k)));
  return {
    status: 'ambiguous',
    candidates: solutionCells.slice(0, REPORTED_CANDIDATES),
    differing: differingCells(solutionCells),
    known,
    knownOffsets,
  };
}

/**
 * True if no solution has row `r` on a candidate matching `where` (proven). If one exists it is
 * appended to `found`; false is also returned when the budget runs out first.
 */
function noSolutionWhere(
  search: JointSearch,
  root: Domains,
  r: number,
  where: (k: number) => boolean,
  found: number[][],
): boolean {
  const domains = root.slice();
  domains[r] = root[r]!.filter(where);
  if (domains[r].length === 0) return true;
  const outcome = search.propagate(domains, [r]);
  if (outcome !== 'ok') return outcome === 'fail';
  const { solutions, stop } = search.enumerate(domains, 1);
  if (solutions.length > 0) {
    found.push(solutions[0]!);
    return false;
  }
  return stop === 'complete';
}
