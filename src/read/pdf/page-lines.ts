import { freeLines } from './free-lines.js';
import { findGrids, inGrid, type Grid } from './grid.js';
import { ruledTableRows } from './ruled-table.js';
import type { OutLine, Piece, Rule } from './types.js';

/**
 * The lines of one page, top to bottom: the rows of each ruled table (from `rules`), and the
 * lines of everything else (see {@link freeLines}). A ruled table stays together, placed where
 * its top is.
 *
 * @example
 * import { toPieces, type RawTextItem } from './pieces.js';
 * import { findRules } from './rules.js';
 * const content = await page.getTextContent();
 * const pieces = toPieces(content.items as RawTextItem[], content.styles, viewport.transform, 2);
 * const ops = await page.getOperatorList();
 * const rules = findRules(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform);
 * const lines = pageLines(pieces, rules, 2, viewport.height);
 * lines.map((l) => l.segments.map((s) => s.text).join('')).find((t) => t.startsWith('一、本年新收'));
 * // → '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37'
 */
export function pageLines(pieces: readonly Piece[], rules: readonly Rule[], page: number, pageHeight: number): OutLine[] {
  const grids = rules.length ? findGrids(rules) : [];
  const inside = new Map<Grid, Piece[]>(grids.map((g) => [g, []]));
  const free: Piece[] = [];
  for (const p of pieces) {
    const cx = (p.x0 + p.x1) / 2;
    const cy = (p.top + p.bottom) / 2;
    const grid = grids.find((g) => inGrid(g, cx, cy));
    if (grid) inside.get(grid)!.push(p);
    else free.push(p);
  }
  const blocks: Array<{ top: number; lines: OutLine[] }> = freeLines(free, page, pageHeight).map((l) => ({ top: l.top, lines: [l] }));
  for (const [grid, ps] of inside) {
    const rows = ruledTableRows(grid, ps, page);
    if (rows.length) blocks.push({ top: grid.top, lines: rows });
  }
  return blocks.sort((a, b) => a.top - b.top).flatMap((b) => b.lines);
}
