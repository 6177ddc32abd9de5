/**
 * Grid stage of the reader: tables drawn in text with rules and bars — pandoc's and
 * reStructuredText's grid tables, tabulate's grid formats (`+----+`, `|`), w3m's and terminal tools'
 * box drawing (`┌─┬─┐ │ ├─┼─┤`) — are rewritten as one line of tab-separated cells per row, with an
 * offset map back into the original.
 */
export { findGrids, mayDrawTables, type GridBlock } from './find-grids.js';
export { parseGrid, type Grid, type GridCell, type Piece } from './parse-grid.js';
export { readGrids, type GridText } from './read-grids.js';
export { readRuledColumns } from './ruled-columns.js';
