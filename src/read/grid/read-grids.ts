import { MappedBuilder } from '../../normalise/offset-map.js';
import { findGrids } from './find-grids.js';
import { parseGrid, type Grid, type Piece } from './parse-grid.js';

/** Text whose drawn tables were rewritten as tab-separated rows, with a map back into the original. */
export interface GridText {
  text: string;
  /** `map[i]` = offset in the original of `text[i]`. */
  map: Int32Array;
  /** How many drawn tables were rewritten. */
  tables: number;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Writes a cell's lines as one run of text: a wrapped label is joined without a space, words of Latin letters or digits with one. */
function writeCell(out: MappedBuilder, pieces: Piece[]): void {
  let prev: Piece | null = null;
  for (const p of pieces) {
    // Latin words or numbers broken between words get their space back; a line that fills its
    // column was broken inside a word (a narrow column), and is joined as it is.
    if (prev && !prev.filled && isAsciiAlnum(prev.text.charCodeAt(prev.text.length - 1)) && isAsciiAlnum(p.text.charCodeAt(0))) out.push(' ', p.start);
    out.pushRun(p.text, p.start);
    prev = p;
  }
}

/** Writes a grid as one line per row, cells joined by tabs, a slot covered by a cell from a row above left empty. */
function writeGrid(out: MappedBuilder, grid: Grid, end: number): void {
  const slots: Array<Array<{ col: number; pieces: Piece[] | null }>> = Array.from({ length: grid.rows }, () => []);
  for (const cell of grid.cells) {
    slots[cell.row]!.push({ col: cell.col, pieces: cell.pieces });
    for (let r = cell.row + 1; r < cell.row + cell.rowspan; r++) slots[r]!.push({ col: cell.col, pieces: null });
  }
  let first = true;
  for (let r = 0; r < grid.rows; r++) {
    const row = slots[r]!.sort((a, b) => a.col - b.col);
    // Slots covered from above are not written after the row's last cell; its own empty cells are
    // (a label followed by empty cells is a row of blanks, as in HTML).
    let last = row.length - 1;
    while (last >= 0 && row[last]!.pieces === null) last--;
    if (!row.some((s) => s.pieces !== null && s.pieces.length > 0)) continue;
    const at = grid.rowStarts[r]!;
    if (!first) out.push('\n', at);
    first = false;
    for (let k = 0; k <= last; k++) {
      const p = row[k]!.pieces;
      if (k > 0) out.push('\t', p && p.length > 0 ? p[0]!.start : at);
      if (p) writeCell(out, p);
    }
  }
  void end;
}

/**
 * Rewrites the tables drawn with rules and bars in `text` (pandoc/reStructuredText grid tables,
 * tabulate's grids, w3m's box drawing) as one line of tab-separated cells per row, the way the HTML
 * reader renders a `<table>`: a wrapped cell's lines are joined, a cell spanning columns is written
 * once, a slot covered by a cell spanning rows from above is left empty. Returns null when the text
 * draws no table. Every character of the result maps to the character of `text` it came from.
 *
 * @example
 * readGrids('+----+---+\n|规章| 0 |\n+----+---+')?.text; // '规章\t0'
 */
export function readGrids(text: string): GridText | null {
  const blocks = findGrids(text);
  if (blocks.length === 0) return null;
  const out = new MappedBuilder(text.length);
  let pos = 0;
  let tables = 0;
  for (const block of blocks) {
    const grid = parseGrid(text, block);
    if (grid === null || grid.rows === 0) continue;
    const start = block[0]![0];
    const end = block[block.length - 1]![1];
    out.pushRun(text.slice(pos, start), pos);
    writeGrid(out, grid, end);
    pos = end;
    tables++;
  }
  if (tables === 0) return null;
  out.pushRun(text.slice(pos), pos);
  return { ...out.finish(text.length), tables };
}
