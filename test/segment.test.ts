import { describe, expect, it } from 'vitest';
import { findHeadingCandidates, findSubsections, parseReport, resolveHeadings } from '../src/index.js';

const numbers = (text: string) => resolveHeadings(findHeadingCandidates(text)).chosen.map((c) => c.number);

describe('section headings', () => {
  it.each([
    ['plain', '一、总体情况\n二、主动公开政府信息情况\n', [1, 2]],
    ['full stops and spaces', '一． 总体情况\n二. 主动公开政府信息情况\n', [1, 2]],
    ['markdown', '## 一、总体情况\n### 二、主动公开政府信息情况\n', [1, 2]],
    ['long variants', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n', [4, 5]],
    ['run together', '前言一、总体情况2021年我县…二、主动公开政府信息情况第二十条', [1, 2]],
  ])('%s', (_name, text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it.each([
    ['table 3 rows are not sections', '一、本年新收政府信息公开申请数量\t8\n三、本年度办理结果\t(一) 予以公开\n四、结转下年度继续办理\t0\n'],
    ['enumerations in prose', '一是拓宽主动公开渠道\n二是提升公开质量\n'],
    ['ordinary prose', '本机关全年主动公开信息100条。\n'],
  ])('%s', (_name, text) => {
    expect(findHeadingCandidates(text)).toEqual([]);
  });

  it('reports duplicated and out-of-order sections', () => {
    const r = parseReport('一、总体情况\n三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况\n一、总体情况\n');
    const codes = r.messages.map((m) => m.code);
    expect(codes).toContain('section-duplicate');
    expect(codes).toContain('section-out-of-order');
    expect(r.messages.filter((m) => m.code === 'section-missing').map((m) => m.expected)).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });
});

describe('subsections', () => {
  it('reads titles up to the first full stop', () => {
    // Stages after normalise see folded brackets.
    const text = '(一) 主动公开方面。认真做好\n(二)依申请公开\n';
    const subs = findSubsections(text, 0, text.length);
    expect(subs.map((s) => [s.number, s.title])).toEqual([
      [1, '(一) 主动公开方面'],
      [2, '(二)依申请公开'],
    ]);
  });
});
