// Helpers for the table stage's unit tests: cells from a line of text, and a cell's text.
import { splitCells, type Cell, type TableDef } from '../../src/index.js';

/** The cells of a text whose cells are separated by tabs (lines by '\n'), as the table stage gets them. */
export function cells(text: string): Cell[] {
  return splitCells(text, 0, text.length);
}

/** A cell's text, or null for no cell. */
export const textOf = (c: Cell | null | undefined): string | null => (c ? c.text : null);

/** Identity span mapper: offsets of the text are offsets of the input. */
export const span = (start: number, end: number) => ({ start, end });

/**
 * A small table for the arithmetic: columns a, b and their total; rows x, y and their sum (row `sum`).
 * Rules: total = a + b in every row; sum = x + y in every column.
 */
export const SMALL: TableDef = {
  number: 3,
  columns: [
    { key: 'a', label: '甲' },
    { key: 'b', label: '乙' },
    { key: 'total', label: '总计' },
  ],
  groups: [],
  rows: [
    { key: 'x', label: '一行' },
    { key: 'y', label: '二行' },
    { key: 'sum', label: '合计行' },
  ],
  headers: [],
};

export const SMALL_RULES = [
  { id: 'row-total', table: 3, over: 'rows', lhs: ['total'], rhs: ['a', 'b'], description: '总计等于甲乙之和' },
  { id: 'column-sum', table: 3, over: 'columns', lhs: ['sum'], rhs: ['x', 'y'], description: '合计行等于一二行之和' },
] as const;
