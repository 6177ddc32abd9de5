// The names an example may use without defining them (each is built only for the examples that use it).
// Paths in examples are relative to the repository's root: readFileSync('corpus/pdf/report-2021-ruled.pdf').
import { readFileSync } from 'node:fs';
import { parseDocx } from '../../src/docx.js';
import { parseReport, toCells } from '../../src/index.js';
import { parsePdf } from '../../src/pdf.js';
import { PDF_DOCUMENT_OPTIONS } from '../../src/read/pdf/document-options.js';
import { pdfJsPaths } from '../../src/read/pdf/pdfjs.js';

// pdf.js's legacy build, loaded once, with its worker.
let pdfjsModule: Promise<typeof import('pdfjs-dist')> | undefined;
const loadPdfjs = () => {
  pdfjsModule ??= import(pdfJsPaths().pdfUrl).then((m: typeof import('pdfjs-dist')) => {
    m.GlobalWorkerOptions.workerSrc = pdfJsPaths().workerUrl;
    return m;
  });
  return pdfjsModule;
};
const loadPage = async (file: string, number: number) => {
  const pdfjs = await loadPdfjs();
  const { cMapUrl, standardFontDataUrl, wasmUrl } = pdfJsPaths();
  const data = new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${file}`, import.meta.url)));
  const doc = await pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, data, cMapUrl, standardFontDataUrl, wasmUrl, verbosity: 0 }).promise;
  return doc.getPage(number);
};

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

/** The prelude: name → how to make its value. */
export const PRELUDE: Record<string, () => unknown> = {
  /** The seed report (corpus/seed-luohe-2021.txt), text copied from a web page. */
  text: () => corpus('seed-luohe-2021.txt'),
  /** A whole CMS page (corpus/h2021-cms.html). */
  html: () => corpus('h2021-cms.html'),
  /** `parseReport(text)`. */
  report: () => parseReport(corpus('seed-luohe-2021.txt')),
  /** The library as the command loads it. */
  lib: () => ({ parseReport, toCells, parseDocx, parsePdf }),
  readFileSync: () => readFileSync,
  /** pdf.js (its legacy build, for Node). */
  pdfjs: loadPdfjs,
  /** Page 2 of corpus/pdf/report-2021-ruled.pdf (table 3, ruled), as pdf.js gives it. */
  page: () => loadPage('report-2021-ruled.pdf', 2),
  /** That page's viewport at scale 1. */
  viewport: async () => (await loadPage('report-2021-ruled.pdf', 2)).getViewport({ scale: 1 }),
};
