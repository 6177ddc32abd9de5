import { isBar, strokeOf } from './chars.js';
import { codeAt, layoutLine, realign, startsAt, type LaidLine } from './layout.js';

/** A run of a cell's text on one line of the drawing: its text and the offset of its first character. */
export interface Piece {
  text: string;
  start: number;
  /** The text fills its column to the last place: a line broken inside a word, not between words. */
  filled?: boolean;
}

/** One cell of a drawn table: its place in the grid of bands and columns, and the lines of its text. */
export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  /** The cell's text, line by line (blank lines left out), each with its offset. */
  pieces: Piece[];
}

/** A drawn table read into cells. */
export interface Grid {
  rows: number;
  cols: number;
  cells: GridCell[];
  /** Offset of the start of each row's first line (for mapping the empty slots of a row). */
  rowStarts: number[];
}

const isHorizontalish = (c: number) => {
  const s = strokeOf(c);
  return s === 'horizontal' || s === 'junction';
};

/** Column boundaries: junctions that sit on a rule (a horizontal stroke beside them), in display columns. */
function boundariesOf(text: string, lines: LaidLine[]): number[] {
  const xs = new Set<number>();
  for (const line of lines) {
    for (let x = 0; x < line.at.length; x++) {
      if (!startsAt(line, x) || strokeOf(codeAt(text, line, x)) !== 'junction') continue;
      if (strokeOf(codeAt(text, line, x - 1)) === 'horizontal' || strokeOf(codeAt(text, line, x + 1)) === 'horizontal') xs.add(x);
    }
  }
  return [...xs].sort((a, b) => a - b);
}

/** How many vertical strokes of content lines miss every boundary (0 when the layout is right). */
function misses(text: string, lines: LaidLine[], xs: Set<number>): number {
  let n = 0;
  for (const line of lines) {
    for (let x = 0; x < line.at.length; x++) {
      if (startsAt(line, x) && strokeOf(codeAt(text, line, x)) === 'vertical' && !xs.has(x)) n++;
    }
  }
  return n;
}

/** Is the segment (a, b) of a line (exclusive bounds) a rule: only horizontal strokes and junctions? */
function isRuleSegment(text: string, line: LaidLine, a: number, b: number): boolean {
  if (b - a < 2) return false;
  let horizontal = false;
  for (let x = a + 1; x < b; x++) {
    const c = codeAt(text, line, x);
    if (!isHorizontalish(c)) return false;
    if (strokeOf(c) === 'horizontal') horizontal = true;
  }
  return horizontal;
}

const NUMBER_PIECE = /^[+-]?\d[\d,.]*$/u;

/** The text of a line between display columns (a, b), exclusive, trimmed, with its offset. */
function pieceOf(text: string, line: LaidLine, a: number, b: number): Piece | null {
  let s = -1;
  let e = -1;
  let lastX = -1;
  for (let x = a + 1; x < b && x < line.at.length; x++) {
    if (!startsAt(line, x)) continue;
    const o = line.at[x]!;
    // A wide character that sticks out past the boundary belongs to no column: keep it anyway.
    if (o < 0) continue;
    if (s < 0) s = o;
    const c = text.codePointAt(o)!;
    e = o + (c > 0xffff ? 2 : 1);
    if (c !== 32) lastX = x;
  }
  if (s < 0) return null;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0x3000)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0x3000)) e--;
  if (s >= e) return null;
  const piece: Piece = { text: text.slice(s, e), start: s };
  if (lastX >= b - 2) piece.filled = true;
  return piece;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/**
 * Reads a table drawn with rules and bars (the lines `text[lines[i][0], lines[i][1])`) into cells:
 * column boundaries are the junctions on its rules, rows the bands between rules; a cell's text is
 * the lines of its column inside its band. A band without a rule over a column continues the cell
 * above (rowspan); a band without a bar between two columns joins them (colspan). A band in which
 * two or more lines carry numbers in the same column holds one row per line (a table ruled only
 * around its header, as tabulate's outline formats draw). Returns null when no column can be found.
 *
 * @example
 * const t = '+------+---+\n| 规章 | 0 |\n+------+---+';
 * parseGrid(t, [[0, 12], [13, 23], [24, 36]])?.cells.map((c) => c.pieces[0]?.text); // ['规章', '0']
 */
export function parseGrid(text: string, lines: Array<[number, number]>): Grid | null {
  // Lay the lines out as most tools measure them (a terminal: ambiguous characters narrow); if the
  // bars then miss the boundaries, try a CJK terminal's measure, then a count of characters.
  let laid = lines.map(([s, e]) => layoutLine(text, s, e, 'terminal'));
  let xs = boundariesOf(text, laid);
  let missed = misses(text, laid, new Set(xs));
  for (const measure of ['cjk-terminal', 'characters'] as const) {
    if (missed === 0) break;
    const other = lines.map(([s, e]) => layoutLine(text, s, e, measure));
    const oxs = boundariesOf(text, other);
    const m = misses(text, other, new Set(oxs));
    if (m < missed) {
      laid = other;
      xs = oxs;
      missed = m;
    }
  }
  if (xs.length < 2) return null;
  const C = xs.length - 1;
  // A line whose bars miss the boundaries but has one bar per boundary is laid onto them.
  const onBoundary = new Set(xs);
  for (let i = 0; i < laid.length; i++) {
    const line = laid[i]!;
    const bars: number[] = [];
    let off = false;
    for (let x = 0; x < line.at.length; x++) {
      if (!startsAt(line, x) || !isBar(codeAt(text, line, x))) continue;
      bars.push(x);
      if (!onBoundary.has(x)) off = true;
    }
    if (off) laid[i] = realign(line, bars, xs) ?? line;
  }

  // Rule lines and, for each, which column segments it rules.
  const ruled: boolean[][] = [];
  const ruleLines: number[] = [];
  for (let i = 0; i < laid.length; i++) {
    const segs: boolean[] = [];
    let any = false;
    for (let c = 0; c < C; c++) {
      const r = isRuleSegment(text, laid[i]!, xs[c]!, xs[c + 1]!);
      segs.push(r);
      if (r) any = true;
    }
    ruled.push(segs);
    if (any) ruleLines.push(i);
  }
  // Bands: the lines between consecutive rule lines (and before the first / after the last).
  const bounds = [-1, ...ruleLines, laid.length];
  const bands: Array<{ top: number; bottom: number }> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const top = bounds[k]!;
    const bottom = bounds[k + 1]!;
    if (bottom - top > 1) bands.push({ top, bottom });
  }
  const R = bands.length;
  if (R === 0) return null;
  const uf = new UnionFind(R * C);
  const id = (r: number, c: number) => r * C + c;
  for (let r = 0; r < R; r++) {
    const { top, bottom } = bands[r]!;
    for (let c = 0; c < C; c++) {
      // Joined with the band below when the rule between them does not cross this column.
      if (r + 1 < R) {
        let rule = false;
        for (let i = bottom; i <= bands[r + 1]!.top && !rule; i++) rule = ruled[i]![c]!;
        if (!rule) uf.union(id(r, c), id(r + 1, c));
      }
      // Joined with the column to the right when no line of the band has a bar on the boundary.
      if (c + 1 < C) {
        const x = xs[c + 1]!;
        let bar = false;
        let lines = 0;
        for (let i = top + 1; i < bottom; i++) {
          lines++;
          if (isBar(codeAt(text, laid[i]!, x)) && startsAt(laid[i]!, x)) { bar = true; break; }
        }
        if (lines === 0 && top >= 0) bar = strokeOf(codeAt(text, laid[top]!, x)) === 'junction';
        if (!bar) uf.union(id(r, c), id(r, c + 1));
      }
    }
  }

  // Components → rectangles.
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number; n: number }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = uf.find(id(r, c));
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, r1: r, c0: c, c1: c, n: 1 });
      else {
        b.r0 = Math.min(b.r0, r); b.r1 = Math.max(b.r1, r); b.c0 = Math.min(b.c0, c); b.c1 = Math.max(b.c1, c); b.n++;
      }
    }
  }
  const rects: Array<{ r0: number; r1: number; c0: number; c1: number }> = [];
  for (const b of boxes.values()) {
    if (b.n === (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1)) rects.push(b);
    // Not a rectangle (a drawing error): each of its atomic cells stands alone.
    else for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (boxes.get(uf.find(id(r, c))) === b) rects.push({ r0: r, r1: r, c0: c, c1: c });
  }

  const piecesOf = (r0: number, r1: number, c0: number, c1: number, from?: number, to?: number): Piece[] => {
    const out: Piece[] = [];
    const first = from ?? bands[r0]!.top + 1;
    const last = to ?? bands[r1]!.bottom - 1;
    for (let i = first; i <= last; i++) {
      const p = pieceOf(text, laid[i]!, xs[c0]!, xs[c1 + 1]!);
      if (p) out.push(p);
    }
    return out;
  };

  // A band of single cells with numbers on two or more lines of one column holds a row per line.
  const splitBands = new Map<number, number[]>();
  // Only a table ruled around its header alone (top, header, bottom: three rules at most) runs rows
  // together in one band; where every row is ruled, numbers on two lines are one wrapped number.
  for (let r = 0; r < R && ruleLines.length <= 3; r++) {
    const { top, bottom } = bands[r]!;
    if (bottom - top <= 2) continue;
    if (rects.some((b) => b.r0 <= r && b.r1 >= r && b.r0 !== b.r1)) continue;
    let numbered = false;
    for (let c = 0; c < C && !numbered; c++) {
      let n = 0;
      for (let i = top + 1; i < bottom; i++) {
        const p = pieceOf(text, laid[i]!, xs[c]!, xs[c + 1]!);
        if (p && NUMBER_PIECE.test(p.text) && ++n >= 2) { numbered = true; break; }
      }
    }
    if (numbered) {
      const ls: number[] = [];
      for (let i = top + 1; i < bottom; i++) ls.push(i);
      splitBands.set(r, ls);
    }
  }

  const cells: GridCell[] = [];
  const rowStarts: number[] = [];
  const rowOf: number[] = [];
  let row = 0;
  for (let r = 0; r < R; r++) {
    rowOf.push(row);
    const split = splitBands.get(r);
    const n = split ? split.length : 1;
    for (let k = 0; k < n; k++) rowStarts.push(laid[split ? split[k]! : Math.max(0, bands[r]!.top)]!.start);
    row += n;
  }
  for (const b of rects) {
    const split = splitBands.get(b.r0);
    if (split) {
      split.forEach((line, k) => {
        cells.push({ row: rowOf[b.r0]! + k, col: b.c0, rowspan: 1, colspan: b.c1 - b.c0 + 1, pieces: piecesOf(b.r0, b.r1, b.c0, b.c1, line, line) });
      });
      continue;
    }
    const last = b.r1 + 1 < R ? rowOf[b.r1 + 1]! : row;
    cells.push({ row: rowOf[b.r0]!, col: b.c0, rowspan: last - rowOf[b.r0]!, colspan: b.c1 - b.c0 + 1, pieces: piecesOf(b.r0, b.r1, b.c0, b.c1) });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: row, cols: C, cells, rowStarts };
}
