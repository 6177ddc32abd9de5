/** What a cell holds: a non-negative count, a signed change (2019 本年增/减), or a non-negative decimal amount. */
export type ValueKind = 'count' | 'signed' | 'amount';

/** One column of a table. */
export interface ColumnDef {
  readonly key: string;
  /** The official label, exactly as in the template. */
  readonly label: string;
  /** Other labels seen in the wild for this column. */
  readonly aliases?: readonly string[];
  readonly kind?: ValueKind;
  /** Header path for tables whose columns are nested (table 4), e.g. ['行政诉讼', '复议后起诉', '总计']. */
  readonly path?: readonly string[];
}

/** A group of rows: a table-2 caption (第二十条第（一）项) or a table-3 group label (（三）不予公开). */
export interface GroupDef {
  readonly key: string;
  readonly label: string;
  readonly aliases?: readonly string[];
  /** Numbering printed before the label: '三', '(三)'. */
  readonly numbering?: string;
}

/** One row of a table. */
export interface RowDef {
  readonly key: string;
  /** The official label, exactly as in the template. */
  readonly label: string;
  readonly aliases?: readonly string[];
  /** Numbering printed before the label: '一', '(一)', '1'. */
  readonly numbering?: string;
  /** The group this row belongs to. */
  readonly group?: string;
  /** The columns this row has (table 2's sub-tables differ); default: every column of the table. */
  readonly columns?: readonly string[];
  /** Not in the national template: a provincial add-on, kept in `extraRows` when found. */
  readonly extra?: boolean;
  /** A group's own total row, printed by some reports instead of the group's leaf rows. */
  readonly substitutesFor?: readonly string[];
}

/** One table of a template. */
export interface TableDef {
  readonly number: 2 | 3 | 4;
  readonly columns: readonly ColumnDef[];
  readonly groups: readonly GroupDef[];
  readonly rows: readonly RowDef[];
  /** Header texts that are neither rows nor columns (信息内容, 申请人情况, the corner note…). */
  readonly headers: readonly string[];
}

/**
 * An exact arithmetic rule: sum(lhs) = sum(rhs). With `over: 'columns'` the keys are row keys and
 * the rule holds in every column; with `over: 'rows'` they are column keys and it holds in every row.
 */
export interface RuleDef {
  readonly id: string;
  readonly table: 2 | 3 | 4;
  readonly over: 'columns' | 'rows';
  readonly lhs: readonly string[];
  readonly rhs: readonly string[];
  /** The rule in words (Chinese, as the template's note puts it). */
  readonly description: string;
}

/** A whole template: its tables and its arithmetic. */
export interface TemplateDef {
  readonly id: '2019' | '2021';
  /** The document that issued it. */
  readonly source: string;
  readonly tables: { readonly t2: TableDef; readonly t3: TableDef; readonly t4: TableDef };
  readonly rules: readonly RuleDef[];
}
