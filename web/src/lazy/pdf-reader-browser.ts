/**
 * The browser's stand-in for src/read/pdf/reader-thread.ts (the build swaps it in): the same
 * `readInThread` and the same messages, read with pdf.js in the page, its worker running from a
 * Blob URL (worker files and module workers fail on file:// pages; Blob workers do not).
 *
 * As in Node: no `eval` in font programs, no font faces or system fonts, CMaps and standard fonts
 * from the installed pdfjs-dist (here: classic scripts under assets/pdfjs/, loaded when pdf.js asks
 * for one), the drawing of a page read only when the page has three numbers or more. pdf.js's
 * image decoders (wasm) are not shipped: images are not needed to read text and rules. When the
 * time is up the worker is ended, whatever pdf.js was doing.
 */
import * as pdfjs from 'pdfjs-dist';
import workerSource from 'virtual:pdf-worker-source';
import type { ReaderMessage, RawPage } from '../../../src/read/pdf/reader-thread.ts';
import type { RawTextItem, RawTextStyle } from '../../../src/read/pdf/pieces.ts';
import { keptOperators, PDF_DOCUMENT_OPTIONS } from '../../../src/read/pdf/document-options.ts';
import type { OpCodes } from '../../../src/read/pdf/rules.ts';
import { loadScript } from './load-script.ts';
import { PDF_DATA_GLOBAL, PDFJS_ASSETS } from './paths.ts';

export type { ReaderMessage, RawPage };

const NUMBER = /^[+\-−－]?[\d０-９]+(?:[,，][\d０-９]{3})*(?:[.．][\d０-９]+)?[%％]?$/u;

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
 * fails, or `deadline` (a `performance.now()` time) passes. Resolves with how it ended; never rejects.
 */
export function readInThread(
  bytes: Uint8Array,
  maxPages: number,
  deadline: number,
  onMessage: (m: ReaderMessage) => void,
): Promise<{ end: 'done' | 'timeout' | 'crashed'; error?: string }> {
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
    const finish = (result: { end: 'done' | 'timeout' | 'crashed'; error?: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void task?.destroy().catch(() => undefined);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ end: 'timeout' }), Math.max(0, deadline - performance.now()));
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
        const err = e as { name?: string; message?: string } | undefined;
        post({ type: 'open-error', name: String(err?.name ?? ''), message: String(err?.message ?? e) });
        finish({ end: 'done' });
        return;
      }
      post({ type: 'doc', pages: doc.numPages, ops: OPS });
      const last = Math.min(doc.numPages, maxPages);
      for (let n = 1; n <= last && !settled; n++) {
        try {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1 });
          const content = await page.getTextContent();
          const items: RawTextItem[] = [];
          let numbers = 0;
          for (const it of content.items) {
            if (!('str' in it) || typeof it.str !== 'string') continue;
            items.push({ str: it.str, transform: Array.from(it.transform as number[]), width: it.width, height: it.height, fontName: it.fontName });
            if (NUMBER.test(it.str.trim())) numbers++;
          }
          const styles: Record<string, RawTextStyle> = {};
          for (const [name, s] of Object.entries(content.styles)) styles[name] = { ascent: s.ascent, descent: s.descent, vertical: !!s.vertical };
          let ops: RawPage['ops'];
          if (numbers >= 3) {
            try {
              const list = await page.getOperatorList();
              const fnArray: number[] = [];
              const argsArray: unknown[] = [];
              for (let i = 0; i < list.fnArray.length; i++) {
                if (!keep.has(list.fnArray[i]!)) continue;
                fnArray.push(list.fnArray[i]!);
                argsArray.push(list.argsArray[i]);
              }
              ops = { fnArray, argsArray };
            } catch {
              // No drawing: tables are then cut at gaps, as for unruled tables.
            }
          }
          post({ type: 'page', page: { n, items, styles, viewportTransform: Array.from(viewport.transform), height: viewport.height, ops } });
          page.cleanup();
        } catch (e) {
          post({ type: 'page-error', n, message: String((e as Error | undefined)?.message ?? e) });
        }
      }
      post({ type: 'done' });
      finish({ end: 'done' });
    })().catch((e) => {
      post({ type: 'open-error', name: 'ReaderError', message: String((e as Error | undefined)?.message ?? e) });
      finish({ end: 'done' });
    });
  });
}
