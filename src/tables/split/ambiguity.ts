/**
 * Turns several solutions into an honest "ambiguous" report: which cells differ, and which are
 * provably the same in every solution — not merely in the ones that happened to be found.
 *
 * @module
 */

import type { Domains, JointSearch } from './joint-search.js';
import { agreedCells, differingCells } from './known-cells.js';
import type { RowCandidate } from './row-candidates.js';
import type { SplitResult } from './types.js';

/** Solutions listed in an ambiguous result. */
const REPORTED_CANDIDATES = 5;

/**
 * What the search produced, for {@link describeAmbiguity}.
 *
 * @example
 * const input: AmbiguityInput = { search, root, rootFixed, solutions, stop: 'limit', candidates, arities };
 */
export interface AmbiguityInput {
  search: JointSearch;
  /** Propagated root domains. */
  root: Domains;
  /** Cells fixed by every candidate left in `root` (certain). */
  rootFixed: (number | null)[][];
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
 * const result = describeAmbiguity({ search, root, rootFixed, solutions, stop: 'limit', candidates, arities });
 * result.known; // [[null, null, 0, 0, null, null, 12], …]
 */
export function describeAmbiguity(input: AmbiguityInput): Extract<SplitResult, { status: 'ambiguous' }> {
  const { search, root, rootFixed, stop, candidates, arities } = input;
  const found = input.solutions.slice();
  const cellsOf = (r: number, k: number): number[] => candidates[r]![k]!.cells;
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
  const solutionCells = found.map((sol) => sol.map((k, r) => cellsOf(r, k)));
  const trailingDiffers: number[] = [];
  for (let r = 0; r < arities.length; r++) {
    const trails = new Set(found.map((sol) => candidates[r]![sol[r]!]!.layout.trailing));
    const first = solutionCells[0]![r]!;
    const cellsSame = solutionCells.every((s) => s[r]!.every((v, c) => v === first[c]));
    if (trails.size > 1 && cellsSame) trailingDiffers.push(r);
  }
  return {
    status: 'ambiguous',
    candidates: solutionCells.slice(0, REPORTED_CANDIDATES),
    differing: differingCells(solutionCells),
    known,
    trailingDiffers,
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
  if (domains[r]!.length === 0) return true;
  const outcome = search.propagate(domains, [r]);
  if (outcome !== 'ok') return outcome === 'fail';
  const { solutions, stop } = search.enumerate(domains, 1);
  if (solutions.length > 0) {
    found.push(solutions[0]!);
    return false;
  }
  return stop === 'complete';
}
