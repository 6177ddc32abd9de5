import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, toCells, type Report } from '../src/index.js';
import { organNameLength } from '../src/metadata/organ-name.js';
import { solveLeastBroken } from '../src/tables/split/least-broken.js';
import { afterLastSentence, isProse, isProseNumber } from '../src/tables/prose.js';
import { corpus, rowValues } from './helpers.js';

// The damage forms of the README's table, on the corpus reports written for them (corpus/MANIFEST.md),
// and the rule under all of them: no number differs from the printed one without a warning naming its cell.

const codes = (r: Report) => r.messages.map((m) => m.code);
const T4 = (r: Report) => ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((b) => rowValues(r, 4, b));
/** Cells named by a warning or an error. */
const flagged = (r: Report) => new Set(r.messages.filter((m) => m.severity !== 'info').flatMap((m) => (m.cells ?? []).map((c) => `${c.table}|${c.row}|${c.column}`)));

describe('one line, single spaces (crawled text)', () => {
  const r = parseReport(corpus('c2021-crawled-oneline.txt'));
  it('reads every table behind a Word style sheet, with spaced headers and a prose sentence in table 3', () => {
    expect(r.template).toBe('2021');
    expect(r.metadata.body?.value).toBe('桂溪市海港区商务局');
    expect(r.metadata.year?.value).toBe(2023);
    expect(rowValues(r, 2, 'normativeDocuments')).toEqual([2, 1, 9]);
    expect(rowValues(r, 2, 'fees')).toEqual([3.275]);
    expect(rowValues(r, 3, 'new')).toEqual([12, 3, 0, 0, 1, 0, 16]);
    expect(rowValues(r, 3, 'unavailableNotHeld')).toEqual([3, 1, 0, 0, 1, 0, 5]);
    expect(rowValues(r, 3, 'total')).toEqual([12, 3, 0, 0, 1, 0, 16]);
    expect(rowValues(r, 3, 'carriedForward')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(T4(r)).toEqual([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });
  it('finds the sections under their variant titles', () => {
    expect(r.sections.map((s) => s.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议与行政诉讼情况',
      '五、存在的问题及改进措施',
      '六、需要说明的其他事项与附表',
    ]);
  });
});

describe('one line, single spaces, with dashes', () => {
  it.each(['t2021-lines.txt', 't2019-lines.txt'])('%s read on one line gives every cell as printed', (file) => {
    const text = corpus(file);
    const raw = (r: Report) => toCells(r).map((c) => `${c.table}|${c.row}|${c.column}=${c.raw}`);
    expect(raw(parseReport(text.replace(/[\t ]+/gu, ' ').replace(/\n+/gu, ' ')))).toEqual(raw(parseReport(text)));
  });
});

describe('run-together text that breaks its own arithmetic', () => {
  const r = parseReport(corpus('r2019-broken-total.txt'));
  it('uses the split that breaks the fewest rules and reports the broken ones as check-failed, with their cells', () => {
    expect(rowValues(r, 3, 'new')).toEqual([9, 1, 0, 0, 1, 0, 11]);
    expect(rowValues(r, 3, 'unavailableNotHeld')).toEqual([2, 0, 0, 0, 1, 0, 3]);
    expect(rowValues(r, 3, 'total')).toEqual([9, 1, 0, 0, 0, 0, 10]);
    const failed = r.messages.filter((m) => m.code === 'check-failed');
    expect(failed.map((m) => [m.rule, m.message.split(' (')[0]])).toEqual([
      ['t3-balance', 'Table 3, column "法律服务机构": 1 ≠ 0'],
      ['t3-balance', 'Table 3, column "总计": 11 ≠ 10'],
      ['t3-results', 'Table 3, column "法律服务机构": 0 ≠ 1'],
      ['t3-results', 'Table 3, column "总计": 10 ≠ 11'],
    ]);
    expect(failed.every((m) => m.cells?.some((c) => c.row === 'total'))).toBe(true);
    const least = r.messages.find((m) => m.code === 'cells-least-broken')!;
    expect(least.severity).toBe('warning');
    // The two runs that could be split another way rest on the choice: their 14 cells are named.
    expect(new Set(least.cells!.map((c) => c.row))).toEqual(new Set(['new', 'total']));
  });
  it('reads labels with a unit or a typo, and a label printed with no value as blank', () => {
    expect(rowValues(r, 2, 'fees')).toEqual([2, 0]);
    expect(rowValues(r, 2, 'procurement')).toEqual([2, 386500]);
    expect(rowValues(r, 2, 'enforcement')).toEqual(['', '', '']);
    expect(codes(r)).not.toContain('row-missing');
  });
  it('does not read the prose after table 2 as rows', () => {
    expect(codes(r)).not.toContain('row-unmatched');
    expect(r.sections.find((s) => s.number === 4)?.title).toBe('四、政府信息公开行政法复议、行政诉讼情况');
  });
});

describe('run-together cells with a counter or a sign written as a word', () => {
  const t2 = '二、主动公开政府信息情况第二十条第(一)项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件000第二十条第(五)项信息内容上一年项目数量本年增/减处理决定数量行政许可215其他对外管理服务事项000第二十条第(八)项信息内容上一年项目数量本年增/减行政事业性收费16减12第二十条第(九)项信息内容采购项目数量采购总金额政府集中采购1个246900元三、收到和处理政府信息公开申请情况';
  const r = parseReport(t2);
  it('reads "16减12" as 16 | -12, keeping the printed text', () => {
    expect(rowValues(r, 2, 'fees')).toEqual([16, -12]);
    const change = toCells(r).find((c) => c.table === 2 && c.row === 'fees' && c.column === 'change')!;
    expect(change.raw).toBe('减12');
    expect(t2.slice(change.span!.start, change.span!.end)).toBe('减12');
  });
  it('reads "1个246900元" as 1 | 246900元', () => {
    expect(rowValues(r, 2, 'procurement')).toEqual([1, 246900]);
    expect(codes(r)).not.toContain('row-unmatched');
  });
});

describe('solveLeastBroken', () => {
  const sixParts = (r: number) => [0, 1, 2, 3, 4, 5].map((c) => [r, c] as [number, number]);
  it('keeps forced splits and names the equations they break', () => {
    // 一 9000009 and 总计 9000009, but the leaf 1000102 adds a 法律服务机构 request the total misses.
    const rows = [{ run: '9000009', arity: 7 }, { run: '1000102', arity: 7 }, { run: '8000008', arity: 7 }];
    const colTotals = [0, 1, 2, 3, 4, 5, 6].map((c) => ({ id: `results:${c}`, lhs: [[0, c]] as Array<[number, number]>, rhs: [[1, c], [2, c]] as Array<[number, number]> }));
    const { result, broken, forced } = solveLeastBroken({ rows, equations: [...colTotals, { id: 'row:1', lhs: [[1, 6]], rhs: sixParts(1) }] });
    expect(forced).toEqual([true, true, true]);
    expect(result.status).toBe('unique');
    if (result.status === 'unique') expect(result.cells).toEqual([[9, 0, 0, 0, 0, 0, 9], [1, 0, 0, 0, 1, 0, 2], [8, 0, 0, 0, 0, 0, 8]]);
    expect(broken.map((e) => e.id).sort()).toEqual(['results:4', 'results:6']);
  });
  it('returns the plain solution when every rule can hold', () => {
    const out = solveLeastBroken({ rows: [{ run: '230 000023', arity: 7 }], equations: [{ id: 'row', lhs: [[0, 6]], rhs: sixParts(0) }] });
    expect(out.broken).toEqual([]);
    expect(out.result.status).toBe('unique');
  });
  it('leaves the cells unknown when the fewest-broken splits disagree', () => {
    // Row 0 is 1|2|3; row 1's first cell should equal row 0's, but "4567" starts with 4 or 45 in
    // every split: each of its three splits breaks that one rule, and they disagree on every cell.
    const out = solveLeastBroken({ rows: [{ run: '123', arity: 3 }, { run: '4567', arity: 3 }], equations: [{ id: 'sum', lhs: [[0, 2]], rhs: [[0, 0], [0, 1]] }, { id: 'col', lhs: [[1, 0]], rhs: [[0, 0]] }] });
    expect(out.broken.map((e) => e.id)).toEqual(['col']);
    expect(out.result.status).toBe('ambiguous');
    if (out.result.status === 'ambiguous') expect(out.result.known).toEqual([[1, 2, 3], [null, null, null]]);
  });
});

describe('prose inside table regions', () => {
  it.each([
    ['共收到申请3条。', 7, true],
    ['2024年,共收到', 4, true],
    ['主动公开信息124条,其中', 9, true],
    ['政府集中采购1个246900元', 7, false],
    ['规章000行政规范性文件', 5, false],
    ['数量23本年', 4, false],
  ])('isProseNumber(%j, %i) = %s', (text, end, expected) => expect(isProseNumber(text, end)).toBe(expected));
  it.each([
    ['2024年,共收到政府信息公开申请3条。', true],
    ['2021年我局未有政府信息公开行政复议', true],
    ['一、本年新收政府信息公开申请数量', false],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', false],
  ])('isProse(%j) = %s', (text, expected) => expect(isProse(text)).toBe(expected));
  it('starts the labels after the last sentence', () => expect(afterLastSentence('共收到申请3条。申请人情况', 0, 13)).toBe(8));
  it('a sentence line in a tab-separated table 3 is neither a row nor a label', () => {
    const r = parseReport(corpus('t2021-mixed-items.txt'));
    expect(codes(r)).not.toContain('label-approximate');
    expect(codes(r)).not.toContain('row-duplicate');
    expect(rowValues(r, 3, 'new')).toEqual([20, 4, 0, 1, 0, 1, 26]);
  });
});

describe('table 2 blocks printed with the other template’s columns', () => {
  it('reads （五）/（六） with the 2019 columns in a 2021 report (template mixed), with a warning naming them', () => {
    const r = parseReport(corpus('t2021-mixed-items.txt'));
    expect(r.template).toBe('mixed');
    expect(r.tables.t2?.template).toBe('2021');
    expect(rowValues(r, 2, 'punishment')).toEqual([0]);
    expect(rowValues(r, 2, 'licensing')).toEqual([1862]);
    expect(rowValues(r, 2, 'normativeDocuments')).toEqual([3, 1, 12]);
    const rows = r.tables.t2!.rows as Record<string, { cells: Record<string, { value: number | null }> } | null>;
    expect(Object.keys(rows.punishment!.cells)).toEqual(['decisions']);
    const mixed = r.messages.find((m) => m.code === 'template-mixed')!;
    expect(mixed.severity).toBe('warning');
    expect(mixed.cells?.map((c) => `${c.row}.${c.column}`)).toEqual(['licensing.decisions', 'punishment.decisions', 'enforcement.decisions']);
    const printed = mixed.actual as Array<{ row: string; previousItems: { value: number }; change: { value: number; raw: string } }>;
    expect(printed.map((p) => [p.row, p.previousItems.value, p.change.raw])).toEqual([['licensing', 74, '0'], ['punishment', 74, '0'], ['enforcement', 12, '-2']]);
  });
  it('never reads "行政处罚7400" as 7400 when the cells ran together', () => {
    const flat = corpus('t2021-mixed-items.txt').replace(/[\t\n]+/gu, '');
    const r = parseReport(flat);
    const punishment = toCells(r).find((c) => c.table === 2 && c.row === 'punishment');
    expect(punishment?.value).toBe(0);
  });
});

describe('HTML rows with padding cells', () => {
  it('does not count the empty slots of colspans as values', () => {
    const r = parseReport(corpus('h2019-padding.html'));
    expect(codes(r)).not.toContain('row-cell-count');
    expect(codes(r)).not.toContain('row-repaired');
    expect(rowValues(r, 2, 'licensing')).toEqual([26, 3, 1240]);
    expect(rowValues(r, 2, 'punishment')).toEqual([48, -5, 96]);
    expect(rowValues(r, 3, 'total')).toEqual([32, 6, 0, 1, 2, 0, 41]);
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });
});

describe('markdown made from a PDF', () => {
  const r = parseReport(corpus('m2021-converted.md'));
  it('finds headings whose numeral was lost or mistyped', () => {
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      [1, '一、总体情况'],
      [2, '主动公开政府信息情况'],
      [3, '2、收到和处理政府信息公开申请情况'],
      [5, '五、存在的主要问题及改进情况'],
      [6, '六、其他需要报告的事项'],
    ]);
  });
  it('reads table 4 after a broken header, outside table 3, in template order, and says so', () => {
    expect(T4(r)).toEqual([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 0, 0, 0, 1, 1]);
    expect(rowValues(r, 3, 'carriedForward')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(r.tables.t3?.extraRows).toEqual([]);
    const order = r.messages.find((m) => m.code === 'cell-position-inferred' && m.cells?.[0]?.table === 4);
    expect(order?.cells).toHaveLength(15);
  });
  it('puts back a value pulled out of its row with its note, and names the row', () => {
    expect(rowValues(r, 2, 'normativeDocuments')).toEqual([4, 1, 22]);
    const m = r.messages.find((x) => x.code === 'cell-position-inferred' && x.cells?.[0]?.table === 2)!;
    expect(m.severity).toBe('warning');
    expect(m.cells?.map((c) => c.column)).toEqual(['issued', 'repealed', 'inForce']);
    expect(codes(r)).not.toContain('row-cell-count');
  });
});

describe('no silent wrong number', () => {
  // Every corpus report, damaged further as crawlers damage them: whatever is read differently from
  // the original is named by a warning.
  const damages: Array<[string, (t: string) => string]> = [
    ['one line, single spaces', (t) => t.replace(/[\t ]+/gu, ' ').replace(/\n+/gu, ' ')],
    ['cells run together', (t) => t.replace(/[\t\n]+/gu, '').replace(/ {2,}/gu, '')],
  ];
  const files = ['t2021-tabs.txt', 't2019-tabs.txt', 't2021-single-six.txt', 't2021-damaged.txt', 't2021-blanks.txt', 'mixed-2019t2-2021t3.txt', 'twice.txt'];
  for (const [name, damage] of damages) {
    it.each(files)(`${name}: %s`, (file) => {
      const text = corpus(file);
      const original = new Map(toCells(parseReport(text)).map((c) => [`${c.table}|${c.row}|${c.column}`, c.value]));
      const r = parseReport(damage(text));
      const named = flagged(r);
      const silent = toCells(r).filter((c) => {
        const key = `${c.table}|${c.row}|${c.column}`;
        return c.value !== null && original.has(key) && original.get(key) !== null && original.get(key) !== c.value && !named.has(key);
      });
      expect(silent.map((c) => `${c.table}|${c.row}|${c.column}: ${c.value} (was ${original.get(`${c.table}|${c.row}|${c.column}`)})`)).toEqual([]);
    });
  }
});

describe('the issuing body is an organ’s name', () => {
  it.each([
    ['平潭综合实验区经济发展局', 12],
    ['漯河回族自治县人民政府', 11],
    ['青禾市人民政府办公厅', 10],
    ['石湾街道办事处', 7],
    ['高新技术产业开发区管理委员会', 14],
    ['本年度报告根据《中华人民共和国', 0],
    ['根据条例规定现将', 0],
  ])('%s → %i', (text, n) => expect(organNameLength(text)).toBe(n));
  it('gives null and body-not-found for a sentence fragment before the year', () => {
    const r = parseReport('本年度报告根据《中华人民共和国2023年政府信息公开工作年度报告\n一、总体情况\n无。');
    expect(r.metadata.body).toBeNull();
    expect(codes(r)).toContain('body-not-found');
  });
  it('template-unsupported does not blame the year of a 2019-or-later report', () => {
    const r = parseReport('平潭县公安局2020年政府信息公开工作年度报告');
    const m = r.messages.find((x) => x.code === 'template-unsupported')!;
    expect(m.message).not.toMatch(/before 2019/u);
    const old = parseReport(corpus('pre2019.txt')).messages.find((x) => x.code === 'template-unsupported')!;
    expect(old.message).toMatch(/2017: reports before 2019/u);
  });
});

describe('isProse answers as its one-pattern form', () => {
  // The form isProse replaced: a sentence mark anywhere, or a year at the start after white space.
  const ONE_PATTERN = /[。!?]|^\s*(?:19|20)[0-9]{2}\s*年(?!度?(?:新收|结转))/u;
  it('on any text of its characters', () => {
    const alphabet = fc.constantFrom('1', '2', '0', '9', '年', '度', '新', '收', '结', '转', '。', '!', '?', ' ', '\t', '\u3000', '\u00a0', '\ufeff', '规', 'a');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), (text) => isProse(text) === ONE_PATTERN.test(text)), { numRuns: 5000 });
  });
});
