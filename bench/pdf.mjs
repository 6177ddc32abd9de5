// The PDF part of the benchmarks (bench/run.mjs --only pdf, or alone):
//
//   node bench/pdf.mjs [--quick] [--dist DIR] [FILE.pdf …]
//
// parsePdf of the BUILT package against pdf.js's own text extraction of the same file, measured
// side by side: in each round, one call of each (in alternating order), and the ratio of their
// times; the figure is the median of the rounds' ratios (target: ≤ 2×). The pdf.js side is what
// any reader has to pay at least: the module loaded once, getDocument and getTextContent of every
// page, in this thread (pdf.js's worker run in-thread, as the library's reader thread runs it).
// Files: corpus/pdf/report-2021-ruled.pdf (LibreOffice, 4 pages), chromium-h2021-cms.pdf
// (Chromium, 6 pages) and libreoffice-report-2021.pdf (LibreOffice, 17 pages: read by two reader
// threads at once), or those given.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** pdf.js's text extraction of every page, the module loaded once (in this thread). */
async function pdfJsText() {
  const base = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  globalThis.pdfjsWorker = await import(pathToFileURL(join(base, 'legacy/build/pdf.worker.mjs')).href);
  const pdfjs = await import(pathToFileURL(join(base, 'legacy/build/pdf.mjs')).href);
  return async (bytes) => {
    const task = pdfjs.getDocument({ data: bytes.slice(), cMapUrl: join(base, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(base, 'standard_fonts') + '/', isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    const doc = await task.promise;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      for (const it of (await page.getTextContent()).items) chars += it.str?.length ?? 0;
      page.cleanup();
    }
    await task.destroy();
    return chars;
  };
}

/**
 * Measures parsePdf ÷ pdf.js text extraction on each file; returns one figure per file.
 *
 * @example
 * const figures = await benchPdf({ dist: 'dist', rounds: 9 }); // [{ file, ratio, spread, ms, floorMs }]
 */
export async function benchPdf({ dist = join(here, '..', 'dist'), rounds = 9, files = [], log = (s) => console.error(s) } = {}) {
  const { parsePdf } = await import(pathToFileURL(join(dist, 'pdf.js')).href);
  const extract = await pdfJsText();
  const chosen = files.length ? files : ['report-2021-ruled.pdf', 'chromium-h2021-cms.pdf', 'libreoffice-report-2021.pdf'].map((f) => join(here, '..', 'corpus', 'pdf', f));
  const out = [];
  for (const file of chosen) {
    const bytes = new Uint8Array(readFileSync(file));
    log(`pdf: ${basename(file)} (${(bytes.length / 1024).toFixed(0)} KB) …`);
    // One call of each first: modules loaded, threads started, JIT warm.
    await parsePdf(bytes);
    await extract(bytes);
    const ratios = [];
    const ours = [];
    const floor = [];
    for (let r = 0; r < rounds; r++) {
      const time = async (f) => {
        const t = performance.now();
        await f(bytes);
        return performance.now() - t;
      };
      let a;
      let b;
      if (r % 2) {
        b = await time(extract);
        a = await time(parsePdf);
      } else {
        a = await time(parsePdf);
        b = await time(extract);
      }
      ours.push(a);
      floor.push(b);
      ratios.push(a / b);
    }
    const sorted = [...ratios].sort((x, y) => x - y);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    out.push({ file: basename(file), ratio: median(ratios), spread: `${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}`, ms: median(ours), floorMs: median(floor) });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distArg = args.indexOf('--dist');
  const dist = distArg >= 0 ? args[distArg + 1] : undefined;
  const files = args.filter((a, i) => a.endsWith('.pdf') && args[i - 1] !== '--dist');
  for (const f of await benchPdf({ dist, rounds: args.includes('--quick') ? 5 : 15, files })) {
    console.log(`${f.file}: parsePdf ÷ pdf.js text extraction ${f.ratio.toFixed(2)}× (IQR ${f.spread}; ${f.ms.toFixed(0)} ms vs ${f.floorMs.toFixed(0)} ms)`);
  }
}
