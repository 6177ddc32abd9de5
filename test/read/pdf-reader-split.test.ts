import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';
import { readerThreads } from '../../src/read/pdf/reader-thread.js';

// A file of its own: the reader threads counted here are this file's only (npm test builds dist/pdf-reader.js first).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

describe('a PDF shared between two reader threads only when long', () => {
  it('a short document is read by one thread, however many bytes: each thread would load its fonts again', async () => {
    const short = await pdfToText(fixture('chromium-h2021-cms.pdf')); // 735 KB, 6 pages
    expect(short.pages).toBe(6);
    expect(readerThreads()).toBe(1);
  });
  it('a 17-page report read alone is read by one thread too (48 pages or more are shared), as when two are read at once', async () => {
    const alone = await pdfToText(fixture('libreoffice-report-2021.pdf'));
    expect(alone.pages).toBe(17);
    expect(readerThreads()).toBe(1);
    const [a, b] = await Promise.all([pdfToText(fixture('libreoffice-report-2021.pdf')), pdfToText(fixture('libreoffice-report-2021.pdf'))]);
    expect(alone.text).toBe(a.text);
    expect(b.text).toBe(a.text);
    expect(alone.boxes).toEqual(a.boxes);
    expect(alone.problems).toEqual([]);
  });
});
