import type { OpCodes } from './rules.js';

/**
 * The pdf.js document options both readers use (the Node worker thread and the page's web worker):
 * no `eval`, no fonts loaded or drawn, no canvas or image decoding, no XFA forms, and parse past
 * errors — reading text and rules needs none of them, and each is an attack surface or a cost.
 *
 * @example
 * const data = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * const doc = await pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, data, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
 * doc.numPages; // → 4
 */
export const PDF_DOCUMENT_OPTIONS = Object.freeze({
  cMapPacked: true,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  stopAtErrors: false,
});

/**
 * The drawing operators the table-rule reader keeps from a page's operator list (state, transforms,
 * form XObjects, paths): the rest is dropped before the list crosses threads.
 *
 * @example
 * const keep = new Set(KEPT_OPERATORS.map((name) => pdfjs.OPS[name]));
 * keep.has(pdfjs.OPS.constructPath); // → true
 */
export const KEPT_OPERATORS = ['save', 'restore', 'transform', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'constructPath'] as const satisfies ReadonlyArray<keyof OpCodes>;

/**
 * The codes of {@link KEPT_OPERATORS} in pdf.js's `OPS` table.
 *
 * @example
 * const keep = keptOperators(pdfjs.OPS);
 * keep.has(pdfjs.OPS.showText); // → false
 */
export function keptOperators(OPS: OpCodes): Set<number> {
  return new Set(KEPT_OPERATORS.map((name) => OPS[name]));
}
