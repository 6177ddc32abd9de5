import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';

/** The bytes of a fixture PDF of corpus/pdf (written by corpus/pdf/make-fixtures.mjs). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

const codes = (r: { problems: Array<{ code: string }> }) => r.problems.map((p) => p.code);

describe('pdfToText on input it cannot read', () => {
  it('says a scanned PDF has no text', async () => {
    const r = await pdfToText(fixture('scanned.pdf'));
    expect(codes(r)).toEqual(['pdf-no-text']);
    expect(r.text).toBe('');
    expect(r.boxes).toEqual([]);
    expect(r.pages).toBe(2);
  });

  it('says an encrypted PDF needs its password', async () => {
    const r = await pdfToText(fixture('encrypted.pdf'));
    expect(codes(r)).toEqual(['pdf-encrypted']);
    expect(r.text).toBe('');
  });

  it('says empty input, a non-PDF and a broken PDF are invalid', async () => {
    expect(codes(await pdfToText(new Uint8Array(0)))).toEqual(['pdf-invalid']);
    expect(codes(await pdfToText(new TextEncoder().encode('<html><body>年度报告</body></html>')))).toEqual(['pdf-invalid']);
    expect(codes(await pdfToText(new TextEncoder().encode('%PDF-1.7\nnothing here\n%%EOF')))).toEqual(['pdf-invalid']);
    const report = fixture('report-2021-ruled.pdf');
    expect(codes(await pdfToText(report.slice(0, Math.floor(report.length / 3))))).toEqual(['pdf-invalid']);
  });

  it('survives a PDF with garbage in the middle', async () => {
    const report = fixture('report-2021-ruled.pdf');
    for (let i = 2000; i < report.length - 2000; i += 7) report[i] = 0;
    const r = await pdfToText(report);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('keeps to the limits on bytes, pages and time', async () => {
    const report = fixture('report-2021-ruled.pdf');
    expect(codes(await pdfToText(report, { maxBytes: 1000 }))).toEqual(['pdf-too-large']);
    const first = await pdfToText(report, { maxPages: 1 });
    expect(codes(first)).toEqual(['pdf-too-large']);
    expect(first.pages).toBe(4);
    expect(first.text.split('\n')[0]).toBe('示例县人民政府2021年政府信息公开工作年度报告');
    expect(first.text).not.toContain('三、收到和处理政府信息公开申请情况');
    const started = performance.now();
    const hurried = await pdfToText(report, { timeoutMs: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(hurried.problems.length).toBeGreaterThan(0);
    expect(hurried.problems.every((p) => p.code === 'pdf-invalid' || p.code === 'pdf-page-failed')).toBe(true);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = fixture('damaged-text.pdf');
    const copy = bytes.slice();
    await pdfToText(bytes);
    expect(bytes).toEqual(copy);
  });
});
