import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { corpus, rowValues } from './helpers.js';

// Hand-checked values from corpus/MANIFEST.md: independent of the golden files.
describe('corpus reports, hand-checked cells', () => {
  it('t2021-tabs: the stray cell in （七）总计 is repaired', () => {
    const r = parseReport(corpus('t2021-tabs.txt'));
    expect(rowValues(r, 3, 'total')).toEqual([103, 15, 2, 2, 5, 3, 130]);
    expect(r.messages.filter((m) => m.code === 'row-repaired')).toHaveLength(1);
    expect(r.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
  });

  it('t2021-spaces: the dropped blank cell is placed by the column sums', () => {
    const r = parseReport(corpus('t2021-spaces.txt'));
    expect(rowValues(r, 3, 'unavailableNotHeld')).toEqual([14, 2, null, 1, 0, 0, 17]);
    expect(r.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
  });

  it('t2021-markdown: a lost label, a wrapped label and an injected header', () => {
    const r = parseReport(corpus('t2021-markdown.txt'));
    expect(rowValues(r, 3, 'unavailableUnclear')).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(rowValues(r, 3, 'otherNoCorrection')).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(r.messages.map((m) => m.code)).toContain('row-label-inferred');
    expect(r.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
  });

  it("t2021-damaged: the report's own wrong table-4 total is an error", () => {
    const r = parseReport(corpus('t2021-damaged.txt'));
    const failed = r.messages.filter((m) => m.code === 'check-failed');
    expect(failed.map((m) => [m.rule, m.expected, m.actual])).toEqual([['t4-block-total', 3, 4]]);
    // 瀅川县 is the traditional form of the title's 滢川县: opencc folds it, it is no look-alike.
    // 莹川县 is: 莹 shares its phonetic part with 滢 (Unihan kPhonetic, through 瑩/瀅).
    expect(r.metadata.body?.value).toBe('滢川县交通运输局');
    expect(r.metadata.bodyNameVariants.map((v) => [v.text, v.normalised])).toEqual([['莹川县', '滢川县']]);
    const text = corpus('t2021-damaged.txt');
    const v = r.metadata.bodyNameVariants[0]!;
    expect(text.slice(v.span.start, v.span.end)).toBe('莹川县');
    expect((r.messages.find((m) => m.code === 'text-normalised')?.actual as { variants: number }).variants).toBe(1);
    expect(r.metadata.year?.value).toBe(2021);
  });

  it('t2019-tabs: signed changes and an amount with its unit', () => {
    const r = parseReport(corpus('t2019-tabs.txt'));
    expect(r.template).toBe('2019');
    if (r.template !== '2019') return;
    expect(r.tables.t2?.rows.procurement?.cells.procurementAmount.value).toBe(1286400);
    expect(r.tables.t2?.rows.procurement?.cells.procurementAmount.raw).toBe('1286400元');
  });

  it('t2021-single-six: （六） printed as one row stands for its leaves', () => {
    const r = parseReport(corpus('t2021-single-six.txt'));
    expect(r.template).toBe('2021');
    expect(r.messages.map((m) => m.code)).toContain('row-substitute');
    expect(r.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
  });

  it('t2021-partial: half a report gives missing sections and tables', () => {
    const r = parseReport(corpus('t2021-partial.txt'));
    const codes = r.messages.map((m) => m.code);
    expect(codes).toContain('table-missing');
    expect(r.messages.filter((m) => m.code === 'section-missing')).toHaveLength(3);
  });

  it('blank cells are not zeros unless asked', () => {
    const text = corpus('t2021-blanks.txt');
    const strict = parseReport(text);
    expect(strict.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
    expect(strict.messages.filter((m) => m.code === 'check-not-assessable').length).toBeGreaterThan(0);
    expect(rowValues(strict, 4, 'reconsideration')).toEqual([2, '', '', 1, 3]);
    expect(rowValues(strict, 3, 'total')).toEqual([47, 20, 1, 3, 1, '', '']);
    // Read as 0, the blank 总计 column breaks every non-zero row's total; the column rules hold.
    const loose = parseReport(text, { blankAsZero: true });
    expect(loose.messages.filter((m) => m.code === 'check-not-assessable')).toEqual([]);
    const rules = new Set(loose.messages.filter((m) => m.code === 'check-failed').map((m) => m.rule));
    expect([...rules]).toEqual(['t3-row-total']);
  });
});
