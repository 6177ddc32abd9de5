import { isNumberText, isWide } from './chars.js';
import { cellSegments, joinLine, mergePieces, separator } from './join.js';
import { dominantSize, extent, groupLines } from './lines.js';
import type { OutLine, Piece, Segment } from './types.js';

/** A cell that prints nothing but a placeholder for "none". */
const PLACEHOLDER = /^(?:\/|／|-|－|—|——|--|无)$/;
/** Section headings and the like: never part of a table header. */
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章节部分])/;
/** The share of the page height at its top and bottom where running headers live: never a table header. */
const MARGIN = 0.08;

type Apart = (a: Piece, b: Piece) => boolean;

interface Line {
  pieces: Piece[];
  cells: Piece[][];
  baseline: number;
  size: number;
  /** A table row: two cells or more, the last a number or placeholder, one a number. */
  numeric: boolean;
  /** x where its first value cell starts (its label area ends), for numeric lines. */
  labelEnd: number;
  used: boolean;
}

const textOf = (cell: readonly Piece[]) => cell.map((p) => p.text).join('');
const isValueCell = (cell: readonly Piece[]) => isNumberText(textOf(cell)) || PLACEHOLDER.test(textOf(cell));
const overlapX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const gapEm = (a: Piece, b: Piece) => (b.x0 - a.x1) / Math.max(a.size, b.size);

/** Splits a line's pieces into cells where {@link separator} puts a tab, or where `apart` says so. */
function splitCells(pieces: readonly Piece[], apart: Apart): Piece[][] {
  const cells: Piece[][] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (!prev || separator(prev, p, true) === '\t' || apart(prev, p)) cells.push([p]);
    else cells[cells.length - 1]!.push(p);
    prev = p;
  }
  return cells;
}

function toLine(pieces: Piece[], apart: Apart): Line {
  const cells = splitCells(pieces, apart);
  const numeric = cells.length >= 2 && isValueCell(cells[cells.length - 1]!) && cells.some((c) => isNumberText(textOf(c)));
  return {
    pieces,
    cells,
    baseline: pieces[0]!.baseline,
    size: dominantSize(pieces),
    numeric,
    labelEnd: cells.find(isValueCell)?.[0]?.x0 ?? Infinity,
    used: false,
  };
}

/**
 * Column starts of a table without rules: x positions where three pieces or more start. A piece
 * starting there in the middle of a line, ⅖ em or more after the piece before it (prose runs on
 * without such gaps), begins a new cell, however narrow the gap (cell padding is often less
 * than an em).
 */
function columnStarts(lines: readonly Piece[][]): Apart {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const p of line) {
      const x = Math.round(p.x0);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  const starts = new Set<number>();
  for (const [x, n] of counts) if (n >= 3) starts.add(x);
  return (a, b) => {
    const x = Math.round(b.x0);
    return gapEm(a, b) >= 0.4 && (starts.has(x) || starts.has(x - 1) || starts.has(x + 1));
  };
}

/**
 * Takes out labels written down a table column (a vertical "三、本年度办理结果"): text in a
 * vertical font (one tall narrow piece), and three or more lone wide characters — nothing else
 * within ⅓ em beside them on their lines — centred on one x, one under another at most 1.8 em
 * apart.
 */
function takeVerticalLabels(pieces: readonly Piece[]): { labels: Piece[]; rest: Piece[] } {
  const taken = new Set<Piece>();
  const labels: Piece[] = pieces.filter((p) => p.bottom - p.top > 1.8 * p.size && p.x1 - p.x0 < 1.5 * p.size);
  for (const p of labels) taken.add(p);
  const lone = (p: Piece) =>
    Array.from(p.text).length === 1 &&
    isWide(p.text) &&
    !pieces.some((q) => q !== p && Math.abs(q.baseline - p.baseline) <= 0.4 * p.size && q.x0 - p.x1 < p.size / 3 && p.x0 - q.x1 < p.size / 3);
  const candidates = pieces.filter((p) => !taken.has(p) && lone(p)).sort((a, b) => a.baseline - b.baseline);
  const centre = (p: Piece) => (p.x0 + p.x1) / 2;
  for (const start of candidates) {
    if (taken.has(start)) continue;
    const chain = [start];
    let last = start;
    for (const next of candidates) {
      if (taken.has(next) || next.baseline <= last.baseline) continue;
      const pitch = next.baseline - last.baseline;
      if (pitch > 1.8 * last.size) break;
      if (pitch > 0.6 * last.size && Math.abs(centre(next) - centre(last)) <= 0.35 * last.size) {
        chain.push(next);
        last = next;
      }
    }
    if (chain.length >= 3) {
      for (const p of chain) taken.add(p);
      labels.push(mergePieces(chain));
    }
  }
  return { labels, rest: pieces.filter((p) => !taken.has(p)) };
}

/**
 * Header columns are narrow, their gaps often under an em: two header pieces belong to different
 * columns when they sit over different value columns of the first row below them (each piece
 * going to the value cell nearest its centre; all of the label area counting as one column).
 */
function columnsOf(row: Line): Apart {
  const centres = row.cells.filter(isValueCell).map((c) => {
    const e = extent(c);
    return (e.x0 + e.x1) / 2;
  });
  const column = (p: Piece) => {
    if (p.x1 <= row.labelEnd) return -1;
    const c = (p.x0 + p.x1) / 2;
    let best = 0;
    centres.forEach((x, i) => {
      if (Math.abs(x - c) < Math.abs(centres[best]! - c)) best = i;
    });
    return best;
  };
  return (a, b) => gapEm(a, b) >= 0.25 && column(a) !== column(b);
}

/**
 * Joins header labels stacked in one column ("社会/公益/组织", "结果/维持") into one piece each:
 * cells of lines one under the other at most 1.6 em apart, overlapping by half the narrower one.
 */
function stackHeader(lines: readonly Line[], apart: Apart): Piece[] {
  const pieces = lines.flatMap((l) => splitCells(l.pieces, apart).map((c) => (c.length === 1 ? c[0]! : mergePieces(c))));
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  pieces.forEach((p, i) =>
    pieces.forEach((q, j) => {
      const pitch = q.baseline - p.baseline;
      const narrower = Math.min(p.x1 - p.x0, q.x1 - q.x0);
      const similar = Math.max(p.size, q.size) <= 1.25 * Math.min(p.size, q.size);
      if (pitch > 0.5 * p.size && pitch <= 1.6 * Math.max(p.size, q.size) && overlapX(p, q) >= 0.5 * narrower && similar) parent[find(i)] = find(j);
    }),
  );
  const groups = new Map<number, Piece[]>();
  pieces.forEach((p, i) => {
    const g = groups.get(find(i));
    if (g) g.push(p);
    else groups.set(find(i), [p]);
  });
  return [...groups.values()].map((g) => (g.length === 1 ? g[0]! : mergePieces(g)));
}

/**
 * Groups header units (stacked pieces are tall) into lines: taking the tallest first, a unit
 * joins the line of a taller one when its vertical centre lies within that one's height, so the
 * column labels of one header row — one line high or three — come out as one line.
 */
function headerLines(units: readonly Piece[]): Piece[][] {
  const lines: Array<{ anchor: Piece; units: Piece[] }> = [];
  for (const u of [...units].sort((a, b) => b.bottom - b.top - (a.bottom - a.top))) {
    const centre = (u.top + u.bottom) / 2;
    const line = lines.find((l) => centre >= l.anchor.top && centre <= l.anchor.bottom);
    if (line) line.units.push(u);
    else lines.push({ anchor: u, units: [u] });
  }
  return lines.sort((a, b) => a.anchor.top - b.anchor.top).map((l) => l.units.sort((a, b) => a.x0 - b.x0));
}

/** A header line: its units are cells where they stand over different columns, or an em apart. */
function headerSegments(units: readonly Piece[], apart: Apart): Segment[] {
  const out: Segment[] = [];
  let prev: Piece | undefined;
  for (const u of units) {
    if (prev) {
      const sep = apart(prev, u) ? '\t' : separator(prev, u, true);
      if (sep) out.push({ text: sep, box: prev.box });
    }
    out.push(...(u.segments ?? [{ text: u.text, box: u.box }]));
    prev = u;
  }
  return out;
}

function rowSegments(cells: readonly Piece[][]): Segment[] {
  const out: Segment[] = [];
  for (const cell of [...cells].sort((a, b) => extent(a).x0 - extent(b).x0)) {
    const last = out[out.length - 1];
    if (last) out.push({ text: '\t', box: last.box });
    out.push(...cellSegments(cell));
  }
  return out;
}

function outLine(segments: Segment[], pieces: readonly Piece[], page: number, table: boolean): OutLine {
  const { x0, x1, top, bottom } = extent(pieces);
  return { segments, page, top, bottom, x0, x1, size: dominantSize(pieces), table };
}

/**
 * Rebuilds the lines of a page's text outside ruled tables. Lines are grouped by baseline and
 * cut into cells at gaps of 1 em or more (or where a column of a table starts, see
 * {@link columnStarts}). Where lines form a table without rules — rows whose last cell is a
 * number — the reader also puts back together what the layout spread over several lines:
 *
 * - a label wrapped over two or three lines beside a row of numbers (the lines lie within the
 *   row's band, half-way to the rows above and below, in the label area left of its numbers)
 *   joins the row's label cell it overlaps, or makes its label when it has none;
 * - a label written one character per line down a column becomes one line, placed before the
 *   first row it stands beside;
 * - header labels stacked in one column ("社会/公益/组织") above the first row of a table become
 *   one cell each.
 *
 * Anything else stays a line of its own (a group label such as "（三）不予公开" beside a row that
 * has its own label, for one).
 *
 * @example
 * import { findGrids, inGrid } from './grid.js';
 * import { toPieces, type RawTextItem } from './pieces.js';
 * import { findRules } from './rules.js';
 * const content = await page.getTextContent();
 * const pieces = toPieces(content.items as RawTextItem[], content.styles, viewport.transform, 2);
 * const ops = await page.getOperatorList();
 * const grids = findGrids(findRules(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform));
 * const outside = pieces.filter((p) => !grids.some((g) => inGrid(g, (p.x0 + p.x1) / 2, p.baseline)));
 * freeLines(outside, 2, viewport.height).map((l) => l.segments.map((s) => s.text).join('')); // → ['三、收到和处理政府信息公开申请情况']
 */
export function freeLines(pieces: readonly Piece[], page: number, pageHeight: number): OutLine[] {
  const { labels, rest } = takeVerticalLabels(pieces);
  const grouped = groupLines(rest);
  const apart = columnStarts(grouped);
  const lines = grouped.map((l) => toLine(l, apart));
  const rows = lines.filter((l) => l.numeric);
  const out: OutLine[] = [];

  // A row's band: half-way to the neighbouring rows, at most 2 em of its largest text.
  const band = (i: number) => {
    const row = rows[i]!;
    const reach = 2 * Math.max(...row.pieces.map((p) => p.size));
    const up = i > 0 ? Math.min((row.baseline - rows[i - 1]!.baseline) / 2, reach) : Math.min(reach, 1.6 * row.size);
    const down = i + 1 < rows.length ? Math.min((rows[i + 1]!.baseline - row.baseline) / 2, reach) : Math.min(reach, 1.6 * row.size);
    return { from: row.baseline - up, to: row.baseline + down };
  };

  // Wrapped labels beside rows of numbers.
  const labelCells = new Map<Line, Piece[][]>();
  for (const row of rows) labelCells.set(row, row.cells.filter((c) => !isValueCell(c) && extent(c).x1 <= row.labelEnd));
  for (const l of lines) {
    if (l.numeric) continue;
    const i = rows.findIndex((r, k) => {
      const b = band(k);
      return l.baseline >= b.from && l.baseline <= b.to && extent(l.pieces).x1 <= r.labelEnd + 0.5 * r.size;
    });
    if (i < 0) continue;
    const row = rows[i]!;
    const cells = labelCells.get(row)!;
    const hadLabels = cells.length > 0;
    const targets = l.cells.map((f) => cells.find((c) => overlapX(extent(c), extent(f)) > 0));
    // Text beside the row's own label cells: left of them, a group label (a line of its own); right
    // of them, the row's label wrapped in its column while the row's line holds a group label's
    // wrapped piece (narrow label columns printed without rules) — a label cell of its own.
    const labelsEnd = Math.max(...cells.map((c) => extent(c).x1));
    const leafBeside = hadLabels && l.cells.every((f, k) => targets[k] || extent(f).x0 >= labelsEnd - 0.25 * row.size);
    if (hadLabels && targets.some((t) => !t) && !leafBeside) continue;
    l.cells.forEach((f, k) => {
      const target = targets[k] ?? cells.find((c) => overlapX(extent(c), extent(f)) > 0);
      if (target) target.push(...f);
      else cells.push([...f]);
    });
    l.used = true;
  }

  // Header labels above the first row of each group of rows.
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (prev && row.baseline - prev.baseline <= 6 * row.size) return;
    const header: Line[] = [];
    let below: Pick<Line, 'baseline' | 'size'> = { baseline: Math.min(row.baseline, ...(labelCells.get(row) ?? []).flat().map((p) => p.baseline)), size: row.size };
    for (let k = lines.indexOf(row) - 1; k >= 0 && header.length < 8; k--) {
      const l = lines[k]!;
      if (l.used) continue;
      const text = textOf(l.pieces);
      const inMargin = extent(l.pieces).top < MARGIN * pageHeight;
      if (l.numeric || inMargin || below.baseline - l.baseline > 4.5 * below.size || HEADING.test(text) || l.size > 1.25 * row.size) break;
      header.push(l);
      below = l;
    }
    const columns = columnsOf(row);
    if (header.length < 2 || !header.some((l) => splitCells(l.pieces, columns).length >= 2)) return;
    for (const l of header) l.used = true;
    for (const units of headerLines(stackHeader(header, columns))) out.push(outLine(headerSegments(units, columns), units, page, true));
  });

  for (const row of rows) {
    const cells = labelCells.get(row)!;
    const all = [...cells, ...row.cells.filter((c) => !cells.includes(c))];
    out.push(outLine(rowSegments(all), all.flat(), page, true));
    row.used = true;
  }
  for (const l of lines) if (!l.used) out.push(outLine(joinLine(l.pieces, true), l.pieces, page, false));

  // Vertical labels: before the first row they stand beside, else where they start.
  for (const label of labels) {
    const line = outLine(label.segments ?? [{ text: label.text, box: label.box }], [label], page, true);
    const beside = rows.findIndex((_, k) => band(k).to >= label.top && band(k).from <= label.bottom);
    if (beside >= 0) line.top = Math.min(line.top, extent(rows[beside]!.pieces).top - 0.01, band(beside).from);
    out.push(line);
  }
  return out.sort((a, b) => a.top - b.top);
}
