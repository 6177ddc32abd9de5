import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionValues } from '../../src/tables/reading-order/index.js';
import { hasValueLines } from '../../src/tables/reading-order/value-lines.js';

const has = (text: string, least: number) => hasValueLines(text, 0, text.length, least);

describe('hasValueLines', () => {
  it.each([
    ['自然人\n30\n5\n0\n总计', 3, true],
    ['自然人\n30\n5\n0\n总计', 4, false],
    ['  -- \n—\n无\n+1.5\n3/12', 5, true],
    ['规章\t0\t0\t0\n行政规范性文件\t1\t0\t5', 1, false],
    ['\t\t1.属于国家秘密\t\t0\t1\t0', 1, false],
    ['0 0 0\n1 2', 1, false],
    ['', 0, true],
    ['', 1, false],
  ])('%j has %i value lines: %s', (text, least, expected) => {
    expect(has(text, least)).toBe(expected);
  });

  it('counts every line regionValues reads as a value alone (it is never stricter)', () => {
    const word = fc.constantFrom('0', '12', '3.5', '-', '--', '—', '——', '无', '/', '+7', '自然人', '1.属于', '规章', '- 3 -', '第3页');
    const space = fc.constantFrom('', ' ', '\t', '\u3000', '  ', '\f');
    const line = fc.tuple(space, fc.array(word, { minLength: 0, maxLength: 3 }), space).map(([a, ws, b]) => a + ws.join(' ') + b);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const text = lines.join('\n');
        const alone = regionValues(text, 0, text.length).alone;
        return hasValueLines(text, 0, text.length, alone);
      }),
      { numRuns: 3000 },
    );
  });
});
