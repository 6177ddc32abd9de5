// The figures the README shows in its examples are what the corpus gives (they had drifted:
// a span of 2789–2791 where the seed gives 2261–2263).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { parsePdf } from '../src/pdf.js';

const readme = readFileSync('README.md', 'utf8');
const inline = (value: unknown) =>
  JSON.stringify(value)
    .replace(/"(\w+)":/gu, '$1: ')
    .replace(/"/gu, "'")
    .replace(/,/gu, ', ')
    .replace(/\{/gu, '{ ')
    .replace(/\}/gu, ' }');

describe('the README example figures', () => {
  it('the seed report: body, year, table 3 total, fees', () => {
    const report = parseReport(readFileSync('corpus/seed-luohe-2021.txt', 'utf8'));
    if (report.template !== '2021') throw new Error(report.template);
    expect(readme).toContain(`report.metadata.body?.value;                 // '${report.metadata.body!.value}'`);
    expect(readme).toContain(`report.metadata.year?.value;                 // ${report.metadata.year!.value}`);
    expect(readme).toContain(`report.tables.t3?.rows.total?.cells.total;  // ${inline(report.tables.t3!.rows.total!.cells.total)}`);
    expect(readme).toContain(`report.tables.t2?.rows.fees?.cells.feeAmount.value; // ${report.tables.t2!.rows.fees!.cells.feeAmount.value} (万元, exact)`);
  });
  it('the PDF example: the box of table 3 total', async () => {
    const report = await parsePdf(new Uint8Array(readFileSync('corpus/pdf/report-2021-ruled.pdf')));
    expect(readme).toContain(`readFileSync('corpus/pdf/report-2021-ruled.pdf')`);
    expect(readme).toContain(`report.tables.t3?.rows.total?.cells.total.box; // ${inline(report.tables.t3!.rows.total!.cells.total.box)}`);
  });
});
