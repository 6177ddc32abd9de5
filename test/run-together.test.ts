import { describe, expect, it } from 'vitest';
import { parseReport, toCells } from '../src/index.js';
import { corpus } from './helpers.js';

/** Flattens a report as a scraper taking a page's text content would: every cell boundary and line break lost. */
const flatten = (text: string) => text.replace(/[\t\n]+/gu, '').replace(/ {2,}/gu, '');

const values = (text: string, table: number) =>
  Object.fromEntries(toCells(parseReport(text)).filter((c) => c.table === table).map((c) => [`${c.row}.${c.column}`, c.value]));

describe('tables whose cell boundaries were lost', () => {
  it('finds the sections in text with no line breaks', () => {
    const r = parseReport(flatten(corpus('seed-luohe-2021.txt')));
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("recovers the seed report's tables 3 and 4 from one line", () => {
    const text = corpus('seed-luohe-2021.txt');
    const flat = flatten(text);
    const r = parseReport(flat);
    expect(r.messages.map((m) => m.code)).toContain('cells-recovered');
    const t3 = values(flat, 3);
    const original = values(text, 3);
    // （七）总计 and 四 carry a stray digit: no split satisfies their rows, so they stay unknown.
    for (const [k, v] of Object.entries(original)) {
      if (k.startsWith('total.') || k.startsWith('carriedForward.')) expect([k, t3[k]]).toEqual([k, null]);
      else expect([k, t3[k]]).toEqual([k, v]);
    }
    expect(values(flat, 4)).toEqual(values(text, 4));
  });

  it.each(['t2021-tabs.txt', 't2019-tabs.txt', 't2021-single-six.txt', 't2021-damaged.txt'])('%s: every recovered cell is right, and table 3 comes back', (name) => {
    const text = corpus(name);
    const flat = flatten(text);
    const original = values(text, 3);
    const got = values(flat, 3);
    let recovered = 0;
    for (const [k, v] of Object.entries(got)) {
      if (v === null) continue;
      expect([k, v]).toEqual([k, original[k]]);
      recovered++;
    }
    expect(recovered).toBeGreaterThan(Object.keys(original).length * 0.8);
  });

  it('does not guess: an ambiguous split leaves the differing cells unknown', () => {
    // 行政规范性文件 "693665" has no rule: 69|3|665, 6|93|665, … all fit.
    const r = parseReport('二、主动公开政府信息情况第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件693665第二十条第(五)项信息内容本年处理决定数量行政许可2293三、收到和处理政府信息公开申请情况');
    const cells = toCells(r).filter((c) => c.table === 2);
    expect(cells.map((c) => [c.row, c.column, c.value, c.status])).toEqual([
      ['regulations', 'issued', 0, 'number'],
      ['regulations', 'repealed', 0, 'number'],
      ['regulations', 'inForce', 0, 'number'],
      ['normativeDocuments', 'issued', null, 'ambiguous'],
      ['normativeDocuments', 'repealed', null, 'ambiguous'],
      ['normativeDocuments', 'inForce', null, 'ambiguous'],
      ['licensing', 'decisions', 2293, 'number'],
    ]);
    expect(r.messages.map((m) => m.code)).toContain('cells-ambiguous');
  });

  it('splits "230 000023" and leaves the next label its item number', () => {
    const r = parseReport('三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000三、本年度办理结果(四)无法提供1.本机关不掌握相关政府信息2200003252.没有现成信息需要另行制作0000000');
    const t3 = Object.fromEntries(toCells(r).filter((c) => c.table === 3).map((c) => [`${c.row}.${c.column}`, c.value]));
    expect(t3['new.naturalPerson']).toBe(23);
    expect(t3['new.total']).toBe(23);
    expect(t3['unavailableNeedsCreation.total']).toBe(0);
  });
});
