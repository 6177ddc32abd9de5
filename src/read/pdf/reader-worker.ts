/**
 * The PDF reader thread (built as `dist/pdf-reader.js`; see {@link readInThread}). It loads
 * pdf.js once, with pdf.js's own worker run in this thread as a "fake" worker (its module set as
 * `globalThis.pdfjsWorker`, so no `workerSrc` is needed), and then reads one document after
 * another as the parent sends them: `{ id, bytes, maxPages, part }` in, `{ id, m }` out for each
 * {@link ReaderMessage}, the last a `done` or an `open-error`.
 *
 * A damaged file makes pdf.js reject promises nobody awaits: here they are swallowed (in the
 * parent they would crash the process), and a document that never finishes is stopped by ending
 * the thread. Settings for untrusted input are {@link PDF_DOCUMENT_OPTIONS}, shared with the
 * page's reader, but fonts go to a font set that drops them ({@link noFontLoading}) instead of
 * having every glyph's outline compiled; CMaps, standard fonts and wasm decoders come from the installed pdfjs-dist.
 *
 * @example
 * // not run: the thread's own module, started by readInThread
 * const worker = new Worker(new URL('./pdf-reader.js', import.meta.url), { workerData: pdfJsPaths() });
 * worker.postMessage({ id: 1, bytes, maxPages: 200 });
 */
import { parentPort, workerData } from 'node:worker_threads';
import { keptOperators, noFontLoading, PDF_DOCUMENT_OPTIONS } from './document-options.js';
import { readerLimit, type ReaderData, type ReaderJob, type ReaderReply } from './pdfjs.js';
import { openError, readDocument, type PdfJsDocument, type ReaderMessage } from './read-document.js';
import type { OpCodes } from './rules.js';

/** The parts of pdf.js's module this thread uses. */
interface PdfJsModule {
  OPS: OpCodes & Record<string, number>;
  VerbosityLevel: { ERRORS: number };
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

process.on('unhandledRejection', () => undefined);

const paths = workerData as ReaderData;
let limit: Int32Array | undefined;
/** Whether page `next` is past the last page the parent left this thread (another reads the rest). */
const pastLimit = (next: number) => {
  limit ??= readerLimit(paths.limit);
  const last = Atomics.load(limit, 0);
  return last > 0 && next > last;
};
let loaded: Promise<PdfJsModule> | undefined;

/** pdf.js and its worker module, imported on the first document. */
function pdfJs(): Promise<PdfJsModule> {
  loaded ??= (async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(paths.workerUrl);
    return (await import(paths.pdfUrl)) as PdfJsModule;
  })();
  return loaded;
}

async function read(job: ReaderJob, post: (m: ReaderMessage) => void): Promise<void> {
  const pdfjs = await pdfJs();
  const task = pdfjs.getDocument({
    ...PDF_DOCUMENT_OPTIONS,
    // Fonts handed to a font set that drops them, not compiled to glyph outlines (see noFontLoading).
    ...noFontLoading(),
    data: job.bytes,
    cMapUrl: paths.cMapUrl,
    standardFontDataUrl: paths.standardFontDataUrl,
    wasmUrl: paths.wasmUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    post(openError(e));
    return;
  }
  try {
    await readDocument(doc, pdfjs.OPS, keptOperators(pdfjs.OPS), job.maxPages, post, pastLimit, job.part);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

// One document at a time, in the order they come.
let queue = Promise.resolve();
parentPort?.on('message', (job: ReaderJob) => {
  const post = (m: ReaderMessage) => parentPort?.postMessage({ id: job.id, m } satisfies ReaderReply);
  queue = queue.then(() => read(job, post)).catch((e: unknown) => post({ type: 'open-error', name: 'ReaderError', message: String((e as Error | undefined)?.message ?? e) }));
});
