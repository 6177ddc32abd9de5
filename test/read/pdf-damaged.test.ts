import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/read/pdf/index.js';

/** The bytes of a fixture PDF of corpus/pdf (written by corpus/pdf/make-fixtures.mjs). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/pdf/${name}`, import.meta.url)));

describe('pdfToText on a damaged text layer', () => {
  it('removes spaces guessed between CJK characters, keeps characters as printed, drops page furniture', async () => {
    // damaged-text.pdf: "情" and "形" as two runs 2 points apart; a space inside a run ("这一 情形");
    // characters drawn one by one 1.5 points apart; a Kangxi radical (U+2F8F for 行); a running
    // header and page numbers "1/2", "2/2" on both pages.
    const { text, problems, pages, boxes } = await pdfToText(fixture('damaged-text.pdf'));
    expect(problems).toEqual([]);
    expect(pages).toBe(2);
    expect(text.split('\n')).toEqual([
      '一、总体情况',
      '本年度未发生需要说明的情形。',
      '部分公开（只计这一情形）',
      '依申请公开',
      '\u2F8F政许可',
      '行政处罚\t56',
      '二、主动公开政府信息情况',
      'Latin words stay apart',
    ]);
    expect(boxes[text.indexOf('二、主动')]?.page).toBe(2);
    expect(boxes[text.indexOf('一、总体')]).toEqual({ page: 1, x: 72, y: expect.any(Number), width: 72, height: expect.any(Number) });
  });
});
