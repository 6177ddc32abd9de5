// assembleRows: a table's cells grouped into rows matched by meaning, table-driven.
import { describe, expect, it } from 'vitest';
import { assembleRows, TEMPLATE_2019, TEMPLATE_2021, type TableDef } from '../../src/index.js';
import { cells } from './table-helpers.js';

const T2 = TEMPLATE_2021.tables.t2;
const T3 = TEMPLATE_2021.tables.t3;

interface Expected {
  /** Each row: its template key (null when unmatched), its label and its values, as text. */
  rows: Array<[string | null, string, string[]]>;
  unmatchedText: string[];
  repeatedHeaders: string[];
}

const CASES: Array<{ description: string; input: { table: TableDef; text: string }; expected: Expected }> = [
  {
    description: 'a label and its values make a row',
    input: { table: T2, text: '规章\t0\t0\t0' },
    expected: { rows: [['regulations', '规章', ['0', '0', '0']]], unmatchedText: [], repeatedHeaders: [] },
  },
  {
    description: 'the header row is read as headers and columns, not rows',
    input: { table: T2, text: '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t2\t3' },
    expected: { rows: [['regulations', '规章', ['1', '2', '3']]], unmatchedText: [], repeatedHeaders: [] },
  },
  {
    description: 'a group label sets the context: "1." under （三） and under （四） are different rows',
    input: { table: T3, text: '(三)不予公开\n1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n(四)无法提供\n1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1' },
    expected: {
      rows: [
        ['refusedStateSecret', '1.属于国家秘密', ['0', '0', '0', '0', '0', '0', '0']],
        ['unavailableNotHeld', '1.本机关不掌握相关政府信息', ['1', '0', '0', '0', '0', '0', '1']],
      ],
      unmatchedText: [],
      repeatedHeaders: [],
    },
  },
  {
    description: 'a label that matches no row opens an unmatched row (key null) once rows have begun',
    input: { table: T2, text: '规章\t1\t2\t3\n行政确认\t9' },
    expected: { rows: [['regulations', '规章', ['1', '2', '3']], [null, '行政确认', ['9']]], unmatchedText: [], repeatedHeaders: [] },
  },
  {
    description: 'text before the rows that matches nothing is unmatched text',
    input: { table: T2, text: '单位:件\n规章\t1\t2\t3' },
    expected: { rows: [['regulations', '规章', ['1', '2', '3']]], unmatchedText: ['单位:件'], repeatedHeaders: [] },
  },
  {
    description: 'a header repeated inside the rows (a table broken over pages) is skipped',
    input: { table: T2, text: '规章\t1\t2\t3\n本年制发件数\n行政规范性文件\t4\t5\t6' },
    expected: { rows: [['regulations', '规章', ['1', '2', '3']], ['normativeDocuments', '行政规范性文件', ['4', '5', '6']]], unmatchedText: [], repeatedHeaders: ['本年制发件数'] },
  },
  {
    description: 'values on a new line after a complete row open an unlabelled row',
    input: { table: T2, text: '规章\t1\t2\t3\n4\t5\t6' },
    expected: { rows: [['regulations', '规章', ['1', '2', '3']], [null, '', ['4', '5', '6']]], unmatchedText: [], repeatedHeaders: [] },
  },
  {
    description: 'a label wrapped over two cells is joined',
    input: { table: T3, text: '5.要求行政机关确认或\t重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0' },
    expected: { rows: [['notProcessedConfirmation', '5.要求行政机关确认或重新出具已获取信息', ['0', '0', '0', '0', '0', '0', '0']]], unmatchedText: [], repeatedHeaders: [] },
  },
  {
    description: "the 2019 template's own rows (政府集中采购) are rows of its table 2",
    input: { table: TEMPLATE_2019.tables.t2, text: '政府集中采购\t12\t345.6' },
    expected: { rows: [['procurement', '政府集中采购', ['12', '345.6']]], unmatchedText: [], repeatedHeaders: [] },
  },
];

describe('assembleRows', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const out = assembleRows(input.table, cells(input.text));
    expect({
      rows: out.rows.map((r) => [r.key, r.label.map((c) => c.text).join(''), r.values.map((c) => c.text)]),
      unmatchedText: out.unmatchedText.map((c) => c.text),
      repeatedHeaders: out.repeatedHeaders.map((c) => c.text),
    }).toEqual(expected);
  });
});
