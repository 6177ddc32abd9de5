// The names an example may use without defining them (each is built only for the examples that use it).
// Paths in examples are relative to the repository's root: readFileSync('corpus/pdf/report-2021-ruled.pdf').
import { readFileSync } from 'node:fs';
import { parseDocx } from '../../src/docx.js';
import { parseReport, toCells } from '../../src/index.js';
import { parsePdf } from '../../src/pdf.js';

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
};
