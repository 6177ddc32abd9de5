import { describe, expect, it } from 'vitest';
import { solveSplits, type SplitProblem } from '../../src/tables/split/index.js';
import {
  bruteForce,
  flatten,
  rowSum,
  t3Equations,
  t3Grid,
  t3Problem,
  t4Equations,
  type Cell,
} from './split-helpers.js';

describe('solveSplits — single rows', () => {
  it('splits "230 000023" into 23,0,0,0,0,0,23 (the space is a certain boundary)', () => {
    const result = solveSplits({ rows: [{ run: '230 000023', arity: 7 }], equations: [rowSum(0, 7)] });
    expect(result).toEqual({
      status: 'unique',
      cells: [[23, 0, 0, 0, 0, 0, 23]],
      offsets: [[[0, 2], [2, 3], [4, 5], [5, 6], [6, 7], [7, 8], [8, 10]]],
    });
  });

  it('"220000325" (the next label\'s "2" of "2200003252.没有" cut off by the tokenizer) alone is ambiguous (22|0 or 2|20)', () => {
    const row = { run: '220000325', arity: 7 };
    const alone = solveSplits({ rows: [row], equations: [rowSum(0, 7)] });
    expect(alone).toMatchObject({
      status: 'ambiguous',
      differing: [
        [0, 0],
        [0, 1],
      ],
      known: [[null, null, 0, 0, 0, 3, 25]],
    });
    if (alone.status === 'ambiguous') {
      expect([...alone.candidates].sort()).toEqual([[[2, 20, 0, 0, 0, 3, 25]], [[22, 0, 0, 0, 0, 3, 25]]]);
    }

    // With a neighbour and a spaced column total, (四)1 is pinned down.
    const result = solveSplits({
      rows: [row, { run: '0000000', arity: 7 }, { run: '22 0 0 0 0 3 25', arity: 7 }],
      equations: [
        rowSum(0, 7),
        rowSum(1, 7),
        rowSum(2, 7),
        ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ id: `col${c}`, lhs: [[2, c]] as Cell[], rhs: [[0, c], [1, c]] as Cell[] })),
      ],
    });
    expect(result).toEqual({
      status: 'unique',
      cells: [
        [22, 0, 0, 0, 0, 3, 25],
        [0, 0, 0, 0, 0, 0, 0],
        [22, 0, 0, 0, 0, 3, 25],
      ],
      offsets: [
        [[0, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 9]],
        [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]],
        [[0, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 15]],
      ],
    });
  });

  it('reads a partly spaced row ("23 0 00 0 023") and an all-zero row with a double zero', () => {
    const result = solveSplits({
      rows: [
        { run: '23 0 00 0 023', arity: 7 },
        { run: '0 0 0 0 0 00', arity: 7 },
      ],
      equations: [rowSum(0, 7), rowSum(1, 7)],
    });
    expect(result).toMatchObject({
      status: 'unique',
      cells: [
        [23, 0, 0, 0, 0, 0, 23],
        [0, 0, 0, 0, 0, 0, 0],
      ],
    });
  });

  it('reports a genuinely ambiguous row with the differing cells', () => {
    // 110001012 = 1|1|0|0|0|10|12 = 11|0|0|0|1|0|12 = 1|10|0|0|1|0|12, each summing to 12.
    const problem: SplitProblem = { rows: [{ run: '110001012', arity: 7 }], equations: [rowSum(0, 7)] };
    const result = solveSplits(problem);
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    const expected = [
      [[1, 1, 0, 0, 0, 10, 12]],
      [[1, 10, 0, 0, 1, 0, 12]],
      [[11, 0, 0, 0, 1, 0, 12]],
    ];
    expect(bruteForce(problem).sort()).toEqual(expected);
    expect([...result.candidates].sort()).toEqual(expected);
    expect(result.differing).toEqual([
      [0, 0],
      [0, 1],
      [0, 4],
      [0, 5],
    ]);
    expect(result.known).toEqual([[null, null, 0, 0, null, null, 12]]);
  });

  it('returns none when no split balances ("1000002": 1 ≠ 2)', () => {
    expect(solveSplits({ rows: [{ run: '1000002', arity: 7 }], equations: [rowSum(0, 7)] })).toEqual({ status: 'none' });
  });

  it('returns none for a run too long for its cells (60 digits in 7 cells of ≤ 7 digits)', () => {
    expect(solveSplits({ rows: [{ run: '1'.repeat(60), arity: 7 }], equations: [] })).toEqual({ status: 'none' });
  });

  it('rejects malformed input', () => {
    expect(() => solveSplits({ rows: [{ run: '12a', arity: 2 }], equations: [] })).toThrow(RangeError);
    expect(() => solveSplits({ rows: [{ run: '12', arity: 0 }], equations: [] })).toThrow(RangeError);
    expect(() => solveSplits({ rows: [{ run: '12', arity: 2 }], equations: [{ id: 'x', lhs: [[1, 0]], rhs: [] }] })).toThrow(
      /equation x/,
    );
  });
});

describe('solveSplits — whole tables', () => {
  // A synthetic 2021 table 3 (leaves, 二 and 四 given; 一, 七 and row totals computed). Row 2,
  // "1100010122", splits locally as 11|0|0|0|10|1|22 or 1|10|0|0|10|1|22: only the column
  // equations tell which.
  const leaves = [
    [11, 0, 0, 0, 10, 1], // （一）予以公开
    [3, 1, 0, 0, 0, 0], // （二）部分公开
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [2, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [6, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0], // （三）8
    [22, 0, 0, 0, 0, 3], // （四）1
    [0, 0, 0, 0, 0, 0],
    [5, 0, 0, 0, 0, 0],
    [12, 1, 0, 0, 0, 0], // （五）1
    [0, 0, 0, 0, 0, 0],
    [3, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0], // （六）1
    [0, 0, 0, 0, 0, 0],
    [1, 1, 0, 0, 0, 0], // （六）3
  ];
  const grid = t3Grid(leaves, [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]);

  it('flattens the way broken exports print (helper sanity)', () => {
    const rows = flatten(grid, { spaces: grid.map((_, r) => (r === 3 ? [6] : [])) });
    expect(rows[2]!.run).toBe('1100010122');
    expect(rows[3]!.run).toBe('310000 4'); // like "500000 5"
    expect(rows[12]!).toEqual({ run: '220000325', arity: 7 });
    expect(rows[11]!.run).toBe('1000001');
    expect(rows).toHaveLength(25);
  });

  it('a locally ambiguous row is settled by the column equations', () => {
    const alone = solveSplits({ rows: [{ run: '1100010122', arity: 7 }], equations: [rowSum(0, 7)] });
    expect(alone.status).toBe('ambiguous');

    const problem = t3Problem(grid, grid.map((_, r) => (r === 3 ? [6] : [])));
    expect(problem.equations).toHaveLength(25 + 14);
    const result = solveSplits(problem);
    expect(result.status).toBe('unique');
    if (result.status !== 'unique') return;
    expect(result.cells).toEqual(grid);
    expect(result.cells[0]).toEqual([68, 3, 0, 0, 10, 4, 85]);
    expect(result.offsets[3]).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [7, 8]]);
  });

  it('cross-row arithmetic can make a table impossible', () => {
    const broken = grid.map((row) => row.slice());
    broken[24] = [2, 0, 0, 0, 0, 0, 2]; // 四 no longer matches 一 + 二 − 七
    expect(solveSplits({ rows: flatten(broken), equations: t3Equations() })).toEqual({ status: 'none' });
  });

  it('table 4: "0200201102000 22" as one row of 15 cells with three block totals', () => {
    const result = solveSplits({ rows: [{ run: '0200201102000 22', arity: 15 }], equations: t4Equations() });
    expect(result).toMatchObject({ status: 'unique', cells: [[0, 2, 0, 0, 2, 0, 1, 1, 0, 2, 0, 0, 0, 2, 2]] });
  });

  it('table 4 with a two-digit total (16 digits for 15 cells)', () => {
    const cells = [7, 2, 1, 3, 13, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0];
    const problem: SplitProblem = { rows: flatten([cells]), equations: t4Equations() };
    expect(problem.rows[0]!.run).toBe('7213130100100000');
    expect(bruteForce(problem)).toEqual([[cells]]);
    expect(solveSplits(problem)).toMatchObject({ status: 'unique', cells: [cells] });
  });

  it('table 4 where the first block is ambiguous: 1|0|12|0|13 or 10|1|2|0|13', () => {
    const problem: SplitProblem = { rows: [{ run: '10120130000020013', arity: 15 }], equations: t4Equations() };
    const result = solveSplits(problem);
    expect(result).toMatchObject({
      status: 'ambiguous',
      differing: [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
      known: [[null, null, null, 0, 13, 0, 0, 0, 0, 0, 2, 0, 0, 1, 3]],
    });
    if (result.status !== 'ambiguous') return;
    expect([...result.candidates].sort()).toEqual(bruteForce(problem).sort());
  });

  it('table 4 where the middle block is ambiguous: "1101012" = 11|0|1|0|12 = 1|10|1|0|12 = 1|1|0|10|12', () => {
    const problem: SplitProblem = { rows: [{ run: '30104' + '1101012' + '00000', arity: 15 }], equations: t4Equations() };
    const result = solveSplits(problem);
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    const expected = [
      [[3, 0, 1, 0, 4, 1, 1, 0, 10, 12, 0, 0, 0, 0, 0]],
      [[3, 0, 1, 0, 4, 1, 10, 1, 0, 12, 0, 0, 0, 0, 0]],
      [[3, 0, 1, 0, 4, 11, 0, 1, 0, 12, 0, 0, 0, 0, 0]],
    ];
    expect(bruteForce(problem).sort()).toEqual(expected);
    expect([...result.candidates].sort()).toEqual(expected);
    expect(result.differing).toEqual([
      [0, 5],
      [0, 6],
      [0, 7],
      [0, 8],
    ]);
    expect(result.known).toEqual([[3, 0, 1, 0, 4, null, null, null, null, 12, 0, 0, 0, 0, 0]]);
  });
});
