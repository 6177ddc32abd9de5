import { LF, SPACE, TAB, isAsciiAlnum, isDigit } from './chars.js';
import type { LineWriter } from './line-writer.js';
import type { GridCell, Row } from './table-grid.js';

/** A cell longer than this with two or more internal line breaks is layout, not data. */
const LAYOUT_CELL_CHARS = 200;

function isLayoutCell(cell: GridCell): boolean {
  if (cell.nested) return true;
  const { codes, length } = cell.writer;
  if (length < LAYOUT_CELL_CHARS) return false;
  let breaks = 0;
  for (let i = 0; i < length; i++) if (codes[i] === LF && ++breaks >= 2) return true;
  return false;
}

/**
 * Write a cell's text on the current line: its internal line breaks (from <p>/<br>/<div> inside
 * the cell) are dropped, or become one space when both neighbours are ASCII letters/digits.
 */
function writeInline(cell: GridCell, out: LineWriter): void {
  const { codes, map, length } = cell.writer;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    if (c !== LF) out.put(c, map[i]!);
    else if (isAsciiAlnum(codes[i - 1] ?? 0) && isAsciiAlnum(i + 1 < length ? codes[i + 1]! : 0)) out.put(SPACE, map[i]!);
  }
}

/** Write a cell's content as lines of their own (a layout cell); the caller ends the last line. */
function writeBlock(cell: GridCell, out: LineWriter): void {
  const { codes, map, length } = cell.writer;
  out.brk(cell.tag);
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    if (c === LF) out.brk(map[i]!);
    else out.put(c, map[i]!);
  }
}

/**
 * Render a finished row into `out`: one line, every grid slot a cell joined by '\t' (slots covered
 * by another cell's rowspan/colspan are empty). Slots after the row's last cell are not written.
 * A row with a layout cell (one holding a nested table or long multi-paragraph text) is written
 * as a block container instead: each cell's content on lines of its own. All-blank rows are skipped.
 */
export function renderRow(row: Row, out: LineWriter, endOffset: number): void {
  const cells = row.cells;
  let layout = false;
  let blank = true;
  for (const cell of cells) {
    if (cell.writer.length > 0) blank = false;
    if (isLayoutCell(cell)) layout = true;
  }
  if (blank) return;
  out.brk(row.tag);
  if (layout) {
    for (const cell of cells) writeBlock(cell, out);
  } else {
    let col = 0;
    for (const cell of cells) {
      for (; col < cell.col; col++) if (col > 0) out.put(TAB, cell.tag);
      if (col > 0) out.put(TAB, cell.tag);
      writeInline(cell, out);
      col = cell.col + 1;
    }
  }
  out.brk(endOffset);
}

/** Render a <caption> (or other single-cell line) as a line of its own. */
export function renderLine(cell: GridCell, out: LineWriter, endOffset: number): void {
  if (cell.writer.length === 0) return;
  out.brk(cell.tag);
  writeInline(cell, out);
  out.brk(endOffset);
}

const LABEL_MAX = 64;

/** Does a short cell hold a label only the report's tables have (`hints`: the templates' `labelHints`)? */
export function isReportLabelCell(cell: GridCell, hints: RegExp): boolean {
  const { codes, length } = cell.writer;
  if (length < 3 || length > LABEL_MAX) return false;
  return hints.test(String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]));
}

/** Is the cell's text a number ("12", "-8", "20,168", "2019.4359", "１２")? */
export function isNumericCell(cell: GridCell): boolean {
  const { codes, length } = cell.writer;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    if (isDigit(c)) digits++;
    else if (!(c === 44 || c === 46 || c === 43 || c === 45 || c === 37 || c === SPACE)) return false;
  }
  return digits > 0;
}
