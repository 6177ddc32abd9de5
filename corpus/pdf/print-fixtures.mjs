#!/usr/bin/env node
// Writes the PDFs of test/read/pdf-page-order.test.ts into this folder: our own corpus reports
// printed the two ways people turn them into PDFs, laid out small enough that every table breaks
// across pages. Run from the project root:
//   node corpus/pdf/print-fixtures.mjs
//
// - chromium-*.pdf: a corpus HTML page (corpus/h*.html) printed by headless Chromium ("print to
//   PDF", Skia/PDF), through playwright-core as in web/test/page.test.ts. Chromium writes the CJK
//   fonts it cannot embed as Type3 fonts (no metrics), cuts table rows at the page break (a
//   label's first lines on one page, the rest and its numbers on the next), repeats a <thead> on
//   every page, and, with a header and footer, prints the title and "第 N 页 共 M 页" between
//   the pieces of a table. Needs: /usr/bin/chromium (Debian: apt-get install -y chromium).
// - libreoffice-*.pdf: corpus/docx/report-2021.docx on a half-height A4 page (A4 wide, so the tables fit across), converted by LibreOffice
//   Writer (Word tables, a repeated header row where Word marks one). Needs: soffice
//   (libreoffice-writer) and fonts-noto-cjk.
//
// The PDFs are committed: the tests need neither tool. Creation dates and ids differ run to run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..');

// A running header and footer as a browser prints them (no date or URL: the output stays stable).
const header = (title) => `<div style="font-size:9px;width:100%;text-align:center;font-family:serif">${title}</div>`;
const footer = '<div style="font-size:9px;width:100%;text-align:center;font-family:serif">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>';
const withFurniture = (title) => ({ displayHeaderFooter: true, headerTemplate: header(title), footerTemplate: footer, margin: { top: '1.6cm', bottom: '1.6cm', left: '1cm', right: '1cm' } });

/** Each printed page: the corpus file, the PDF written, and Chromium's print options. */
const PRINTS = [
  // Ruled tables, rows cut by the break, page header and footer between the pieces.
  ['h2021-cms.html', 'chromium-h2021-cms.pdf', { format: 'A5', ...withFurniture('霁川市文化和旅游局政府信息公开工作年度报告') }],
  // A 1000px layout table scaled to fit; borderless tables 2 and 4 (rows found by position), a ruled table 3.
  ['h2021-nested.html', 'chromium-h2021-nested.pdf', { format: 'A4', scale: 0.75 }],
  // The 2019 template; no header or footer.
  ['h2019-cms.html', 'chromium-h2019-cms.pdf', { format: 'A5' }],
  // Table 3's three header rows put in a <thead> (as many CMS editors write them): Chromium
  // repeats them at the top of every page the table continues on.
  ['h2021-traditional.html', 'chromium-h2021-traditional.pdf', { format: 'A4', landscape: true, ...withFurniture('政府信息公開工作年度報告') }, 'thead'],
  // Plain A4, Chromium's defaults (as "print to PDF" from the page): the text tools' fixtures
  // (corpus/tools) read these; pdftotext and pdfminer give a row's numbers before its label here.
  ['h2019-padding.html', 'chromium-a4-h2019-padding.pdf', { format: 'A4' }],
  ['h2021-cms.html', 'chromium-a4-h2021-cms.pdf', { format: 'A4' }],
];
// `node corpus/pdf/print-fixtures.mjs NAME…` prints only the PDFs named (all when none is).
const only = process.argv.slice(2);
const wanted = (target) => only.length === 0 || only.includes(target);

/* global document -- runs in the page through page.evaluate */
/** In the page: moves the header rows of table 3 (those before its first row of numbers) into a <thead>. */
function headerRowsInThead() {
  const table = [...document.querySelectorAll('table')].find((t) => t.textContent.includes('本年新收'));
  const rows = [...table.querySelectorAll('tr')];
  const first = rows.findIndex((r) => /^\s*\d+\s*$/u.test(r.cells[r.cells.length - 1]?.textContent ?? ''));
  const head = document.createElement('thead');
  for (const row of rows.slice(0, first)) head.appendChild(row);
  table.insertBefore(head, table.firstChild);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const [source, target, options, change] of PRINTS) {
    if (!wanted(target)) continue;
    await page.goto(pathToFileURL(join(corpus, source)).href, { waitUntil: 'domcontentloaded' });
    if (change === 'thead') await page.evaluate(headerRowsInThead);
    await page.pdf({ path: join(here, target), ...options });
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
}

// The Word fixture as it is (A4), converted by LibreOffice: how most PDF reports are made.
if (wanted('libreoffice-a4-report-2021.pdf')) {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-lo-'));
  try {
    copyFileSync(join(corpus, 'docx', 'report-2021.docx'), join(dir, 'report-2021-a4.docx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report-2021-a4.docx')], { stdio: 'pipe', timeout: 120_000 });
    copyFileSync(join(dir, 'report-2021-a4.pdf'), join(here, 'libreoffice-a4-report-2021.pdf'));
    console.log('wrote libreoffice-a4-report-2021.pdf');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The Word fixture on a page half as tall as A4, so that its tables break, converted by LibreOffice.
const dir = mkdtempSync(join(tmpdir(), 'ogi-lo-'));
if (wanted('libreoffice-report-2021.pdf')) try {
  const files = unzipSync(readFileSync(join(corpus, 'docx', 'report-2021.docx')));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:pgSz [^>]*\/>/u, '<w:pgSz w:w="11906" w:h="8419"/>').replace(/<w:pgMar [^>]*\/>/u, '<w:pgMar w:top="1000" w:right="800" w:bottom="1000" w:left="800" w:header="500" w:footer="500" w:gutter="0"/>'),
  );
  writeFileSync(join(dir, 'report-2021-a5.docx'), zipSync(files, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') }));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report-2021-a5.docx')], { stdio: 'pipe', timeout: 120_000 });
  copyFileSync(join(dir, 'report-2021-a5.pdf'), join(here, 'libreoffice-report-2021.pdf'));
  console.log('wrote libreoffice-report-2021.pdf');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
