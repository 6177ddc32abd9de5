import { LineWriter } from './line-writer.js';

/** Widest grid we expand; cells further right are placed without padding slots. */
export const MAX_COLUMNS = 256;
/** Largest rowspan honoured (rowspan="0" means "to the end of the table"). */
export const MAX_ROWSPAN = 65534;
/** A table with at least this many numeric cells is data, not layout. */
const DATA_TABLE_NUMBERS = 3;

/** One <td>/<th> (or foster text treated as a cell). */
export interface GridCell {
  readonly writer: LineWriter;
  /** Grid column of the cell's first slot. */
  readonly col: number;
  /** Offset of the tag that opened the cell (the '\t' before it maps here). */
  readonly tag: number;
  /** Depth of the cell's element in the element stack, or -1 when implicit. */
  readonly frameDepth: number;
  /** The cell contains a nested table: its row is rendered as a block container. */
  nested: boolean;
}

/** One <tr> (or an implicit row). */
export interface Row {
  readonly cells: GridCell[];
  readonly tag: number;
  readonly frameDepth: number;
  nextCol: number;
}

/**
 * Grid state of one table: places cells into columns, skipping slots covered by a rowspan from a
 * row above, the way browsers lay out tables.
 */
export class TableGrid {
  row: Row | null = null;
  cell: GridCell | null = null;
  caption: GridCell | null = null;
  /** Cells whose text is a number. */
  numericCells = 0;
  /** A cell carries a label only the report's tables have (自然人, 行政复议…). */
  reportLabel = false;
  private rowIndex = 0;
  /** coveredUntil[col] = last row index covered by a rowspan in that column. */
  private readonly coveredUntil: number[] = [];

  constructor(
    /** Where the table's lines go. */
    readonly parent: LineWriter,
    /** Depth of the <table> element in the element stack. */
    readonly frameDepth: number,
  ) {}

  openRow(tag: number, frameDepth: number): Row {
    const row: Row = { cells: [], tag, frameDepth, nextCol: 0 };
    this.row = row;
    return row;
  }

  /** Place a cell in the open row (the caller opens a row first). */
  openCell(row: Row, tag: number, frameDepth: number, rowspan: number, colspan: number): GridCell {
    let col = row.nextCol;
    while (col < MAX_COLUMNS && (this.coveredUntil[col] ?? -1) >= this.rowIndex) col++;
    const span = Math.max(1, Math.min(colspan, MAX_COLUMNS - col));
    row.nextCol = col + span;
    if (rowspan !== 1) {
      const last = this.rowIndex + (rowspan <= 0 ? MAX_ROWSPAN : Math.min(rowspan, MAX_ROWSPAN)) - 1;
      for (let c = col; c < col + span; c++) {
        if ((this.coveredUntil[c] ?? -1) < last) this.coveredUntil[c] = last;
      }
    }
    const cell: GridCell = { writer: new LineWriter(), col, tag, frameDepth, nested: false };
    row.cells.push(cell);
    this.cell = cell;
    return cell;
  }

  /** Is this a data table (numbers or report labels), not layout? */
  get isData(): boolean {
    return this.reportLabel || this.numericCells >= DATA_TABLE_NUMBERS;
  }

  /** A new row group (<tbody>/<thead>/<tfoot>) starts: rowspans do not reach into it, as in browsers. */
  newSection(): void {
    this.coveredUntil.length = 0;
  }

  /** Close the row: later rows see its rowspans. */
  closeRow(): Row | null {
    const row = this.row;
    this.row = null;
    this.cell = null;
    this.rowIndex++;
    return row;
  }
}

/** Parse a rowspan/colspan attribute the way browsers do (leading digits; default 1). */
export function parseSpan(value: string, zeroMeansRest: boolean): number {
  let n = 0;
  let i = 0;
  while (i < value.length && value.charCodeAt(i) <= 32) i++;
  const start = i;
  while (i < value.length && i - start < 6) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    i++;
  }
  if (i === start) return 1;
  if (n === 0) return zeroMeansRest ? 0 : 1;
  return n;
}
