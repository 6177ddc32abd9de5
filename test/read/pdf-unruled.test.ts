import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';

/** The bytes of a fixture PDF of corpus/pdf (written by corpus/pdf/make-fixtures.mjs). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

describe('pdfToText on tables without rules', () => {
  it('joins a wrapped label, a vertical label and stacked header labels (hand-made PDF)', async () => {
    // unruled-table.pdf: exact positions, text in a non-embedded CJK font with a ToUnicode map.
    const { text, problems, pages, boxes } = await pdfToText(fixture('unruled-table.pdf'));
    expect(problems).toEqual([]);
    expect(pages).toBe(1);
    expect(text.split('\n')).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t3\t0\t0\t1\t0\t0\t4',
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果',
      '（一）予以公开\t1\t0\t0\t0\t0\t0\t1',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t1\t0\t0\t3',
      '（三）不予公开\t0\t0\t0\t0\t0\t0\t0',
      '（七）总计\t3\t0\t0\t1\t0\t0\t4',
      '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
    ]);
    // The page number "第1页" is gone; the joined label keeps the boxes of both of its lines.
    const label = text.indexOf('（二）部分公开');
    const second = text.indexOf('这一情形');
    expect(boxes[label]!.y).toBeLessThan(boxes[second]!.y);
  });

  it('reads the rows of the LibreOffice report laid out without rules', async () => {
    const { text, problems } = await pdfToText(fixture('report-2021-unruled.pdf'));
    expect(problems).toEqual([]);
    const lines = text.split('\n');
    for (const row of [
      '自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t2\t0\t37',
      '二、上年结转政府信息公开申请数量\t2\t0\t0\t1\t0\t0\t3',
      '三、本年度办理结果',
      '（一）予以公开\t12\t2\t0\t0\t1\t0\t15',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t1\t0\t0\t0\t0\t6',
      '4.保护第三方合法权益\t2\t0\t0\t0\t0\t0\t2',
      '（七）总计\t31\t5\t0\t1\t2\t0\t39',
      '四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1',
      '1\t1\t0\t0\t2\t0\t0\t0\t1\t1\t1\t0\t0\t0\t1',
    ]) {
      expect(lines).toContain(row);
    }
    expect(lines.filter((l) => /^-\s*\d+\s*-$/.test(l))).toEqual([]);
  });
});
