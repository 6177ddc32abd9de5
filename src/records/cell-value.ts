import type { Span } from '../types.js';
import type { ValueKind } from '../templates/types.js';
import type { Cell } from '../tables/cells.js';
import type { PdfBox } from '../read/pdf/types.js';

/** How a cell was read. */
export type CellStatus = 'number' | 'blank' | 'dash' | 'invalid' | 'absent' | 'ambiguous';

/**
 * One table cell: its value, the text it was read from and where. A blank cell is `null`, not 0.
 *
 * @example
 * const report = parseReport(text);
 * if (report.template === '2021') report.tables.t3?.rows.total?.cells.naturalPerson;
 * // → { value: 8, raw: '8', span: { start: 2247, end: 2248 }, status: 'number' }
 */
export interface CellValue {
  /** The number, or null when the cell is blank, a dash, not a number, or absent. */
  value: number | null;
  /** The cell's text as read ('' for an empty cell), or null when the cell is absent. */
  raw: string | null;
  span: Span | null;
  status: CellStatus;
  /** For reports read from a PDF: the page and box (points, from the page's top left) the cell was read from. */
  box?: PdfBox;
}

/** Where on a PDF page a text was read. */
export type { PdfBox };

/** An absent cell: its row (or the cell) was not printed. */
export const ABSENT: CellValue = Object.freeze({ value: null, raw: null, span: null, status: 'absent' });

/** True when `text` is only ASCII digits (a cell with nothing to clean before `Number`). */
export function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The value of a text of 1 to 15 ASCII digits ("0", "20168"), or -1 for any other text: the common
 * cell read without `Number`'s general parse.
 *
 * @example
 * digitsValue('20168'); // 20168
 * digitsValue('20,168'); // -1
 */
export function digitsValue(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/**
 * Reads a cell's value for a column kind: counts are non-negative integers, 2019's 本年增/减 is a
 * signed integer ("+1036", "-8"), amounts are non-negative decimals kept exact ("2019.4359",
 * "251000元"). Separators (20,168) and units are removed; "/", "-", "无" are dashes (null).
 *
 * @example
 * readCellValue({ text: '20,168', kind: 'number' } as Cell, 'count', (s, e) => ({ start: s, end: e })).value; // 20168
 */
export function readCellValue(cell: Cell, kind: ValueKind, span: (start: number, end: number) => Span): CellValue {
  const where = span(cell.start, cell.end);
  if (cell.kind === 'blank') return { value: null, raw: cell.text, span: where, status: 'blank' };
  if (cell.kind === 'dash') return { value: null, raw: cell.text, span: where, status: 'dash' };
  if (cell.kind === 'ambiguous' || cell.kind === 'run') return { value: null, raw: cell.text, span: where, status: 'ambiguous' };
  // A value deduced from digits that ran together is read from its own text (see Cell.valueText).
  const text = cell.valueText ?? cell.text;
  // Plain digits (most cells) have nothing to remove.
  if (cell.kind === 'number') {
    const d = digitsValue(text);
    if (d >= 0) return { value: d, raw: cell.text, span: where, status: 'number' };
  }
  const cleaned = allDigits(text) ? text : text.replace(/[,\s]|万元|元|件|个|项|条|人次|次|%/gu, '');
  const n = Number(cleaned);
  if (cell.kind !== 'number' || !Number.isFinite(n)) return { value: null, raw: cell.text, span: where, status: 'invalid' };
  const valid =
    kind === 'amount' ? n >= 0 && !cleaned.startsWith('+') : kind === 'signed' ? Number.isInteger(n) : Number.isInteger(n) && n >= 0 && !/^[+-]/u.test(cleaned);
  return { value: n === 0 ? 0 : n, raw: cell.text, span: where, status: valid ? 'number' : 'invalid' };
}
