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
}

/** A group of rows: a table-2 caption (第二十条第（一）项) or a table-3 group label (（三）不予公开). */
export interface GroupDef {
  readonly key: string;
  readonly label: string;
  readonly aliases?: readonly string[];
  /** Numbering printed before the label: '三', '(三)'. */
  readonly numbering?: string;
  /** Table 4: texts that name this group of blocks in a header cell (行政诉讼). See {@link RowDef.markers}. */
  readonly markers?: readonly string[];
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
  /**
   * Table 4, whose rows are blocks of columns: texts that name this block in a header cell
   * (复议后起诉, 经复议后). A header names the block of the first row in a group whose marker it
   * contains, else the group, else the first other row: "未经行政复议直接起诉" names the direct
   * litigation block, not 行政复议.
   */
  readonly markers?: readonly string[];
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

/**
 * The words a report's title is recognised by. The title is read before the template is known, so
 * every candidate template's vocabulary is tried, in the order the candidates are given.
 */
export interface TitleVocabulary {
  /** A line that names the report: "…政府信息公开工作年度报告". */
  readonly words: RegExp;
  /** The title at the start of a line that runs on after it, up to "…年度报告". */
  readonly prefix: RegExp;
  /** The year said in the text when the title has none (group 1 or 2 is the year). */
  readonly yearInText: RegExp;
  /** The body's name after the year ("2021年XX县政府信息公开…"): group 1. */
  readonly bodyAfterYear: RegExp;
  /** The body's name in a title without a year: group 1. */
  readonly bodyWithoutYear: RegExp;
}

/**
 * Where each table starts when its section heading was lost: a label that only that table prints.
 * The table's region runs from the line of the first match to the next table.
 */
export interface TableAnchors {
  readonly t2: RegExp;
  readonly t3: RegExp;
  readonly t4: RegExp;
}

/**
 * A whole template: its tables, its arithmetic and every word the parser recognises it by. A
 * provincial variant is a copy with its changes: see ARCHITECTURE.md, "Adding a template".
 */
export interface TemplateDef {
  /** A unique id ('2021', '2019', or a provincial variant's own, e.g. 'zj-2021'). */
  readonly id: string;
  /** The document that issued it. */
  readonly source: string;
  /**
   * The report years it is for. When a report's labels do not tell its template, a candidate whose
   * years hold the report's year is taken; a report older than every candidate is not read.
   */
  readonly years: { readonly from: number; readonly to?: number };
  readonly tables: { readonly t2: TableDef; readonly t3: TableDef; readonly t4: TableDef };
  readonly rules: readonly RuleDef[];
  readonly anchors: TableAnchors;
  readonly title: TitleVocabulary;
  /** Labels that only a report's tables print: they tell a data table in a web page from layout. */
  readonly labelHints: RegExp;
}
