import { describe, expect, it } from 'vitest';
import { parseReport, toCells } from '../../src/index.js';
import { rebuild, regionValues, type ValueToken } from '../../src/tables/reading-order/index.js';
import { TEMPLATE_2021 } from '../../src/templates/templates.js';
import type { TableDef } from '../../src/templates/types.js';

const tokens = (...vs: number[]): ValueToken[] => vs.map((v, i) => ({ text: String(v), start: i * 3, end: i * 3 + String(v).length, value: v }));

// A 2021 table 3 with （六） printed as one row (23 rows), consistent in every rule.
const T3: Record<string, number[]> = {
  new: [30, 6, 0, 0, 2, 0, 38],
  carriedOver: [2, 0, 0, 1, 0, 0, 3],
  disclosed: [12, 2, 0, 0, 1, 0, 15],
  partiallyDisclosed: [5, 1, 0, 0, 0, 0, 6],
  refusedStateSecret: [1, 0, 0, 0, 0, 0, 1],
  refusedProhibitedByLaw: [0, 0, 0, 0, 0, 0, 0],
  refusedThreeSecurities: [0, 0, 0, 0, 0, 0, 0],
  refusedThirdParty: [2, 0, 0, 0, 0, 0, 2],
  refusedInternalAffairs: [1, 0, 0, 0, 0, 0, 1],
  refusedProcessInfo: [0, 0, 0, 0, 0, 0, 0],
  refusedEnforcementFile: [0, 0, 0, 0, 0, 0, 0],
  refusedQueryMatter: [0, 0, 0, 0, 0, 0, 0],
  unavailableNotHeld: [6, 1, 0, 1, 0, 0, 8],
  unavailableNeedsCreation: [1, 0, 0, 0, 0, 0, 1],
  unavailableUnclear: [0, 0, 0, 0, 0, 0, 0],
  notProcessedPetition: [1, 0, 0, 0, 0, 0, 1],
  notProcessedDuplicate: [1, 1, 0, 0, 1, 0, 3],
  notProcessedPublication: [0, 0, 0, 0, 0, 0, 0],
  notProcessedMassRepeated: [0, 0, 0, 0, 0, 0, 0],
  notProcessedConfirmation: [0, 0, 0, 0, 0, 0, 0],
  otherHandling: [0, 0, 0, 0, 0, 0, 0],
  total: [30, 5, 0, 1, 2, 0, 38],
  carriedForward: [2, 1, 0, 0, 0, 0, 3],
};
const ROWS = Object.keys(T3);
const def = TEMPLATE_2021.tables.t3;
const label = (k: string) => def.rows.find((d) => d.key === k)!.label;

/** The report as `pdftotext` (no -layout) gives it: labels in a run, then the numbers page block by page block, column by column. */
function readingOrderReport(blocks: Array<[number, number]>, pageBreak = '- 3 -', columns: number[][] = []): string {
  const out = ['2021年示例县人民政府政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '总计'];
  blocks.forEach(([a, b], i) => {
    if (i > 0) out.push('', pageBreak, '');
    for (const k of ROWS.slice(a, b)) out.push(label(k));
    // The columns in printed order, or as pdfminer may write them (`columns[i]`: the column of each run).
    for (const c of columns[i] ?? [0, 1, 2, 3, 4, 5, 6]) for (const k of ROWS.slice(a, b)) out.push(String(T3[k]![c]));
  });
  out.push('四、政府信息公开行政复议、行政诉讼情况', '行政复议', '结果维持', '1', '1', '0', '0', '2', '0', '0', '0', '1', '1', '1', '0', '0', '0', '1', '五、存在的主要问题及改进情况');
  return out.join('\n');
}

describe('regionValues', () => {
  it('takes the numbers of lines made only of numbers, skipping page numbers, and measures their runs', () => {
    const text = '自然人\n30\n5\n\n- 3 -\n0 2\n示例县 2021 年\n总计\n37';
    const r = regionValues(text, 0, text.length);
    expect(r.values.map((v) => v.text)).toEqual(['30', '5', '0', '2', '37']);
    expect(text.slice(r.values[2]!.start, r.values[2]!.end)).toBe('0');
    expect(r.longestRun).toBe(4);
    expect(r.alone).toBe(3);
  });
});

describe('rebuild', () => {
  const tiny: TableDef = { number: 2, columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], groups: [], rows: [{ key: 'x', label: 'X' }, { key: 'y', label: 'Y' }], headers: [] };

  it('leaves unknown the cells on which readings that hold disagree', () => {
    // Row by row: X = 1 2, Y = 3 4; column by column: X = 1 3, Y = 2 4. No rule tells them apart.
    const r = rebuild(tiny, [], ['x', 'y'], [2, 2], tokens(1, 2, 3, 4))!;
    expect(r.cells.map((row) => row.map((v) => v?.text ?? null))).toEqual([['1', null], [null, '4']]);
    expect(r.solutions).toBe(2);
  });

  it('keeps the one reading the arithmetic allows', () => {
    const rule = { id: 'sum', table: 2 as const, over: 'rows' as const, lhs: ['b'], rhs: ['a'], description: '' };
    // X = 5 5, Y = 3 3 column by column is "5 3 5 3"; row by row X = 5 3 breaks b = a.
    const r = rebuild(tiny, [rule], ['x', 'y'], [2, 2], tokens(5, 3, 5, 3))!;
    expect(r.cells.map((row) => row.map((v) => v?.text))).toEqual([['5', '5'], ['3', '3']]);
    expect(r.blocks).toEqual([{ from: 0, to: 2, order: 'columns' }]);
  });

  it('gives up when the values are not as many as the cells', () => {
    expect(rebuild(tiny, [], ['x', 'y'], [2, 2], tokens(1, 2, 3))).toBeNull();
  });
});

describe('a report whose tables come in reading order', () => {
  it.each([
    ['one block', [[0, 23]] as Array<[number, number]>],
    ['a page break after 8.属于行政查询事项', [[0, 12], [12, 23]] as Array<[number, number]>],
    ['three pages', [[0, 4], [4, 15], [15, 23]] as Array<[number, number]>],
  ])('rebuilds table 3 exactly: %s', (_, blocks) => {
    const report = parseReport(readingOrderReport(blocks));
    const cells = toCells(report).filter((c) => c.table === 3);
    expect(cells.map((c) => c.value)).toEqual(ROWS.flatMap((k) => T3[k]));
    const msg = report.messages.find((m) => m.code === 'reading-order' && m.message.startsWith('Table 3'))!;
    expect(msg.severity).toBe('warning');
    expect(msg.cells).toHaveLength(23 * 7);
    expect(msg.message).toContain('column by column');
    expect(report.messages.filter((m) => m.code === 'check-failed')).toEqual([]);
    // Every value points at its own number in the input.
    const input = readingOrderReport(blocks);
    for (const c of cells) expect(input.slice(c.span!.start, c.span!.end)).toBe(c.raw);
  });

  it("rebuilds table 3 when a block's column runs come out of printed order (pdfminer), and says so", () => {
    // Page 1: 总计's run before 其他's (pdfminer grouped 其他 with the page number); page 2 in order.
    const report = parseReport(readingOrderReport([[0, 12], [12, 23]], '- 3 -', [[0, 1, 2, 3, 4, 6, 5]]));
    expect(toCells(report).filter((c) => c.table === 3).map((c) => c.value)).toEqual(ROWS.flatMap((k) => T3[k]));
    const msg = report.messages.find((m) => m.code === 'reading-order' && m.message.startsWith('Table 3'))!;
    expect(msg.message).toContain("columns' runs out of printed order: 其他 from run 7, 总计 from run 6");
    expect(msg.cells).toHaveLength(23 * 7);
  });

  it('leaves unknown what the arithmetic cannot tell: two applicant columns out of order read as printed or swapped', () => {
    // 自然人 and 商业企业 swapped on page 1: every total still holds, so the printed order stands (the
    // fewest runs out of place), and the warning names every cell it placed.
    const report = parseReport(readingOrderReport([[0, 23]], '- 3 -', [[1, 0, 2, 3, 4, 5, 6]]));
    const msg = report.messages.find((m) => m.code === 'reading-order' && m.message.startsWith('Table 3'))!;
    expect(msg.message).not.toContain('out of printed order');
    expect(msg.cells).toHaveLength(23 * 7);
  });

  it('reads table 4 in its printed order', () => {
    const report = parseReport(readingOrderReport([[0, 23]]));
    expect(toCells(report).filter((c) => c.table === 4).map((c) => c.value)).toEqual([1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
  });

  it('does not touch text whose rows carry their labels (one cell per line)', () => {
    const lines = ['三、收到和处理政府信息公开申请情况', '自然人', '总计'];
    for (const k of ROWS) lines.push(label(k), ...T3[k]!.map(String));
    const report = parseReport(lines.join('\n'));
    expect(report.messages.some((m) => m.code === 'reading-order')).toBe(false);
    expect(toCells(report).filter((c) => c.table === 3).map((c) => c.value)).toEqual(ROWS.flatMap((k) => T3[k]));
  });
});
