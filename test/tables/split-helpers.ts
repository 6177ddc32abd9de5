/**
 * Test helpers for the run-splitting solver: flatten a grid of numbers into the run-together
 * text a bad export produces, build the table arithmetic, random tables, and a brute-force
 * reference solver.
 */

import type { Equation, RunRow, SplitProblem } from '../../src/tables/split/index.js';

export type Cell = [number, number];

/** Seeded PRNG (mulberry32), returns floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FlattenOptions {
  /** Per row, the column indices c such that a space is printed between cell c-1 and cell c. */
  spaces?: number[][];
}

/**
 * Turns a grid of numbers into runs the way a broken export prints them: cells concatenated,
 * optional spaces at some boundaries. (The next label's item number glued on the end is cut off
 * before the solver, by tokenizeRunTogether.)
 */
export function flatten(grid: number[][], options: FlattenOptions = {}): RunRow[] {
  return grid.map((cells, r) => {
    const spaces = new Set(options.spaces?.[r] ?? []);
    let run = '';
    cells.forEach((v, c) => {
      if (c > 0 && spaces.has(c)) run += ' ';
      run += String(v);
    });
    return { run, arity: cells.length };
  });
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** cell[r][last] = sum of cell[r][0..last-1]. */
export function rowSum(r: number, arity: number, first = 0): Equation {
  return {
    id: `row${r}@${first}`,
    lhs: [[r, first + arity - 1]],
    rhs: range(arity - 1).map((c) => [r, first + c] as Cell),
  };
}

// ---- Table 3 (2021 template) ------------------------------------------------------------------

export const T3_NEW = 0;
export const T3_CARRIED = 1;
export const T3_LEAVES = range(21).map((i) => i + 2); // rows 2..22
export const T3_TOTAL = 23;
export const T3_CARRY_OVER = 24;

/** Row sums, 一+二 = 七+四 and 七 = Σ leaves, for every column. */
export function t3Equations(): Equation[] {
  const eqs: Equation[] = range(25).map((r) => rowSum(r, 7));
  for (let c = 0; c < 7; c++) {
    eqs.push({ id: `corner${c}`, lhs: [[T3_NEW, c], [T3_CARRIED, c]], rhs: [[T3_TOTAL, c], [T3_CARRY_OVER, c]] });
    eqs.push({ id: `leaves${c}`, lhs: [[T3_TOTAL, c]], rhs: T3_LEAVES.map((r) => [r, c] as Cell) });
  }
  return eqs;
}

/** Completes a table 3 from its leaves, 二 and 四 rows (each six cells, no total). */
export function t3Grid(leaves: number[][], carried: number[], carryOver: number[]): number[][] {
  const withTotal = (six: number[]): number[] => [...six, six.reduce((a, b) => a + b, 0)];
  const total = range(6).map((c) => leaves.reduce((s, row) => s + row[c]!, 0));
  const fresh = range(6).map((c) => total[c]! + carryOver[c]! - carried[c]!);
  if (fresh.some((x) => x < 0)) throw new Error('invalid table: negative 一');
  return [fresh, carried, ...leaves, total, carryOver].map(withTotal);
}

/**
 * How busy a random table is: `typical` looks like most real reports (a few small counts, most
 * cells zero); `busy` has many two- and three-digit counts, which makes splitting much harder.
 */
export type TableProfile = 'typical' | 'busy';

/** A plausible random count for column c: mostly zero, natural persons most often non-zero. */
function randomCount(rand: () => number, c: number, busy: number, profile: TableProfile): number {
  const scale = profile === 'busy' ? 1 : 0.5;
  const p = (c === 0 ? 0.55 : c === 1 ? 0.2 : 0.06) * busy * scale;
  if (rand() >= p) return 0;
  const u = rand();
  const [one, two] = profile === 'busy' ? [0.6, 0.92] : [0.8, 0.98];
  if (u < one) return 1 + Math.floor(rand() * 9);
  if (u < two) return 10 + Math.floor(rand() * 90);
  return 100 + Math.floor(rand() * 900);
}

/** A random valid 2021 table 3 (25 × 7). */
export function randomT3(rand: () => number, profile: TableProfile = 'busy'): number[][] {
  const leaves = T3_LEAVES.map((_, i) => range(6).map((c) => randomCount(rand, c, i < 2 ? 1.6 : 0.7, profile)));
  const carryOver = range(6).map((c) => randomCount(rand, c, 0.5, profile));
  const total = range(6).map((c) => leaves.reduce((s, row) => s + row[c]!, 0));
  const carried = range(6).map((c) => (rand() < 0.25 ? Math.floor(rand() * (total[c]! + carryOver[c]! + 1)) : 0));
  return t3Grid(leaves, carried, carryOver);
}

/** A whole table 3 as a SplitProblem. */
export function t3Problem(grid: number[][], spaces?: number[][]): SplitProblem {
  const options: FlattenOptions = {};
  if (spaces) options.spaces = spaces;
  return { rows: flatten(grid, options), equations: t3Equations() };
}

// ---- Table 4 -------------------------------------------------------------------------------------

/** One row of 15 cells: three blocks of (维持, 纠正, 其他, 尚未审结, 总计). */
export function t4Equations(row = 0): Equation[] {
  return [0, 5, 10].map((first) => rowSum(row, 5, first));
}

// ---- Reference ---------------------------------------------------------------------------------

/** Does `cells` satisfy every equation? */
export function satisfies(grid: number[][], equations: Equation[]): boolean {
  const sum = (cells: Cell[]): number => cells.reduce((s, [r, c]) => s + grid[r]![c]!, 0);
  return equations.every((e) => sum(e.lhs) === sum(e.rhs));
}

/** Every split of one row, by naive recursion (no pruning): cells of at most 7 digits, no leading zero. */
export function naiveRowSplits(row: RunRow): Array<{ cells: number[] }> {
  const out: Array<{ cells: number[] }> = [];
  const segments = row.run.trim().split(/\s+/).filter((s) => s.length > 0);
  const go = (seg: number, pos: number, acc: number[]): void => {
    if (seg === segments.length) {
      if (acc.length === row.arity) out.push({ cells: acc.slice() });
      return;
    }
    const s = segments[seg]!;
    if (pos === s.length) return go(seg + 1, 0, acc);
    for (let len = 1; len <= 7 && pos + len <= s.length; len++) {
      const text = s.slice(pos, pos + len);
      if (len > 1 && text[0] === '0') break;
      if (acc.length >= row.arity) break;
      acc.push(Number(text));
      go(seg, pos + len, acc);
      acc.pop();
    }
  };
  go(0, 0, []);
  return out;
}

/** All solutions by brute force over the Cartesian product of naive row splits (small problems only). */
export function bruteForce(problem: SplitProblem): number[][][] {
  const perRow = problem.rows.map((row) => naiveRowSplits(row));
  const solutions: number[][][] = [];
  const seen = new Set<string>();
  const grid: number[][] = [];
  const go = (r: number): void => {
    if (r === perRow.length) {
      if (!satisfies(grid, problem.equations)) return;
      const key = JSON.stringify(grid);
      if (!seen.has(key)) {
        seen.add(key);
        solutions.push(grid.map((row) => row.slice()));
      }
      return;
    }
    for (const split of perRow[r]!) {
      grid[r] = split.cells;
      go(r + 1);
    }
  };
  go(0);
  return solutions;
}

/** One split of a row by brute force, with each cell's `[start, end)` offsets in the run. */
export interface PlacedSplit {
  cells: number[];
  offsets: Array<[number, number]>;
}

/** Every split of a row with where each cell's digits are (small rows only). */
export function placedRowSplits(row: RunRow): PlacedSplit[] {
  const out: PlacedSplit[] = [];
  const end = row.run.replace(/\s+$/u, '').length;
  const go = (pos: number, cells: number[], offsets: Array<[number, number]>): void => {
    while (pos < end && /\s/u.test(row.run[pos]!)) pos++;
    if (pos >= end) {
      if (cells.length === row.arity) out.push({ cells: cells.slice(), offsets: offsets.slice() });
      return;
    }
    if (cells.length >= row.arity) return;
    for (let len = 1; len <= 7 && pos + len <= end; len++) {
      const text = row.run.slice(pos, pos + len);
      if (/\s/u.test(text)) break;
      if (len > 1 && text[0] === '0') break;
      cells.push(Number(text));
      offsets.push([pos, pos + len]);
      go(pos + len, cells, offsets);
      cells.pop();
      offsets.pop();
    }
  };
  go(0, [], []);
  return out;
}

/**
 * By brute force: for each cell, its `[start, end)` offsets when every solution has the same value
 * there and takes the same digits for it, else null — what `knownOffsets` must say.
 */
export function bruteKnownOffsets(problem: SplitProblem): Array<Array<[number, number] | null>> | null {
  const perRow = problem.rows.map((row) => placedRowSplits(row));
  const chosen: PlacedSplit[] = [];
  const solutions: PlacedSplit[][] = [];
  const go = (r: number): void => {
    if (r === perRow.length) {
      if (satisfies(chosen.map((s) => s.cells), problem.equations)) solutions.push(chosen.slice());
      return;
    }
    for (const s of perRow[r]!) {
      chosen[r] = s;
      go(r + 1);
    }
  };
  go(0);
  if (solutions.length === 0) return null;
  return problem.rows.map((row, r) =>
    Array.from({ length: row.arity }, (_, c) => {
      const first = solutions[0]![r]!;
      const same = solutions.every((s) => s[r]!.cells[c] === first.cells[c] && s[r]!.offsets[c]![0] === first.offsets[c]![0] && s[r]!.offsets[c]![1] === first.offsets[c]![1]);
      return same ? first.offsets[c]! : null;
    }),
  );
}
