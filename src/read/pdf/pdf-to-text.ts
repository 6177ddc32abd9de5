import { buildText } from './builder.js';
import { joinContinuedTables } from './continued-tables.js';
import { dropFurniture } from './furniture.js';
import { pageLines } from './page-lines.js';
import { joinWrapped } from './paragraphs.js';
import { toPieces } from './pieces.js';
import { readInThread, type RawPage } from './reader-thread.js';
import { findRules, type OpCodes } from './rules.js';
import type { OutLine, PdfProblem, PdfText, PdfToTextOptions, Rule } from './types.js';

const DEFAULT_MAX_PAGES = 200;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

/** Does the file start like a PDF ("%PDF-" within its first 1024 bytes, as readers allow)? */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** The lines of one page as pdf.js read it: pieces from its text, ruled tables from its drawing. */
function linesOf(page: RawPage, ops: OpCodes | undefined): { lines: OutLine[]; chars: number } {
  const pieces = toPieces(page.items, page.styles, page.viewportTransform, page.n);
  let rules: Rule[] = [];
  if (page.ops && ops) rules = findRules(page.ops.fnArray, page.ops.argsArray, ops, page.viewportTransform);
  return { lines: pageLines(pieces, rules, page.n, page.height), chars: pieces.reduce((s, p) => s + p.text.length, 0) };
}

/**
 * Turns a PDF into plain text lines for the report parser, with the page and box every
 * character came from.
 *
 * Lines are rebuilt from positioned text: grouped by baseline, ordered left to right, cut into
 * tab-separated cells at gaps of about an em or more — or, in tables drawn with rules, at the
 * rules, each cell's text joined however many lines it was wrapped or stacked over. Page
 * numbers ("- 1 -", "第1页", "1/5") and running headers and footers are dropped; a table broken
 * over pages continues row after row; prose lines wrapped at the right edge are joined; spaces
 * pdf.js guessed between CJK characters of one word ("情 形") are removed. Characters are
 * otherwise kept as printed (Kangxi radicals, full-width digits and all).
 *
 * Never throws and never hangs: a scanned PDF without text, an encrypted, broken or non-PDF
 * input, or one beyond the limits gives an entry in `problems` (and whatever text could be
 * read). pdf.js runs in a thread of its own, ended when the time is up.
 *
 * @example
 * import { readFile } from 'node:fs/promises';
 * const { text, boxes, problems } = await pdfToText(new Uint8Array(await readFile('corpus/pdf/report-2021-ruled.pdf')));
 * text.split('\n').find((l) => l.startsWith('一、本年新收')); // → '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37'
 * boxes[text.indexOf('一、本年新收')]?.page; // → 2
 */
export async function pdfToText(bytes: Uint8Array, options: PdfToTextOptions = {}): Promise<PdfText> {
  const problems: PdfProblem[] = [];
  const empty = (pages = 0): PdfText => ({ text: '', boxes: [], pages, problems });
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    problems.push({ code: 'pdf-invalid', message: 'The input is empty, not a PDF.' });
    return empty();
  }
  if (bytes.length > maxBytes) {
    problems.push({ code: 'pdf-too-large', message: `The PDF has ${bytes.length} bytes, more than the limit of ${maxBytes}; it was not read.` });
    return empty();
  }
  if (!hasPdfHeader(bytes)) {
    problems.push({ code: 'pdf-invalid', message: 'The input is not a PDF: it does not start with "%PDF-".' });
    return empty();
  }

  let pageCount = 0;
  let ops: OpCodes | undefined;
  let opened = false;
  const pages = new Map<number, { lines: OutLine[]; height: number }>();
  let chars = 0;
  const { end, error } = await readInThread(bytes, maxPages, timeoutMs, (m) => {
    if (m.type === 'doc') {
      opened = true;
      pageCount = m.pages;
      ops = m.ops;
      if (m.pages > maxPages) {
        problems.push({ code: 'pdf-too-large', message: `The PDF has ${m.pages} pages; only the first ${maxPages} were read.` });
      }
    } else if (m.type === 'page') {
      try {
        const read = linesOf(m.page, ops);
        pages.set(m.page.n, { lines: read.lines, height: m.page.height });
        chars += read.chars;
      } catch (e) {
        problems.push({ code: 'pdf-page-failed', message: `Page ${m.page.n} could not be laid out: ${e instanceof Error ? e.message : String(e)}`, page: m.page.n });
      }
    } else if (m.type === 'page-error') {
      problems.push({ code: 'pdf-page-failed', message: `Page ${m.n} could not be read: ${m.message}`, page: m.n });
    } else if (m.type === 'open-error') {
      if (m.name === 'PasswordException') {
        problems.push({ code: 'pdf-encrypted', message: 'The PDF is encrypted with a password; it cannot be read without it.' });
      } else {
        problems.push({ code: 'pdf-invalid', message: `The PDF is damaged and could not be opened: ${m.message}` });
      }
    }
  });

  if (!opened) {
    if (end === 'timeout') problems.push({ code: 'pdf-invalid', message: `The PDF could not be opened within ${timeoutMs} ms.` });
    else if (end === 'crashed') problems.push({ code: 'pdf-invalid', message: `The PDF reader failed: ${error ?? 'unknown error'}` });
    return empty();
  }
  const toRead = Math.min(pageCount, maxPages);
  if (end !== 'done') {
    const missing = Array.from({ length: toRead }, (_, i) => i + 1).filter((n) => !pages.has(n) && !problems.some((p) => p.page === n));
    if (missing.length) {
      const why = end === 'timeout' ? `reading stopped after ${timeoutMs} ms` : `the PDF reader failed (${error ?? 'unknown error'})`;
      problems.push({ code: 'pdf-page-failed', message: `Pages ${missing[0]}–${missing[missing.length - 1]} were not read: ${why}.`, page: missing[0]! });
    }
  }
  if (chars === 0 && pages.size > 0) {
    problems.push({ code: 'pdf-no-text', message: 'The PDF has no text layer (a scan or an image?): there is no text to read without OCR.' });
  }
  const ordered = [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const kept = dropFurniture(
    ordered.map((p) => p.lines),
    ordered.map((p) => p.height),
  );
  const lines = joinWrapped(joinContinuedTables(kept).flat());
  return { ...buildText(lines), pages: pageCount, problems };
}
