// tokenizeRunTogether: a region whose cells ran together re-read as labels and digit runs, table-driven.
import { describe, expect, it } from 'vitest';
import { tokenizeRunTogether, TEMPLATE_2021, type TableDef } from '../../src/index.js';

const T2 = TEMPLATE_2021.tables.t2;
const T3 = TEMPLATE_2021.tables.t3;
const T4 = TEMPLATE_2021.tables.t4;

const CASES: Array<{ description: string; input: { table: TableDef; text: string }; expected: Array<[string, string]> }> = [
  {
    description: 'labels and digit runs alternate; a space inside a run is kept (a certain boundary)',
    input: { table: T3, text: '一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000' },
    expected: [
      ['text', '一、本年新收政府信息公开申请数量'],
      ['run', '230 000023'],
      ['text', '二、上年结转政府信息公开申请数量'],
      ['run', '0000000'],
    ],
  },
  {
    description: 'the next label\'s item number stays with the label ("…10000012.没有…")',
    input: { table: T3, text: '1.本机关不掌握相关政府信息10000012.没有现成信息需要另行制作0000000' },
    expected: [
      ['text', '1.本机关不掌握相关政府信息'],
      ['run', '1000001'],
      ['text', '2.没有现成信息需要另行制作'],
      ['run', '0000000'],
    ],
  },
  {
    description: 'a group label before a row label is a cell of its own; the row keeps its item number',
    input: { table: T3, text: '(三)不予公开1.属于国家秘密0000000' },
    expected: [
      ['text', '不予公开'],
      ['text', '1.属于国家秘密'],
      ['run', '0000000'],
    ],
  },
  {
    description: 'an amount keeps its decimals',
    input: { table: T2, text: '行政事业性收费1203.5168' },
    expected: [
      ['text', '行政事业性收费'],
      ['run', '1203.5168'],
    ],
  },
  {
    description: "table 4's block names are cells of their own, found by the definition's labels",
    input: { table: T4, text: '行政复议行政诉讼未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计020020110202' },
    expected: [
      ['text', '行政复议'],
      ['text', '行政诉讼'],
      ['text', '未经复议直接起诉'],
      ['text', '复议后起诉'],
      ['text', '结果维持'],
      ['text', '结果纠正'],
      ['text', '其他结果'],
      ['text', '尚未审结'],
      ['text', '总计'],
      ['run', '020020110202'],
    ],
  },
];

describe('tokenizeRunTogether', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const out = tokenizeRunTogether(input.table, input.text, 0, input.text.length);
    expect(out.map((c) => [c.kind, c.text])).toEqual(expected);
    // Every cell's offsets are its text's.
    for (const c of out) expect(input.text.slice(c.start, c.end)).toBe(c.text);
  });
});
