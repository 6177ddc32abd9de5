import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';
import { readerThreads } from '../../src/read/pdf/reader-thread.js';

/** The reader threads are the built dist/pdf-reader.js (npm test builds first). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));
const codes = (r: { problems: Array<{ code: string }> }) => r.problems.map((p) => p.code);

describe('the PDF reader threads', () => {
  it('load pdf.js once: documents read one after another share one thread', async () => {
    const small = fixture('damaged-text.pdf');
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push((await pdfToText(small)).text);
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain('一、总体情况');
    expect(readerThreads()).toBe(1);
    // A short document is not shared with a second thread, however many bytes (735 KB, 6 pages):
    // each thread would load its fonts, which costs more than the pages a second thread saves.
    expect((await pdfToText(fixture('chromium-h2021-cms.pdf'))).pages).toBe(6);
    expect(readerThreads()).toBe(1);
  });

  it('a document that runs out of time or is broken costs only its own result', async () => {
    const good = fixture('report-2021-ruled.pdf');
    const broken = good.slice(0, Math.floor(good.length / 3));
    const [a, hurried, damaged, b] = await Promise.all([pdfToText(good), pdfToText(good, { timeoutMs: 1 }), pdfToText(broken), pdfToText(fixture('report-2021-unruled.pdf'))]);
    expect(codes(a)).toEqual([]);
    expect(codes(b)).toEqual([]);
    expect(a.text).toContain('一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37');
    expect(codes(hurried)[0]).toMatch(/^pdf-(invalid|page-failed)$/u);
    expect(codes(damaged)).toEqual(['pdf-invalid']);
    // Reading goes on as before after a thread was ended.
    expect((await pdfToText(good)).text).toBe(a.text);
  });

  it('do not keep a process alive once its reading is done', () => {
    const script = `import('./dist/pdf.js').then(async ({ parsePdf }) => { const r = await parsePdf(new Uint8Array(require('node:fs').readFileSync('corpus/pdf/report-2021-ruled.pdf'))); console.log(r.template); })`;
    const started = performance.now();
    const out = execFileSync(process.execPath, ['-e', script], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', timeout: 20_000 });
    expect(out.trim()).toBe('2021');
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
