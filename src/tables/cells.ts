import { allDigits } from '../records/cell-value.js';
/**
 * What a table cell holds, before it is matched to the template. `run` is a run of digits whose cells
 * ran together (not yet split); `ambiguous` a cell the arithmetic could not split uniquely.
 */
export type CellKind = 'blank' | 'number' | 'dash' | 'text' | 'run' | 'ambiguous';

/** One cell read from a line of text. Offsets are in the normalised text. */
export interface Cell {
  text: string;
  start: number;
  end: number;
  kind: CellKind;
  /** Index of the line the cell is on (within the region). */
  line: number;
  /** How many cells its line has. */
  lineCells: number;
  /** True when a separator (tab, pipe) delimits the cell, so that a blank cell is a real empty cell. */
  explicit: boolean;
  /**
   * The text the value is read from, when it is not `text`: a value the arithmetic pins down in
   * digits that ran together, where it cannot tell which of the digits are this cell's (`text`
   * and the offsets are then the whole run).
   */
  valueText?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|件|个|项|条|次|人次|%)?$/u;
const DASH = /^(?:\/|\\|-{1,3}|—{1,2}|─|–|无|空|\*)$/u;
// Written so that no two adjacent parts can take the same white space (`\s*\|?\s*` is
// `\s*(?:\|\s*)?`): linear time on any line (the other form backtracks quadratically on long runs
// of white space).
const MD_RULE = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/u;
const PIPES_ONLY = /^[\s|]*$/u;
// Page numbers and page markers that interrupt tables: "- 3 -", "—5—", "第3页", "3/12", "<!-- 第3页 -->".
const PAGE_MARK = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*(?:[,，]\s*)?共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|<!--[^>]*-->|‹!--[^›>]*-->)\s*$/u;
const HEADING_MARK = /^[ \t]*#{1,6}[ \t]+/u;
// A number (or a dash) between spaces at the end of a label: see trailingNumbers.
const TRAILING_TOKEN = /^(?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?|\/|-{1,2}|—{1,2})$/u;

/**
 * The numbers (or dashes) that end a label after single spaces: "行政许可 20168",
 * "1.属于国家秘密 0 1 0 0 0 0 1" — the leftmost match of
 * `/(?:[ ]+(?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?|\/|-{1,2}|—{1,2}))+$/u`, found by
 * walking the space-separated words back from the end (that regex takes quadratic time on a long
 * line of such words that does not end in one).
 */
export function trailingNumbers(piece: string): { index: number; text: string } | null {
  let start = -1;
  let end = piece.length;
  for (;;) {
    let a = end;
    while (a > 0 && piece.charCodeAt(a - 1) !== 32) a--;
    if (a === end || a === 0 || !TRAILING_TOKEN.test(piece.slice(a, end))) break;
    let b = a;
    while (b > 0 && piece.charCodeAt(b - 1) === 32) b--;
    start = b;
    end = b;
  }
  return start < 0 ? null : { index: start, text: piece.slice(start) };
}

/**
 * Classifies a cell's text.
 *
 * @example
 * cellKind('20,168'); // 'number'
 * cellKind('/'); // 'dash'
 */
export function cellKind(text: string): CellKind {
  if (text.length === 0) return 'blank';
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45) {
    if (allDigits(text) || NUMBER.test(text)) return 'number';
  }
  if (text.length <= 3 && DASH.test(text)) return 'dash';
  return 'text';
}

function pushPiece(out: Cell[], text: string, from: number, to: number, line: number, explicit: boolean): void {
  let s = from;
  let e = to;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const piece = text.slice(s, e);
  const kind = cellKind(piece);
  if (kind === 'text' && piece.includes(' ')) {
    const m = trailingNumbers(piece);
    if (m) {
      const labelEnd = s + m.index;
      if (m.index > 0) out.push({ text: text.slice(s, labelEnd), start: s, end: labelEnd, kind: cellKind(text.slice(s, labelEnd)), line, lineCells: 0, explicit });
      const re = /\S+/gu;
      const tail = m.text;
      for (let k = re.exec(tail); k; k = re.exec(tail)) {
        const a = labelEnd + k.index;
        out.push({ text: k[0], start: a, end: a + k[0].length, kind: cellKind(k[0]), line, lineCells: 0, explicit: true });
      }
      return;
    }
  }
  out.push({ text: piece, start: s, end: e, kind, line, lineCells: 0, explicit });
}

/**
 * Whether a table line holds no cells: white space and pipes only, a markdown rule, a page mark.
 * A line whose first character after spaces and tabs is surely not white space (printable ASCII, a
 * CJK ideograph) is tested only against the patterns that can start with it.
 */
function skipLine(line: string): boolean {
  let k = 0;
  let c = line.charCodeAt(0);
  while (c === 32 || c === 9) c = line.charCodeAt(++k);
  // Nothing but spaces and tabs (NaN: past the end).
  if (Number.isNaN(c)) return true;
  const solid = (c > 32 && c < 0xa0) || (c >= 0x4e00 && c <= 0x9fff);
  if (!solid || c === 124) {
    if (PIPES_ONLY.test(line)) return true;
  }
  if (line.includes('--') && MD_RULE.test(line)) return true;
  // A page mark starts (after white space) with a dash, 第, a digit, "<!--" or "‹!--".
  if (solid && c !== 45 && c !== 60 && c !== 0x7b2c && !(c >= 48 && c <= 57)) return false;
  return PAGE_MARK.test(line);
}

/**
 * Splits the lines of `text[start, end)` into cells: by tabs when a line has them, else by pipes
 * (markdown tables; separator rows and pipe-only lines are skipped), else by runs of two or more
 * spaces, else the whole line is one cell (one cell per line). Numbers trailing a label after single
 * spaces are split off. Empty lines give no cells.
 *
 * @example
 * splitCells('规章\t0\t0\t0', 0, 8).map((c) => c.text); // → ['规章', '0', '0', '0']
 */
export function splitCells(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let line = 0;
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    let ls = pos;
    // A markdown heading mark: only where the line's first character after spaces and tabs is '#'.
    let k = ls;
    while (k < nl && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < nl && k < ls + 12 && text.charCodeAt(k) === 35) {
      const head = HEADING_MARK.exec(text.slice(ls, Math.min(nl, ls + 12)));
      if (head) ls += head[0].length;
    }
    const lineText = text.slice(ls, nl);
    const first = out.length;
    if (skipLine(lineText)) {
      // A pipe-only line is a run of collapsed empty cells: how many is unknowable, so none are kept.
      // nothing
    } else if (lineText.includes('\t')) {
      let a = ls;
      for (let i = text.indexOf('\t', ls); i >= 0 && i < nl; i = text.indexOf('\t', a)) {
        pushPiece(out, text, a, i, line, true);
        a = i + 1;
      }
      pushPiece(out, text, a, nl, line, true);
    } else if (lineText.includes('|')) {
      const pieces: Array<[number, number]> = [];
      let a = ls;
      for (let i = ls; i <= nl; i++) {
        if (i === nl || text.charCodeAt(i) === 124) {
          pieces.push([a, i]);
          a = i + 1;
        }
      }
      const blank = (p: [number, number]) => text.slice(p[0], p[1]).trim().length === 0;
      if (pieces.length > 0 && blank(pieces[0]!)) pieces.shift();
      if (pieces.length > 0 && blank(pieces[pieces.length - 1]!)) pieces.pop();
      for (const p of pieces) pushPiece(out, text, p[0], p[1], line, true);
    } else if (/ {2,}/u.test(lineText)) {
      const re = / {2,}/gu;
      let a = ls;
      for (let m = re.exec(lineText); m; m = re.exec(lineText)) {
        pushPiece(out, text, a, ls + m.index, line, false);
        a = ls + m.index + m[0].length;
      }
      pushPiece(out, text, a, nl, line, false);
    } else {
      pushPiece(out, text, ls, nl, line, false);
    }
    // Drop blank cells that are not delimited explicitly (leftovers of trimming).
    let w = first;
    for (let r = first; r < out.length; r++) {
      const c = out[r]!;
      if (c.kind === 'blank' && !c.explicit) continue;
      out[w++] = c;
    }
    if (w < out.length) out.length = w;
    for (let r = first; r < w; r++) out[r]!.lineCells = w - first;
    if (out.length > first) line++;
    pos = nl + 1;
  }
  return out;
}
