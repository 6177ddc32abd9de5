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

/**
 * Fonts that are "loaded" without being loaded: a document whose font set takes any font and does
 * nothing with it (pdf.js's `ownerDocument`), and the `FontFace` it makes them with.
 *
 * Why: with `disableFontFace: true`, pdf.js's operator list compiles the outline of every glyph
 * shown (`buildFontPaths`, to draw text as paths on a canvas) and sends each across — for a page
 * of CJK text, hundreds of glyphs, four to eight times the cost of the rest of the list, which
 * the rule finder reads only for its paths. With `disableFontFace: false` pdf.js hands each font
 * to the document's font set instead; this one drops it. Text and paths are the same either way.
 * Only for a thread of our own (it sets a global `FontFace` where there is none): the Node reader.
 *
 * @example
 * const fonts = noFontLoading(); // pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, ...fonts, data })
 * fonts.disableFontFace; // → false
 * fonts.ownerDocument.fonts.add(new FontFace()); // dropped
 */
export function noFontLoading(): { disableFontFace: false; ownerDocument: { fonts: { add(font: unknown): void; delete(font: unknown): void } } } {
  const scope = globalThis as { FontFace?: unknown };
  scope.FontFace ??= class FontFace {
    /** Settled at once: there is nothing to load. */
    readonly loaded: Promise<this> = Promise.resolve(this);
  };
  return { disableFontFace: false, ownerDocument: { fonts: { add: () => undefined, delete: () => undefined } } };
}
