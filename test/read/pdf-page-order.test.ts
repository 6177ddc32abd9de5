import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, toCells } from '../../src/index.js';
import { parseDocx } from '../../src/docx.js';
import { parsePdf, type PdfReport } from '../../src/pdf.js';
import { joinStack } from '../../src/read/pdf/join.js';
import { toPieces } from '../../src/read/pdf/pieces.js';
import { readDocument, type PdfJsDocument, type ReaderMessage } from '../../src/read/pdf/read-document.js';
import type { OpCodes } from '../../src/read/pdf/rules.js';

/**
 * Our own reports printed to PDF the ways people do it (corpus/pdf/print-fixtures.mjs): by
 * Chromium from the corpus HTML pages, and by LibreOffice from the Word fixture, on pages small
 * enough that every table breaks across pages — rows cut by the break, header rows repeated,
 * running headers and page numbers between the pieces. Each must read exactly as its source.
 */
const corpus = (path: string) => new Uint8Array(readFileSync(new URL(`../../corpus/${path}`, import.meta.url)));
const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../corpus/pdf/${name.replace(/\.pdf$/u, '.json')}`, import.meta.url), 'utf8')) as unknown;
const cellsOf = (r: Parameters<typeof toCells>[0]) => toCells(r).map((c) => `${c.table}|${c.row}|${c.column}=${c.value === null ? '_' : c.value}`);
/** The lines of the PDF's text, Kangxi radicals (as Chromium's CJK fonts map some characters) folded. */
const lines = (r: PdfReport) => r.pdf.text.replace(/[\u2e80-\u2fdf]/gu, (c) => c.normalize('NFKC')).split('\n');

const PRINTED = [
  { pdf: 'chromium-h2021-cms.pdf', source: 'h2021-cms.html', pages: 6 },
  { pdf: 'chromium-h2021-nested.pdf', source: 'h2021-nested.html', pages: 3 },
  { pdf: 'chromium-h2019-cms.pdf', source: 'h2019-cms.html', pages: 5 },
  { pdf: 'chromium-h2021-traditional.pdf', source: 'h2021-traditional.html', pages: 6 },
  { pdf: 'libreoffice-report-2021.pdf', source: 'docx/report-2021.docx', pages: 17 },
];

const sourceReport = async (source: string) =>
  source.endsWith('.docx') ? parseDocx(corpus(source)) : parseReport(new TextDecoder().decode(corpus(source)));

describe('PDFs printed from our reports: text and tables in page order', () => {
  it.each(PRINTED)('$pdf reads every cell as $source does', async ({ pdf, source, pages }) => {
    const [printed, original] = await Promise.all([parsePdf(corpus(`pdf/${pdf}`)), sourceReport(source)]);
    expect(printed.pdf.pages).toBe(pages);
    expect(printed.template).toBe(original.template);
    expect(cellsOf(printed)).toEqual(cellsOf(original));
    expect(printed.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it.each(PRINTED)('$pdf matches its golden output', async ({ pdf }) => {
    expect(JSON.parse(JSON.stringify(await parsePdf(corpus(`pdf/${pdf}`))))).toEqual(golden(pdf));
  });

  it('joins a table broken over pages before the text that follows it on the next page', async () => {
    const r = await parsePdf(corpus('pdf/chromium-h2021-cms.pdf'));
    const at = (start: string) => lines(r).findIndex((l) => l.startsWith(start));
    // Table 3 is on pages 2–4; its last rows come before section 四, table 4 before section 五.
    const t3Total = at('\t（七）总计');
    expect(t3Total).toBeGreaterThan(0);
    expect(r.tables.t3?.rows.total?.cells.total.box?.page).toBeGreaterThan(r.tables.t3?.rows.new?.cells.total.box?.page ?? 99);
    expect(at('四、结转下年度继续办理')).toBeGreaterThan(t3Total);
    expect(at('四、政府信息公开行政复议')).toBeGreaterThan(at('四、结转下年度继续办理'));
    expect(at('五、')).toBeGreaterThan(at('四、政府信息公开行政复议'));
    // The running header and the page numbers printed between the pieces are gone.
    expect(lines(r).filter((l) => /第 ?\d+ ?页/u.test(l) || l === '霁川市文化和旅游局政府信息公开工作年度报告')).toEqual([]);
  });

  it('puts back together a row the page break cut (the label on one page, the rest on the next)', async () => {
    const r = await parsePdf(corpus('pdf/libreoffice-report-2021.pdf'));
    const row = lines(r).find((l) => l.includes('1.申请人无正当'));
    expect(row).toBe('\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2');
  });

  it('drops the header rows Chromium repeats at the top of the next page, and the running header', async () => {
    const r = await parsePdf(corpus('pdf/chromium-h2021-traditional.pdf'));
    expect(lines(r).filter((l) => l.startsWith('（本列數據的勾稽關係為'))).toHaveLength(1);
    expect(lines(r).filter((l) => l.startsWith('\t自然人\t法人或其他組織'))).toHaveLength(1);
    expect(lines(r)).not.toContain('政府信息公開工作年度報告');
    // Table 3 starts on page 3 and continues on 4 and 5, its header rows printed again on each.
    expect(r.tables.t3?.rows.new?.cells.total.box?.page).toBe(3);
    expect(r.tables.t3?.rows.total?.cells.total.box?.page).toBe(5);
  });
});

describe('reading pages', () => {
  it.each([
    { description: 'a number wrapped in a narrow column', lines: ['3', '0'], expected: '30' },
    { description: 'full-width digits', lines: ['１２', '５'], expected: '１２５' },
    { description: 'a stacked CJK label', lines: ['社会', '公益', '组织'], expected: '社会公益组织' },
    { description: 'Latin words', lines: ['Page', 'one'], expected: 'Page one' },
    { description: 'a number after a word', lines: ['No.', '3'], expected: 'No. 3' },
  ])('joins the lines of a cell: $description', ({ lines: stacked, expected }) => {
    const joined = joinStack(stacked.map((text) => [{ text, box: null }]));
    expect(joined.map((s) => s.text).join('')).toBe(expected);
  });

  it('places text in a font without metrics (a Type3 font: NaN ascent) by its baseline', () => {
    const item = { str: '予以公开', transform: [14, 0, 0, 14, 100, 700], width: 56, height: 14, fontName: 'g_d0_f3' };
    const [piece] = toPieces([item], { g_d0_f3: { ascent: Number.NaN, descent: Number.NaN } }, [1, 0, 0, -1, 0, 842], 1);
    expect(piece).toMatchObject({ text: '予以公开', baseline: 142 });
    expect(piece!.top).toBeCloseTo(142 - 0.88 * 14, 6);
    expect(piece!.bottom).toBeCloseTo(142 + 0.12 * 14, 6);
  });

  it('reads the drawing of a page with numbers and of the page after it, not of other pages', async () => {
    const texts: Record<number, string[]> = { 1: ['前言'], 2: ['1', '2', '3'], 3: ['理由逾期'], 4: ['五、'] };
    const opsRead: number[] = [];
    const doc: PdfJsDocument = {
      numPages: 4,
      getPage: async (n) => ({
        getViewport: () => ({ transform: [1, 0, 0, -1, 0, 842], height: 842 }),
        getTextContent: async () => ({ items: texts[n]!.map((str) => ({ str, transform: [1, 0, 0, 1, 0, 0], width: 1, height: 1, fontName: 'f' })), styles: {} }),
        getOperatorList: async () => {
          opsRead.push(n);
          return { fnArray: [1, 2], argsArray: [null, null] };
        },
        cleanup: () => undefined,
      }),
    };
    const messages: ReaderMessage[] = [];
    await readDocument(doc, {} as OpCodes, new Set([1]), 10, (m) => messages.push(m));
    expect(opsRead).toEqual([2, 3]);
    expect(messages.map((m) => m.type)).toEqual(['doc', 'page', 'page', 'page', 'page', 'done']);
    const page3 = messages[3];
    expect(page3?.type === 'page' ? page3.page.ops : null).toEqual({ fnArray: [1], argsArray: [null] });
  });
});
