import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayDrawTables } from '../../src/read/grid/index.js';

// The one-pattern form mayDrawTables replaced (tested in parts now, each part only when a native
// search finds its characters): both must answer alike on every text.
const ONE_PATTERN = /[\u2500-\u257f]|\+[-=:]|[-=]\+|(?:--|==) +(?:--|==)/u;

describe('mayDrawTables', () => {
  it.each([
    ['规章\t0\t0\t0', false],
    ['+----+\n| 规章 |', true],
    ['├──┼──┤', true],
    ['a=+b', true],
    ['x +: y', true],
    ['-- --', true],
    ['== ==', true],
    ['--\t--', false],
    ['2021-01-01 a+b c==d', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mayDrawTables(text)).toBe(expected);
  });

  it('answers as the one-pattern form on any text of rule characters', () => {
    const alphabet = fc.constantFrom('+', '-', '=', ':', ' ', '|', '\t', '\n', '─', '┼', 'a', '规');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), (text) => mayDrawTables(text) === ONE_PATTERN.test(text)), { numRuns: 3000 });
  });
});
