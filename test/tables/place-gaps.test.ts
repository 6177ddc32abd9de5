// placeGaps: a row printed one cell short gets its gap where the column sums say, table-driven.
import { describe, expect, it } from 'vitest';
import { fitRow, placeGaps, type FittedCells, type RowRule, type RuleDef } from '../../src/index.js';
import { cells, SMALL, SMALL_RULES, textOf } from './table-helpers.js';

const ROW_TOTAL: RowRule[] = [{ lhs: [2], rhs: [0, 1] }];

/** Fits each row's printed cells as the table stage does, then places the gaps. */
function place(rows: Record<string, string>, rules: readonly RuleDef[]) {
  const fitted = new Map<string, FittedCells>();
  for (const [key, text] of Object.entries(rows)) {
    const values = cells(text);
    fitted.set(key, { ...fitRow(values, 3, ROW_TOTAL), values });
  }
  const placed = placeGaps(SMALL, rules, fitted);
  return { placed: [...placed], cells: Object.fromEntries([...fitted].map(([k, f]) => [k, f.cells.map(textOf)])) };
}

const CASES: Array<{ description: string; input: { rows: Record<string, string>; rules: readonly RuleDef[] }; expected: { placed: string[]; cells: Record<string, (string | null)[]> } }> = [
  {
    description: 'the column sums confirm the gap the row total suggested (b blank: 4 _ 4)',
    input: { rows: { x: '1\t2\t3', y: '4\t4', sum: '5\t2\t7' }, rules: SMALL_RULES },
    expected: { placed: ['y'], cells: { x: ['1', '2', '3'], y: ['4', null, '4'], sum: ['5', '2', '7'] } },
  },
  {
    description: 'the column sums move the gap the row total guessed wrong (a blank: _ 3 3, not 3 _ 3)',
    input: { rows: { x: '1\t2\t3', y: '3\t3', sum: '1\t5\t6' }, rules: SMALL_RULES },
    expected: { placed: ['y'], cells: { x: ['1', '2', '3'], y: [null, '3', '3'], sum: ['1', '5', '6'] } },
  },
  {
    description: 'without the sum row, two positions satisfy the row total: nothing is placed',
    input: { rows: { x: '1\t2\t3', y: '3\t3' }, rules: SMALL_RULES },
    expected: { placed: [], cells: { x: ['1', '2', '3'], y: ['3', null, '3'] } },
  },
  {
    description: 'no rule over columns: nothing is placed',
    input: { rows: { x: '1\t2\t3', y: '3\t3', sum: '1\t5\t6' }, rules: SMALL_RULES.filter((r) => r.over === 'rows') },
    expected: { placed: [], cells: { x: ['1', '2', '3'], y: ['3', null, '3'], sum: ['1', '5', '6'] } },
  },
  {
    description: 'a row two cells short is not placed (only one gap is inferred)',
    input: { rows: { x: '1\t2\t3', y: '4', sum: '5\t2\t7' }, rules: SMALL_RULES },
    expected: { placed: [], cells: { x: ['1', '2', '3'], y: ['4', null, null], sum: ['5', '2', '7'] } },
  },
];

describe('placeGaps', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    expect(place(input.rows, input.rules)).toEqual(expected);
  });
});
