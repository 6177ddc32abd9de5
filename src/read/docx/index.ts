/**
 * Reading Word reports: {@link docxToHtml} checks a .docx (zip structure, size limits, zip bombs)
 * and converts it to HTML with mammoth, for the HTML reader.
 *
 * @example
 * import { docxToHtml } from './read/docx/index.js';
 * const { html, problems } = await docxToHtml(bytes);
 */
export { docxToHtml } from './docx-to-html.js';
export { inspectDocx, DEFAULT_MAX_UNCOMPRESSED_BYTES, LARGE_ENTRY_BYTES, MAX_RATIO } from './inspect.js';
export { readZipDirectory, type ZipDirectory, type ZipEntry } from './zip.js';
export type { DocxHtml, DocxProblem, DocxProblemCode, DocxToHtmlOptions } from './types.js';
