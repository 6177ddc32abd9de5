import { describe, expect, it } from 'vitest';
import { parseReport, toCells, type Report } from '../src/index.js';
import { corpus, rowValues, SIX_TITLES } from './helpers.js';

// Hand-checked values of the second batch of corpus reports (corpus/MANIFEST.md, "Expected values").
// Independent of the golden files. Only what the parser gets right is asserted here; the cells it gets
// wrong were fixed in the parser and are asserted here.

type Row = readonly [key: string, values: readonly (number | string)[]];

const T3_2019_ORDER = [
  'new', 'carriedOver', 'disclosed', 'partiallyDisclosed',
  'refusedStateSecret', 'refusedProhibitedByLaw', 'refusedThreeSecurities', 'refusedThirdParty',
  'refusedInternalAffairs', 'refusedProcessInfo', 'refusedEnforcementFile', 'refusedQueryMatter',
  'unavailableNotHeld', 'unavailableNeedsCreation', 'unavailableUnclear',
  'notProcessedPetition', 'notProcessedDuplicate', 'notProcessedPublication', 'notProcessedMassRepeated', 'notProcessedConfirmation',
  'otherHandling', 'total', 'carriedForward',
] as const;
const T3_2021_ORDER = [...T3_2019_ORDER.slice(0, 20), 'otherNoCorrection', 'otherUnpaidFee', 'otherOther', 'total', 'carriedForward'] as const;
const T4_BLOCKS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;

/** Table 3 given as one array of 7 values per template row, in template order. */
function expectT3(r: Report, order: readonly string[], values: readonly (readonly (number | string)[])[]): void {
  expect(values).toHaveLength(order.length);
  const got = order.map((k) => [k, rowValues(r, 3, k)]);
  expect(got).toEqual(order.map((k, i) => [k, values[i]]));
}

/** Table 4 as its 15 numbers: 行政复议 | 未经复议直接起诉 | 复议后起诉, five each. */
function expectT4(r: Report, values: readonly (number | string)[]): void {
  expect(T4_BLOCKS.flatMap((b) => rowValues(r, 4, b))).toEqual(values);
}

function expectT2(r: Report, rows: readonly Row[]): void {
  expect(rows.map(([k]) => [k, rowValues(r, 2, k)])).toEqual(rows.map(([k, v]) => [k, v]));
}

const cell = (r: Report, table: number, row: string, column: string) =>
  toCells(r).find((c) => c.table === table && c.row === row && c.column === column);
const codes = (r: Report) => r.messages.map((m) => m.code);
const failed = (r: Report) => r.messages.filter((m) => m.code === 'check-failed');

describe('t2019-lines: 2019 template, one cell per line, "/" cells', () => {
  const r = parseReport(corpus('t2019-lines.txt'));

  it('metadata and template', () => {
    expect(r.template).toBe('2019');
    expect(r.metadata.body?.value).toBe('岚江县市场监督管理局');
    expect(r.metadata.year?.value).toBe(2020);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('table 2, with "/" kept as printed and signed changes', () => {
    expectT2(r, [
      ['regulations', ['/', '/', '/']],
      ['normativeDocuments', [3, 3, 19]],
      ['licensing', [42, -6, 1873]],
      ['otherServices', [17, 2, 356]],
      ['punishment', [286, 14, 624]],
      ['enforcement', [9, 0, 47]],
      ['fees', [6, -1]],
      ['procurement', [12, 4382600]],
    ]);
    expect(cell(r, 2, 'regulations', 'created')?.status).toBe('dash');
    expect(cell(r, 2, 'otherServices', 'change')?.raw).toBe('+2');
    expect(cell(r, 2, 'punishment', 'change')?.raw).toBe('+14');
  });

  it('table 3: 科研机构 is "/" on every row, 1.属于国家秘密 is "/" throughout, (二) label wrapped over two lines', () => {
    const S = '/';
    expectT3(r, T3_2019_ORDER, [
      [105, 17, S, 1, 4, 2, 129],
      [3, 0, S, 0, 0, 0, 3],
      [41, 7, S, 1, 2, 0, 51],
      [6, 2, S, 0, 0, 0, 8],
      [S, S, S, S, S, S, S],
      [1, 0, S, 0, 0, 0, 1],
      [0, 0, S, 0, 0, 0, 0],
      [3, 1, S, 0, 0, 0, 4],
      [2, 0, S, 0, 0, 0, 2],
      [4, 1, S, 0, 0, 0, 5],
      [2, 0, S, 0, 1, 0, 3],
      [5, 0, S, 0, 0, 0, 5],
      [17, 3, S, 0, 1, 1, 22],
      [3, 1, S, 0, 0, 0, 4],
      [2, 0, S, 0, 0, 0, 2],
      [8, 0, S, 0, 0, 0, 8],
      [3, 0, S, 0, 0, 0, 3],
      [1, 0, S, 0, 0, 0, 1],
      [0, 0, S, 0, 0, 0, 0],
      [1, 0, S, 0, 0, 0, 1],
      [4, 1, S, 0, 0, 1, 6],
      [103, 16, S, 1, 4, 2, 126],
      [5, 1, S, 0, 0, 0, 6],
    ]);
  });

  it('table 4, with one "/" cell', () => {
    expectT4(r, [2, 1, '/', 1, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1]);
  });

  it('the arithmetic holds with "/" counted as 0, and is not assessable without', () => {
    expect(failed(r)).toEqual([]);
    expect(codes(r)).toContain('check-not-assessable');
    const loose = parseReport(corpus('t2019-lines.txt'), { blankAsZero: true });
    expect(failed(loose)).toEqual([]);
    expect(codes(loose)).not.toContain('check-not-assessable');
  });
});

describe('t2019-markdown: 2019 template, pipe tables, a header row injected inside table 3', () => {
  const r = parseReport(corpus('t2019-markdown.txt'));

  it('metadata and template', () => {
    expect(r.template).toBe('2019');
    expect(r.metadata.body?.value).toBe('沧渠市交通运输局');
    expect(r.metadata.year?.value).toBe(2019);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('table 2, with the amount printed with a trailing zero', () => {
    expectT2(r, [
      ['regulations', [0, 0, 0]],
      ['normativeDocuments', [4, 4, 27]],
      ['licensing', [58, 3, 4126]],
      ['otherServices', [21, -2, 738]],
      ['punishment', [164, 9, 1392]],
      ['enforcement', [11, -1, 86]],
      ['fees', [7, -2]],
      ['procurement', [23, 874315.6]],
    ]);
    expect(cell(r, 2, 'procurement', 'procurementAmount')?.raw).toBe('874315.60');
  });

  it('table 3 across the injected header, group context kept', () => {
    expectT3(r, T3_2019_ORDER, [
      [183, 47, 3, 5, 10, 7, 255],
      [9, 2, 0, 0, 1, 0, 12],
      [73, 18, 1, 2, 4, 3, 101],
      [12, 5, 0, 1, 1, 0, 19],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 1, 0, 0, 0, 0, 3],
      [1, 0, 0, 0, 0, 0, 1],
      [6, 2, 0, 0, 1, 0, 9],
      [3, 1, 0, 0, 0, 0, 4],
      [5, 2, 0, 1, 0, 0, 8],
      [4, 1, 0, 0, 0, 0, 5],
      [7, 0, 0, 0, 1, 1, 9],
      [26, 6, 1, 0, 2, 1, 36],
      [8, 3, 0, 0, 0, 0, 11],
      [4, 1, 0, 0, 0, 1, 6],
      [11, 1, 0, 0, 0, 0, 12],
      [5, 2, 0, 0, 1, 0, 8],
      [2, 0, 0, 0, 0, 0, 2],
      [1, 0, 0, 0, 0, 0, 1],
      [3, 1, 0, 0, 0, 0, 4],
      [6, 2, 0, 1, 0, 1, 10],
      [180, 46, 2, 5, 10, 7, 250],
      [12, 3, 1, 0, 1, 0, 17],
    ]);
    expect(codes(r)).toContain('header-repeated');
    expect(r.messages.filter((m) => m.code === 'row-unmatched' || m.code === 'row-duplicate')).toEqual([]);
  });

  it('table 4 and the checks', () => {
    expectT4(r, [3, 2, 1, 2, 8, 2, 0, 1, 1, 4, 1, 1, 0, 0, 2]);
    expect(failed(r)).toEqual([]);
  });

  it('subsection titles written in bold ("**(一)主动公开**") do not keep the closing "**"', () => {
    expect(r.sections[0]!.subsections.map((x) => x.title)).toEqual(['(一)主动公开', '(二)依申请公开', '(三)政府信息管理', '(四)政府信息公开平台建设', '(五)监督保障']);
  });
});

describe('mixed-2019t2-2021t3: table 2 on the 2019 template, table 3 on the 2021 template', () => {
  const r = parseReport(corpus('mixed-2019t2-2021t3.txt'));

  it('is reported as mixed, each table read with its own template', () => {
    expect(r.template).toBe('mixed');
    expect(codes(r)).toContain('template-mixed');
    expect(r.metadata.body?.value).toBe('鹤鸣区石湾街道办事处');
    expect(r.metadata.year?.value).toBe(2021);
    expect(toCells(r).find((c) => c.table === 2)?.template).toBe('2019');
    expect(toCells(r).find((c) => c.table === 3)?.template).toBe('2021');
  });

  it('table 2 (2019 template)', () => {
    expectT2(r, [
      ['regulations', [0, 0, 0]],
      ['normativeDocuments', [2, 2, 9]],
      ['licensing', [14, 1, 326]],
      ['otherServices', [8, 0, 97]],
      ['punishment', [35, -4, 118]],
      ['enforcement', [3, 0, 6]],
      ['fees', [2, 0]],
      ['procurement', [5, 386500]],
    ]);
  });

  it('table 3 (2021 template, （六） with its three leaves)', () => {
    expectT3(r, T3_2021_ORDER, [
      [60, 8, 0, 2, 3, 1, 74],
      [2, 1, 0, 0, 0, 0, 3],
      [18, 3, 0, 1, 1, 0, 23],
      [4, 1, 0, 0, 0, 0, 5],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [2, 1, 0, 0, 0, 0, 3],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 0, 0, 0, 0, 0, 2],
      [1, 0, 0, 0, 0, 0, 1],
      [3, 0, 0, 0, 0, 1, 4],
      [9, 2, 0, 0, 1, 0, 12],
      [2, 0, 0, 0, 0, 0, 2],
      [1, 1, 0, 0, 0, 0, 2],
      [4, 0, 0, 0, 0, 0, 4],
      [2, 0, 0, 0, 0, 0, 2],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [1, 0, 0, 0, 0, 0, 1],
      [3, 1, 0, 0, 0, 0, 4],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 0, 0, 1, 0, 0, 3],
      [58, 9, 0, 2, 2, 1, 72],
      [4, 0, 0, 0, 1, 0, 5],
    ]);
  });

  it('table 4 and the checks', () => {
    expectT4(r, [1, 0, 1, 0, 2, 0, 1, 0, 1, 2, 1, 0, 0, 0, 1]);
    expect(failed(r)).toEqual([]);
  });
});

describe('r2021-flat: a 2021 report as page text, cells run together', () => {
  const r = parseReport(corpus('r2021-flat.txt'));

  it('metadata, template and sections', () => {
    expect(r.template).toBe('2021');
    expect(r.metadata.body?.value).toBe('汀兰市城市管理局');
    expect(r.metadata.year?.value).toBe(2021);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('table 2: unique splits read, the ambiguous 行政规范性文件 "7358" left unknown', () => {
    expect(rowValues(r, 2, 'regulations')).toEqual([0, 0, 0]);
    expect(rowValues(r, 2, 'licensing')).toEqual([2731]);
    expect(rowValues(r, 2, 'punishment')).toEqual([1846]);
    expect(rowValues(r, 2, 'enforcement')).toEqual([92]);
    expect(rowValues(r, 2, 'fees')).toEqual([143.0685]);
    const nd = toCells(r).filter((c) => c.table === 2 && c.row === 'normativeDocuments');
    expect(nd.map((c) => [c.column, c.value, c.status])).toEqual([
      ['issued', null, 'ambiguous'],
      ['repealed', null, 'ambiguous'],
      ['inForce', null, 'ambiguous'],
    ]);
    expect(codes(r)).toContain('cells-ambiguous');
  });

  it('table 3 recovered from its digit runs ("196 012028", "…1402.没有现成信息…")', () => {
    expectT3(r, T3_2021_ORDER, [
      [236, 39, 4, 6, 13, 5, 303],
      [10, 2, 0, 0, 1, 0, 13],
      [87, 14, 2, 3, 5, 2, 113],
      [19, 6, 0, 1, 2, 0, 28],
      [2, 0, 0, 0, 0, 0, 2],
      [3, 1, 0, 0, 0, 0, 4],
      [1, 0, 0, 0, 0, 0, 1],
      [9, 3, 0, 0, 1, 0, 13],
      [4, 0, 0, 0, 0, 0, 4],
      [6, 2, 0, 1, 0, 0, 9],
      [5, 1, 0, 0, 0, 1, 7],
      [8, 0, 0, 0, 2, 0, 10],
      [31, 5, 1, 0, 2, 1, 40],
      [11, 2, 0, 0, 0, 0, 13],
      [6, 1, 0, 0, 0, 0, 7],
      [14, 0, 0, 0, 1, 0, 15],
      [7, 1, 0, 0, 0, 0, 8],
      [2, 0, 0, 0, 0, 0, 2],
      [3, 0, 0, 0, 0, 0, 3],
      [2, 1, 0, 0, 0, 0, 3],
      [5, 1, 0, 0, 0, 0, 6],
      [1, 0, 0, 0, 0, 0, 1],
      [4, 0, 0, 1, 0, 1, 6],
      [230, 38, 3, 6, 13, 5, 295],
      [16, 3, 1, 0, 1, 0, 21],
    ]);
    expect(codes(r)).toContain('cells-recovered');
  });

  it('table 4 from one run of 15 digits', () => {
    expectT4(r, [3, 1, 1, 2, 7, 1, 0, 0, 2, 3, 1, 0, 1, 0, 2]);
    expect(failed(r)).toEqual([]);
  });

  it('each cell of 规章 "000" gets its own one-character span', () => {
    const text = corpus('r2021-flat.txt');
    const cells = toCells(r).filter((c) => c.table === 2 && c.row === 'regulations');
    expect(cells.map((c) => [c.raw, c.span!.end - c.span!.start])).toEqual([['0', 1], ['0', 1], ['0', 1]]);
    expect(new Set(cells.map((c) => c.span!.start)).size).toBe(3);
    for (const c of cells) expect(text.slice(c.span!.start, c.span!.end)).toBe('0');
  });

  it('subsections （一）…（五） are found in run-together prose', () => {
    expect(r.sections[0]!.subsections.map((x) => x.title)).toEqual(['(一)主动公开', '(二)依申请公开', '(三)政府信息管理', '(四)政府信息公开平台建设', '(五)监督保障']);
  });
});

describe('r2019-flat: a 2019 report as page text, everything on one line', () => {
  const r = parseReport(corpus('r2019-flat.txt'));

  it('template, year and sections', () => {
    expect(r.template).toBe('2019');
    expect(r.metadata.year?.value).toBe(2019);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('table 2: 规章 "000" read, 规范性文件 "6618" left unknown', () => {
    expect(rowValues(r, 2, 'regulations')).toEqual([0, 0, 0]);
    const nd = toCells(r).filter((c) => c.table === 2 && c.row === 'normativeDocuments');
    expect(nd.map((c) => [c.column, c.value, c.status])).toEqual([
      ['created', null, 'ambiguous'],
      ['published', null, 'ambiguous'],
      ['totalPublished', null, 'ambiguous'],
    ]);
  });

  it('table 3 recovered from its digit runs ("42 8113257")', () => {
    expectT3(r, T3_2019_ORDER, [
      [317, 59, 6, 7, 15, 13, 417],
      [14, 3, 0, 0, 1, 0, 18],
      [126, 21, 3, 4, 6, 5, 165],
      [23, 7, 1, 0, 2, 1, 34],
      [1, 0, 0, 0, 0, 0, 1],
      [4, 1, 0, 0, 0, 0, 5],
      [2, 0, 0, 0, 0, 0, 2],
      [11, 3, 0, 1, 0, 0, 15],
      [5, 1, 0, 0, 0, 0, 6],
      [9, 2, 0, 0, 1, 0, 12],
      [6, 0, 0, 0, 0, 0, 6],
      [13, 1, 0, 0, 1, 2, 17],
      [42, 8, 1, 1, 3, 2, 57],
      [15, 4, 0, 0, 1, 0, 20],
      [7, 2, 0, 0, 0, 0, 9],
      [19, 1, 0, 0, 0, 1, 21],
      [8, 3, 0, 0, 0, 0, 11],
      [3, 0, 0, 0, 0, 0, 3],
      [2, 0, 0, 0, 0, 0, 2],
      [4, 1, 0, 0, 0, 0, 5],
      [10, 2, 0, 1, 0, 1, 14],
      [310, 57, 5, 7, 14, 12, 405],
      [21, 5, 1, 0, 2, 1, 30],
    ]);
    expect(codes(r)).toContain('cells-recovered');
  });

  it('table 4 from one run of 15 digits', () => {
    expectT4(r, [2, 0, 1, 1, 4, 0, 1, 0, 0, 1, 1, 0, 0, 1, 2]);
    expect(failed(r)).toEqual([]);
  });

  it('body 栖凤县人民政府 is read from the title run into the preamble', () => {
    expect(r.metadata.body?.value).toBe('栖凤县人民政府');
  });

  it('signed 本年增/减 inside a run: the sign starts the cell; what is not unique stays unknown', () => {
    const row = (key: string) => toCells(r).filter((c) => c.table === 2 && c.row === key).map((c) => [c.value, c.status]);
    expect(row('licensing')).toEqual([[312, 'number'], [null, 'ambiguous'], [null, 'ambiguous']]);
    expect(row('otherServices')).toEqual([[45, 'number'], [null, 'ambiguous'], [null, 'ambiguous']]);
    expect(row('punishment')).toEqual([[528, 'number'], [null, 'ambiguous'], [null, 'ambiguous']]);
    expect(row('enforcement')).toEqual([[5, 'number'], [2, 'number'], [7, 'number']]);
    expect(row('fees')).toEqual([[9, 'number'], [-2, 'number']]);
    expect(row('procurement')).toEqual([[null, 'ambiguous'], [null, 'ambiguous']]);
    expect(r.messages.filter((m) => m.code === 'row-unmatched')).toEqual([]);
  });
});

describe('pre2019: a 2017 report, no national template', () => {
  const r = parseReport(corpus('pre2019.txt'));

  it('metadata', () => {
    expect(r.metadata.body?.value).toBe('柘川县人民政府');
    expect(r.metadata.year?.value).toBe(2017);
  });

  it("template is 'unsupported' with a template-unsupported error", () => {
    expect(r.template).toBe('unsupported');
    expect(codes(r)).toContain('template-unsupported');
  });

  it('the 附表 row "四、行政诉讼数量\\t件\\t1" is not taken for section 四', () => {
    expect(r.sections.map((x) => x.number)).not.toContain(4);
  });
});

describe('twice: one report pasted twice', () => {
  const text = corpus('twice.txt');
  const r = parseReport(text);
  const secondCopy = text.lastIndexOf('桐溪县水利局2022年政府信息公开工作年度报告\n');

  it('metadata, and one set of sections with six duplicates reported', () => {
    expect(secondCopy).toBeGreaterThan(2000);
    expect(r.template).toBe('2021');
    expect(r.metadata.body?.value).toBe('桐溪县水利局');
    expect(r.metadata.year?.value).toBe(2022);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.sections.every((s) => s.titleSpan.start < secondCopy)).toBe(true);
    expect(r.messages.filter((m) => m.code === 'section-duplicate')).toHaveLength(6);
  });

  it('tables read once, from the first copy', () => {
    expectT2(r, [
      ['regulations', [0, 0, 0]],
      ['normativeDocuments', [3, 1, 14]],
      ['licensing', [287]],
      ['punishment', [41]],
      ['enforcement', [6]],
      ['fees', [8.52]],
    ]);
    expectT3(r, T3_2021_ORDER, [
      [73, 14, 0, 2, 5, 1, 95],
      [4, 1, 0, 0, 0, 0, 5],
      [28, 6, 0, 1, 2, 1, 38],
      [5, 2, 0, 0, 0, 0, 7],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [3, 1, 0, 0, 0, 0, 4],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 1, 0, 0, 0, 0, 3],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 0, 0, 0, 1, 0, 3],
      [11, 3, 0, 0, 1, 0, 15],
      [3, 0, 0, 0, 0, 0, 3],
      [2, 0, 0, 0, 0, 0, 2],
      [5, 0, 0, 0, 0, 0, 5],
      [2, 1, 0, 0, 0, 0, 3],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [2, 0, 0, 0, 0, 0, 2],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 1, 0, 0, 2],
      [71, 14, 0, 2, 4, 1, 92],
      [6, 1, 0, 0, 1, 0, 8],
    ]);
    expectT4(r, [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 1, 0, 1]);
    const spans = toCells(r).flatMap((c) => (c.span ? [c.span.end] : []));
    expect(Math.max(...spans)).toBeLessThan(secondCopy);
    expect(r.messages.filter((m) => m.code === 'row-duplicate')).toEqual([]);
    expect(failed(r)).toEqual([]);
  });

  it('section 六 ends where the second copy begins', () => {
    const six = r.sections.find((x) => x.number === 6)!;
    expect(six.span.end).toBeLessThanOrEqual(corpus('twice.txt').indexOf('一、', six.span.start));
    expect(six.subsections).toEqual([]);
  });
});

describe('a report followed by a copy that lost its line breaks', () => {
  // The second copy's headings are inline: they end the first copy's sections all the same.
  const first = corpus('t2021-tabs.txt');
  const input = `${first}\n附：${corpus('r2021-flat.txt').split('\n').slice(2).join('\n')}`;
  const r = parseReport(input);

  it('reports each inline heading of the copy as a duplicate, and section 六 ends where the copy begins', () => {
    expect(r.messages.filter((m) => m.code === 'section-duplicate').map((m) => m.actual)).toEqual(SIX_TITLES);
    const six = r.sections.find((x) => x.number === 6)!;
    expect(six.span.end).toBe(input.indexOf('一、', first.length));
  });
});
