// matchLabel: a cell's text matched to a table's labels, table-driven.
import { describe, expect, it } from 'vitest';
import { labelIndex, matchLabel, TEMPLATE_2021, type TableDef } from '../../src/index.js';

const T2 = TEMPLATE_2021.tables.t2;
const T3 = TEMPLATE_2021.tables.t3;

const CASES: Array<{ description: string; input: { table: TableDef; text: string }; expected: Array<[string, string, number]> }> = [
  {
    description: 'the official label: exact, score 1',
    input: { table: T3, text: '(一)予以公开' },
    expected: [['row', 'disclosed', 1]],
  },
  {
    description: 'a trailing note in parentheses is not part of the label',
    input: { table: T3, text: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)' },
    expected: [['row', 'partiallyDisclosed', 1]],
  },
  {
    description: 'a listed alias: exact',
    input: { table: T2, text: '规范性文件' },
    expected: [['row', 'normativeDocuments', 1]],
  },
  {
    description: 'a column label',
    input: { table: T2, text: '本年制发件数' },
    expected: [['column', 'issued', 1]],
  },
  {
    description: 'a shared core ("其他"): every candidate, the caller chooses by context',
    input: { table: T3, text: '其他' },
    expected: [
      ['row', 'otherOther', 1],
      ['row', 'otherHandling', 1],
      ['group', 'otherHandling', 1],
      ['column', 'other', 1],
    ],
  },
];

describe('matchLabel', () => {
  it.each(CASES)('$description', ({ input, expected }) => {
    const found = matchLabel(labelIndex(input.table), input.text);
    expect(found.map((m) => [m.target.type, m.target.key, m.score])).toEqual(expected);
  });

  const APPROXIMATE: Array<{ description: string; input: string; expected: string | null }> = [
    { description: 'characters dropped and changed ("其他法律行政止公开")', input: '2.其他法律行政止公开', expected: 'refusedProhibitedByLaw' },
    { description: 'a label cut short, with the numbering of its row: the bar is lower', input: '1.本机关不掌握', expected: 'unavailableNotHeld' },
    { description: 'the same label cut short without numbering: below the bar', input: '本机关不掌握', expected: null },
  ];
  it.each(APPROXIMATE)('approximate: $description', ({ input, expected }) => {
    const found = matchLabel(labelIndex(T3), input);
    expect(found[0]?.target.key ?? null).toBe(expected);
    if (expected !== null) expect(found[0]!.score).toBeLessThan(1);
  });
});
