import type { Cell } from './cells.js';
import type { FittedRow } from './fit-row.js';

// A value with its note, on a line of its own: "22（其中修订 16 件）" (brackets are folded to ASCII).
const NOTED_VALUE = /^([0-9]+(?:\.[0-9]+)?)\s*\((?:其中|含|包括|包含)[^()]*\)$/u;

/** A value pulled out of its row, and the row it was put back into. */
export interface PlacedOrphan {
  key: string;
  column: number;
  orphan: Cell;
}

/**
 * Puts back a value that a PDF-to-markdown converter pulled out of its row together with its note
 * ("22（其中修订 16 件）" on a line of its own above the table, the row then one cell short): when the
 * table has exactly one such text and exactly one row one cell short, the value fills that row's empty
 * cell. The caller names the row in a warning (the place is inferred). Mutates `fitted`.
 *
 * @example
 * const cell = (text: string, kind: 'number' | 'text', start: number) => ({ text, kind, start, end: start + text.length, line: 0, lineCells: 3, explicit: true });
 * const orphan = cell('22(其中修订 16 件)', 'text', 0);
 * const row = { cells: [cell('3', 'number', 20), cell('1', 'number', 22), null], outcome: 'short' as const, removed: [], values: [cell('3', 'number', 20), cell('1', 'number', 22)] };
 * const fitted = new Map([['normativeDocuments', row]]);
 * placeNoteOrphans([orphan], fitted)?.column; // → 2
 * row.cells[2]?.text; // → '22'
 * row.outcome; // → 'inferred'
 */
export function placeNoteOrphans(unmatched: Cell[], fitted: Map<string, FittedRow & { values: Cell[] }>): PlacedOrphan | null {
  let orphan: Cell | null = null;
  let match: RegExpExecArray | null = null;
  for (const c of unmatched) {
    const m = NOTED_VALUE.exec(c.text);
    if (!m) continue;
    if (orphan !== null) return null;
    orphan = c;
    match = m;
  }
  if (orphan === null || match === null) return null;
  let target: [string, FittedRow & { values: Cell[] }] | null = null;
  for (const entry of fitted) {
    const row = entry[1];
    if (row.outcome !== 'short') continue;
    if (row.cells.filter((c) => c === null).length !== 1 || row.values.some((c) => c.kind === 'blank')) continue;
    if (target !== null) return null;
    target = entry;
  }
  if (target === null) return null;
  const [key, row] = target;
  const column = row.cells.indexOf(null);
  const digits = match[1]!;
  row.cells[column] = { text: digits, start: orphan.start, end: orphan.start + digits.length, kind: 'number', line: orphan.line, lineCells: orphan.lineCells, explicit: true };
  row.outcome = 'inferred';
  return { key, column, orphan };
}
