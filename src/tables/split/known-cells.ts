/**
 * Which cells are pinned down by a set of alternatives (row candidates or whole solutions).
 *
 * @module
 */

/**
 * For each row, the value of each column if every alternative of that row agrees on it, else
 * `null`. A row given as `null` (alternatives unknown) or with no alternatives is all `null`.
 *
 * @example
 * agreedCells([[[1, 2, 3], [1, 0, 1]], null], [3, 2]);
 * // [[1, null, null], [null, null]]
 */
export function agreedCells(alternatives: Array<number[][] | null>, arities: number[]): (number | null)[][] {
  return arities.map((arity, r) => {
    const alts = alternatives[r];
    const out = new Array<number | null>(arity).fill(null);
    if (!alts || alts.length === 0) return out;
    const first = alts[0]!;
    for (let c = 0; c < arity; c++) {
      const v = first[c]!;
      out[c] = alts.every((a) => a[c] === v) ? v : null;
    }
    return out;
  });
}

/**
 * Cells `[row, column]` on which at least two solutions disagree, in row-major order.
 * Each solution is `cells[row][column]`.
 *
 * @example
 * differingCells([[[1, 2]], [[1, 3]]]); // [[0, 1]]
 */
export function differingCells(solutions: number[][][]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = solutions[0];
  if (!first) return out;
  first.forEach((row, r) => {
    row.forEach((v, c) => {
      if (solutions.some((s) => s[r]![c] !== v)) out.push([r, c]);
    });
  });
  return out;
}

/**
 * For each row, the `[start, end)` offsets of each column's digits if every alternative of that
 * row puts them in the same place and `values` knows the cell, else `null`.
 *
 * @example
 * agreedOffsets([[[[0, 1], [1, 3]], [[0, 2], [2, 3]]]], [[5, null]]);
 * // [[null, null]]
 */
export function agreedOffsets(
  alternatives: Array<Array<Array<[number, number]>> | null>,
  values: (number | null)[][],
): Array<Array<[number, number] | null>> {
  return values.map((row, r) => {
    const alts = alternatives[r];
    return row.map((v, c) => {
      if (v === null || !alts || alts.length === 0) return null;
      const [a, b] = alts[0]![c]!;
      return alts.every((o) => o[c]![0] === a && o[c]![1] === b) ? ([a, b] as [number, number]) : null;
    });
  });
}
