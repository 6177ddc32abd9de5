import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksIn, parseReport, toCells, TEMPLATE_2021 } from '../src/index.js';
import { blankPandocSpans } from '../src/read/pandoc-spans.js';
import { splitCells } from '../src/tables/cells.js';
import { splitGluedPair, ungluedFirstValue } from '../src/tables/glued-value.js';
import { corpusDir } from './helpers.js';

// Smaller pieces of issue 19 (text that other tools made): each with the form that needs it.

describe('blankPandocSpans (pandoc -t markdown)', () => {
  it('keeps the text of [text]{attributes} where it was, the markup blanked, wide characters as wide blanks', () => {
    const line = '[规章]{style="font-family:宋体"}   [0]{.x}';
    const out = blankPandocSpans(line);
    expect(out).toHaveLength(line.length);
    expect(out.slice(0, 3)).toBe(' 规章');
    // "宋体" inside the markup: two wide blanks, so the columns after it keep their display width.
    expect(out.slice(line.indexOf('宋体'), line.indexOf('宋体') + 2)).toBe('\u3000\u3000');
    expect(out.trim().split(/\s+/u)).toEqual(['规章', '0']);
    expect(out.indexOf('0')).toBe(line.indexOf('[0]') + 1);
  });

  it('undoes nested spans and leaves text without "]{" as it is', () => {
    expect(blankPandocSpans('[[**3**]{.a}]{.b}').trim()).toBe('**3**');
    const plain = '规章\t0\t0\t0';
    expect(blankPandocSpans(plain)).toBe(plain);
  });
});

describe('table-dropped ([TABLE], pandoc -t plain)', () => {
  it('says the table was dropped by the tool, pointing at the placeholder, instead of table-missing', () => {
    const text = [
      '示例县人民政府2021年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t1',
      '行政规范性文件\t2\t0\t9',
      '三、收到和处理政府信息公开申请情况',
      '',
      '[TABLE]',
      '',
      '四、政府信息公开行政复议、行政诉讼情况',
      '[TABLE]',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const report = parseReport(text);
    const dropped = report.messages.filter((m) => m.code === 'table-dropped');
    expect(dropped.map((m) => m.message.slice(0, 8))).toEqual(['Table 3:', 'Table 4:']);
    expect(dropped.every((m) => m.severity === 'warning' && text.slice(m.span!.start, m.span!.end) === '[TABLE]')).toBe(true);
    expect(dropped[0]!.message).toContain('absent, not zero');
    expect(report.messages.filter((m) => m.code === 'table-missing')).toEqual([]);
  });
});

describe('a first number glued to its label (pypdf)', () => {
  const rules = [{ lhs: [6], rhs: [0, 1, 2, 3, 4, 5] }];
  const cellsOf = (line: string) => splitCells(line, 0, line.length);

  it('is split off when the row total then holds', () => {
    const [label, ...values] = cellsOf('计其他情形）7 2 0 0 1 0 10');
    const out = ungluedFirstValue([label!], values, 7, rules)!;
    expect(out.fitted.cells.map((c) => c?.text)).toEqual(['7', '2', '0', '0', '1', '0', '10']);
    expect(out.values[0]).toMatchObject({ text: '7', start: 6, end: 7, kind: 'number' });
  });

  it('is left alone when the total does not hold, the row has no rule, or the label ends in no digit', () => {
    const [label, ...values] = cellsOf('计其他情形）8 2 0 0 1 0 10');
    expect(ungluedFirstValue([label!], values, 7, rules)).toBeNull();
    expect(ungluedFirstValue([label!], values, 7, [])).toBeNull();
    const [plain, ...rest] = cellsOf('计其他情形） 2 0 0 1 0 10');
    expect(ungluedFirstValue([plain!], rest, 7, rules)).toBeNull();
  });

  it('splits two neighbouring numbers run together only where one split lets the row total hold', () => {
    expect(splitGluedPair(cellsOf('43 5 0 0 1 251'), 7, rules)?.fitted.cells.map((c) => c?.text)).toEqual(['43', '5', '0', '0', '1', '2', '51']);
    expect(splitGluedPair(cellsOf('0 0 0 0 0 00'), 7, rules)?.fitted.cells.map((c) => c?.text)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // 1 + 9 + 10 = 20 and 19 + 1 + 0 = 20: two splits hold, none is made.
    expect(splitGluedPair(cellsOf('19 10 0 0 0 20'), 7, rules)).toBeNull();
    expect(splitGluedPair(cellsOf('43 5 0 0 1 251'), 7, [])).toBeNull();
  });

  it('reads such rows of a report, with a cells-recovered message naming them (pypdf of a Chromium print)', () => {
    const report = parseReport(readFileSync(join(corpusDir, 'tools', 'chromium-h2021-cms.pypdf.txt'), 'utf8'));
    expect(Object.values(report.tables.t3!.rows.partiallyDisclosed!.cells).map((c) => c.value)).toEqual([7, 2, 0, 0, 1, 0, 10]);
    const m = report.messages.find((x) => x.code === 'cells-recovered' && x.message.includes('run together (a first number'))!;
    expect(m.message).toContain('（二）部分公开');
    expect(m.cells).toContainEqual({ table: 3, row: 'partiallyDisclosed', column: 'naturalPerson' });
  });
});

describe('table 4 with its header row on one line (pypdf)', () => {
  it('blocksIn names every block a text names, in order, a name inside a longer one once', () => {
    const t4 = TEMPLATE_2021.tables.t4;
    expect(blocksIn(t4, '行政复议 行政诉讼')).toEqual(['reconsideration', 'litigation']);
    expect(blocksIn(t4, '审结总计未经复议直接起诉 复议后起诉')).toEqual(['litigationDirect', 'litigationAfterReconsideration']);
    expect(blocksIn(t4, '未经行政复议直接起诉')).toEqual(['litigationDirect']);
  });

  it('reads the three blocks in their printed order, not rotated (pypdf of a Chromium print)', () => {
    const cells = toCells(parseReport(readFileSync(join(corpusDir, 'tools', 'chromium-h2021-cms.pypdf.txt'), 'utf8'))).filter((c) => c.table === 4);
    expect(cells.map((c) => `${c.row}:${c.value}`).filter((_, i) => i % 5 === 4)).toEqual(['reconsideration:7', 'litigationDirect:4', 'litigationAfterReconsideration:2']);
  });
});

describe('values-before-label (a PDF text giving rows\' numbers before their labels)', () => {
  it('names every cell of the table when numbers stand before the first row label', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', '31 6 0 1 2 0 40', '一、本年新收政府信息公开申请数量', '3 0 0 0 0 0 3', '二、上年结转政府信息公开申请数量', '18 3 0 1 1 0 23', '（一）予以公开'].join('\n');
    const report = parseReport(text);
    const m = report.messages.find((x) => x.code === 'values-before-label')!;
    expect(m.severity).toBe('warning');
    expect(m.message).toContain('7 numbers stand before');
    expect(new Set(m.cells!.map((c) => c.row))).toEqual(new Set(['new', 'carriedOver']));
    expect(m.cells).toHaveLength(14);
  });

  it('is silent on rows that carry their numbers after their labels', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', '一、本年新收政府信息公开申请数量', '3 0 0 0 0 0 3', '二、上年结转政府信息公开申请数量', '18 3 0 1 1 0 23'].join('\n');
    expect(parseReport(text).messages.filter((x) => x.code === 'values-before-label')).toEqual([]);
  });
});

describe('rows-in-doubt (pdftotext -layout of narrow tables)', () => {
  it('names the row whose label ran into the next row\'s number, and the rows around a row of numbers with no label', () => {
    const lo = parseReport(readFileSync(join(corpusDir, 'tools', 'libreoffice-a4-report-2021.pdftotext-layout.txt'), 'utf8'));
    const a = lo.messages.find((m) => m.code === 'rows-in-doubt' && m.message.startsWith('Table 3'))!;
    expect(a.message).toContain('read as "（一）予以公开" holds （二）');
    expect(a.cells).toContainEqual({ table: 3, row: 'disclosed', column: 'naturalPerson' });
    const nested = parseReport(readFileSync(join(corpusDir, 'tools', 'chromium-h2021-nested.pdftotext-layout.txt'), 'utf8'));
    const b = nested.messages.find((m) => m.code === 'rows-in-doubt' && m.message.startsWith('Table 3'))!;
    expect(b.message).toContain('a row of numbers with no label of its own ("理")');
    expect(new Set(b.cells!.map((c) => c.row))).toEqual(new Set(['notProcessedPetition', 'notProcessedDuplicate']));
  });
});
