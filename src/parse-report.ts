import { droppedTable } from './assemble/dropped-table.js';
import { assembleReport } from './assemble/assemble-report.js';
import { checkTables } from './checks/check-tables.js';
import type { CheckOptions } from './checks/run-checks.js';
import { locateTables } from './locate/locate-tables.js';
import { readMetadata } from './metadata/read-metadata.js';
import { normaliseSource, withVariants } from './normalise/normalise-source.js';
import { validateParseOptions } from './options/validate-options.js';
import { readSource, type SourceOptions } from './read/read-source.js';
import type { ParsedReport, Report } from './report.js';
import { sectionsOf, segment } from './segment/segment.js';
import { readTables } from './tables/read-tables.js';
import { candidatesOf } from './templates/candidates.js';
import type { TemplateDef } from './templates/types.js';

export { DEFAULT_MAX_LENGTH } from './read/read-source.js';

/** Options of {@link parseReport}. */
export interface ParseOptions extends CheckOptions, SourceOptions {
  /** Convert traditional characters to simplified (default true). */
  traditional?: boolean;
  /**
   * The templates the report may be on (default {@link TEMPLATES}, the two national ones). Each is
   * scored on the report's own labels; add a provincial variant to read reports that print its rows.
   */
  templates?: readonly TemplateDef[];
}

/**
 * Parses a government information-disclosure annual report (政府信息公开工作年度报告) into typed,
 * checked data. A pure function of its input, composed of the exported stages: read → normalise →
 * segment → metadata → locate tables → read tables → check → assemble. It never throws on a string:
 * problems are reported in `messages`. Every span points into `input`.
 *
 * @example
 * import { parseReport } from 'ogi-report';
 * const report = parseReport(text);
 * report.template; // '2021'
 * report.metadata.body?.value; // '漯河回族自治县人民政府'
 * report.tables.t3?.rows.total?.cells.total.value; // 11
 * report.messages.filter((m) => m.severity === 'error');
 */
export function parseReport(input: string, options?: ParseOptions & { templates?: undefined }): Report;
export function parseReport(input: string, options?: ParseOptions): ParsedReport;
export function parseReport(input: string, options: ParseOptions = {}): ParsedReport {
  if (typeof input !== 'string') {
    throw new TypeError(`parseReport(input) expects a string, got ${input === null ? 'null' : typeof input}. Decode bytes first (see readReportFile) or use parseDocx/parsePdf.`);
  }
  options = validateParseOptions(options);
  const candidates = candidatesOf(options.templates);
  const read = readSource(input, { ...options, labelHints: options.labelHints ?? candidates.labelHints });
  const norm = normaliseSource(read, options);
  const segmented = segment(norm.text, norm.span, read.empty);
  const meta = readMetadata(norm.text, segmented, read, norm.span, candidates.titles);
  const text = meta.text;
  const regions = locateTables(text, segmented, candidates.anchors);
  const tables = readTables(text, regions, candidates.templates, meta.year, norm.span);
  return assembleReport({
    kind: read.source.kind,
    length: input.length,
    empty: read.empty,
    metadata: meta.metadata,
    sections: sectionsOf(text, segmented, norm.span),
    regions,
    read: tables,
    templates: candidates.templates,
    span: norm.span,
    messages: [...read.messages, ...withVariants(norm, meta.metadata.bodyNameVariants.length), ...segmented.messages, ...meta.messages, ...tables.messages],
    checks: checkTables(tables, options),
    dropped: (n) => {
      const at = droppedTable(norm.text, segmented.headings, n);
      return at === null ? null : norm.span(at.start, at.end);
    },
  });
}
