// assembleTable4: table 4's runs of numbers given to the blocks the header names, table-driven.
import { describe, expect, it } from 'vitest';
import { assembleTable4, TEMPLATE_2021 } from '../../src/index.js';
import { cells } from './table-helpers.js';

const T4 = TEMPLATE_2021.tables.t4;
const FIFTEEN = '0\t2\t0\t0\t2\t0\t1\t1\t0\t2\t0\t0\t0\t2\t2';

const CASES: Array<{ description: string; input: string; expected: Array<[string | null, string[], string[]]> }> = [
  {
    description: 'one header row naming 行政复议 and 行政诉讼 (a group: both litigation blocks), then one row of 15',
    input: `行政复议\t行政诉讼\n${FIFTEEN}`,
    expected: [
      ['reconsideration', ['行政复议'], ['0', '2', '0', '0', '2']],
      ['litigationDirect', [], ['0', '1', '1', '0', '2']],
      ['litigationAfterReconsideration', [], ['0', '0', '0', '2', '2']],
    ],
  },
  {
    description: 'three small tables, one block each, named by their markers',
    input: '行政复议\n0\t0\t0\t0\t0\n未经复议直接起诉\n1\t0\t0\t0\t1\n复议后起诉\n0\t0\t0\t1\t1',
    expected: [
      ['reconsideration', ['行政复议'], ['0', '0', '0', '0', '0']],
      ['litigationDirect', ['未经复议直接起诉'], ['1', '0', '0', '0', '1']],
      ['litigationAfterReconsideration', ['复议后起诉'], ['0', '0', '0', '1', '1']],
    ],
  },
  {
    description: '"未经行政复议直接起诉" names the direct litigation block, not 行政复议',
    input: '未经行政复议直接起诉\n1\t0\t0\t0\t1',
    expected: [['litigationDirect', ['未经行政复议直接起诉'], ['1', '0', '0', '0', '1']]],
  },
  {
    description: 'no header: the blocks in the template order, five numbers each',
    input: FIFTEEN,
    expected: [
      ['reconsideration', [], ['0', '2', '0', '0', '2']],
      ['litigationDirect', [], ['0', '1', '1', '0', '2']],
      ['litigationAfterReconsideration', [], ['0', '0', '0', '2', '2']],
    ],
  },
  {
    description: 'ten numbers and no header: the first two blocks',
    input: '1\t0\t0\t0\t1\t0\t0\t0\t0\t0',
    expected: [
      ['reconsideration', [], ['1', '0', '0', '0', '1']],
      ['litigationDirect', [], ['0', '0', '0', '0', '0']],
    ],
  },
  {
    description: 'a block printed one number short keeps what it has',
    input: '行政复议\n0\t0\t0\t0',
    expected: [['reconsideration', ['行政复议'], ['0', '0', '0', '0']]],
  },
];

describe('assembleTable4', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const rows = assembleTable4(T4, cells(input));
    expect(rows.map((r) => [r.key, r.label.map((c) => c.text), r.values.map((c) => c.text)])).toEqual(expected);
  });
});
