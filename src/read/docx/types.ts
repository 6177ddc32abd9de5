/** The code of a {@link DocxProblem}. */
export type DocxProblemCode = 'docx-invalid' | 'docx-too-large' | 'docx-conversion-note';

/**
 * Something found while reading a .docx: a file that could not be read, or a note of the
 * converter (mammoth). Problems are reported, never thrown.
 *
 * @example
 * const { problems } = await docxToHtml(new TextEncoder().encode('not a docx'));
 * problems[0].code; // 'docx-invalid'
 */
export interface DocxProblem {
  code: DocxProblemCode;
  message: string;
}

/** Options of {@link docxToHtml}. */
export interface DocxToHtmlOptions {
  /** Refuse a file whose entries declare more uncompressed bytes than this in total (default 100 MB). */
  maxUncompressedBytes?: number;
}

/**
 * A .docx converted to HTML: `html` is '' when the file could not be read (see `problems`).
 *
 * @example
 * const { html, problems } = await docxToHtml(new Uint8Array(readFileSync('corpus/docx/report-2021.docx')));
 * html.includes('<table>'); // → true
 */
export interface DocxHtml {
  html: string;
  problems: DocxProblem[];
}
