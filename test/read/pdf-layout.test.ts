import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../src/read/pdf/furniture.js';
import { findGrids } from '../../src/read/pdf/grid.js';
import { separator } from '../../src/read/pdf/join.js';
import { ruledTableRows } from '../../src/read/pdf/ruled-table.js';
import { findRules, type OpCodes } from '../../src/read/pdf/rules.js';
import type { Piece, Rule } from '../../src/read/pdf/types.js';

/** A piece of text at (x, baseline), `size` points, one em per wide character. */
function piece(text: string, x: number, baseline: number, size = 10): Piece {
  const width = Array.from(text).reduce((w, ch) => w + (/[\u2E80-\uFFFF]/.test(ch) ? size : size / 2), 0);
  return { text, x0: x, x1: x + width, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size, baseline, size, box: { page: 1, x, y: baseline - 0.88 * size, width, height: size } };
}

describe('page numbers', () => {
  it('knows the usual forms', () => {
    for (const s of ['- 1 -', '-1-', '— 12 —', '第1页', '第 3 页 共 5 页', '1/5', '2 / 12', 'Page 3 of 5', '7']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['2.重复申请', '1.属于国家秘密', '2021年', '第二十条第（一）项', '一、总体情况']) expect(isPageNumber(s), s).toBe(false);
  });
});

describe('separators between pieces', () => {
  it('joins CJK across a gap under an em, spaces Latin words, starts a cell at an em', () => {
    expect(separator(piece('情', 100, 50), piece('形', 112, 50), true)).toBe('');
    expect(separator(piece('情', 100, 50), piece('形', 118, 50), true)).toBe(''); // 0.8 em: still one word
    expect(separator(piece('情', 100, 50), piece('形', 121, 50), true)).toBe('\t');
    expect(separator(piece('情', 100, 50), piece('形', 121, 50), false)).toBe('');
    expect(separator(piece('Latin', 100, 50), piece('words', 128, 50), true)).toBe(' ');
    expect(separator(piece('12', 100, 50), piece('3', 116, 50), true)).toBe('\t');
    expect(separator(piece('2023', 100, 50), piece('年', 121, 50), true)).toBe('');
  });
});

describe('ruled tables', () => {
  // A 3×3 grid whose first column is merged over the two lower rows, in viewport coordinates.
  const h = (y: number, x0 = 0, x1 = 300): Rule => ({ x0, x1, y0: y, y1: y });
  const v = (x: number, y0 = 0, y1 = 90): Rule => ({ x0: x, x1: x, y0, y1 });
  const rules = [h(0), h(30), h(60, 100), h(90), v(0), v(100), v(200), v(300)];

  it('finds the grid and reads merged and stacked cells', () => {
    const [grid] = findGrids(rules);
    expect(grid).toBeDefined();
    const pieces = [
      piece('信息内容', 10, 20),
      piece('本年', 110, 15),
      piece('件数', 110, 27),
      piece('合计', 210, 20),
      piece('三', 40, 45),
      piece('、', 40, 57),
      piece('本', 40, 69),
      piece('年', 40, 81),
      piece('1', 150, 50),
      piece('', 250, 50),
      piece('2', 150, 80),
      piece('3', 250, 80),
    ].filter((p) => p.text);
    const rows = ruledTableRows(grid!, pieces, 1).map((r) => r.segments.map((s) => s.text).join(''));
    expect(rows).toEqual(['信息内容\t本年件数\t合计', '三、本年\t1\t', '\t2\t3']);
  });

  it('reads rules from an operator list through save, transform and restore', () => {
    const OPS: OpCodes = { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
    const path = (...xy: number[]) => [new Float32Array([0, xy[0]!, xy[1]!, 1, xy[2]!, xy[3]!])];
    const fnArray = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath];
    const argsArray = [
      null,
      [1, 0, 0, 1, 10, 20],
      [OPS.stroke, path(0, 0, 100, 0), null],
      null,
      [OPS.fill, [new Float32Array([0, 0, 50, 1, 0.5, 50, 1, 0.5, 150, 1, 0, 150, 4])], null],
      [OPS.stroke, path(0, 0, 30, 40), null],
    ];
    // Viewport of a 200-point-high page: y flips.
    expect(findRules(fnArray, argsArray, OPS, [1, 0, 0, -1, 0, 200])).toEqual([
      { x0: 10, x1: 110, y0: 180, y1: 180 },
      { x0: 0.25, x1: 0.25, y0: 50, y1: 150 },
    ]);
  });
});
