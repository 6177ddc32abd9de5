import { isNumberText, isWide, firstChar, lastChar } from './chars.js';
import { joinCells } from './join.js';
import type { OutLine, RuledCell, Segment } from './types.js';

const lineText = (l: OutLine) => l.segments.map((s) => s.text).join('');
const cellText = (c: RuledCell) => c.segments.map((s) => s.text).join('');

/** Appends the text of `more` to a cell's text: directly next to CJK, else after a space. */
function append(to: Segment[], more: readonly Segment[]): Segment[] {
  const a = lastChar(to.map((s) => s.text).join(''));
  const b = firstChar(more.map((s) => s.text).join(''));
  const glue: Segment[] = a !== undefined && !isWide(a) && !isWide(b) ? [{ text: ' ', box: to[to.length - 1]?.box ?? null }] : [];
  return [...to, ...glue, ...more];
}

/**
 * Puts back together a row of a ruled table that a page break cut in two: the first row of the
 * new page, when it holds no number, gives the text of each of its cells that lies between the
 * same rules as a cell of the last row of the page before to that cell ("8.属于行政查询" +
 * "事项"); it is dropped if nothing else is left of it. Returns the rows to use instead of the
 * two, or null when they are not such a pair.
 */
function mergeCutRow(last: OutLine, first: OutLine): OutLine[] | null {
  if (!last.cells || !first.cells) return null;
  if (first.cells.some((c) => isNumberText(cellText(c)))) return null;
  const near = (a: RuledCell, b: RuledCell) => Math.abs(a.x0 - b.x0) <= 2 && Math.abs(a.x1 - b.x1) <= 2;
  const upper = last.cells.map((c) => ({ ...c }));
  let moved = false;
  const lower = first.cells.map((c) => {
    const above = c.segments.length ? upper.find((u) => near(u, c)) : undefined;
    if (!above) return c;
    above.segments = append(above.segments, c.segments);
    moved = true;
    return { ...c, segments: [] };
  });
  if (!moved) return null;
  const merged: OutLine = { ...last, cells: upper, segments: joinCells(upper.map((c) => c.segments)) };
  if (lower.every((c) => c.segments.length === 0)) return [merged];
  return [merged, { ...first, cells: lower, segments: joinCells(lower.map((c) => c.segments)) }];
}

/**
 * Joins tables that continue from page to page, so that a table broken over pages reads as one,
 * row after row, with nothing inserted between the pages' rows:
 *
 * - header rows the table repeats at the top of the new page (leading rows equal, in order, to
 *   the first rows of the table) are dropped;
 * - a row the page break cut in two is put back together (see {@link mergeCutRow}).
 *
 * @example
 * const line = (text: string, table = true): OutLine => ({ segments: [{ text, box: null }], page: 1, top: 0, bottom: 10, x0: 0, x1: 100, size: 10, table });
 * const [title, head, row1, row2] = [line('三、收到和处理政府信息公开申请情况', false), line('申请人情况'), line('一、本年新收\t21'), line('二、上年结转\t0')];
 * const pages = joinContinuedTables([[title, head, row1], [head, row2]]);
 * pages[1]!.map((l) => l.segments[0]!.text); // → ['二、上年结转\t0'] (the repeated header dropped)
 */
export function joinContinuedTables(pages: readonly OutLine[][]): OutLine[][] {
  const out: OutLine[][] = [];
  let tableStart: string[] = [];
  let previous: OutLine | undefined; // the last line of the pages so far
  for (const lines of pages) {
    let kept = [...lines];
    if (previous?.table && kept[0]?.table) {
      let k = 0;
      while (k < kept.length && k < tableStart.length && kept[k]!.table && lineText(kept[k]!) === tableStart[k]) k++;
      if (k < kept.length) kept = kept.slice(k);
      const merged = kept[0] ? mergeCutRow(previous, kept[0]) : null;
      if (merged) {
        const before = out.find((page) => page[page.length - 1] === previous);
        if (before) before[before.length - 1] = merged[0]!;
        kept = [...merged.slice(1), ...kept.slice(1)];
        previous = merged[0];
      }
    }
    // Track the rows the current table started with.
    for (let i = 0; i < kept.length; i++) {
      const l = kept[i]!;
      if (!l.table) continue;
      const before = i === 0 ? previous : kept[i - 1];
      if (!before?.table) tableStart = [];
      if (tableStart.length < 6) tableStart.push(lineText(l));
    }
    if (kept.length) previous = kept[kept.length - 1];
    out.push(kept);
  }
  return out;
}
