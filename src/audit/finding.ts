import type { Severity } from '../messages/codes.js';
import type { CellStatus } from '../records/cell-value.js';
import type { Span } from '../types.js';
import { FINDING_KINDS, type FindingKind } from './finding-kinds.js';

/**
 * A table cell a finding rests on: which file, which cell, what was read there.
 *
 * @example
 * const cell: FindingCell = { file: 'a.txt', table: 3, row: 'carriedForward', column: 'total', value: 6, raw: '6', status: 'number', span: { start: 2101, end: 2102 } };
 */
export interface FindingCell {
  file: string;
  table: 2 | 3 | 4;
  row: string;
  column: string;
  value: number | null;
  raw: string | null;
  status: CellStatus;
  span: Span | null;
}

/**
 * A passage of text a finding rests on: a prose number, or a shared passage of copied text.
 *
 * @example
 * const passage: FindingSpan = { file: 'a.txt', section: 'overview', span: { start: 120, end: 131 }, text: '收到政府信息公开申请75件' };
 */
export interface FindingSpan {
  file: string;
  /** The section it lies in (`overview`, `problems`, …), when known. */
  section: string | null;
  /** UTF-16 offsets into the text the file's report was parsed from. */
  span: Span;
  /** The text at the span, when it is short enough to show. */
  text?: string;
}

/**
 * One finding of the audit: a disagreement between reports, or between a report's prose and its
 * tables, or text shared between reports. Findings are data, never thrown.
 *
 * @example
 * const { findings } = auditReports([{ file: 'a.txt', report, text }, { file: 'b.txt', report, text }]);
 * findings.map((f) => [f.kind, f.files]); // → [['duplicate-report', ['a.txt', 'b.txt']]]
 */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** A sentence in English for people and programs. */
  message: string;
  /** The same in Chinese, for the people who review the reports. */
  messageZh: string;
  /** Every file involved, in the order the finding names them. */
  files: string[];
  /** The issuing body (normalised), when the finding is about one body. */
  body: string | null;
  /** The report years involved, ascending. */
  years: number[];
  cells: FindingCell[];
  spans: FindingSpan[];
  /** For `similar-text`: the share of each file's section text that is shared, 0–1, in `files` order. */
  share?: number[];
  /** For `similar-text`: the sections compared. */
  sections?: string[];
}

/**
 * Builds a finding with the default severity of its kind.
 *
 * @example
 * createFinding('duplicate-report', { message: '…', messageZh: '…', files: ['a.txt', 'b.txt'], body: '某局', years: [2021] });
 */
export function createFinding(
  kind: FindingKind,
  fields: Pick<Finding, 'message' | 'messageZh' | 'files'> & Partial<Omit<Finding, 'kind' | 'message' | 'messageZh' | 'files'>>,
): Finding {
  const { message, messageZh, files, severity = FINDING_KINDS[kind].severity, body = null, years = [], cells = [], spans = [], ...rest } = fields;
  // One key order for every finding: JSON lines and CSV read the same.
  return { kind, severity, message, messageZh, files, body, years, cells, spans, ...rest };
}
