/**
 * Enumerates the ways one row's run can be cut into cells, pruned by the equations that involve
 * only that row.
 *
 * @module
 */

import type { WorkBudget } from './budget.js';
import type { RunLayout } from './run-layout.js';
import { MAX_CELL_DIGITS } from './types.js';

/**
 * One admissible split of a row.
 *
 * @example
 * // "230 000023" (digits "230000023") read as 23 | 0 | 0 | 0 | 0 | 0 | 23
 * const layout = runLayout({ run: '230 000023', arity: 7 });
 * const c: RowCandidate = { cells: [23, 0, 0, 0, 0, 0, 23], cuts: [0, 2, 3, 4, 5, 6, 7, 9], layout };
 */
export interface RowCandidate {
  cells: number[];
  /** Cell `c` is `layout.digits.slice(cuts[c], cuts[c + 1])`; `cuts.length === cells.length + 1`. */
  cuts: number[];
  /** The run this split belongs to. */
  layout: RunLayout;
}

/**
 * The splits of one row; `complete` is false when the budget ran out part-way (the list is then
 * partial and must not be used to rule anything out).
 *
 * @example
 * const layout = runLayout({ run: '230 000023', arity: 7 });
 * const { candidates, complete } = rowCandidates(layout, 7, [[-1, -1, -1, -1, -1, -1, 1]], new WorkBudget(1e4));
 * complete; // → true (false: the budget ran out; rule nothing out from this row)
 * candidates.length; // → 1
 */
export interface RowCandidates {
  candidates: RowCandidate[];
  complete: boolean;
}

/**
 * Each cell's `[start, end)` offsets in the original run (spaces included).
 *
 * @example
 * const layout = runLayout({ run: '230 000023', arity: 7 });
 * candidateOffsets({ cells: [23, 0, 0, 0, 0, 0, 23], cuts: [0, 2, 3, 4, 5, 6, 7, 9], layout });
 * // [[0, 2], [2, 3], [4, 5], [5, 6], [6, 7], [7, 8], [8, 10]]
 */
export function candidateOffsets(candidate: RowCandidate): Array<[number, number]> {
  const { cuts, layout } = candidate;
  const out: Array<[number, number]> = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    out.push([layout.runIndex[cuts[c]!]!, layout.runIndex[cuts[c + 1]! - 1]! + 1]);
  }
  return out;
}

/**
 * Enumerates every split of a row into `arity` cells that respects spaces, the cell width
 * ({@link MAX_CELL_DIGITS} digits, no leading zero) and each row-local equation
 * (`sum_c coefs[c] * cell[c] = 0`).
 *
 * Works lazily. Cells are placed from one end of the run — from the right when the equations'
 * pivot cells (such as a row total in the last column) sit on the right, so the total is placed
 * first and fixes the target of the others. A pass from the far end first computes, for every
 * (digit position, cells placed), whether the rest can still be split and the exact range each
 * equation's unplaced terms can take; the depth-first enumeration then only enters branches that
 * can still complete and still balance every equation, instead of listing compositions blindly.
 * With no leading zeros the cells spell the digits, so no two splits give the same cells. Costs one
 * budget unit per branch entered and
 * per candidate, plus a quarter unit per (digit, cell, equation + 1) of the range pass.
 *
 * @example
 * const layout = runLayout({ run: '230 000023', arity: 7 });
 * const rowSum = [-1, -1, -1, -1, -1, -1, 1];
 * rowCandidates(layout, 7, [rowSum], new WorkBudget(1e4));
 * // { candidates: [{ cells: [23, 0, 0, 0, 0, 0, 23], … }], complete: true }
 */
export function rowCandidates(layout: RunLayout, arity: number, equations: number[][], budget: WorkBudget): RowCandidates {
  const candidates: RowCandidate[] = [];
  const emit = (cand: RowCandidate): void => {
    candidates.push(cand);
  };
  const ok = layout.digits.length === arity ? singleDigits(layout, arity, equations, budget, emit) : splitLayout(layout, arity, equations, budget, emit);
  return { candidates, complete: ok };
}

/** The common case of one digit per cell ("0000000"): a single split, checked directly. */
function singleDigits(
  layout: RunLayout,
  n: number,
  equations: number[][],
  budget: WorkBudget,
  emit: (cand: RowCandidate) => void,
): boolean {
  if (!budget.spend(1)) return false;
  const cells = new Array<number>(n);
  const cuts = new Array<number>(n + 1);
  for (let c = 0; c < n; c++) {
    cells[c] = layout.digits.charCodeAt(c) - 48;
    cuts[c] = c;
  }
  cuts[n] = n;
  for (const coefs of equations) {
    let s = 0;
    for (let c = 0; c < n; c++) s += coefs[c]! * cells[c]!;
    if (s !== 0) return true;
  }
  emit({ cells, cuts, layout });
  return true;
}

// Scratch buffers reused across calls (the solver is synchronous, so never shared concurrently).
let scratchFeasible = new Uint8Array(256);
let scratchBounds = new Float64Array(512);

/**
 * Whether to place cells right to left: true when the equations' pivot cells (a lone cell on one
 * side, such as a total) mostly sit in the right half, so they are placed — and fix the target
 * of the other cells — first.
 */
function pivotsOnTheRight(equations: number[][], n: number): boolean {
  let votes = 0;
  for (const coefs of equations) {
    let pos = 0;
    let neg = 0;
    for (const x of coefs) {
      if (x > 0) pos++;
      else if (x < 0) neg++;
    }
    if (pos === neg) continue;
    const pivotSign = pos < neg ? 1 : -1;
    for (let c = 0; c < n; c++) {
      if (Math.sign(coefs[c]!) !== pivotSign) continue;
      if (2 * c > n - 1) votes++;
      else if (2 * c < n - 1) votes--;
    }
  }
  return votes > 0;
}

/** Splits one layout by a backward range pass and a pruned depth-first enumeration; false if out of budget. */
function splitLayout(
  layout: RunLayout,
  n: number,
  equations: number[][],
  budget: WorkBudget,
  emit: (cand: RowCandidate) => void,
): boolean {
  const { digits, forcedCut } = layout;
  const m = digits.length;
  if (m < n || m > n * MAX_CELL_DIGITS) return true;
  const W = n + 1;
  const E = equations.length;
  const size = (m + 1) * W;
  // The range pass touches every state once per equation: charge it up front, which also
  // bounds the scratch memory by the budget.
  if (!budget.spend((size * (E + 1)) >> 2)) return false;

  // Traversal: cells are placed from `origin` towards `goal`; the k-th placed cell is column
  // col(k). A state is (boundary position, cells placed). The cells that can be placed from
  // boundary pos reach boundaries stepTo[i] with values stepValue[i], i in [stepFrom[pos], stepFrom[pos + 1]).
  const backward = pivotsOnTheRight(equations, n);
  const origin = backward ? m : 0;
  const goal = backward ? 0 : m;
  const dir = backward ? -1 : 1;
  const col = (k: number): number => (backward ? n - 1 - k : k);
  const stepFrom: number[] = [];
  const stepTo: number[] = [];
  const stepValue: number[] = [];
  const maxLen = MAX_CELL_DIGITS;
  for (let pos = 0; pos <= m; pos++) {
    stepFrom.push(stepTo.length);
    let v = 0;
    let scale = 1;
    for (let len = 1; len <= maxLen; len++) {
      const to = pos + dir * len;
      if (to < 0 || to > m) break;
      // the cell is digits[min(pos, to) .. max(pos, to)); a space inside it ends the extension
      const digitAt = backward ? to : pos + len - 1;
      if (len > 1 && forcedCut[backward ? to + 1 : to - 1]) break;
      const digit = digits.charCodeAt(digitAt) - 48;
      if (backward) {
        v += digit * scale;
        scale *= 10;
      } else {
        v = v * 10 + digit;
      }
      const first = backward ? digit : digits.charCodeAt(pos) - 48;
      if (len > 1 && first === 0) {
        if (backward) continue; // a longer cell may start on a non-zero digit
        break;
      }
      stepTo.push(to);
      stepValue.push(v);
    }
  }
  stepFrom.push(stepTo.length);

  // Range pass from the goal: feasibility and, per equation, the exact range of the terms still
  // to be placed. bounds[2 * (e * size + at)] is the low end, the next slot the high end.
  if (scratchFeasible.length < size) scratchFeasible = new Uint8Array(size * 2);
  if (scratchBounds.length < 2 * E * size) scratchBounds = new Float64Array(4 * E * size);
  const feasible = scratchFeasible;
  const bounds = scratchBounds;
  feasible.fill(0, 0, size);
  const stateAt = (pos: number, k: number): number => pos * W + k;
  const end = stateAt(goal, n);
  feasible[end] = 1;
  for (let e = 0; e < E; e++) {
    bounds[2 * (e * size + end)] = 0;
    bounds[2 * (e * size + end) + 1] = 0;
  }
  for (let dist = 1; dist <= m; dist++) {
    const pos = goal - dir * dist;
    const placedMax = Math.min(n - 1, m - dist); // cells already placed used ≥ 1 digit each
    for (let k = placedMax; k >= 0; k--) {
      const at = stateAt(pos, k);
      const c = col(k);
      for (let i = stepFrom[pos]!; i < stepFrom[pos + 1]!; i++) {
        const to = stepTo[i]!;
        const v = stepValue[i]!;
        const nxt = stateAt(to, k + 1);
        if (!feasible[nxt]) continue;
        const first = !feasible[at];
        feasible[at] = 1;
        for (let e = 0; e < E; e++) {
          const x = equations[e]![c]! * v;
          const bn = 2 * (e * size + nxt);
          const ba = 2 * (e * size + at);
          const l = x + bounds[bn]!;
          const h = x + bounds[bn + 1]!;
          if (first || l < bounds[ba]!) bounds[ba] = l;
          if (first || h > bounds[ba + 1]!) bounds[ba + 1] = h;
        }
      }
    }
  }
  const start = stateAt(origin, 0);
  if (!feasible[start]) return true;
  for (let e = 0; e < E; e++) {
    if (bounds[2 * (e * size + start)]! > 0 || bounds[2 * (e * size + start) + 1]! < 0) return true;
  }

  // Depth-first enumeration from the origin, entering only branches that can still complete
  // and still balance every equation.
  const cells = new Array<number>(n).fill(0);
  const cuts = new Array<number>(n + 1).fill(0);
  cuts[n] = m;
  const sums = new Array<number>(E).fill(0);
  let out = true;
  const dfs = (pos: number, k: number): void => {
    if (k === n) {
      if (!budget.spend(1)) {
        out = false;
        return;
      }
      emit({ cells: cells.slice(), cuts: cuts.slice(), layout });
      return;
    }
    const c = col(k);
    for (let i = stepFrom[pos]!; i < stepFrom[pos + 1]!; i++) {
      const to = stepTo[i]!;
      const v = stepValue[i]!;
      const nxt = stateAt(to, k + 1);
      if (!feasible[nxt]) continue;
      if (!budget.spend(1)) {
        out = false;
        return;
      }
      let balanced = true;
      for (let e = 0; e < E; e++) {
        const s = sums[e]! + equations[e]![c]! * v;
        const bn = 2 * (e * size + nxt);
        if (s + bounds[bn]! > 0 || s + bounds[bn + 1]! < 0) {
          balanced = false;
          break;
        }
      }
      if (!balanced) continue;
      for (let e = 0; e < E; e++) sums[e] = sums[e]! + equations[e]![c]! * v;
      cells[c] = v;
      cuts[backward ? c : c + 1] = to;
      dfs(to, k + 1);
      if (!out) return;
      for (let e = 0; e < E; e++) sums[e] = sums[e]! - equations[e]![c]! * v;
    }
  };
  dfs(origin, 0);
  return out;
}
