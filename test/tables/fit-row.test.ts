// fitRow: a row's value cells fitted to its columns, table-driven.
import { describe, expect, it } from 'vitest';
import { fitRow, type FitOutcome, type RowRule } from '../../src/index.js';
import { cells, textOf } from './table-helpers.js';

/** Table 3's row rule on 7 columns: 总计 (the last) is the sum of the six before it. */
const ROW_TOTAL: RowRule[] = [{ lhs: [6], rhs: [0, 1, 2, 3, 4, 5] }];

const CASES: Array<{ description: string; input: { values: string; arity: number; rules: RowRule[] }; expected: { outcome: FitOutcome; cells: (string | null)[]; removed: string[] } }> = [
  {
    description: 'as many cells as columns: exact',
    input: { values: '1\t2\t3', arity: 3, rules: [] },
    expected: { outcome: 'exact', cells: ['1', '2', '3'], removed: [] },
  },
  {
    description: 'blank cells at both ends beyond the arity are padding: trimmed',
    input: { values: '\t1\t2\t3\t', arity: 3, rules: [] },
    expected: { outcome: 'trimmed', cells: ['1', '2', '3'], removed: [] },
  },
  {
    description: 'one cell too many, one removal satisfies the rule (the seed\'s "(七) 总计" row): repaired',
    input: { values: '8\t3\t0\t0\t0\t0\t0\t11', arity: 7, rules: ROW_TOTAL },
    expected: { outcome: 'repaired', cells: ['8', '3', '0', '0', '0', '0', '11'], removed: ['0'] },
  },
  {
    description: 'one cell too many and no removal satisfies the rule: unresolved, every cell removed',
    input: { values: '1\t2\t3\t4\t5\t6\t7\t8', arity: 7, rules: ROW_TOTAL },
    expected: { outcome: 'unresolved', cells: [null, null, null, null, null, null, null], removed: ['1', '2', '3', '4', '5', '6', '7', '8'] },
  },
  {
    description: 'one cell too many and no rule to decide: unresolved',
    input: { values: '1\t2\t3\t4', arity: 3, rules: [] },
    expected: { outcome: 'unresolved', cells: [null, null, null], removed: ['1', '2', '3', '4'] },
  },
  {
    description: 'two removals leaving different numbers (1 2 3 and 1 1 2): no unique repair, unresolved',
    input: { values: '1\t1\t2\t3', arity: 3, rules: [{ lhs: [2], rhs: [0, 1] }] },
    expected: { outcome: 'unresolved', cells: [null, null, null], removed: ['1', '1', '2', '3'] },
  },
  {
    description: 'two removals leaving the same numbers (either 1 of 1 1 2 3 → 1 2 3): repaired, the first removed',
    input: { values: '1\t1\t2\t3', arity: 3, rules: [{ lhs: [2], rhs: [0, 1] }, { lhs: [1], rhs: [0, 0] }] },
    expected: { outcome: 'repaired', cells: ['1', '2', '3'], removed: ['1'] },
  },
  {
    description: 'fewer cells, the last the sum of the others: the first columns and the total, inferred',
    input: { values: '2\t3\t5', arity: 7, rules: ROW_TOTAL },
    expected: { outcome: 'inferred', cells: ['2', '3', null, null, null, null, '5'], removed: [] },
  },
  {
    description: 'fewer cells, the last not their sum: left-aligned, short',
    input: { values: '2\t3\t4', arity: 7, rules: ROW_TOTAL },
    expected: { outcome: 'short', cells: ['2', '3', '4', null, null, null, null], removed: [] },
  },
  {
    description: 'a zero row one cell short carries no evidence of the gap: the printed order is kept, short',
    input: { values: '0\t0\t0\t0\t0\t0', arity: 7, rules: ROW_TOTAL },
    expected: { outcome: 'short', cells: ['0', '0', '0', '0', '0', '0', null], removed: [] },
  },
  {
    description: 'fewer cells and no rule: left-aligned, short',
    input: { values: '7', arity: 3, rules: [] },
    expected: { outcome: 'short', cells: ['7', null, null], removed: [] },
  },
];

describe('fitRow', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const fitted = fitRow(cells(input.values), input.arity, input.rules);
    expect({ outcome: fitted.outcome, cells: fitted.cells.map(textOf), removed: fitted.removed.map(textOf) }).toEqual(expected);
  });
});
