import { T2_ITEM_BLOCKS, type T2ItemBlock } from '../templates/table2-variants.js';

// A table-2 caption: 第二十条第(五)项 (brackets are folded to ASCII by normalisation).
const CAPTION = /第二十条第\s*\(\s*([一二三四五六七八九])\s*\)\s*项/gu;
const NUMBER_OF: Record<string, T2ItemBlock> = { 五: 'art20_5', 六: 'art20_6' };
// The 2019 column labels of （五） and （六）.
const ITEM_HEADER = /上一年项目数量|本年增\s*\/\s*减/u;

/**
 * The captions of a 2021 table 2 whose sub-table is printed with the 2019 columns (上一年项目数量 /
 * 本年增/减 / 处理决定数量): the text from the caption to the next one names them.
 *
 * @example
 * t2ItemBlocks('第二十条第(六)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政处罚 74 0 0', 0, 60); // ['art20_6']
 */
export function t2ItemBlocks(text: string, start: number, end: number): T2ItemBlock[] {
  const region = text.slice(start, end);
  const marks: Array<{ at: number; n: string }> = [];
  CAPTION.lastIndex = 0;
  for (let m = CAPTION.exec(region); m !== null; m = CAPTION.exec(region)) marks.push({ at: m.index + m[0].length, n: m[1]! });
  const out: T2ItemBlock[] = [];
  marks.forEach((m, i) => {
    const block = NUMBER_OF[m.n];
    if (block === undefined || out.includes(block)) return;
    const next = marks[i + 1]?.at ?? region.length;
    if (ITEM_HEADER.test(region.slice(m.at, next))) out.push(block);
  });
  return T2_ITEM_BLOCKS.filter((b) => out.includes(b));
}
