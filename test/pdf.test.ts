import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCells } from '../src/index.js';
import { parsePdf } from '../src/pdf.js';
import { corpusDir } from './helpers.js';

const pdf = (name: string) => new Uint8Array(readFileSync(join(corpusDir, 'pdf', name)));
const golden = (name: string) => JSON.parse(readFileSync(join(corpusDir, 'pdf', name.replace(/\.pdf$/u, '.json')), 'utf8'));

describe('parsePdf', () => {
  it.each(['report-2021-ruled.pdf', 'report-2021-unruled.pdf'])('%s matches its golden output', async (name) => {
    const report = await parsePdf(pdf(name));
    expect(JSON.parse(JSON.stringify(report))).toEqual(golden(name));
  });

  it('reads a ruled 2021 report whose table 3 breaks across pages, with page boxes', async () => {
    const r = await parsePdf(pdf('report-2021-ruled.pdf'));
    expect([r.template, r.metadata.body?.value, r.metadata.year?.value]).toEqual(['2021', '示例县人民政府', 2021]);
    const cells = toCells(r);
    expect(cells.filter((c) => c.table === 3 && c.row === 'total').map((c) => c.value)).toEqual([31, 5, 0, 1, 2, 0, 39]);
    expect(cells.filter((c) => c.table === 4).map((c) => c.value)).toEqual([1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
    const total = r.tables.t3?.rows.total?.cells.total;
    expect(total?.box?.page).toBeGreaterThan(1);
    expect(r.pdf.text.slice(total!.span!.start, total!.span!.end)).toBe('39');
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['scanned.pdf', 'pdf-no-text'],
    ['encrypted.pdf', 'pdf-encrypted'],
  ])('%s: a clear error, no throw', async (name, code) => {
    const r = await parsePdf(pdf(name));
    expect(r.template).toBe('unsupported');
    expect(r.messages[0]).toMatchObject({ code, severity: 'error' });
  });

  it('gives a clear error for bytes that are not a PDF and throws only for a non-Uint8Array', async () => {
    const r = await parsePdf(new TextEncoder().encode('一、总体情况'));
    expect(r.messages[0]!.code).toBe('pdf-invalid');
    await expect(parsePdf('x' as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});
