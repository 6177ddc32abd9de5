/**
 * Reading PDF reports: {@link pdfToText} turns a PDF into the plain text the report parser
 * reads — lines, table rows as tab-separated cells — with the page and box of every character.
 *
 * @example
 * const { text, boxes, pages, problems } = await pdfToText(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 * pages; // → 4
 * problems; // → []
 */
export { pdfToText } from './pdf-to-text.js';
export type { PdfBox, PdfProblem, PdfProblemCode, PdfText, PdfToTextOptions } from './types.js';
