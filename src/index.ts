export { parseReport, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse-report.js';
export { toCells, type TidyCell } from './export/to-cells.js';
export type {
  Report,
  ParsedReport,
  ReportCustom,
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
export { NATIONAL_ANCHORS, NATIONAL_LABEL_HINTS, NATIONAL_TITLE } from './templates/national-vocabulary.js';
export { templateById, tableDefOf, ruleOf, type ReadWith } from './templates/registry.js';
export { candidatesOf, type Candidates } from './templates/candidates.js';
export type { TemplateDef, TableDef, RowDef, ColumnDef, GroupDef, RuleDef, ValueKind, TitleVocabulary, TableAnchors } from './templates/types.js';
// The stages parseReport composes, in order, for composing a pipeline of one's own.
export { readSource, type SourceRead, type SourceOptions } from './read/read-source.js';
export { normaliseSource, type NormalisedText } from './normalise/normalise-source.js';
export { segment, sectionsOf, type Segmented, type PlacedHeading } from './segment/segment.js';
export { readMetadata, type MetadataRead } from './metadata/read-metadata.js';
export { locateTables, type TableRegions, type Region } from './locate/locate-tables.js';
export { readTables, type TablesRead } from './tables/read-tables.js';
export { checkTables } from './checks/check-tables.js';
export { assembleReport, type ReportParts } from './assemble/assemble-report.js';
// The parts of the stages.
export { readInput, type Source, type ReadOptions } from './read/read-input.js';
export { looksBinary } from './read/looks-binary.js';
export { normalise, type Normalised } from './normalise/normalise.js';
export { spanMapper } from './normalise/span-mapper.js';
export { readTitle, type TitleInfo, type Found } from './metadata/title.js';
export type { OffsetMap } from './normalise/offset-map.js';
export { foldChars } from './normalise/fold-chars.js';
export { normaliseBodyVariants, placeStems } from './normalise/body-variants.js';
export { isLookalike } from './normalise/lookalike.js';
export { findHeadingCandidates, resolveHeadings, findSubsections, type HeadingCandidate } from './segment/sections.js';
export { splitCells, cellKind, type Cell, type CellKind } from './tables/cells.js';
export { tokenizeRunTogether } from './tables/run-together/tokenize.js';
export { isRunTogether } from './tables/run-together/detect.js';
export { scoreTemplates, type TableEvidence } from './tables/detect-template.js';
export { chooseTemplates, type TemplateChoice } from './tables/choose-templates.js';
export { readTable, recordTable } from './tables/read-table.js';
export { assembleTable, type AssembledTable, type FittedCells } from './tables/assemble-table.js';
export { assembleRows, type RawRow, type AssembledRows } from './tables/assemble-rows.js';
export { assembleTable4 } from './tables/assemble-t4.js';
export { fitRow, type FittedRow, type FitOutcome, type RowRule } from './tables/fit-row.js';
export { placeGaps } from './tables/place-gaps.js';
export { labelIndex, matchLabel, type LabelIndex, type LabelMatch, type Target } from './tables/label-index.js';
export { blockOf, blockPath, blocksIn } from './tables/blocks.js';
export { runChecks, type CheckOptions } from './checks/run-checks.js';
// Reading files: bytes → text, with the encoding detected (UTF-8, UTF-16, GBK/GB18030).
export { decodeReport, type Decoded, type DecodeHint } from './io/decode.js';
export type { DecodingFacts } from './io/decoding-messages.js';
export { readReportFile, type ReportFile } from './io/read-report-file.js';
// Auditing across reports: years, prose against tables, copied text.
export { auditReports, auditDigests, type AuditOptions, type AuditResult } from './audit/audit-reports.js';
export { digestReport, compactDigest, type AuditInput, type ReportDigest, type SectionSketch } from './audit/digest.js';
export { FINDING_KINDS, type FindingKind } from './audit/finding-kinds.js';
export type { Finding, FindingCell, FindingSpan } from './audit/finding.js';
export { MESSAGE_ZH, messageZh, messageText, type Locale } from './messages/zh.js';
export type { ResolvedCell } from './audit/resolve-ambiguous.js';
