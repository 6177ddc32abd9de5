import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/docx.js';
import { parseReport } from '../src/index.js';
import { parsePdf } from '../src/pdf.js';
import { goldenView } from './golden-view.js';
import { corpusDir } from './helpers.js';

// The reviewable goldens: corpus/<name>.view beside each corpus/<name>.json (and the PDF and Word
// fixtures'), compared as file snapshots. After an intended change: `npm run golden` (or
// `npx vitest run test/golden-view.test.ts -u`), then read `git diff corpus/`.
const texts = readdirSync(corpusDir).filter((f) => /^[a-z0-9].*\.(txt|md|html?)$/u.test(f)).sort();
const pdfs = readdirSync(join(corpusDir, 'pdf')).filter((f) => /^report-.*\.pdf$/u.test(f)).sort();
const docxs = readdirSync(join(corpusDir, 'docx')).filter((f) => /\.docx$/u.test(f)).sort();
const viewOf = (file: string) => file.replace(/\.[^.]+$/u, '.view');
const bytes = (file: string) => new Uint8Array(readFileSync(file));

describe('golden views', () => {
  it('cover every golden', () => {
    expect(texts.length).toBeGreaterThanOrEqual(22);
    expect(pdfs).toEqual(['report-2021-ruled.pdf', 'report-2021-unruled.pdf']);
    expect(docxs).toEqual(['report-2021.docx']);
  });
  for (const f of texts) {
    it(f, async () => {
      const view = goldenView(f, parseReport(readFileSync(join(corpusDir, f), 'utf8')));
      await expect(view).toMatchFileSnapshot(join(corpusDir, viewOf(f)));
    });
  }
  for (const f of pdfs) {
    it(`pdf/${f}`, async () => {
      const view = goldenView(`pdf/${f}`, await parsePdf(bytes(join(corpusDir, 'pdf', f))));
      await expect(view).toMatchFileSnapshot(join(corpusDir, 'pdf', viewOf(f)));
    });
  }
  for (const f of docxs) {
    it(`docx/${f}`, async () => {
      const view = goldenView(`docx/${f}`, await parseDocx(bytes(join(corpusDir, 'docx', f))));
      await expect(view).toMatchFileSnapshot(join(corpusDir, 'docx', viewOf(f)));
    });
  }
});
