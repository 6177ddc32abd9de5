import { createMessage } from './messages/message.js';
import { parseReport, type ParseOptions } from './parse-report.js';
import type { CellValue } from './records/cell-value.js';
import { pdfToText } from './read/pdf/index.js';
import type { Report } from './report.js';

/** Options of {@link parsePdf}: those of `parseReport` and the PDF reader's limits. */
export interface PdfOptions extends Omit<ParseOptions, 'format'> {
  /** At most this many pages are read (default 200). */
  maxPages?: number;
  /** Files over this many bytes are refused (default 50 MB). */
  maxBytes?: number;
  /** The reader gives up after this many milliseconds (default 60,000). */
  timeoutMs?: number;
}

/** A report read from a PDF: spans point into `pdf.text`, and every cell carries its page and box. */
export type PdfReport = Report & { pdf: { text: string; pages: number } };

/**
 * Parses a report published as a PDF attachment. Text and its positions are read with pdf.js
 * (pdfjs-dist): lines are rebuilt by baseline, table grids from ruled lines or gaps, tables joined
 * across pages, page numbers and running headers dropped. The text is then parsed by `parseReport`.
 * Spans point into `report.pdf.text`; each cell also has `box`: the page and the box it was read from.
 * A scanned, encrypted or broken file gives a result with a clear error message, never a throw.
 *
 * @example
 * import { parsePdf } from 'ogi-report/pdf';
 * const report = await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 * report.tables.t3?.rows.total?.cells.total.box; // → { page: 3, x: 496.8, y: 646.1, width: 6.68, height: 7.2 }
 */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfReport> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parsePdf(bytes) expects a Uint8Array (for a Node Buffer: new Uint8Array(buffer)).');
  const pdf = await pdfToText(bytes, { maxPages: options.maxPages, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
  const report = parseReport(pdf.text, { ...options, format: 'text' }) as PdfReport;
  report.pdf = { text: pdf.text, pages: pdf.pages };
  for (const p of pdf.problems) {
    report.messages.unshift(createMessage(p.code, p.page ? `Page ${p.page}: ${p.message}` : p.message, null));
  }
  for (const t of [report.tables.t2, report.tables.t3, report.tables.t4]) {
    if (!t) continue;
    for (const row of Object.values(t.rows as Record<string, { cells: Record<string, CellValue> } | null>)) {
      if (!row) continue;
      for (const cell of Object.values(row.cells)) {
        const box = cell.span ? pdf.boxes[cell.span.start] : null;
        if (box) cell.box = box;
      }
    }
  }
  return report;
}
