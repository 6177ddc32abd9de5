import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/index.js';
import { reportSchema } from '../../src/io/report-schema.js';
import { parseLineJsonSchema, parseLineSchema } from '../../src/cli/line-schema.js';

const corpus = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort();

// reportSchema is typed ZodType<Report>: parsing gives a Report.
const typed = (r: unknown): Report => reportSchema.parse(r);

describe('reportSchema', () => {
  it.each(corpus)('accepts the parse of corpus/%s unchanged', (file) => {
    const report = parseReport(readFileSync(`corpus/${file}`, 'utf8'));
    // zod strips unknown keys: deep equality shows the schema names every field.
    expect(typed(report)).toEqual(report);
  });
  it('accepts an unsupported (empty) report', () => {
    expect(reportSchema.safeParse(parseReport('')).success).toBe(true);
  });
  it('rejects a cell with a string value and a table 3 row of 2019 keys under 2021', () => {
    const report = parseReport(readFileSync('corpus/t2021-tabs.txt', 'utf8')) as Extract<Report, { template: '2021' }>;
    const bad = structuredClone(report) as unknown as { tables: { t3: { rows: { total: { cells: { total: { value: unknown } } } } } } };
    bad.tables.t3.rows.total.cells.total.value = '130';
    expect(reportSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the JSON Schema of a parse line', () => {
  it('has the report and its parts as $defs', () => {
    const schema = parseLineJsonSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs).sort()).toEqual(
      ['CellValue', 'ExtraRow', 'Failed', 'Message', 'Metadata', 'PdfBox', 'Section', 'Span', 'Table2v2019', 'Table2v2021', 'Table3v2019', 'Table3v2021', 'Table4'].sort(),
    );
  });
  it('accepts a report line and an error line', () => {
    const report = parseReport(readFileSync('corpus/t2019-tabs.txt', 'utf8'));
    expect(parseLineSchema.safeParse({ file: 'a.txt', encoding: 'utf-8', ...report }).success).toBe(true);
    expect(parseLineSchema.safeParse({ file: 'gone.txt', error: 'no such file or folder' }).success).toBe(true);
    expect(parseLineSchema.safeParse({ file: 'x.txt' }).success).toBe(false);
  });
});
