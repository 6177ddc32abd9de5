#!/usr/bin/env node
// Writes the text other tools make of our own corpus reports into this folder (run from anywhere):
//   node corpus/tools/make-fixtures.mjs
// The generated text is committed, so the tests and CI need none of the tools. Regenerate the goldens
// after it (`npm run golden tools/`) and review the diff.
//
// Sources: the corpus HTML pages (../*.html) and the report PDFs (../pdf/report-*.pdf, chromium-*.pdf,
// libreoffice-*.pdf).
// Tools (Debian packages): w3m (w3m), lynx (lynx), pandoc (pandoc), python3-html2text, poppler-utils
// (pdftotext), python3-pdfminer (pdf2txt), python3-pypdf. Output: <source>.<tool>.txt, e.g. h2021-cms.w3m.txt.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });

/** The tools, by the file kind they read. The names are the fixtures' middle parts. */
export const TOOLS = {
  html: {
    // Box-drawing tables; labels wrapped inside cells at 80 columns.
    w3m: (f) => run('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80', f]),
    // Grid tables (+---+) where pandoc 2 can draw them; simple tables otherwise.
    'pandoc-plain': (f) => run('pandoc', ['-f', 'html', '-t', 'plain', f]),
    // reStructuredText grid tables; pandoc 2 breaks CJK labels one character per line.
    'pandoc-rst': (f) => run('pandoc', ['-f', 'html', '-t', 'rst', f]),
    // Pandoc's own markdown: every <span style> kept as [text]{style=…}; simple tables, or raw HTML
    // for a table with spans.
    'pandoc-markdown': (f) => run('pandoc', ['-f', 'html', '-t', 'markdown', f]),
    // Pipe tables (raw HTML left in cells where a table has spans).
    'pandoc-gfm': (f) => run('pandoc', ['-f', 'html', '-t', 'gfm', f]),
    // A terminal dump: cells laid out by position, no borders.
    lynx: (f) => run('lynx', ['-dump', '-nolist', '-display_charset=utf-8', f]),
    // Markdown from python3-html2text: one cell per line or pipe rows.
    html2text: (f) => run(PY, ['-m', 'html2text', f]),
  },
  pdf: {
    // Columns of text (labels wrapped above and below their numbers in narrow cells).
    'pdftotext-layout': (f) => run('pdftotext', ['-layout', f, '-']),
    // Reading order: labels in a run, then a block's numbers.
    pdftotext: (f) => run('pdftotext', [f, '-']),
    // (pdfminer breaks ties between equally distant boxes by object address: a few boxes may come in
    // another order from run to run. Keep the committed text unless the PDF changed.)
    pdf2txt: (f) => run('pdf2txt', [f]),
    pypdf: (f) => run(PY, ['-c', 'import sys,pypdf;print("\\n".join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))', f]),
  },
};

for (const f of readdirSync(corpus).filter((n) => /\.html$/u.test(n)).sort()) {
  for (const [tool, make] of Object.entries(TOOLS.html)) {
    const out = join(here, `${f.replace(/\.html$/u, '')}.${tool}.txt`);
    writeFileSync(out, make(join(corpus, f)));
    console.log(out);
  }
}
// Every PDF of a corpus report: drawn by our generator (report-*), printed by Chromium and by LibreOffice.
for (const f of readdirSync(join(corpus, 'pdf')).filter((n) => /^(?:report|chromium|libreoffice)-.*\.pdf$/u.test(n)).sort()) {
  for (const [tool, make] of Object.entries(TOOLS.pdf)) {
    const out = join(here, `${f.replace(/\.pdf$/u, '')}.${tool}.txt`);
    writeFileSync(out, make(join(corpus, 'pdf', f)));
    console.log(out);
  }
}
