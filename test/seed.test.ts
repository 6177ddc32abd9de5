import { describe, expect, it } from 'vitest';
import { parseReport, toCells } from '../src/index.js';
import { corpus, rowValues, SIX_TITLES } from './helpers.js';

const text = corpus('seed-luohe-2021.txt');
const report = parseReport(text);

describe('the seed report (漯河, 2021, tab-separated)', () => {
  it('reads the metadata', () => {
    expect(report.template).toBe('2021');
    expect(report.metadata.body?.value).toBe('漯河回族自治县人民政府');
    expect(report.metadata.year?.value).toBe(2021);
    expect(text.slice(report.metadata.body!.span.start, report.metadata.body!.span.end)).toBe('漯河回族自治县人民政府');
  });

  it('finds the six sections and section 一 subsections, not table rows', () => {
    expect(report.sections.map((s) => s.title)).toEqual(SIX_TITLES);
    expect(report.sections[0]!.subsections.map((s) => s.title)).toEqual([
      '(一) 主动公开方面',
      '(二) 依申请公开方面',
      '(三) 政府公开平台建设方面',
      '(四) 政府信息管理方面',
      '(五) 监督保障方面',
    ]);
    for (const s of report.sections) expect(text.slice(s.titleSpan.start, s.titleSpan.end)).toBe(s.title);
    expect(report.sections[5]!.span.end).toBe(text.length);
  });

  it('reads every cell of table 2', () => {
    expect(rowValues(report, 2, 'regulations')).toEqual([0, 0, 0]);
    expect(rowValues(report, 2, 'normativeDocuments')).toEqual([2, 0, 9]);
    expect(rowValues(report, 2, 'licensing')).toEqual([20168]);
    expect(rowValues(report, 2, 'punishment')).toEqual([518]);
    expect(rowValues(report, 2, 'enforcement')).toEqual([15]);
    expect(rowValues(report, 2, 'fees')).toEqual([2019.4359]);
  });

  it('reads every cell of table 3', () => {
    const zero = [0, 0, 0, 0, 0, 0, 0];
    const expected: Record<string, number[]> = {
      new: [8, 3, 0, 0, 0, 0, 11],
      carriedOver: zero,
      disclosed: [4, 0, 0, 0, 0, 0, 4],
      partiallyDisclosed: zero,
      refusedStateSecret: [0, 1, 0, 0, 0, 0, 1],
      refusedProhibitedByLaw: zero,
      refusedThreeSecurities: [1, 0, 0, 0, 0, 0, 1],
      refusedThirdParty: [0, 2, 0, 0, 0, 0, 2],
      refusedInternalAffairs: zero,
      refusedProcessInfo: [1, 0, 0, 0, 0, 0, 1],
      refusedEnforcementFile: zero,
      refusedQueryMatter: zero,
      unavailableNotHeld: zero,
      unavailableNeedsCreation: zero,
      unavailableUnclear: zero,
      notProcessedPetition: zero,
      notProcessedDuplicate: zero,
      notProcessedPublication: zero,
      notProcessedMassRepeated: [1, 0, 0, 0, 0, 0, 1],
      notProcessedConfirmation: zero,
      otherNoCorrection: [1, 0, 0, 0, 0, 0, 1],
      otherUnpaidFee: zero,
      otherOther: zero,
      total: [8, 3, 0, 0, 0, 0, 11],
      carriedForward: zero,
    };
    for (const [row, values] of Object.entries(expected)) expect([row, rowValues(report, 3, row)]).toEqual([row, values]);
    expect(toCells(report).filter((c) => c.table === 3)).toHaveLength(25 * 7);
  });

  it('reads table 4 into its three blocks', () => {
    expect(rowValues(report, 4, 'reconsideration')).toEqual([0, 2, 0, 0, 2]);
    expect(rowValues(report, 4, 'litigationDirect')).toEqual([0, 1, 1, 0, 2]);
    expect(rowValues(report, 4, 'litigationAfterReconsideration')).toEqual([0, 0, 0, 2, 2]);
  });

  it('repairs (七) 总计 (eight numbers for seven columns) and says so', () => {
    const repairs = report.messages.filter((m) => m.code === 'row-repaired');
    expect(repairs.map((m) => m.cells?.[0]?.row)).toEqual(['total', 'carriedForward']);
    expect(repairs[0]!.actual).toEqual(['', '8', '3', '0', '0', '0', '0', '0', '11']);
    expect(repairs[0]!.expected).toEqual(['8', '3', '0', '0', '0', '0', '11']);
  });

  it('recognises the body-name variants and reports each with its span', () => {
    const v = report.metadata.bodyNameVariants;
    expect(v.map((x) => x.text)).toEqual(['瀘河区', '瀘河回族自治县', '瀘河回族自治县', '瀘河回族自治县']);
    expect(v.map((x) => x.normalised)).toEqual(['漯河区', '漯河回族自治县', '漯河回族自治县', '漯河回族自治县']);
    for (const x of v) expect(text.slice(x.span.start, x.span.end)).toBe(x.text);
    expect(report.messages.filter((m) => m.code === 'body-name-variant')).toHaveLength(4);
  });

  it('raises no check failure and no warning besides the repairs', () => {
    expect(report.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
    expect(report.messages.filter((m) => m.severity !== 'info').map((m) => m.code)).toEqual(['row-repaired', 'row-repaired']);
  });

  it('gives every cell a span that slices back to its raw text', () => {
    for (const c of toCells(report)) {
      expect(c.span).not.toBeNull();
      expect(text.slice(c.span!.start, c.span!.end)).toBe(c.raw);
    }
  });
});
