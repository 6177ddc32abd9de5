/**
 * Splits runs whose report breaks its own arithmetic: the splits that break the fewest rule
 * instances, and the cells they pin down.
 *
 * @module
 */

import { WorkBudget } from './budget.js';
import { candidateOffsets, rowCandidates, type RowCandidate } from './row-candidates.js';
import { runLayout } from './run-layout.js';
import { solveSplits } from './solve-splits.js';
import type { Equation, SplitProblem, SplitResult } from './types.js';

/** What {@link solveLeastBroken} found: the split and the equations it breaks. */
export interface LeastBroken {
  result: SplitResult;
  /**
   * The equations the result does not satisfy (empty when every rule holds). For an ambiguous
   * result found by dropping different equations, every equation dropped by one of the splits.
   */
  broken: Equation[];
  /** Rows split one way only, whatever the arithmetic (a digit per cell: `6000006` for 7 cells). */
  forced: boolean[];
}

/** Most equations dropped at once in the search for a consistent split. */
const MAX_DROPPED = 2;
/** Most relaxed problems solved (each is a whole solve): bounds the cost on adversarial input. */
const MAX_TRIES = 400;
/** Work budget of each relaxed solve. */
const TRY_BUDGET = 20_000;

const sumOf = (cells: number[][], side: Array<[number, number]>) => side.reduce((s, [r, c]) => s + cells[r]![c]!, 0);

/**
 * Like {@link solveSplits}, but when no split satisfies every equation it looks for the splits that
 * break the fewest: first the equations among rows that can be split one way only (their digits are
 * pinned down whatever the rule says: a rule they break is broken by the report), then up to two
 * more equations dropped at a time. The cells every such split agrees on are known; the others
 * differ (`ambiguous`). `broken` lists the equations that do not hold, for the caller to name.
 *
 * @example
 * // A total row 9000009 and its one part 1000102 (one digit per cell: both splits forced): the
 * // total misses the part's 法律服务机构 request (column 4).
 * const solved = solveLeastBroken({
 *   rows: [{ run: '9000009', arity: 7 }, { run: '1000102', arity: 7 }],
 *   equations: [{ id: 'legalService', lhs: [[0, 4]], rhs: [[1, 4]] }],
 * });
 * solved.forced; // → [true, true]
 * solved.broken.map((e) => e.id); // → ['legalService']
 */
export function solveLeastBroken(problem: SplitProblem): LeastBroken {
  const first = solveSplits(problem);
  const none = problem.rows.map(() => false);
  if (first.status !== 'none') return { result: first, broken: [], forced: none };
  const alone = problem.rows.map((row) => solveSplits({ ...problem, rows: [row], equations: [] }));
  const forced = alone.map((r) => r.status === 'unique');
  // Equations over forced rows only: evaluated as printed.
  const fixedBroken: Equation[] = [];
  const rest: Equation[] = [];
  for (const e of problem.equations) {
    const rows = [...e.lhs, ...e.rhs].map(([r]) => r);
    if (rows.every((r) => forced[r])) {
      const cells = alone.map((a) => (a.status === 'unique' ? a.cells[0]! : []));
      if (sumOf(cells, e.lhs) !== sumOf(cells, e.rhs)) fixedBroken.push(e);
    } else rest.push(e);
  }
  if (fixedBroken.length > 0) {
    const r = solveSplits({ ...problem, equations: rest });
    if (r.status !== 'none') return { result: r, broken: fixedBroken, forced };
  }
  // Few splits per row: every combination, counting the rules each breaks.
  const exhaustive = fewestBroken(problem);
  if (exhaustive !== null) return { ...exhaustive, forced };
  // Drop one equation, then two, among the others: the fewest that make a split possible.
  let tries = 0;
  for (let k = 1; k <= MAX_DROPPED; k++) {
    const found: Array<{ result: Exclude<SplitResult, { status: 'none' }>; dropped: Equation[] }> = [];
    const visit = (from: number, dropped: number[]): boolean => {
      if (dropped.length === k) {
        if (++tries > MAX_TRIES) return false;
        const keep = rest.filter((_, i) => !dropped.includes(i));
        const r = solveSplits({ ...problem, equations: keep, budget: TRY_BUDGET });
        if (r.status === 'budget') return false;
        if (r.status !== 'none') found.push({ result: r, dropped: dropped.map((i) => rest[i]!) });
        return true;
      }
      for (let i = from; i < rest.length; i++) if (!visit(i + 1, [...dropped, i])) return false;
      return true;
    };
    if (!visit(0, [])) return { result: { status: 'none' }, broken: [], forced };
    if (found.length > 0) return { result: merge(found.map((f) => f.result), problem), broken: [...fixedBroken, ...new Set(found.flatMap((f) => f.dropped))], forced };
  }
  return { result: { status: 'none' }, broken: [], forced };
}

/** One result from several: unique when they all are and agree, else the cells they all know. */
function merge(results: Array<Exclude<SplitResult, { status: 'none' }>>, problem: SplitProblem): SplitResult {
  const r0 = results[0]!;
  if (results.length === 1) return r0;
  const cellsOf = (r: SplitResult): (number | null)[][] => (r.status === 'unique' ? r.cells : r.status === 'none' ? [] : r.known);
  const offsetsOf = (r: SplitResult): Array<Array<[number, number] | null>> => (r.status === 'unique' ? r.offsets : r.status === 'none' ? [] : r.knownOffsets);
  const all = results.map(cellsOf);
  const offs = results.map(offsetsOf);
  const known = problem.rows.map((row, i) =>
    Array.from({ length: row.arity }, (_, c) => {
      const v = all[0]![i]![c] ?? null;
      return v !== null && all.every((x) => x[i]![c] === v) ? v : null;
    }),
  );
  const knownOffsets = problem.rows.map((row, i) =>
    Array.from({ length: row.arity }, (_, c) => {
      const o = offs[0]![i]![c] ?? null;
      return o !== null && known[i]![c] !== null && offs.every((x) => x[i]![c]?.[0] === o[0] && x[i]![c]?.[1] === o[1]) ? o : null;
    }),
  );
  if (results.every((r) => r.status === 'unique') && known.every((row) => row.every((v) => v !== null)) && knownOffsets.every((row) => row.every((o) => o !== null))) {
    return { status: 'unique', cells: known, offsets: knownOffsets };
  }
  const candidates = results.flatMap((r) => (r.status === 'unique' ? [r.cells] : r.status === 'ambiguous' ? r.candidates : [])).slice(0, 5);
  const differing: Array<[number, number]> = [];
  known.forEach((row, i) => row.forEach((v, c) => v === null && differing.push([i, c])));
  return { status: 'ambiguous', candidates, differing, known, knownOffsets };
}

/** Most combinations of row splits tried by {@link fewestBroken}. */
const MAX_COMBINATIONS = 20_000;

/**
 * The combinations of row splits that break the fewest equations, when there are few enough to try
 * them all: each row's splits that keep its own rules (every split, when none does), then every
 * combination. Null when there are too many or a row cannot be split at all.
 */
function fewestBroken(problem: SplitProblem): { result: SplitResult; broken: Equation[] } | null {
  const budget = new WorkBudget(TRY_BUDGET * 5);
  const own = problem.rows.map((_, r) => problem.equations.filter((e) => [...e.lhs, ...e.rhs].every(([k]) => k === r)));
  const perRow: RowCandidate[][] = [];
  let product = 1;
  for (let r = 0; r < problem.rows.length; r++) {
    const row = problem.rows[r]!;
    const coefs = own[r]!.map((e) => {
      const v = new Array<number>(row.arity).fill(0);
      for (const [, c] of e.lhs) v[c]! += 1;
      for (const [, c] of e.rhs) v[c]! -= 1;
      return v;
    });
    let found = rowCandidates(runLayout(row), row.arity, coefs, budget);
    if (found.complete && found.candidates.length === 0) found = rowCandidates(runLayout(row), row.arity, [], budget);
    if (!found.complete || found.candidates.length === 0) return null;
    perRow.push(found.candidates);
    product *= found.candidates.length;
    if (product > MAX_COMBINATIONS) return null;
  }
  let best = Infinity;
  let winners: number[][] = [];
  const pick = new Array<number>(perRow.length).fill(0);
  for (let n = 0; n < product; n++) {
    let rest = n;
    for (let r = 0; r < perRow.length; r++) {
      pick[r] = rest % perRow[r]!.length;
      rest = Math.floor(rest / perRow[r]!.length);
    }
    const cells = pick.map((k, r) => perRow[r]![k]!.cells);
    let broken = 0;
    for (const e of problem.equations) if (sumOf(cells, e.lhs) !== sumOf(cells, e.rhs) && ++broken > best) break;
    if (broken < best) {
      best = broken;
      winners = [pick.slice()];
    } else if (broken === best) winners.push(pick.slice());
  }
  if (winners.length === 0 || best === 0) return null;
  const cellsOf = (w: number[]) => w.map((k, r) => perRow[r]![k]!.cells);
  const brokenBy = new Set<Equation>();
  for (const w of winners) {
    const cells = cellsOf(w);
    for (const e of problem.equations) if (sumOf(cells, e.lhs) !== sumOf(cells, e.rhs)) brokenBy.add(e);
  }
  const results: SplitResult[] = winners.map((w) => ({ status: 'unique', cells: cellsOf(w), offsets: w.map((k, r) => candidateOffsets(perRow[r]![k]!)) }));
  return { result: merge(results as Array<Exclude<SplitResult, { status: 'none' }>>, problem), broken: [...brokenBy] };
}
