import { cellAt, type CellRect, type Grid } from './grid.js';
import { cellSegments, joinCells } from './join.js';
import { dominantSize } from './lines.js';
import type { OutLine, Piece, RuledCell } from './types.js';

interface Cell extends CellRect {
  pieces: Piece[];
  firstRow: number;
}

const key = (c: CellRect) => `${c.left.toFixed(1)},${c.top.toFixed(1)},${c.right.toFixed(1)},${c.bottom.toFixed(1)}`;

/**
 * Reads a ruled table as rows. The rows are the bands between the table's horizontal rules; a
 * row lists, left to right, every cell it crosses, one cell per cell however many columns that
 * cell spans. A cell's text — all its lines, joined, so a label wrapped as "社会/公益/组织" or
 * written one character per line reads as one — stands in the first row the cell crosses; the
 * rows below that it also spans get an empty cell in its place, as a copied table gives them.
 * Rows that would be all empty are left out.
 *
 * @example
 * import { findGrids, inGrid } from './grid.js';
 * import { toPieces, type RawTextItem } from './pieces.js';
 * import { findRules } from './rules.js';
 * const content = await page.getTextContent();
 * const pieces = toPieces(content.items as RawTextItem[], content.styles, viewport.transform, 2);
 * const ops = await page.getOperatorList();
 * const grid = findGrids(findRules(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform)).at(-1)!; // table 3
 * const rows = ruledTableRows(grid, pieces.filter((p) => inGrid(grid, (p.x0 + p.x1) / 2, p.baseline)), 2);
 * rows.map((r) => r.segments.map((s) => s.text).join(''));
 * // → […, '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37', …]
 */
export function ruledTableRows(grid: Grid, pieces: readonly Piece[], page: number): OutLine[] {
  const cells = new Map<string, Cell>();
  const rows: string[][] = [];
  for (let i = 0; i + 1 < grid.ys.length; i++) {
    const y = (grid.ys[i]! + grid.ys[i + 1]!) / 2;
    const row: string[] = [];
    for (let j = 0; j + 1 < grid.xs.length; j++) {
      const rect = cellAt(grid, (grid.xs[j]! + grid.xs[j + 1]!) / 2, y);
      const k = key(rect);
      if (!cells.has(k)) cells.set(k, { ...rect, pieces: [], firstRow: i });
      if (row[row.length - 1] !== k) row.push(k);
    }
    rows.push(row);
  }
  for (const p of pieces) {
    const cx = (p.x0 + p.x1) / 2;
    const cy = (p.top + p.bottom) / 2;
    const rect = cellAt(grid, cx, cy);
    const k = key(rect);
    let cell = cells.get(k);
    if (!cell) {
      // A cell the row bands missed (a rule ending inside a band): give it the row its middle is in.
      let row = grid.ys.findIndex((y, i) => i + 1 < grid.ys.length && cy >= y && cy < grid.ys[i + 1]!);
      if (row < 0) row = cy < grid.ys[0]! ? 0 : Math.max(0, grid.ys.length - 2);
      cell = { ...rect, pieces: [], firstRow: row };
      cells.set(k, cell);
      const list = rows[row] ?? (rows[row] = []);
      list.push(k);
      list.sort((a, b) => cells.get(a)!.left - cells.get(b)!.left);
    }
    cell.pieces.push(p);
  }
  const out: OutLine[] = [];
  rows.forEach((row, i) => {
    const own = row.map((k) => cells.get(k)!).map((c) => (c.firstRow === i ? c : undefined));
    if (!own.some((c) => c && c.pieces.length)) return;
    const cellsOut: RuledCell[] = row.map((k, j) => {
      const c = own[j];
      const all = cells.get(k)!;
      return { x0: all.left, x1: all.right, segments: c ? cellSegments(c.pieces) : [] };
    });
    const used = own.flatMap((c) => c?.pieces ?? []);
    out.push({
      segments: joinCells(cellsOut.map((c) => c.segments)),
      cells: cellsOut,
      page,
      top: grid.ys[i]!,
      bottom: grid.ys[i + 1]!,
      x0: grid.x0,
      x1: grid.x1,
      size: dominantSize(used),
      table: true,
    });
  });
  return out;
}
