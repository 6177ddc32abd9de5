import { describe, expect, it } from 'vitest';
import { solveSplits, type Equation, type SplitProblem } from '../../src/tables/split/index.js';
import { bruteForce, bruteKnownOffsets, flatten, naiveRowSplits, randomT3, rng, rowSum, satisfies, t3Problem } from './split-helpers.js';

/** Every candidate must re-read as the runs and satisfy every equation. */
function isSolutionOf(problem: SplitProblem, grid: number[][]): boolean {
  return (
    satisfies(grid, problem.equations) &&
    problem.rows.every((row, r) => naiveRowSplits(row).some((s) => s.cells.join() === grid[r]!.join()))
  );
}

describe.each([
  { profile: 'typical' as const, minUnique: 190 },
  { profile: 'busy' as const, minUnique: 180 },
])('solveSplits — random valid 2021 tables 3 ($profile)', ({ profile, minUnique }) => {
  it('returns the original whenever it says unique; never none or budget (200 seeded tables)', () => {
    const rand = rng(profile === 'busy' ? 20211231 : 20220131);
    const tally = { unique: 0, ambiguous: 0, none: 0, budget: 0 };
    let unprovenKnown = 0;
    for (let i = 0; i < 200; i++) {
      const grid = randomT3(rand, profile);
      // A third of the tables get a few spaces, like "500000 5".
      const spaces = i % 3 === 0 ? grid.map(() => (rand() < 0.2 ? [1 + Math.floor(rand() * 6)] : [])) : undefined;
      const problem = t3Problem(grid, spaces);
      const result = solveSplits(problem);
      tally[result.status]++;
      if (result.status === 'unique') {
        expect(result.cells).toEqual(grid);
        // offsets point at each cell's text in the run
        result.offsets.forEach((row, r) =>
          row.forEach(([start, end], c) => expect(problem.rows[r]!.run.slice(start, end)).toBe(String(grid[r]![c]))),
        );
      } else if (result.status === 'ambiguous') {
        expect(result.candidates.length).toBeGreaterThanOrEqual(2);
        for (const cand of result.candidates) expect(isSolutionOf(problem, cand)).toBe(true);
        // known cells are proven: the original (a solution) must agree with them.
        result.known.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) expect(v).toBe(grid[r]![c]);
            else if (!result.differing.some(([dr, dc]) => dr === r && dc === c)) unprovenKnown++;
          }),
        );
        for (const [r, c] of result.differing) expect(result.known[r]![c]).toBeNull();
      }
    }
    console.log(`random ${profile} 2021 tables 3: ${JSON.stringify(tally)}, unproven cells ${unprovenKnown}`);
    expect(tally.none).toBe(0);
    expect(tally.budget).toBe(0);
    expect(tally.unique).toBeGreaterThanOrEqual(minUnique);
  });
});

describe('solveSplits — agrees with brute force on small random problems', () => {
  it('same status and solutions on 400 seeded problems', () => {
    const rand = rng(7);
    const counts = { unique: 0, ambiguous: 0, none: 0 };
    for (let i = 0; i < 400; i++) {
      const rows = 1 + Math.floor(rand() * 3);
      const arity = 2 + Math.floor(rand() * 3);
      const small = (): number => (rand() < 0.4 ? 0 : Math.floor(rand() * (rand() < 0.3 ? 120 : 12)));
      const withSum = (parts: number[]): number[] => [...parts, parts.reduce((a, b) => a + b, 0)];
      const grid = Array.from({ length: rows }, () => withSum(Array.from({ length: arity - 1 }, small)));
      const equations: Equation[] = grid.map((_, r) => rowSum(r, arity));
      if (rand() < 0.7) {
        // A totals row: each column is the sum of the rows above (sometimes off by one → often 'none').
        const total = grid[0]!.map((_, c) => grid.reduce((sum, row) => sum + row[c]!, 0));
        if (rand() < 0.2) total[Math.floor(rand() * (arity - 1))]! += 1;
        const t = grid.length;
        grid.push(total);
        equations.push(rowSum(t, arity));
        for (let c = 0; c < arity; c++) {
          if (rand() < 0.6) equations.push({ id: `col${c}`, lhs: [[t, c]], rhs: grid.slice(0, t).map((_, r) => [r, c] as [number, number]) });
        }
      }
      const spaces = grid.map(() => (rand() < 0.3 ? [1] : []));
      const problem: SplitProblem = { rows: flatten(grid, { spaces }), equations };
      const expected = bruteForce(problem);
      const result = solveSplits(problem);
      const sorted = (xs: number[][][]): string[] => xs.map((x) => JSON.stringify(x)).sort();
      if (expected.length === 0) {
        expect(result).toEqual({ status: 'none' });
        counts.none++;
      } else if (expected.length === 1) {
        expect(result.status).toBe('unique');
        if (result.status === 'unique') expect(result.cells).toEqual(expected[0]);
        counts.unique++;
      } else {
        expect(result.status).toBe('ambiguous');
        if (result.status !== 'ambiguous') continue;
        counts.ambiguous++;
        const all = new Set(sorted(expected));
        for (const cand of sorted(result.candidates)) expect(all.has(cand)).toBe(true);
        if (expected.length <= 5) expect(sorted(result.candidates)).toEqual(sorted(expected));
        // known: exactly the cells on which every solution agrees (proven, not sampled)
        result.known.forEach((row, r) =>
          row.forEach((v, cc) => {
            const agreed = expected.every((s) => s[r]![cc] === expected[0]![r]![cc]);
            expect(v).toBe(agreed ? expected[0]![r]![cc] : null);
          }),
        );
        // knownOffsets: exactly the known cells whose digits every solution takes from the same place
        expect(result.knownOffsets).toEqual(bruteKnownOffsets(problem));
      }
    }
    console.log(`small random problems vs brute force: ${JSON.stringify(counts)}`);
    expect(counts.none).toBeGreaterThan(0);
    expect(counts.unique).toBeGreaterThan(0);
    expect(counts.ambiguous).toBeGreaterThan(0);
  });
});

describe('solveSplits — agrees with brute force on odd shapes', () => {
  it('totals first or last, several blocks per row (400 problems)', () => {
    const rand = rng(4242);
    const counts = { unique: 0, ambiguous: 0, none: 0 };
    for (let i = 0; i < 400; i++) {
      const blocks = 1 + Math.floor(rand() * 2);
      const width = 2 + Math.floor(rand() * 3);
      const totalFirst = rand() < 0.5;
      const rows = 1 + Math.floor(rand() * 2);
      const grid = Array.from({ length: rows }, () => {
        const row: number[] = [];
        for (let b = 0; b < blocks; b++) {
          const parts = Array.from({ length: width - 1 }, () => (rand() < 0.4 ? 0 : Math.floor(rand() * (rand() < 0.3 ? 60 : 10))));
          const total = parts.reduce((a, x) => a + x, 0);
          row.push(...(totalFirst ? [total, ...parts] : [...parts, total]));
        }
        return row;
      });
      const equations: Equation[] = [];
      grid.forEach((_, r) => {
        for (let b = 0; b < blocks; b++) {
          const cols = Array.from({ length: width }, (_, k) => b * width + k);
          const pivot = totalFirst ? cols[0]! : cols[width - 1]!;
          const others = cols.filter((c) => c !== pivot).map((c) => [r, c] as [number, number]);
          // a cell on both sides cancels out; it must not change anything
          equations.push({ id: `r${r}b${b}`, lhs: [[r, pivot], [r, cols[1]!]], rhs: [...others, [r, cols[1]!]] });
        }
      });
      if (rows === 2 && rand() < 0.5) equations.push({ id: 'x', lhs: [[0, 0]], rhs: [[1, 0]] });
      if (rand() < 0.15) grid[0]![0] = grid[0]![0]! + 1; // often makes it impossible
      const problem: SplitProblem = { rows: flatten(grid), equations };
      const expected = bruteForce(problem);
      const result = solveSplits(problem);
      const sorted = (xs: number[][][]): string[] => xs.map((x) => JSON.stringify(x)).sort();
      if (expected.length === 0) {
        expect(result).toEqual({ status: 'none' });
        counts.none++;
      } else if (expected.length === 1) {
        expect(result).toMatchObject({ status: 'unique', cells: expected[0] });
        counts.unique++;
      } else {
        expect(result.status).toBe('ambiguous');
        if (result.status !== 'ambiguous') continue;
        counts.ambiguous++;
        if (expected.length <= 5) expect(sorted(result.candidates)).toEqual(sorted(expected));
        result.known.forEach((row, r) =>
          row.forEach((v, c) => {
            const agreed = expected.every((s) => s[r]![c] === expected[0]![r]![c]);
            expect(v).toBe(agreed ? expected[0]![r]![c] : null);
          }),
        );
        expect(result.knownOffsets).toEqual(bruteKnownOffsets(problem));
      }
    }
    console.log(`odd shapes vs brute force: ${JSON.stringify(counts)}`);
    expect(counts.none).toBeGreaterThan(0);
    expect(counts.unique).toBeGreaterThan(0);
    expect(counts.ambiguous).toBeGreaterThan(0);
  });
});

describe('solveSplits — what a result short of the answer claims is true of every solution', () => {
  it('known values and knownOffsets agree with every brute-force solution, whatever the budget (600 problems)', () => {
    const rand = rng(90210);
    let claimed = 0;
    const statuses = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const arity = 3 + Math.floor(rand() * 3);
      const rows = 1 + Math.floor(rand() * 2);
      const small = (): number => (rand() < 0.35 ? 0 : Math.floor(rand() * (rand() < 0.4 ? 120 : 12)));
      const grid = Array.from({ length: rows }, () => {
        const parts = Array.from({ length: arity - 1 }, small);
        return [...parts, parts.reduce((a, b) => a + b, 0)];
      });
      const problem: SplitProblem = { rows: flatten(grid, {}), equations: rand() < 0.5 ? grid.map((_, r) => rowSum(r, arity)) : [], budget: 5 + Math.floor(rand() * 400) };
      const result = solveSplits(problem);
      statuses.add(result.status);
      if (result.status !== 'ambiguous' && result.status !== 'budget') continue;
      const values = bruteForce(problem);
      if (values.length === 0) continue; // with no solution, what a budget result claims is vacuous
      const truth = bruteKnownOffsets(problem);
      result.knownOffsets.forEach((row, r) =>
        row.forEach((o, c) => {
          if (o === null) return;
          claimed++;
          expect(truth?.[r]?.[c]).toEqual(o);
        }),
      );
      result.known.forEach((row, r) => row.forEach((v, c) => v !== null && expect(values.every((s) => s[r]![c] === v)).toBe(true)));
    }
    expect(statuses).toEqual(new Set(['unique', 'ambiguous', 'budget']));
    expect(claimed).toBeGreaterThan(100);
  });
});
