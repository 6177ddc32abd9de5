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

/** What a reader reports, in order: the document, each page, the end (or a failure to open). */
export type ReaderMessage =
  | { type: 'doc'; pages: number; ops: OpCodes }
  | { type: 'page'; page: RawPage }
  | { type: 'page-error'; n: number; message: string }
  | { type: 'open-error'; name: string; message: string }
  | { type: 'done' };

/** The parts of a pdf.js page this reader calls (`PDFPageProxy`). */
export interface PdfJsPage {
  getViewport(options: { scale: number }): { transform: ArrayLike<number>; height: number };
  getTextContent(): Promise<{ items: ReadonlyArray<object>; styles: Record<string, { ascent?: number; descent?: number; vertical?: boolean }> }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup(): unknown;
}

/** The parts of a pdf.js document this reader calls (`PDFDocumentProxy`). */
export interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}

/** A number as printed in a table cell: "12", "1,024", "３５", "-3", "12.5%". */
const NUMBER = /^[+\-−－]?[\d０-９]+(?:[,，][\d０-９]{3})*(?:[.．][\d０-９]+)?[%％]?$/u;

/** A page with this many numbers or more may hold a ruled table: its drawing is read. */
const NUMBERS_FOR_RULES = 3;

function errorText(e: unknown): string {
  return String((e as { message?: unknown } | null | undefined)?.message ?? e);
}

/**
 * Reads one page: its text items (as plain objects that cross threads) and, when `withRules`,
 * the operators of its drawing the rule finder needs (`keep`). Returns the page and how many
 * of its items are numbers.
 */
async function readPage(page: PdfJsPage, n: number, keep: ReadonlySet<number>, withRules: (numbers: number) => boolean): Promise<{ page: RawPage; numbers: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: RawTextItem[] = [];
  let numbers = 0;
  for (const it of content.items as ReadonlyArray<Partial<RawTextItem>>) {
    if (typeof it.str !== 'string') continue;
    items.push({ str: it.str, transform: Array.from(it.transform ?? []), width: it.width ?? 0, height: it.height ?? 0, fontName: it.fontName ?? '' });
    if (NUMBER.test(it.str.trim())) numbers++;
  }
  const styles: Record<string, RawTextStyle> = {};
  for (const [name, s] of Object.entries(content.styles)) styles[name] = { ascent: s.ascent, descent: s.descent, vertical: !!s.vertical };
  let ops: RawPage['ops'];
  if (withRules(numbers)) {
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
      // No drawing: tables are then cut at gaps, as unruled tables are.
    }
  }
  return { page: { n, items, styles, viewportTransform: Array.from(viewport.transform), height: viewport.height, ops }, numbers };
}

/** The share of a document's pages one reader reads: part `index` (from 0) of `of` equal runs of pages. */
export interface PagePart {
  index: number;
  of: number;
}

/**
 * The pages part `part` of a document reads, first and last (1-based, inclusive; first > last
 * when there are none): `of` runs of consecutive pages, as equal as can be.
 *
 * @example
 * pagesOfPart(7, { index: 1, of: 2 }); // [5, 7]
 */
export function pagesOfPart(pages: number, part: PagePart): [number, number] {
  const size = Math.ceil(pages / Math.max(1, part.of));
  const first = part.index * size + 1;
  return [first, Math.min(pages, first + size - 1)];
}

/**
 * The page-reading loop both readers share (the Node reader thread and the page's web worker):
 * reports the document, then each page up to `maxPages` in order, then `done`; a page that
 * fails is reported and skipped. The drawing of a page (its operator list, which costs time) is
 * read only where a ruled table may be: a page with three numbers or more, and the page after
 * one — where a table that breaks across pages ends, maybe with only the rest of a cut row and
 * no number at all. Stops early, before page `next`, when `stopped(next)` says so. With `part`, only that part's pages
 * are read (see {@link pagesOfPart}); the drawing of its first page is read, as the page before
 * it is another reader's.
 *
 * @example
 * const data = new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf'));
 * const doc = await pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, ...pdfJsPaths(), data }).promise;
 * const messages: ReaderMessage[] = [];
 * await readDocument(doc, pdfjs.OPS, keptOperators(pdfjs.OPS), 200, (m) => messages.push(m));
 * messages.map((m) => m.type); // → ['doc', 'page', 'page', 'page', 'page', 'done']
 */
export async function readDocument(
  doc: PdfJsDocument,
  OPS: OpCodes,
  keep: ReadonlySet<number>,
  maxPages: number,
  post: (m: ReaderMessage) => void,
  stopped: (next: number) => boolean = () => false,
  part: PagePart = { index: 0, of: 1 },
): Promise<void> {
  post({ type: 'doc', pages: doc.numPages, ops: OPS });
  const [first, last] = pagesOfPart(Math.min(doc.numPages, maxPages), part);
  let tableBefore = first > 1;
  for (let n = first; n <= last && !stopped(n); n++) {
    try {
      const page = await doc.getPage(n);
      const read = await readPage(page, n, keep, (numbers) => numbers >= NUMBERS_FOR_RULES || tableBefore);
      tableBefore = read.numbers >= NUMBERS_FOR_RULES;
      post({ type: 'page', page: read.page });
      page.cleanup();
    } catch (e) {
      tableBefore = false;
      post({ type: 'page-error', n, message: errorText(e) });
    }
  }
  post({ type: 'done' });
}

/**
 * How a failure to open a document is reported: pdf.js's exception name (PasswordException,
 * InvalidPDFException…) and message.
 *
 * @example
 * openError(new Error('Invalid PDF structure.')); // { type: 'open-error', name: 'Error', message: 'Invalid PDF structure.' }
 */
export function openError(e: unknown): ReaderMessage {
  const err = e as { name?: unknown; message?: unknown } | null | undefined;
  const name = typeof err?.name === 'string' ? err.name : '';
  const message = typeof err?.message === 'string' ? err.message : String(e);
  return { type: 'open-error', name, message };
}
