import type { AuditOptions, AuditResult, ParseOptions, Report, ReportDigest, TidyCell } from '../index.js';

/**
 * Reads a .docx or PDF file's bytes into a report (or into text, or `{ report, text }`).
 *
 * @example
 * const parsePdf: BinaryParser = lib.parsePdf!;
 * const report = await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 */
export type BinaryParser = (bytes: Uint8Array, options?: ParseOptions) => unknown;

/**
 * What the command uses of the built library. `parseDocx` and `parsePdf` are optional: a build
 * without them still reads text and HTML.
 *
 * @example
 * import * as ogi from 'ogi-report';
 * const lib: Library = ogi;
 */
export interface Library {
  parseReport(input: string, options?: ParseOptions): Report;
  toCells(report: Report): TidyCell[];
  /** For `audit` (a build without them cannot audit). */
  digestReport?(input: { file: string; report: Report; text: string }): ReportDigest;
  auditDigests?(digests: ReportDigest[], options?: AuditOptions): AuditResult;
  compactDigest?(digest: ReportDigest): ReportDigest;
  parseDocx?: BinaryParser;
  parsePdf?: BinaryParser;
}
