import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

describe('title, body and year', () => {
  it.each([
    ['body then year', '漯河回族自治县人民政府2021年政府信息公开工作年度报告\n一、总体情况', '漯河回族自治县人民政府', 2021],
    ['markdown title with spaces', '# 沐阳县人民政府 2025 年 政府信息公开工作年度报告\n## 一、总体情况', '沐阳县人民政府', 2025],
    ['关于', '青禾市自然资源局关于2020年政府信息公开工作年度报告\n一、总体情况', '青禾市自然资源局', 2020],
    ['year first', '2022年白石岗镇人民政府政府信息公开工作年度报告\n一、总体情况', '白石岗镇人民政府', 2022],
    ['title broken over two lines', '洪泽区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况', '洪泽区人民政府', 2023],
  ])('%s', (_name, text, body, year) => {
    const r = parseReport(text);
    expect(r.metadata.body?.value).toBe(body);
    expect(r.metadata.year?.value).toBe(year);
    expect(text.slice(r.metadata.body!.span.start, r.metadata.body!.span.end)).toBe(body);
  });

  it('reads the year from the statistics period when the title has none', () => {
    const r = parseReport('一、总体情况\n本报告所列数据的统计期限为2024年1月1日至2024年12月31日。');
    expect(r.metadata.year?.value).toBe(2024);
    expect(r.metadata.body).toBeNull();
    expect(r.messages.map((m) => m.code)).toContain('body-not-found');
  });
});
