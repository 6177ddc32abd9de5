import { describe, expect, it } from 'vitest';
import { auditDigests, auditReports, compactDigest, digestReport, type Finding } from '../../src/index.js';
import { AUDIT_FILES, auditText, input, LANXI, replaceOnce, sectionFive } from './helpers.js';

const kinds = (findings: Finding[]) => findings.map((f) => f.kind);
const ofKind = (findings: Finding[], kind: Finding['kind']) => findings.filter((f) => f.kind === kind);

describe('auditReports over corpus/audit', () => {
  const { findings } = auditReports(AUDIT_FILES.map((f) => input(f)));

  it('finds exactly the carry-over break and the copied section', () => {
    expect(kinds(findings)).toEqual(['carry-over', 'similar-text']);
  });

  it('finds the same from compact digests (typed arrays, as the command holds them)', () => {
    const compact = auditDigests(AUDIT_FILES.map((f) => compactDigest(digestReport(input(f))))).findings;
    expect(compact).toEqual(findings);
  });

  it('names both files of the carry-over break, with the cells that differ', () => {
    const [f] = ofKind(findings, 'carry-over');
    expect(f).toMatchObject({ severity: 'error', files: ['shimen-town-2022.txt', 'shimen-town-2023.txt'], body: '石门镇人民政府', years: [2022, 2023] });
    expect(f!.cells.map((c) => [c.file, c.row, c.column, c.value])).toEqual([
      ['shimen-town-2022.txt', 'carriedForward', 'commercial', 1],
      ['shimen-town-2023.txt', 'carriedOver', 'commercial', 0],
      ['shimen-town-2022.txt', 'carriedForward', 'total', 3],
      ['shimen-town-2023.txt', 'carriedOver', 'total', 2],
    ]);
    expect(f!.messageZh).toBe(
      '石门镇人民政府：2022年度报告（shimen-town-2022.txt）表三“四、结转下年度继续办理”与2023年度报告（shimen-town-2023.txt）“二、上年结转政府信息公开申请数量”不一致：商业企业：1 ≠ 0，总计：3 ≠ 2。',
    );
  });

  it('finds the section 五 西苑街道办事处 copied from 南塘县市场监督管理局, with its spans', () => {
    const [f] = ofKind(findings, 'similar-text');
    expect(f).toMatchObject({ severity: 'warning', files: ['nantang-market-2023.txt', 'xiyuan-street-2023.txt'], body: null, years: [2023], share: [1, 1], sections: ['problems', 'problems'] });
    for (const s of f!.spans) {
      const text = auditText(s.file);
      // An identical section: the whole section is the shared passage.
      expect(text.slice(s.span.start, s.span.end).trim()).toBe(`五、存在的主要问题及改进情况${sectionFive(text)}`.trim());
    }
  });
});

describe('seven years of one body', () => {
  it('consistent years: no finding at all (no carry-over, no prose, no copied text)', () => {
    expect(LANXI).toHaveLength(7);
    expect(auditReports(LANXI.map((f) => input(f))).findings).toEqual([]);
  });

  it('one number of one year’s prose changed: exactly one prose finding, on that file', () => {
    const inputs = LANXI.map((f) => (f === 'lanxi-transport-2022.txt' ? input(f, (t) => replaceOnce(t, '办结14件', '办结15件')) : input(f)));
    const { findings } = auditReports(inputs);
    expect(kinds(findings)).toEqual(['prose-table']);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'warning', files: ['lanxi-transport-2022.txt'], body: '岚溪县交通运输局', years: [2022] });
    const text = inputs[3]!.text;
    expect(f!.spans.map((s) => text.slice(s.span.start, s.span.end))).toEqual(['办结15件']);
    expect(f!.cells.map((c) => `${c.row}.${c.column}=${c.value}`)).toEqual(['total.total=14', 'new.total=12', 'carriedOver.total=2']);
    expect(f!.message).toBe(
      'The prose says "办结15件" (15 件), but no reading of the tables gives 15: T3 （七）总计 (completed) = 14; T3 一 (new) = 12; T3 一＋二 (new + carried over) = 14.',
    );
  });

  it('a prose number that matches another reading the template allows is not a finding (收到 = 一＋二)', () => {
    // 2022 says 收到…申请14件: 一 is 12, 一＋二 is 14.
    const { findings } = auditReports([input('lanxi-transport-2022.txt')]);
    expect(findings).toEqual([]);
  });

  it('table 2 across years: 现行有效件数 changed in 2023 breaks 2022→2023 and 2023→2024 (warnings)', () => {
    const inputs = LANXI.map((f) => (f === 'lanxi-transport-2023.txt' ? input(f, (t) => replaceOnce(t, '行政规范性文件\t3\t0\t21', '行政规范性文件\t3\t0\t22')) : input(f)));
    const found = auditReports(inputs).findings;
    expect(kinds(found)).toEqual(['documents-in-force', 'documents-in-force']);
    expect(found.map((f) => f.years)).toEqual([[2022, 2023], [2023, 2024]]);
    expect(found[0]!.message).toBe(
      '岚溪县交通运输局: table 2 行政规范性文件 现行有效件数 of 2023 is 22, but 2022\'s 18 + 本年制发 3 − 本年废止 0 = 21 (lanxi-transport-2022.txt → lanxi-transport-2023.txt).',
    );
  });

  it('table 2 of the 2019 template: 上一年项目数量 against last year’s + 本年增/减', () => {
    const inputs = ['lanxi-transport-2019.txt', 'lanxi-transport-2020.txt'].map((f) => (f.endsWith('2020.txt') ? input(f, (t) => replaceOnce(t, '行政许可\t43\t+3', '行政许可\t44\t+3')) : input(f)));
    const found = auditReports(inputs).findings;
    expect(kinds(found)).toEqual(['items-carried']);
    expect(found[0]!.cells.map((c) => c.value)).toEqual([41, 2, 44]);
  });

  it('carry-over across the 2019 → 2021 template change is checked too', () => {
    const inputs = ['lanxi-transport-2020.txt', 'lanxi-transport-2021.txt'].map((f) =>
      f.endsWith('2021.txt') ? input(f, (t) => replaceOnce(t, '二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2', '二、上年结转政府信息公开申请数量\t1\t1\t0\t0\t0\t0\t2')) : input(f),
    );
    const found = auditReports(inputs).findings;
    expect(kinds(found)).toContain('carry-over');
    expect(ofKind(found, 'carry-over')[0]!.message).toContain('自然人 2 ≠ 1, 商业企业 0 ≠ 1');
  });
});

describe('grouping by body and year', () => {
  it('two copies of one report: one duplicate-report finding, and they are not compared as copied text', () => {
    const { findings } = auditReports([input('beihu-health-2023.txt', undefined, 'a/beihu.txt'), input('beihu-health-2023.txt', undefined, 'b/beihu.txt')]);
    expect(kinds(findings)).toEqual(['duplicate-report']);
    expect(findings[0]).toMatchObject({ files: ['a/beihu.txt', 'b/beihu.txt'], years: [2023], message: '2 reports of 北湖区卫生健康委员会 for 2023 (the same text): a/beihu.txt, b/beihu.txt.' });
  });

  it('人民政府办公室 and 人民政府办公厅 are two bodies; look-alike names are reported, not merged', () => {
    const office = (name: string, file: string) => input('shimen-town-2023.txt', (t) => t.replace('石门镇人民政府2023年', `${name}2023年`), file);
    const { findings } = auditReports([office('青禾市人民政府办公室', 'a.txt'), office('青禾市人民政府办公厅', 'b.txt')]);
    expect(kinds(findings)).not.toContain('duplicate-report');
    const looks = auditReports([office('岚溪县交通运输局', 'a.txt'), office('岗溪县交通运输局', 'b.txt')]).findings;
    expect(ofKind(looks, 'body-lookalike').map((f) => f.files)).toEqual([['a.txt', 'b.txt']]);
  });

  it('a report without a year is accounted for (report-unplaced)', () => {
    const { findings } = auditReports([input('beihu-health-2023.txt', (t) => t.replace('北湖区卫生健康委员会2023年政府信息公开工作年度报告', '北湖区卫生健康委员会政府信息公开工作年度报告').replaceAll('2023', '本'))]);
    expect(kinds(findings)).toEqual(['report-unplaced']);
  });

  it('blank carry-over cells are not assessable, unless blankAsZero', () => {
    const blank = (t: string) => replaceOnce(t, '二、上年结转政府信息公开申请数量\t1\t1\t0\t0\t0\t0\t2', '二、上年结转政府信息公开申请数量\t1\t1\t\t0\t0\t0\t2');
    const inputs = [input('lanxi-transport-2021.txt'), input('lanxi-transport-2022.txt', blank)];
    const found = auditReports(inputs).findings;
    expect(kinds(found)).toEqual(['carry-over-not-assessable']);
    expect(found[0]!.message).toBe('岚溪县交通运输局: the carry-over from 2021 (lanxi-transport-2021.txt) to 2022 (lanxi-transport-2022.txt) could not be checked in 科研机构: cells are blank, dashes or ambiguous.');
    expect(kinds(auditReports(inputs, { blankAsZero: true }).findings)).toEqual([]);
  });
});

describe('copied text', () => {
  it('a report whose section 五 was replaced by another body’s: one finding for the pair, none between unrelated reports', () => {
    const donor = sectionFive(auditText('lanxi-transport-2023.txt'));
    const copied = input('beihu-health-2023.txt', (t) => replaceOnce(t, sectionFive(t), donor));
    const others = ['nantang-market-2023.txt', 'shimen-town-2022.txt', 'shimen-town-2023.txt', ...LANXI].map((f) => input(f));
    const found = ofKind(auditReports([copied, ...others]).findings, 'similar-text');
    expect(found.map((f) => f.files)).toEqual([['beihu-health-2023.txt', 'lanxi-transport-2023.txt']]);
    expect(found[0]!.sections).toEqual(['problems', 'problems']);
  });

  it('part of a section copied: found, with the share of each and the longest shared passage', () => {
    const donor = sectionFive(auditText('nantang-market-2023.txt')).trim();
    const half = donor.slice(0, Math.floor(donor.length * 0.75));
    const copied = input('beihu-health-2023.txt', (t) => replaceOnce(t, sectionFive(t), `\n\n${half}另外，我委还将加强对基层医疗机构公开工作的指导，每半年通报一次。\n\n`));
    const [f] = ofKind(auditReports([copied, input('nantang-market-2023.txt')]).findings, 'similar-text');
    expect(f!.files).toEqual(['beihu-health-2023.txt', 'nantang-market-2023.txt']);
    expect(f!.share![0]).toBeGreaterThan(0.6);
    expect(f!.share![1]).toBeGreaterThan(0.5);
    expect(f!.share![1]).toBeLessThan(0.95);
    const s = f!.spans[0]!;
    expect(half).toContain(copied.text.slice(s.span.start, s.span.end));
  });

  it('template wording and a table printed as text are not shared text', () => {
    // Both bodies print table 3's labels (with their own numbers) in section 六, and the same boilerplate.
    const labels = auditText('beihu-health-2023.txt').split('\n').filter((l) => /^\t*[（一二三四]|^\t\t\d\./u.test(l) && /\t\d/u.test(l));
    const pasted = (seed: number) => labels.map((l) => l.replace(/\t\d+/gu, () => `\t${(seed = (seed * 7 + 3) % 11)}`)).join('\n');
    const boiler = '本年度无其他需要报告的事项。本报告所列数据的统计期限为1月1日至12月31日。以公开为常态、不公开为例外。';
    const six = (t: string, seed: number) => t.slice(0, t.indexOf('六、其他需要报告的事项')) + `六、其他需要报告的事项\n\n${boiler}\n${pasted(seed)}\n`;
    const { findings } = auditReports([input('beihu-health-2023.txt', (t) => six(t, 1)), input('nantang-market-2023.txt', (t) => six(t, 5))]);
    expect(findings).toEqual([]);
  });
});

describe('arguments', () => {
  it('throws a TypeError naming the argument for a programmer error', () => {
    expect(() => auditReports('x' as never)).toThrow(/auditReports: `inputs` must be an array/u);
    expect(() => auditReports([{ file: 'a', text: 'x' } as never])).toThrow(/inputs\[0\]/u);
  });
});
