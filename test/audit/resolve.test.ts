import { describe, expect, it } from 'vitest';
import { auditDigests, digestReport, type CellValue } from '../../src/index.js';
import { resolveByTotal, resolveByValues, splitsOf } from '../../src/audit/resolve-ambiguous.js';
import type { FindingCell } from '../../src/audit/finding.js';
import { input } from './helpers.js';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
const run = (raw: string, known: Record<number, number> = {}): FindingCell[] =>
  COLUMNS.map((column, i) =>
    i in known
      ? { file: 'a', table: 3, row: 'carriedOver', column, value: known[i]!, raw: String(known[i]), status: 'number', span: { start: 100 + i * 3, end: 101 + i * 3 } }
      : { file: 'a', table: 3, row: 'carriedOver', column, value: null, raw, status: 'ambiguous', span: { start: 10, end: 10 + raw.length } },
  );

describe('splits of a digit run', () => {
  it.each([
    ['1012', 3, [[1, 0, 12], [10, 1, 2]]],
    ['0000000', 7, [[0, 0, 0, 0, 0, 0, 0]]],
    ['007', 2, []], // '00' is not a cell
    ['12', 3, []],
  ] as const)('%s into %i cells', (digits, arity, expected) => {
    expect(splitsOf(digits, arity, () => true, 10)).toEqual(expected);
  });
});

describe('resolving a run-together row', () => {
  it('by the other year’s values: only when they are a split of the printed digits that holds the row rule', () => {
    expect(resolveByValues(run('111000012'), [11, 1, 0, 0, 0, 0, 12])).toEqual([11, 1, 0, 0, 0, 0, 12]);
    expect(resolveByValues(run('111000012'), [1, 11, 0, 0, 0, 0, 12])).toEqual([1, 11, 0, 0, 0, 0, 12]);
    expect(resolveByValues(run('111000012'), [11, 1, 0, 0, 0, 0, 13])).toBeNull(); // row rule broken
    expect(resolveByValues(run('111000012'), [2, 10, 0, 0, 0, 0, 12])).toBeNull(); // not the digits printed
    expect(resolveByValues(run('11000012', { 1: 1 }), [11, 1, 0, 0, 0, 0, 12])).toEqual([11, 1, 0, 0, 0, 0, 12]);
    expect(resolveByValues(run('11000012', { 1: 2 }), [11, 1, 0, 0, 0, 0, 12])).toBeNull(); // a known cell disagrees
  });
  it('by a 总计 stated in the prose: only when exactly one split gives it', () => {
    expect(resolveByTotal(run('1000001'), 1)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(resolveByTotal(run('111000012'), 12)).toBeNull(); // 11|1|…|12 and 1|11|…|12 and 1|1|10|…|12
    expect(resolveByTotal(run('510000015'), 15)).toEqual([5, 10, 0, 0, 0, 0, 15]);
  });
});

describe('auditDigests: ambiguous cells resolved by evidence, never silently', () => {
  it('the previous year’s 四 resolves this year’s ambiguous 二: a cell-resolved warning, the updated cells, no carry-over finding', () => {
    const a = digestReport(input('lanxi-transport-2021.txt'));
    const b = digestReport(input('lanxi-transport-2022.txt'));
    for (const c of COLUMNS) Object.assign(b.cells[`3:carriedOver:${c}`]!, { value: null, raw: '1100002', status: 'ambiguous', span: { start: 900, end: 907 } });
    const { findings, resolved } = auditDigests([a, b]);
    expect(findings.map((f) => f.kind)).toEqual(['cell-resolved']);
    expect(findings[0]).toMatchObject({ severity: 'warning', files: ['lanxi-transport-2022.txt', 'lanxi-transport-2021.txt'], years: [2022] });
    expect(findings[0]!.messageZh).toContain('上一年度报告（lanxi-transport-2021.txt）只与其中一种拆法相符');
    expect(resolved.map((c) => [c.column, c.value, c.raw, c.evidence, c.evidenceFile])).toEqual(
      COLUMNS.map((c, i) => [c, [1, 1, 0, 0, 0, 0, 2][i], '1100002', 'carry-over', 'lanxi-transport-2021.txt']),
    );
  });

  it('the prose resolves an ambiguous 四 (“另有1件结转下一年度”)', () => {
    const x = input('lanxi-transport-2024.txt');
    const row = x.report.tables.t3!.rows.carriedForward!.cells as Record<string, CellValue>;
    for (const c of COLUMNS) row[c] = { value: null, raw: '1000001', status: 'ambiguous', span: { start: 1500, end: 1507 } };
    const d = digestReport(x);
    expect(d.resolved.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(d.findings.map((f) => f.kind)).toEqual(['cell-resolved']);
    expect(d.findings[0]!.spans.map((s) => x.text.slice(s.span.start, s.span.end))).toEqual(['1件结转下一年度']);
  });

  it('without evidence that picks one split, the cells stay unknown and the carry-over is not assessable', () => {
    const a = digestReport(input('lanxi-transport-2021.txt'));
    const b = digestReport(input('lanxi-transport-2022.txt'));
    for (const c of COLUMNS) Object.assign(b.cells[`3:carriedOver:${c}`]!, { value: null, raw: '1100003', status: 'ambiguous', span: { start: 900, end: 907 } });
    const { findings, resolved } = auditDigests([a, b]);
    expect(findings.map((f) => f.kind)).toEqual(['carry-over-not-assessable']);
    expect(resolved).toEqual([]);
  });
});
