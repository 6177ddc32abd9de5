// Negative cases (chrono-style): texts the table stage must NOT read as table content. Each entry
// says what must not happen; a regression here is a number read from something that is not a table.
import { describe, expect, it } from 'vitest';
import {
  assembleRows,
  assembleTable4,
  isRunTogether,
  labelIndex,
  locateTables,
  matchLabel,
  parseReport,
  scoreTemplates,
  segment,
  TEMPLATE_2021,
  TEMPLATES,
  tokenizeRunTogether,
} from '../../src/index.js';
import { cells, span } from './table-helpers.js';

const T2 = TEMPLATE_2021.tables.t2;
const T3 = TEMPLATE_2021.tables.t3;
const T4 = TEMPLATE_2021.tables.t4;

describe('matchLabel: texts that are no label', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'empty', input: '' },
    { description: 'punctuation only', input: '——' },
    { description: 'a single character', input: '件' },
    { description: 'prose', input: '本机关认真贯彻落实条例要求' },
    { description: 'a number', input: '20168' },
    { description: 'a label of another table (table 4 in table 3)', input: '结果维持' },
    { description: 'a look-alike unrelated label (行政确认 is not 行政许可)', input: '行政确认' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    const table = input === '行政确认' ? T2 : T3;
    expect(matchLabel(labelIndex(table), input)).toEqual([]);
  });
});

describe('assembleRows: nothing that is not a row becomes one', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'prose with numbers', input: '全年共收到申请23件，办结21件。' },
    { description: 'numbers before any label (no row has begun)', input: '1\t2\t3\n4\t5\t6' },
    { description: 'headers only', input: '信息内容\t本年制发件数\t本年废止件数\t现行有效件数' },
    { description: 'a caption with no rows', input: '第二十条第(一)项' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    expect(assembleRows(T2, cells(input)).rows).toEqual([]);
  });

  it('a label with no values is not a row', () => {
    expect(assembleRows(T2, cells('规章\n行政规范性文件')).rows).toEqual([]);
  });
});

describe('assembleTable4: no block without numbers', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'headers only', input: '行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计' },
    { description: 'blank cells only', input: '\t\t\t' },
    { description: 'nothing', input: '' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    expect(assembleTable4(T4, cells(input))).toEqual([]);
  });
});

describe('tokenizeRunTogether: digits inside labels are not values', () => {
  it('"第二十条" and a numbered label keep their digits', () => {
    const text = '第20条规定的信息';
    const out = tokenizeRunTogether(T2, text, 0, text.length);
    expect(out.filter((c) => c.kind === 'run')).toEqual([]);
  });
  it('a region without digits is text only', () => {
    const text = '本年度无相关数据';
    expect(tokenizeRunTogether(T3, text, 0, text.length).map((c) => c.kind)).toEqual(['text']);
  });
});

describe('isRunTogether: ordinary tables and prose are not run-together', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'a tab-separated table', input: '规章\t0\t0\t0\n行政规范性文件\t4\t1\t2\n行政许可\t3126' },
    { description: 'prose with a year', input: '2021年，本机关共收到申请。' },
    { description: 'empty', input: '' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    expect(isRunTogether(input, 0, input.length)).toBe(false);
  });
});

describe('scoreTemplates: no evidence, no decision', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'labels both templates share', input: '信息内容\t规章\t行政许可\t行政处罚' },
    { description: 'no label at all', input: '随便\t写写' },
    { description: 'no cells', input: '' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    const e = scoreTemplates(2, cells(input), TEMPLATES);
    expect({ decided: e.decided, best: e.best.map((t) => t.id), evidence: e.evidence }).toEqual({ decided: false, best: ['2021', '2019'], evidence: [] });
  });
});

describe('locateTables: no anchor, no heading, no region', () => {
  it('prose only', () => {
    const text = '本机关2021年政府信息公开工作情况良好。';
    expect(locateTables(text, segment(text, span, false), TEMPLATE_2021.anchors)).toEqual({ t2: null, t3: null, t4: null });
  });
});

describe('parseReport: not a report, no tables', () => {
  const CASES: Array<{ description: string; input: string }> = [
    { description: 'a news item with numbers', input: '本市2021年共办理各类申请230件，同比增长5%。\n结果良好。' },
    { description: 'a table of another kind', input: '项目\t数量\n道路\t12\n桥梁\t3' },
    { description: 'a report before 2019 with a table', input: '某县人民政府2018年政府信息公开工作年度报告\n一、总体情况\n信息内容\t规章\t行政许可\t行政处罚\n规章\t1\t2\t3' },
  ];
  it.each(CASES)('$description', ({ input }) => {
    const report = parseReport(input);
    expect(report.template).toBe('unsupported');
    expect(report.tables).toEqual({ t2: null, t3: null, t4: null });
  });
});
