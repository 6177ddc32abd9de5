import { describe, expect, it } from 'vitest';
import { isRunTogether } from '../../src/tables/run-together/detect.js';

const ROWS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷'];
const detect = (text: string) => isRunTogether(text, 0, text.length);

describe('isRunTogether', () => {
  it.each([
    ['a web page’s text content: labels glued to digit runs on one line', `规章000行政规范性文件693665${ROWS[0]}210000021`, true],
    ['pypdf: each row on its line, its seven numbers run together after a space', ROWS.map((r) => `${r} 210000021`).join('\n'), true],
    ['pypdf: the same with labels broken over lines', ROWS.map((r) => `${r.slice(0, 3)}\n${r.slice(3)}1000001`).join('\n'), true],
    ['cells separated by spaces', ROWS.map((r) => `${r}  21  0  0  0  0  0  21`).join('\n'), false],
    ['nine rows run together are not enough on many lines', ROWS.slice(0, 9).map((r) => `${r} 1000001`).join('\n\n\n'), false],
    ['one 8-digit amount in table 2', '政府集中采购 135 75394432', false],
  ])('%s', (_, text, expected) => {
    expect(detect(text)).toBe(expected);
  });
});
