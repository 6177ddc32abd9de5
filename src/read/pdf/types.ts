/**
 * A rectangle on one page of a PDF, in PDF points (1/72 inch), with the origin at the top-left
 * corner of the page as displayed (the page's rotation applied) and y growing downward — the
 * coordinates of pdf.js's viewport at scale 1, ready to draw a highlight over a rendered page.
 *
 * @example
 * const { text, boxes } = await pdfToText(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 * boxes[text.indexOf('本年新收')]; // → { page: 2, x: 73.2, y: 352, width: 144, height: 7.2 }
 */
export interface PdfBox {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The code of a {@link PdfProblem}. */
export type PdfProblemCode =
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-invalid'
  | 'pdf-too-large'
  | 'pdf-page-failed';

/**
 * Something that kept `pdfToText` from reading all of a PDF. Problems are reported, never thrown.
 *
 * @example
 * const { problems } = await pdfToText(new TextEncoder().encode('not a pdf'));
 * problems[0].code; // 'pdf-invalid'
 */
export interface PdfProblem {
  code: PdfProblemCode;
  message: string;
  /** 1-based page number, when the problem concerns one page. */
  page?: number;
}

/**
 * The text of a PDF, rebuilt as lines: prose lines as they are printed, table rows as their cells
 * joined by `'\t'`, with page numbers and running headers and footers dropped.
 *
 * @example
 * const { text, boxes, pages, problems } = await pdfToText(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
 * text.split('\n').find((l) => l.startsWith('一、本年新收')); // → '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37'
 */
export interface PdfText {
  /** Lines separated by `'\n'`; table rows as cells joined by `'\t'`. */
  text: string;
  /**
   * `boxes[i]` is the box of the text run (a pdf.js text item, split at its internal white space)
   * that produced `text[i]`; a synthetic `'\t'` or `'\n'` gets the box of the character before it
   * (null only when nothing precedes it). Same length as `text`; boxes are shared between the
   * characters of one run, so treat them as read-only.
   */
  boxes: (PdfBox | null)[];
  /** Number of pages in the document (not only those read). */
  pages: number;
  problems: PdfProblem[];
}

/**
 * Limits for {@link pdfToText}. A PDF beyond them is read up to the limit, with a
 * `pdf-too-large` problem, or not at all when the bytes themselves are too many.
 *
 * @example
 * const bytes = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * (await pdfToText(bytes, { maxPages: 2, maxBytes: 10_000_000, timeoutMs: 30_000 })).problems.map((p) => p.code);
 * // → ['pdf-too-large']
 */
export interface PdfToTextOptions {
  /** Read at most this many pages (default 200). */
  maxPages?: number;
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Stop reading after this many milliseconds in all (default 60 000); pages not read are reported. */
  timeoutMs?: number;
}

/**
 * A run of characters on one baseline, read left to right, in viewport coordinates
 * (y grows downward). Produced from pdf.js text items; internal to the PDF reader.
 */
export interface Piece {
  text: string;
  x0: number;
  x1: number;
  /** Top of the glyphs (ascent). */
  top: number;
  /** Bottom of the glyphs (descent). */
  bottom: number;
  baseline: number;
  /** Font size (em) in points. */
  size: number;
  box: PdfBox;
  /** Set when the piece stands for several joined ones (a stacked label): their text and boxes… */
  segments?: Segment[];
  /** …and the pieces themselves. */
  parts?: Piece[];
}

/** A piece of output text with the box it came from (null only for a leading separator). */
export interface Segment {
  text: string;
  box: PdfBox | null;
}

/**
 * One output line of one page: prose or a table row, already joined into segments
 * (cells separated by `'\t'` segments). Internal to the PDF reader.
 */
export interface OutLine {
  segments: Segment[];
  page: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Dominant font size. */
  size: number;
  /** True for a row of a table (ruled or inferred): never merged with neighbours, never furniture. */
  table: boolean;
  /** For a row of a ruled table: its cells, left to right, with their rules' x positions. */
  cells?: RuledCell[];
}

/** One cell of a row of a ruled table: between the rules at x0 and x1, empty when it continues a cell above. */
export interface RuledCell {
  x0: number;
  x1: number;
  segments: Segment[];
}

/** An axis-aligned ruled line in viewport coordinates: horizontal when `y0 === y1`. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
