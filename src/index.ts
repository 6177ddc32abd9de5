export { parseReport, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse-report.js';
export { toCells, type TidyCell } from './export/to-cells.js';
export type {
  Report,
  Report2019,
  Report2021,
  ReportMixed,
  ReportUnsupported,
  Metadata,
  Located,
  BodyNameVariant,
  Table2v2019,
  Table2v2021,
  Table3v2019,
  Table3v2021,
  Table4,
} from './report.js';
export type { Span } from './types.js';
export { MESSAGE_CODES, type MessageCode, type Severity } from './messages/codes.js';
export { createMessage, type Message, type CellRef } from './messages/message.js';
export type { CellValue, CellStatus } from './records/cell-value.js';
export type { RowRecord, ExtraRow, TableRecord } from './records/table-record.js';
export type { Section, Subsection } from './segment/sections.js';
export type { SectionKey } from './segment/section-titles.js';
export { TEMPLATE_2019, TEMPLATE_2021, TEMPLATES, type TemplateId } from './templates/templates.js';
export type { TemplateDef, TableDef, RowDef, ColumnDef, GroupDef, RuleDef, ValueKind } from './templates/types.js';
// Stages, for composing a pipeline of one's own.
export { readInput, type Source, type ReadOptions } from './read/read-input.js';
export { normalise, type Normalised } from './normalise/normalise.js';
export type { OffsetMap } from './normalise/offset-map.js';
export { foldChars } from './normalise/fold-chars.js';
export { normaliseBodyVariants, placeStems } from './normalise/body-variants.js';
export { isLookalike } from './normalise/lookalike.js';
export { findHeadingCandidates, resolveHeadings, findSubsections } from './segment/sections.js';
export { splitCells, cellKind, type Cell, type CellKind } from './tables/cells.js';
export { runChecks, type CheckOptions } from './checks/run-checks.js';
// Reading files: bytes → text, with the encoding detected (UTF-8, UTF-16, GBK/GB18030).
export { decodeReport, type Decoded, type DecodeHint } from './io/decode.js';
export { readReportFile, type ReportFile } from './io/read-report-file.js';
// Auditing across reports: years, prose against tables, copied text.
export { auditReports, auditDigests, type AuditOptions, type AuditResult } from './audit/audit-reports.js';
export { digestReport, compactDigest, type AuditInput, type ReportDigest, type SectionSketch } from './audit/digest.js';
export { FINDING_KINDS, type FindingKind } from './audit/finding-kinds.js';
export type { Finding, FindingCell, FindingSpan } from './audit/finding.js';
export { MESSAGE_ZH, messageZh, messageText, type Locale } from './messages/zh.js';
export type { ResolvedCell } from './audit/resolve-ambiguous.js';
