import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';
import { readerThreads } from '../../src/read/pdf/reader-thread.js';

// A file of its own: the reader threads counted here are this file's only (npm test builds dist/pdf-reader.js first).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

describe('a long PDF shared between two reader threads', () => {
  it('a short document is read by one thread, however many bytes: each thread would load its fonts again', async () => {
    const short = await pdfToText(fixture('chromium-h2021-cms.pdf')); // 735 KB, 6 pages
    expect(short.pages).toBe(6);
    expect(readerThreads()).toBe(1);
  });
  it('a long one (12 pages or more) read alone is shared: a second thread reads its second half at once', async () => {
    const shared = await pdfToText(fixture('libreoffice-report-2021.pdf')); // 17 pages
    expect(shared.pages).toBe(17);
    expect(readerThreads()).toBe(Math.min(2, availableParallelism()));
    // Read whole by one thread each (two documents at once: no thread is free to share them on two cores).
    const [a, b] = await Promise.all([pdfToText(fixture('libreoffice-report-2021.pdf')), pdfToText(fixture('libreoffice-report-2021.pdf'))]);
    expect(shared.text).toBe(a.text);
    expect(b.text).toBe(a.text);
    expect(shared.boxes).toEqual(a.boxes);
    expect(shared.problems).toEqual([]);
  });
});
