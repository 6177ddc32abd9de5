/**
 * Where the built page keeps its lazily loaded parts (relative to index.html), shared by the build
 * (vite.config.ts) and the page.
 */
export const PDFJS_ASSETS = {
  /** One classic script per pdf.js CMap: `assets/pdfjs/cmaps/UniGB-UCS2-H.js`. */
  cmaps: 'assets/pdfjs/cmaps/',
  /** One classic script per pdf.js standard font file: `assets/pdfjs/standard_fonts/FoxitSans.pfb.js`. */
  standardFonts: 'assets/pdfjs/standard_fonts/',
} as const;

/** What the build tells the page about its heavy parts (the virtual module `virtual:lazy-manifest`). */
export interface LazyManifest {
  /** The PDF reader's script, or null when the page was not built with it (the dev server). */
  pdf: string | null;
  /** The Word reader's script, or null when it could not be built. */
  docx: string | null;
  /** The audit of several reports, or null on the dev server. */
  audit: string | null;
  /** Why the Word reader is missing, for the console. */
  docxError: string | null;
}

/** The global the lazily loaded scripts register themselves on. */
export const LAZY_GLOBAL = '__ogiLazy';

/** The global the pdf.js data scripts put their base64 bytes on, by `cmaps/<name>` or `standard_fonts/<file>`. */
export const PDF_DATA_GLOBAL = '__ogiPdfData';
