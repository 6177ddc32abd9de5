import { Worker } from 'node:worker_threads';
import { KEPT_OPERATORS, PDF_DOCUMENT_OPTIONS } from './document-options.js';
import { pdfJsPaths, type ReaderInput } from './pdfjs.js';
import type { RawTextItem, RawTextStyle } from './pieces.js';
import type { OpCodes } from './rules.js';

/** One page as pdf.js read it: its text items, and its drawing where a ruled table may be. */
export interface RawPage {
  n: number;
  items: RawTextItem[];
  styles: Record<string, RawTextStyle>;
  viewportTransform: number[];
  height: number;
  /** Only the operators the rule finder reads (state, transforms, paths); absent when not read. */
  ops?: { fnArray: number[]; argsArray: unknown[] };
}

/** What the reader thread reports, in order: the document, each page, the end (or a failure to open). */
export type ReaderMessage =
  | { type: 'doc'; pages: number; ops: OpCodes }
  | { type: 'page'; page: RawPage }
  | { type: 'page-error'; n: number; message: string }
  | { type: 'open-error'; name: string; message: string }
  | { type: 'done' };

/**
 * The reader thread's code. pdf.js runs in that thread with its own "fake" worker (its worker
 * module loaded into the thread as `globalThis.pdfjsWorker`, so no `workerSrc` is needed):
 * a damaged file makes pdf.js reject promises nobody awaits, which in the main thread would
 * crash the process or fail a test run; here they are swallowed, and a page that never
 * finishes can be stopped by ending the thread.
 *
 * Settings for Node and untrusted input ({@link PDF_DOCUMENT_OPTIONS}, shared with the page's
 * reader): no `eval` in font programs, no font faces or system fonts (text extraction needs
 * neither), predefined CMaps, standard fonts and wasm read from
 * the installed pdfjs-dist. The drawing of a page (its operator list, which costs time) is read
 * only when the page has three numbers or more, where a ruled table may be.
 */
const SOURCE = String.raw`
process.on('unhandledRejection', () => {});
const NUMBER = /^[+\-−－]?[\d０-９]+(?:[,，][\d０-９]{3})*(?:[.．][\d０-９]+)?[%％]?$/;
let parentPort;
(async () => {
  const threads = await import('node:worker_threads');
  parentPort = threads.parentPort;
  const input = threads.workerData;
  globalThis.pdfjsWorker = await import(input.workerUrl);
  const pdfjs = await import(input.pdfUrl);
  const OPS = pdfjs.OPS;
  const keep = new Set(${JSON.stringify(KEPT_OPERATORS)}.map((name) => OPS[name]));
  const task = pdfjs.getDocument({
    ...${JSON.stringify(PDF_DOCUMENT_OPTIONS)},
    data: input.bytes,
    cMapUrl: input.cMapUrl,
    standardFontDataUrl: input.standardFontDataUrl,
    wasmUrl: input.wasmUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    parentPort.postMessage({ type: 'open-error', name: String((e && e.name) || ''), message: String((e && e.message) || e) });
    return;
  }
  parentPort.postMessage({ type: 'doc', pages: doc.numPages, ops: OPS });
  const last = Math.min(doc.numPages, input.maxPages);
  for (let n = 1; n <= last; n++) {
    try {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      let numbers = 0;
      for (const it of content.items) {
        if (typeof it.str !== 'string') continue;
        items.push({ str: it.str, transform: Array.from(it.transform), width: it.width, height: it.height, fontName: it.fontName });
        if (NUMBER.test(it.str.trim())) numbers++;
      }
      const styles = {};
      for (const [name, s] of Object.entries(content.styles)) styles[name] = { ascent: s.ascent, descent: s.descent, vertical: !!s.vertical };
      let ops;
      if (numbers >= 3) {
        try {
          const list = await page.getOperatorList();
          const fnArray = [];
          const argsArray = [];
          for (let i = 0; i < list.fnArray.length; i++) {
            if (!keep.has(list.fnArray[i])) continue;
            fnArray.push(list.fnArray[i]);
            argsArray.push(list.argsArray[i]);
          }
          ops = { fnArray, argsArray };
        } catch {}
      }
      parentPort.postMessage({ type: 'page', page: { n, items, styles, viewportTransform: Array.from(viewport.transform), height: viewport.height, ops } });
      page.cleanup();
    } catch (e) {
      parentPort.postMessage({ type: 'page-error', n, message: String((e && e.message) || e) });
    }
  }
  parentPort.postMessage({ type: 'done' });
  await task.destroy().catch(() => {});
})().catch((e) => parentPort && parentPort.postMessage({ type: 'open-error', name: 'ReaderError', message: String((e && e.message) || e) }));
`;

/**
 * Reads a PDF with pdf.js in a thread of its own and hands over what it reports, message by
 * message, until it is done, fails, or `deadline` (a `performance.now()` time) passes — then the
 * thread is ended, whatever pdf.js was doing. Resolves with how it ended; never rejects.
 *
 * @example
 * const messages: ReaderMessage[] = [];
 * const bytes = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * const { end } = await readInThread(bytes, 200, performance.now() + 60_000, (m) => messages.push(m));
 * end; // → 'done' (or 'timeout', 'crashed')
 * messages.map((m) => m.type); // → ['doc', 'page', 'page', 'page', 'page', 'done']
 */
export function readInThread(
  bytes: Uint8Array,
  maxPages: number,
  deadline: number,
  onMessage: (m: ReaderMessage) => void,
): Promise<{ end: 'done' | 'timeout' | 'crashed'; error?: string }> {
  return new Promise((resolve) => {
    let worker: Worker;
    const input: ReaderInput = { bytes: bytes.slice(), maxPages, ...pdfJsPaths() };
    try {
      // The code runs as a script or a module alike; no flags of this process (--input-type…) are passed on.
      worker = new Worker(SOURCE, { eval: true, workerData: input, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    } catch (e) {
      resolve({ end: 'crashed', error: e instanceof Error ? e.message : String(e) });
      return;
    }
    let settled = false;
    const finish = (result: { end: 'done' | 'timeout' | 'crashed'; error?: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().catch(() => undefined);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ end: 'timeout' }), Math.max(0, deadline - performance.now()));
    worker.on('message', (m: ReaderMessage) => {
      if (settled) return;
      onMessage(m);
      if (m.type === 'done' || m.type === 'open-error') finish({ end: 'done' });
    });
    worker.on('error', (e) => finish({ end: 'crashed', error: e.message }));
    worker.on('exit', () => finish({ end: 'crashed', error: 'the reader thread stopped' }));
  });
}
