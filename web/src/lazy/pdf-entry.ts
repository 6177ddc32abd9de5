// The PDF reader, loaded only when a PDF is dropped: the library's parsePdf, with pdf.js read in the
// browser (src/read/pdf/reader-thread.ts is swapped for ./pdf-reader-browser.ts by the build).
import { parsePdf } from '../../../src/pdf.ts';
import { registerLazy } from './register.ts';

export interface PdfApi {
  parsePdf: typeof parsePdf;
}

registerLazy('pdf', { parsePdf } satisfies PdfApi);
