import { createMessage } from './messages/message.js';
import { parseReport, type ParseOptions } from './parse-report.js';
import { docxToHtml } from './read/docx/index.js';
import type { Report } from './report.js';

/** Options of {@link parseDocx}: those of `parseReport` and the Word reader's limit. */
export interface DocxOptions extends Omit<ParseOptions, 'format'> {
  /**
   * Files whose zip entries declare more uncompressed bytes than this in total are refused with
   * `docx-too-large`, without being inflated (default 100 MB). A part over 1 MB that declares a
   * compression ratio over 100:1 is refused too, whatever this limit.
   */
  maxUncompressedBytes?: number;
}

/** A report read from a .docx: spans point into `docx.html`, the HTML the document was converted to. */
export type DocxReport = Report & { docx: { html: string } };

/**
 * Parses a report published as a Word (.docx) attachment. The zip is checked first (not a zip, no
 * word/document.xml, encrypted: `docx-invalid`; over `maxUncompressedBytes` declared, or a zip bomb:
 * `docx-too-large`, decided from the zip directory without inflating anything), then converted to
 * HTML by mammoth (merged cells become rowspan/colspan) and parsed by `parseReport` as HTML. The
 * converter's warnings become `docx-conversion-note` info messages.
 * Spans point into `report.docx.html`. It never throws on bytes: a broken file gives a result with
 * a clear error message.
 *
 * @example
 * import { parseDocx } from 'ogi-report/docx';
 * const report = await parseDocx(new Uint8Array(readFileSync('corpus/docx/report-2021.docx')));
 * const cell = report.tables.t3?.rows.total?.cells.total;
 * report.docx.html.slice(cell?.span?.start, cell?.span?.end); // → '64'
 */
export async function parseDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<DocxReport> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseDocx(bytes) expects a Uint8Array (for a Node Buffer: new Uint8Array(buffer)).');
  const limit = options.maxUncompressedBytes;
  if (limit !== undefined && !(typeof limit === 'number' && limit >= 0)) {
    throw new TypeError(`parseDocx: the option maxUncompressedBytes must be a non-negative number, got ${String(limit)}.`);
  }
  const { html, problems } = await docxToHtml(bytes, { maxUncompressedBytes: limit });
  const { maxUncompressedBytes: _, ...parseOptions } = options;
  const report = parseReport(html, { ...parseOptions, format: 'html' }) as DocxReport;
  report.docx = { html };
  report.messages.unshift(...problems.map((p) => createMessage(p.code, p.message, null)));
  return report;
}
