import type { Rule } from './types.js';

/** Rules closer than this (points) are one; a rule touching another within it meets it. */
const TOL = 2;

/**
 * A ruled table found on a page: its bounding box, its merged horizontal and vertical rules, and
 * the distinct y positions of its horizontal rules and x positions of its vertical ones.
 */
export interface Grid {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  horizontal: Rule[];
  vertical: Rule[];
  ys: number[];
  xs: number[];
}

/** The rectangle of one cell of a grid, bounded by the nearest rules around a point. */
export interface CellRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Merges collinear rules that overlap or nearly touch. */
function mergeRules(rules: Rule[], horizontal: boolean): Rule[] {
  const pos = (r: Rule) => (horizontal ? r.y0 : r.x0);
  const start = (r: Rule) => (horizontal ? r.x0 : r.y0);
  const end = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const out: Rule[] = [];
  const open: Rule[] = []; // merged rules whose position is still within TOL of the current one
  for (const r of sorted) {
    while (open.length && pos(r) - pos(open[0]!) > TOL) open.shift();
    const into = open.find((o) => start(r) <= end(o) + TOL && end(r) >= start(o) - TOL);
    if (into) {
      if (horizontal) {
        into.x0 = Math.min(into.x0, r.x0);
        into.x1 = Math.max(into.x1, r.x1);
      } else {
        into.y0 = Math.min(into.y0, r.y0);
        into.y1 = Math.max(into.y1, r.y1);
      }
      continue;
    }
    const copy = { ...r };
    out.push(copy);
    open.push(copy);
  }
  return out;
}

/** Distinct values, sorted, those within TOL of the previous kept value dropped. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1]! > TOL) out.push(v);
  return out;
}

/**
 * Finds ruled tables among a page's rules: groups of horizontal and vertical rules that meet,
 * with at least two horizontal and three vertical rules (two columns or more). Lone
 * underlines, boxes around a paragraph and rules of one column are not tables.
 *
 * @example
 * import { findRules } from './rules.js';
 * const ops = await page.getOperatorList();
 * const grids = findGrids(findRules(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform));
 * grids.map((g) => g.xs.length - 1); // → [2, 10] (the columns of the end of table 2, and of table 3)
 */
export function findGrids(rules: readonly Rule[]): Grid[] {
  const h = mergeRules(rules.filter((r) => r.y0 === r.y1), true);
  const v = mergeRules(rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1), false);
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < h.length; i++) {
    const a = h[i]!;
    for (let j = 0; j < v.length; j++) {
      const b = v[j]!;
      if (b.x0 >= a.x0 - TOL && b.x0 <= a.x1 + TOL && a.y0 >= b.y0 - TOL && a.y0 <= b.y1 + TOL) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  const grids: Grid[] = [];
  for (const members of groups.values()) {
    const horizontal = members.filter((r) => r.y0 === r.y1);
    const vertical = members.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1);
    if (horizontal.length < 2 || distinct(vertical.map((r) => r.x0)).length < 3) continue;
    const x0 = Math.min(...members.map((r) => r.x0));
    const x1 = Math.max(...members.map((r) => r.x1));
    const top = Math.min(...members.map((r) => r.y0));
    const bottom = Math.max(...members.map((r) => r.y1));
    if (x1 - x0 < 20 || bottom - top < 8) continue;
    // The edges count as boundaries too: a table cut by a page break has no rule at its cut.
    const ys = distinct([top, ...horizontal.map((r) => r.y0), bottom]);
    const xs = distinct([x0, ...vertical.map((r) => r.x0), x1]);
    grids.push({ x0, x1, top, bottom, horizontal, vertical, ys, xs });
  }
  return grids.sort((a, b) => a.top - b.top);
}

/**
 * The cell of `grid` around the point (x, y): bounded by the nearest vertical rules left and
 * right of it that reach its height and the nearest horizontal rules above and below it that
 * reach across it — so a cell merged over rows or columns comes out whole. Where no rule bounds
 * it, the grid's edge does.
 *
 * @example
 * // Two rows; the rule between the two columns runs through the lower row only.
 * const h = (y: number) => ({ x0: 0, y0: y, x1: 200, y1: y });
 * const v = (x: number, y0: number) => ({ x0: x, y0, x1: x, y1: 40 });
 * const grid: Grid = { x0: 0, x1: 200, top: 0, bottom: 40, ys: [0, 20, 40], xs: [0, 100, 200], horizontal: [h(0), h(20), h(40)], vertical: [v(0, 0), v(100, 20), v(200, 0)] };
 * cellAt(grid, 50, 10); // → { left: 0, top: 0, right: 200, bottom: 20 } (a merged cell)
 * cellAt(grid, 50, 30); // → { left: 0, top: 20, right: 100, bottom: 40 }
 */
export function cellAt(grid: Grid, x: number, y: number): CellRect {
  let left = grid.x0;
  let right = grid.x1;
  let top = grid.top;
  let bottom = grid.bottom;
  for (const r of grid.vertical) {
    if (y < r.y0 - TOL / 2 || y > r.y1 + TOL / 2) continue;
    if (r.x0 <= x && r.x0 > left) left = r.x0;
    if (r.x0 > x && r.x0 < right) right = r.x0;
  }
  for (const r of grid.horizontal) {
    if (x < r.x0 - TOL / 2 || x > r.x1 + TOL / 2) continue;
    if (r.y0 <= y && r.y0 > top) top = r.y0;
    if (r.y0 > y && r.y0 < bottom) bottom = r.y0;
  }
  return { left, top, right, bottom };
}

/** Is the point inside the grid's bounding box (with a point of slack)? */
export function inGrid(grid: Grid, x: number, y: number): boolean {
  return x >= grid.x0 - 1 && x <= grid.x1 + 1 && y >= grid.top - 1 && y <= grid.bottom + 1;
}
