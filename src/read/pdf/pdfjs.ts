import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | undefined;

/**
 * The folder of the installed pdfjs-dist package, with its legacy build (which runs on Node
 * without a DOM), `cmaps/` and `standard_fonts/`.
 *
 * @example
 * pdfJsRoot().endsWith('/node_modules/pdfjs-dist'); // → true
 */
export function pdfJsRoot(): string {
  if (root === undefined) {
    // `__filename` exists in the CommonJS build, `import.meta.url` in the ES module one.
    const from = typeof __filename === 'string' ? __filename : import.meta.url;
    root = dirname(createRequire(from).resolve('pdfjs-dist/package.json'));
  }
  return root;
}

/** What the reader thread is told. */
export interface ReaderInput {
  bytes: Uint8Array;
  maxPages: number;
  pdfUrl: string;
  workerUrl: string;
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

/**
 * The paths pdf.js needs, resolved from the installed pdfjs-dist: its module and worker module
 * (as file URLs, for `import()`), and the folders of the packed Adobe CMaps (so CJK fonts with
 * predefined encodings such as UniGB-UCS2-H map to Unicode), the standard fonts and the wasm
 * decoders (as file paths with a trailing slash, which is how pdf.js on Node reads them).
 *
 * @example
 * const input: ReaderInput = { bytes: new Uint8Array(0), maxPages: 200, ...pdfJsPaths() };
 * input.cMapUrl.endsWith('/pdfjs-dist/cmaps/'); // → true
 */
export function pdfJsPaths(): Omit<ReaderInput, 'bytes' | 'maxPages'> {
  const base = pdfJsRoot();
  return {
    pdfUrl: pathToFileURL(join(base, 'legacy/build/pdf.mjs')).href,
    workerUrl: pathToFileURL(join(base, 'legacy/build/pdf.worker.mjs')).href,
    cMapUrl: join(base, 'cmaps') + '/',
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    wasmUrl: join(base, 'wasm') + '/',
  };
}
