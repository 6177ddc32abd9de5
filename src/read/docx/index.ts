/**
 * Reading Word reports: {@link docxToHtml} checks a .docx (zip structure, size limits, zip bombs)
 * and converts it to HTML with mammoth, for the HTML reader.
 *
 * @example
 * const { html, problems } = await docxToHtml(new Uint8Array(readFileSync('corpus/docx/report-2021.docx')));
 * problems.map((p) => p.code); // → ['docx-conversion-note', …]
 */
export { docxToHtml } from './docx-to-html.js';
export { inspectDocx, DEFAULT_MAX_UNCOMPRESSED_BYTES, LARGE_ENTRY_BYTES, MAX_RATIO } from './inspect.js';
export { readZipDirectory, type ZipDirectory, type ZipEntry } from './zip.js';
export type { DocxHtml, DocxProblem, DocxProblemCode, DocxToHtmlOptions } from './types.js';
