import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth } from '../../src/cli/display-width.js';
import { checkBlock } from '../../src/cli/format-check.js';
import { formatCells } from '../../src/cli/format-cells.js';
import type { Library } from '../../src/cli/library.js';
import { runTask } from '../../src/cli/run-task.js';
import { reportStats } from '../../src/cli/stats.js';
import { statsCsv, statsTable } from '../../src/cli/stats-render.js';
import { StatsTotal } from '../../src/cli/stats-total.js';
import type { TaskSettings } from '../../src/cli/task.js';
import { textTable } from '../../src/cli/text-table.js';
import { csvRow } from '../../src/io/csv.js';
import * as lib from '../../src/index.js';

const library: Library = lib;
const text = (f: string) => readFileSync(`corpus/${f}`, 'utf8');
const settings = (mode: TaskSettings['mode']): TaskSettings => ({ mode, format: 'csv', quiet: false, blankAsZero: false });

describe('terminal text', () => {
  it('counts CJK characters two columns wide', () => {
    expect(displayWidth('总计 12')).toBe(7);
    expect(fitWidth('（二）部分公开（区分处理的）', 12)).toBe('（二）部分…');
    expect(fitWidth('总计', 12)).toBe('总计');
  });
  it('aligns a table, numbers to the right', () => {
    expect(textTable(['code', '自然人'], [['check-failed', 3], ['x', 120]])).toBe('code          自然人\ncheck-failed       3\nx                120\n');
  });
});

describe('check report of one file', () => {
  it('gives line:column, code and the cells with their values', () => {
    const input = text('t2021-damaged.txt');
    const loaded = { report: lib.parseReport(input), text: input, encoding: 'utf-8', confident: true };
    const block = checkBlock('d.txt', loaded, true);
    expect(block).toEqual({
      out:
        'd.txt  (template 2021 · 滢川县交通运输局 · 2021 · utf-8)\n' +
        '  73:9  error    check-failed  Table 4, row "行政复议": 3 ≠ 4 (总计等于结果维持、结果纠正、其他结果、尚未审结之和).\n' +
        '                               cells: t4.reconsideration.total=3, t4.reconsideration.upheld=2, t4.reconsideration.corrected=1, t4.reconsideration.otherOutcome=0, t4.reconsideration.pending=1\n\n',
      errors: 1,
      warnings: 0,
    });
  });
  it('warns about a guessed encoding', () => {
    const input = text('t2021-tabs.txt');
    const block = checkBlock('g.txt', { report: lib.parseReport(input), text: input, encoding: 'gb18030', confident: false }, false);
    expect(block.out).toContain('  -      warning  encoding-uncertain  Decoded as gb18030, but that is a guess: check the text.\n');
  });
});

describe('cells rows', () => {
  it('writes one CSV row per cell, the origin first', () => {
    const report = lib.parseReport(text('t2021-tabs.txt'));
    const rows = formatCells('file', 'a,b.txt', report, library, 'csv').split('\r\n');
    expect(rows).toHaveLength(lib.toCells(report).length + 1);
    expect(rows[0]).toMatch(/^"a,b.txt",2021,青禾市清河区人民政府,2021,2,2021,regulations,issued,规章,本年制发件数,0,0,number,\d+,\d+$/u);
  });
  // What each row shares is written once and fields are remembered: the rows must be those a
  // plain csvRow / JSON.stringify of each cell gives, byte for byte, on every corpus report.
  const plainCsv = (origin: string | number, report: lib.ParsedReport) =>
    lib
      .toCells(report)
      .map((c) => csvRow([typeof origin === 'string' ? origin : JSON.stringify(origin), report.template, report.metadata.body?.value ?? null, report.metadata.year?.value ?? null, c.table, c.template, c.row, c.column, c.rowLabel, c.columnLabel, c.value, c.raw, c.status, c.span?.start, c.span?.end]))
      .join('');
  const plainJsonl = (key: 'file' | 'id', origin: unknown, report: lib.ParsedReport) =>
    lib
      .toCells(report)
      .map((c) => `${JSON.stringify({ [key]: origin, template: report.template, body: report.metadata.body?.value ?? null, year: report.metadata.year?.value ?? null, table: c.table, tableTemplate: c.template, row: c.row, column: c.column, rowLabel: c.rowLabel, columnLabel: c.columnLabel, value: c.value, raw: c.raw, status: c.status, span: c.span })}\n`)
      .join('');
  const corpusTexts = readdirSync('corpus').filter((f) => /\.(?:txt|html?)$/u.test(f));
  it.each(corpusTexts)('writes corpus/%s as csvRow and JSON.stringify would, byte for byte', (f) => {
    const report = lib.parseReport(text(f));
    for (const origin of [f, '=cmd|x', 'a,"b".txt']) {
      expect(formatCells('file', origin, report, library, 'csv')).toBe(plainCsv(origin, report));
      expect(formatCells('file', origin, report, library, 'jsonl')).toBe(plainJsonl('file', origin, report));
    }
    expect(formatCells('id', 42, report, library, 'csv')).toBe(plainCsv(42, report));
    expect(formatCells('id', { n: 1 }, report, library, 'jsonl')).toBe(plainJsonl('id', { n: 1 }, report));
    expect(formatCells('id', null, report, library, 'jsonl')).toBe(plainJsonl('id', null, report));
  });
});

describe('stats', () => {
  it('adds up reports, codes and cells', () => {
    const total = new StatsTotal();
    for (const f of ['t2021-tabs.txt', 't2021-damaged.txt']) total.add(reportStats(lib.parseReport(text(f)), library));
    total.addUnreadable();
    const rows = statsCsv(total).split('\r\n');
    expect(rows).toContain('reports,2021,2021,,,,,,,,2,2');
    expect(rows).toContain('unreadable,,,,,,,,,,1,');
    expect(rows).toContain('messages,,,check-failed,error,,,,,,1,1');
    // T4 行政复议 总计: 6 (tabs) + 3 (damaged, as printed).
    expect(rows).toContain('cellSum,,,,,4,reconsideration,total,行政复议,行政复议/总计,9,2');
    // T3 （七）总计 总计: 130 + 50.
    expect(rows).toContain('cellSum,,,,,3,total,total,（七）总计,总计,180,2');
  });
});

describe('stats: a row is summed whole, over the reports with a number in every cell of it', () => {
  const total = new StatsTotal();
  for (const f of ['t2021-tabs.txt', 't2021-blanks.txt']) total.add(reportStats(lib.parseReport(text(f)), library));
  const rows = statsCsv(total).split('\r\n');
  it('leaves out a report whose row has a blank cell, and says so', () => {
    // t2021-blanks prints 一、本年新收 as 48 21 1 3 1 (blank) (blank): only t2021-tabs's row is summed.
    const tabs = reportStats(lib.parseReport(text('t2021-tabs.txt')), library).cells.filter(([t, r]) => t === 3 && r === 'new');
    for (const [, , column, , , value] of tabs) expect(total.cells.get(`3\tnew\t${column}`)).toMatchObject({ sum: value, reports: 1 });
    expect(rows).toContain('rowLeftOut,,,,,3,new,,一、本年新收政府信息公开申请数量,,1,1');
  });
  it('so that every summed row adds up as its reports do', () => {
    for (const row of ['new', 'carriedOver', 'total']) {
      const cells = [...total.cells.values()].filter((c) => c.table === 3 && c.row === row);
      const parts = cells.filter((c) => c.column !== 'total').reduce((n, c) => n + c.sum, 0);
      expect(cells.find((c) => c.column === 'total')!.sum, row).toBe(parts);
      expect(new Set(cells.map((c) => c.reports)).size, row).toBe(1);
    }
  });
  it('shows the reports summed and left out beside each row of the table', () => {
    const table = statsTable(total);
    expect(table).toMatch(/\nnew +一、本年新收政府信息公… +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +1 +1\n/u);
  });
});

describe('runTask', () => {
  it('turns a missing file into a failed result in every mode', async () => {
    const input = { type: 'file', path: '/nonexistent.txt', kind: 'text' } as const;
    expect(await runTask(input, settings('parse'), library)).toEqual({ out: '{"file":"/nonexistent.txt","error":"no such file or folder"}\n', failed: 'no such file or folder', errors: 1, warnings: 0 });
    expect((await runTask(input, settings('cells'), library)).out).toBe('');
    expect((await runTask(input, settings('check'), library)).out).toBe('/nonexistent.txt\n  -  error    input-unreadable  no such file or folder\n\n');
  });
  it('parses a --jsonl-in line with html', async () => {
    const line = JSON.stringify({ id: 'h1', html: `<pre>${text('t2019-tabs.txt')}</pre>` });
    const result = await runTask({ type: 'line', line, lineNumber: 1 }, settings('parse'), library);
    expect(result.failed).toBeNull();
    expect(JSON.parse(result.out)).toMatchObject({ id: 'h1', input: { kind: 'html' } });
  });
});
