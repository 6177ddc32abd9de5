import type { Span } from '../types.js';
import type { TableDef } from '../templates/types.js';
import type { CellValue } from './cell-value.js';

/** A row of a table as read: the label as written, where, and its cells by column key. */
export interface RowRecord<C extends string = string> {
  /** The label as read (normalised), '' when the label was lost. */
  label: string;
  labelSpan: Span | null;
  cells: { [K in C]: CellValue };
}

/** A row that is not one of the template's rows (a provincial add-on, an unmatched or duplicate row). */
export interface ExtraRow {
  /** The template key of a known add-on row or of a duplicated row, else null. */
  key: string | null;
  label: string;
  labelSpan: Span | null;
  reason: 'extra' | 'unmatched' | 'duplicate';
  values: CellValue[];
}

type RowKeys<T extends TableDef> = T['rows'][number]['key'];
type ColumnsOfRow<T extends TableDef, K> =
  Extract<T['rows'][number], { key: K }> extends { columns: readonly (infer C)[] } ? C & string : T['columns'][number]['key'];

/**
 * The typed record of one table, derived from its template definition: every template row key is
 * present, `null` when the row was not found.
 */
export interface TableRecord<T extends TableDef = TableDef, Id extends string = string> {
  /** The template whose definition was used to read this table. */
  template: Id;
  /** Where the table was read (the region searched). */
  span: Span | null;
  rows: { [K in RowKeys<T>]: RowRecord<ColumnsOfRow<T, K>> | null };
  extraRows: ExtraRow[];
}
