/**
 * Reading PDF reports: {@link pdfToText} turns a PDF into the plain text the report parser
 * reads — lines, table rows as tab-separated cells — with the page and box of every character.
 *
 * @example
 * import { pdfToText } from './read/pdf/index.js';
 * const { text, boxes, pages, problems } = await pdfToText(bytes);
 */
export { pdfToText } from './pdf-to-text.js';
export type { PdfBox, PdfProblem, PdfProblemCode, PdfText, PdfToTextOptions } from './types.js';
