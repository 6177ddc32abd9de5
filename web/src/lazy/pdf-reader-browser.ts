/**
 * The browser's stand-in for src/read/pdf/reader-thread.ts (the build swaps it in): the same
 * `readInThread` and the same messages, read with pdf.js in the page, its worker running from a
 * Blob URL (worker files and module workers fail on file:// pages; Blob workers do not).
 *
 * As in Node: no `eval` in font programs, no font faces or system fonts, CMaps and standard fonts
 * from the installed pdfjs-dist (here: classic scripts under assets/pdfjs/, loaded when pdf.js asks
 * for one), and the same page-reading loop ({@link readDocument}). pdf.js's
 * image decoders (wasm) are not shipped: images are not needed to read text and rules. When the
 * time is up the worker is ended, whatever pdf.js was doing.
 */
import * as pdfjs from 'pdfjs-dist';
import workerSource from 'virtual:pdf-worker-source';
import { openError, readDocument, type RawPage, type ReaderMessage } from '../../../src/read/pdf/read-document.ts';
import type { ReadEnd } from '../../../src/read/pdf/reader-thread.ts';
import { keptOperators, PDF_DOCUMENT_OPTIONS } from '../../../src/read/pdf/document-options.ts';
import type { OpCodes } from '../../../src/read/pdf/rules.ts';
import { loadScript } from './load-script.ts';
import { PDF_DATA_GLOBAL, PDFJS_ASSETS } from './paths.ts';

export type { ReaderMessage, RawPage, ReadEnd };

/** The bytes of a pdf.js data file, from its classic script (loaded once). */
async function pdfData(folder: 'cmaps' | 'standard_fonts', name: string): Promise<Uint8Array> {
  if (!/^[\w.+-]+$/u.test(name)) throw new Error(`bad pdf.js data name ${name}`);
  const key = `${folder}/${name}`;
  const store = () => (globalThis as unknown as Record<string, Record<string, string> | undefined>)[PDF_DATA_GLOBAL]?.[key];
  if (store() === undefined) await loadScript(`${folder === 'cmaps' ? PDFJS_ASSETS.cmaps : PDFJS_ASSETS.standardFonts}${name}.js`);
  const base64 = store();
  if (base64 === undefined) throw new Error(`pdf.js data ${key} is missing`);
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

class ScriptCMapReaderFactory {
  async fetch({ name }: { name: string }) {
    return { cMapData: await pdfData('cmaps', name), isCompressed: true };
  }
}

class ScriptStandardFontDataFactory {
  fetch({ filename }: { filename: string }) {
    return pdfData('standard_fonts', filename);
  }
}

class NoWasmFactory {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return Promise.reject(new Error(`${filename}: pdf.js image decoders are not part of this page`));
  }
}

let workerUrl: string | null = null;

/**
 * Reads a PDF with pdf.js and hands over what it reports, message by message, until it is done,
 * fails, or `timeoutMs` pass. Resolves with how it ended; never rejects.
 */
export function readInThread(bytes: Uint8Array, maxPages: number, timeoutMs: number, onMessage: (m: ReaderMessage) => void): Promise<ReadEnd> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
      worker = new Worker(workerUrl);
    } catch (e) {
      resolve({ end: 'crashed', error: e instanceof Error ? e.message : String(e) });
      return;
    }
    let settled = false;
    let task: ReturnType<typeof pdfjs.getDocument> | null = null;
    const finish = (result: ReadEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void task?.destroy().catch(() => undefined);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ end: 'timeout' }), Math.max(0, timeoutMs));
    worker.addEventListener('error', (e) => finish({ end: 'crashed', error: e.message || 'the PDF worker failed' }));
    const post = (m: ReaderMessage) => {
      if (!settled) onMessage(m);
    };

    void (async () => {
      const OPS = pdfjs.OPS as unknown as OpCodes & Record<string, number>;
      const keep = keptOperators(OPS);
      task = pdfjs.getDocument({
        ...PDF_DOCUMENT_OPTIONS,
        data: bytes.slice(),
        worker: new pdfjs.PDFWorker({ port: worker as never }),
        CMapReaderFactory: ScriptCMapReaderFactory,
        StandardFontDataFactory: ScriptStandardFontDataFactory,
        WasmFactory: NoWasmFactory,
        useWorkerFetch: false,
        verbosity: pdfjs.VerbosityLevel.ERRORS,
      });
      let doc: Awaited<typeof task.promise>;
      try {
        doc = await task.promise;
      } catch (e) {
        post(openError(e));
        finish({ end: 'done' });
        return;
      }
      await readDocument(doc, OPS, keep, maxPages, post, () => settled);
      finish({ end: 'done' });
    })().catch((e) => {
      post({ type: 'open-error', name: 'ReaderError', message: String((e as Error | undefined)?.message ?? e) });
      finish({ end: 'done' });
    });
  });
}
