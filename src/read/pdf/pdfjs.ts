import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
    root = dirname(createRequire(here()).resolve('pdfjs-dist/package.json'));
  }
  return root;
}

/** Where pdf.js and its data files are, as the reader thread is told once (its `workerData`). */
export interface PdfJsPaths {
  pdfUrl: string;
  workerUrl: string;
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

/**
 * What a reader thread is given at its start: where pdf.js is, and a shared buffer (one int32)
 * where the parent may set the last page of the document it is reading (0: no limit), so that
 * the rest can be read by another thread at once ({@link readerLimit}).
 */
export interface ReaderData extends PdfJsPaths {
  limit: SharedArrayBuffer;
}

/**
 * The view of a reader's limit buffer: [last page to read, or 0 for all].
 *
 * @example
 * const limit = readerLimit(new SharedArrayBuffer(4));
 * Atomics.store(limit, 0, 9);
 * Atomics.load(limit, 0); // → 9
 */
export function readerLimit(buffer: SharedArrayBuffer): Int32Array {
  return new Int32Array(buffer, 0, 1);
}

/** One document for the reader thread to read. */
export interface ReaderJob {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
  /** Which of the document's pages this thread reads (all when absent). */
  part?: import('./read-document.js').PagePart;
}

/** One message of the reader thread about the document `id`. */
export interface ReaderReply {
  id: number;
  m: import('./read-document.js').ReaderMessage;
}

/**
 * The paths pdf.js needs, resolved from the installed pdfjs-dist: its module and worker module
 * (as file URLs, for `import()`), and the folders of the packed Adobe CMaps (so CJK fonts with
 * predefined encodings such as UniGB-UCS2-H map to Unicode), the standard fonts and the wasm
 * decoders (as file paths with a trailing slash, which is how pdf.js on Node reads them).
 *
 * @example
 * pdfJsPaths().cMapUrl.endsWith('/pdfjs-dist/cmaps/'); // → true (new Worker(readerWorkerFile(), { workerData: pdfJsPaths() }))
 */
export function pdfJsPaths(): PdfJsPaths {
  const base = pdfJsRoot();
  return {
    pdfUrl: pathToFileURL(join(base, 'legacy/build/pdf.mjs')).href,
    workerUrl: pathToFileURL(join(base, 'legacy/build/pdf.worker.mjs')).href,
    cMapUrl: join(base, 'cmaps') + '/',
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    wasmUrl: join(base, 'wasm') + '/',
  };
}

/**
 * Where this module's own file is: `import.meta.url` in the ES module build, `__filename` in the
 * CommonJS one (where `import.meta` is empty). In that order: `node -e` defines a global
 * `__filename` ('[eval]') that an ES module would otherwise take for its own.
 */
function here(): string {
  const url = (import.meta as { url?: string }).url;
  return typeof url === 'string' ? fileURLToPath(url) : __filename;
}

/**
 * The file of the reader thread, `pdf-reader.js`, built by tsup beside the library's own files
 * in `dist/`. Run from the sources (the tests), it is the built one in `dist/` (so `npm run
 * build` comes first). Null when there is none.
 *
 * @example
 * readerWorkerFile()?.endsWith('/dist/pdf-reader.js'); // → true (null when it is not built)
 */
export function readerWorkerFile(): string | null {
  const dir = dirname(here());
  for (const file of [join(dir, 'pdf-reader.js'), join(dir, '..', '..', '..', 'dist', 'pdf-reader.js')]) if (existsSync(file)) return file;
  return null;
}
