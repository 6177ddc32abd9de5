import type { Message } from './messages/message.js';
import type { TableRecord } from './records/table-record.js';
import type { Section } from './segment/sections.js';
import type { T2_2019, T2_2021 } from './templates/table2.js';
import type { T3_2019, T3_2021 } from './templates/table3.js';
import type { T4 } from './templates/table4.js';
import type { Span } from './types.js';

/** A value read from the input, with where it was read. */
export interface Located<T> {
  value: T;
  span: Span;
}

/** A look-alike spelling of the body's own name, normalised to the title's spelling. */
export interface BodyNameVariant {
  /** As written in the input, e.g. '瀘河区'. */
  text: string;
  /** What it was normalised to, e.g. '漯河区'. */
  normalised: string;
  span: Span;
}

/** What the report says about itself. */
export interface Metadata {
  /** The title line. */
  title: Located<string> | null;
  /** The issuing body, from the title (or the page's metadata block). */
  body: Located<string> | null;
  /** The report year. */
  year: Located<number> | null;
  /** The publisher named by a web page's metadata block (发布机构), when the input is HTML. */
  publisher: Located<string> | null;
  /** The publication date named by a web page's metadata block (发布日期/发文日期), as written. */
  published: Located<string> | null;
  bodyNameVariants: BodyNameVariant[];
  /** The labels that decided the template. */
  templateEvidence: string[];
}

/** Table 2 of the 2021 template. */
export type Table2v2021 = TableRecord<typeof T2_2021, '2021'>;
/** Table 2 of the 2019 template. */
export type Table2v2019 = TableRecord<typeof T2_2019, '2019'>;
/** Table 3 of the 2021 template. */
export type Table3v2021 = TableRecord<typeof T3_2021, '2021'>;
/** Table 3 of the 2019 template. */
export type Table3v2019 = TableRecord<typeof T3_2019, '2019'>;
/** Table 4 (the same in both templates). */
export type Table4 = TableRecord<typeof T4, '2019' | '2021'>;

interface ReportBase {
  /** The input's kind and length in UTF-16 code units. */
  input: { kind: 'text' | 'html'; length: number };
  metadata: Metadata;
  sections: Section[];
  messages: Message[];
}

/** A report on the 2021 template. */
export interface Report2021 extends ReportBase {
  template: '2021';
  tables: { t2: Table2v2021 | null; t3: Table3v2021 | null; t4: Table4 | null };
}

/** A report on the 2019 template. */
export interface Report2019 extends ReportBase {
  template: '2019';
  tables: { t2: Table2v2019 | null; t3: Table3v2019 | null; t4: Table4 | null };
}

/** A report whose tables use labels of different templates; each table says its own `template`. */
export interface ReportMixed extends ReportBase {
  template: 'mixed';
  tables: { t2: Table2v2021 | Table2v2019 | null; t3: Table3v2021 | Table3v2019 | null; t4: Table4 | null };
}

/** A report whose labels match neither template (or that has no tables): nothing is read into tables. */
export interface ReportUnsupported extends ReportBase {
  template: 'unsupported';
  tables: { t2: null; t3: null; t4: null };
}

/**
 * A report read with templates of one's own (`parseReport(input, { templates })`) whose tables were
 * read with one of them: `template` is its id (or 'mixed'), and the tables are typed by the generic
 * definition. Resolve a table's definition with `tableDefOf(report, n, templates)`.
 */
export interface ReportCustom extends ReportBase {
  template: string;
  tables: { t2: TableRecord | null; t3: TableRecord | null; t4: TableRecord | null };
}

/** What {@link parseReport} returns when given `templates`: a national report or one read with another template. */
export type ParsedReport = Report | ReportCustom;

/**
 * The result of {@link parseReport} with the national templates: a discriminated union on `template`.
 *
 * @example
 * switch (report.template) {
 *   case '2021': report.tables.t2?.rows.fees?.cells.feeAmount.value; break;
 *   case '2019': report.tables.t2?.rows.procurement?.cells.procurementAmount.value; break;
 *   case 'mixed': case 'unsupported': break;
 * }
 */
export type Report = Report2021 | Report2019 | ReportMixed | ReportUnsupported;
