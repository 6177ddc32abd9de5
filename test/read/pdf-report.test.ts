import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfToText, type PdfText } from '../../src/read/pdf/index.js';

/** The bytes of a fixture PDF of corpus/pdf (written by corpus/pdf/make-fixtures.mjs). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

// report-2021-ruled.pdf: a 2021 report laid out by LibreOffice with ruled tables; table 3 runs
// from page 2 to page 3 (the row "8.属于行政查询事项" is cut by the page break), its
// "三、本年度办理结果" is written one character per line, its header stacks "社会/公益/组织";
// every page has the running header "示例县人民政府2021年政府信息公开工作年度报告" and a footer "- N -".

let result: PdfText;
let lines: string[];
beforeAll(async () => {
  result = await pdfToText(fixture('report-2021-ruled.pdf'));
  lines = result.text.split('\n');
});

const TABLE_3 = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '\t自然人\t法人或其他组织\t总计',
  '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37',
  '二、上年结转政府信息公开申请数量\t2\t0\t0\t1\t0\t0\t3',
  '三、本年度办理结果\t（一）予以公开\t12\t2\t0\t0\t1\t0\t15',
  '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t1\t0\t0\t0\t0\t6',
  '\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
  '\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.保护第三方合法权益\t2\t0\t0\t0\t0\t0\t2',
  '\t\t5.属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1',
  '\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0',
  '\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
  '\t（四）无法提供\t1.本机关不掌握相关政府信息\t6\t1\t0\t1\t0\t0\t8',
  '\t\t2.没有现成信息需要另行制作\t1\t0\t0\t0\t0\t0\t1',
  '\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
  '\t（五）不予处理\t1.信访举报投诉类申请\t1\t0\t0\t0\t0\t0\t1',
  '\t\t2.重复申请\t1\t1\t0\t0\t1\t0\t3',
  '\t\t3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0',
  '\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1',
  '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.其他\t0\t0\t0\t0\t0\t0\t0',
  '\t（七）总计\t31\t5\t0\t1\t2\t0\t39',
  '四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1',
];

function block(first: string, count: number): string[] {
  const at = lines.indexOf(first);
  expect(at, `line ${JSON.stringify(first)}`).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count);
}

describe('pdfToText on a report with ruled tables', () => {
  it('reads every page without problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(4);
    expect(result.boxes).toHaveLength(result.text.length);
  });

  it('gives table 3 as tab-separated rows, across the page break, with no line inserted', () => {
    expect(block(TABLE_3[0]!, TABLE_3.length + 1)).toEqual([...TABLE_3, '四、政府信息公开行政复议、行政诉讼情况']);
    expect(lines[lines.indexOf(TABLE_3[0]!) - 1]).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('gives table 2 with its blank cell kept empty, and table 4', () => {
    expect(block('第二十条第（一）项', 14)).toEqual([
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t\t3',
      '行政规范性文件\t4\t1\t25',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t1234',
      '第二十条第（六）项',
      '信息内容\t本年处理决定数量',
      '行政处罚\t56',
      '行政强制\t7',
      '第二十条第（八）项',
      '信息内容\t本年收费金额（单位：万元）',
      '行政事业性收费\t12.3456',
    ]);
    expect(block('行政复议\t行政诉讼', 4)).toEqual([
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t1\t0\t0\t2\t0\t0\t0\t1\t1\t1\t0\t0\t0\t1',
    ]);
  });

  it('drops page numbers and the running header, keeps the title and sections', () => {
    expect(lines.filter((l) => /^\s*[-－—]\s*\d+\s*[-－—]\s*$/.test(l))).toEqual([]);
    expect(lines.filter((l) => l === '示例县人民政府2021年政府信息公开工作年度报告')).toHaveLength(1);
    expect(lines[0]).toBe('示例县人民政府2021年政府信息公开工作年度报告');
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(lines).toContain(heading);
    }
  });

  it('joins prose lines wrapped at the right edge, also across a page', () => {
    expect(lines).toContain(
      '（三）政府信息管理。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，动态更新政府信息公开指南和目录，全年清理调整过时信息112条。',
    );
    expect(lines).toContain('政府信息公开工作仍存在公开内容不够全面、政策解读形式较为单一等问题。下一步，我县将进一步完善公开制度，丰富解读形式，提升公开质量。');
  });

  it('gives each character the page and box it was read from', () => {
    const { text, boxes } = result;
    const at = (s: string, from = 0) => {
      const i = text.indexOf(s, from);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(boxes[at('一、本年新收')]?.page).toBe(2);
    expect(boxes[at('3.补正后申请内容仍不明确')]?.page).toBe(3);
    // The row cut by the page break: its start on page 2, its end ("事项") on page 3.
    const cut = at('8.属于行政查询事项');
    expect(boxes[cut]?.page).toBe(2);
    expect(boxes[cut + '8.属于行政查询'.length]?.page).toBe(3);
    // Boxes lie on the page, in points from its top-left corner, and hold the text.
    const box = boxes[at('一、本年新收')]!;
    expect(box.x).toBeGreaterThan(50);
    expect(box.x + box.width).toBeLessThan(300);
    expect(box.y).toBeGreaterThan(100);
    expect(box.y + box.height).toBeLessThan(842);
    expect(box.height).toBeGreaterThan(5);
    expect(box.height).toBeLessThan(15);
    // A synthetic tab or newline carries the box of the character before it.
    const tab = text.indexOf('\t', at('一、本年新收'));
    expect(boxes[tab]).toBe(boxes[tab - 1]);
    const newline = text.indexOf('\n', at('一、本年新收'));
    expect(boxes[newline]).toBe(boxes[newline - 1]);
    // Every character has a box.
    expect(boxes.every((b) => b !== null && b.page >= 1 && b.page <= 4)).toBe(true);
  });
});
