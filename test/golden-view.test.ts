import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/docx.js';
import { parseReport, type Report } from '../src/index.js';
import { parsePdf } from '../src/pdf.js';
import { goldenView } from './golden-view.js';
import { corpusDir } from './helpers.js';

// The reviewable goldens: corpus/**/<name>.view beside each corpus/**/<name>.json golden (and beside
// the Word fixture, which has no JSON golden), compared as file snapshots. After an intended change:
// `npm run golden` (or `npx vitest run test/golden-view.test.ts -u`), then read `git diff corpus/`.
const INPUTS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'];
const bytes = (file: string) => new Uint8Array(readFileSync(join(corpusDir, file)));

/** Every input with a golden: `folder/name.ext`, relative to corpus/. */
function goldenInputs(folder: string): string[] {
  const dir = join(corpusDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => INPUTS.map((ext) => f.replace(/\.json$/u, ext)).find((input) => existsSync(join(dir, input))))
    .filter((f): f is string => f !== undefined)
    .map((f) => (folder ? `${folder}/${f}` : f))
    .sort();
}

const inputs = [...goldenInputs(''), ...goldenInputs('tools'), ...goldenInputs('pdf'), 'docx/report-2021.docx'];

async function parse(file: string): Promise<Report> {
  if (file.endsWith('.pdf')) return parsePdf(bytes(file));
  if (file.endsWith('.docx')) return parseDocx(bytes(file));
  return parseReport(readFileSync(join(corpusDir, file), 'utf8'));
}

describe('golden views', () => {
  it('cover every golden', () => {
    const goldens = ['', 'tools', 'pdf'].flatMap((folder) => readdirSync(join(corpusDir, folder)).filter((f) => f.endsWith('.json')));
    expect(inputs.length).toBe(goldens.length + 1);
    expect(inputs).toContain('seed-luohe-2021.txt');
    expect(inputs).toContain('pdf/report-2021-ruled.pdf');
  });
  for (const file of inputs) {
    it(file, async () => {
      const view = goldenView(file, await parse(file));
      await expect(view).toMatchFileSnapshot(join(corpusDir, file.replace(/\.[^.]+$/u, '.view')));
    });
  }
});
