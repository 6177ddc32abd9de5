import { describe, expect, it } from 'vitest';
import { jsdocExamples, markdownExamples } from './extract.js';
import { commentValue, instrument } from './instrument.js';
import { MORE, mismatch } from './match.js';
import { runExample } from './run.js';

// The executed-documentation harness itself: what counts as a stated value, how values compare, and
// that a wrong value, a throw or a syntax error fails the example.

describe('commentValue: the value a comment starts with, or null for prose', () => {
  const cases: { description: string; input: string; expected: string | null }[] = [
    { description: 'an arrow and a number', input: ' → 11', expected: '11' },
    { description: 'a number without the arrow', input: ' 11', expected: '11' },
    { description: 'a value, then prose in parentheses', input: ' → 85 (水)', expected: '85' },
    { description: 'a value, then prose after a semicolon', input: " 'ok'; root is now [[1], [0]]", expected: "'ok'" },
    { description: 'an array with "and more"', input: ' [1, …]', expected: '[1, __MORE__]' },
    { description: 'an object with "and more"', input: ' { a: 1, … }', expected: '{ a: 1, __MORE__ }' },
    { description: 'an ellipsis inside a string stays', input: " '（二）部分…'", expected: "'（二）部分…'" },
    { description: 'a negative number', input: ' -1', expected: '-1' },
    { description: 'new Set', input: " new Set(['y'])", expected: "new Set(['y'])" },
    { description: 'prose', input: ' the same 40 characters, not a view', expected: null },
    { description: 'a call is not a value', input: ' 85(水)', expected: null },
    { description: 'a name is not a value', input: " Set { 'x' } when the sums pin it", expected: null },
  ];
  for (const { description, input, expected } of cases) it(description, () => expect(commentValue(input)).toBe(expected));
});

describe('mismatch: an actual value against a stated one', () => {
  const cases: { description: string; actual: unknown; expected: unknown; matches: boolean }[] = [
    { description: 'equal numbers', actual: 11, expected: 11, matches: true },
    { description: 'different numbers', actual: 11, expected: 12, matches: false },
    { description: 'null is not undefined', actual: undefined, expected: null, matches: false },
    { description: 'an array with more items', actual: [1, 2, 3], expected: [1, MORE], matches: true },
    { description: 'an array too short', actual: [1], expected: [1, 2], matches: false },
    { description: 'an array with an item in the middle', actual: [1, 2, 3, 4], expected: [MORE, 2, 3, MORE], matches: true },
    { description: 'items in the middle out of order', actual: [1, 2, 3, 4], expected: [MORE, 3, 2, MORE], matches: false },
    { description: 'an array ending with items', actual: [1, 2, 3], expected: [MORE, 3], matches: true },
    { description: 'an object with a key not listed', actual: { a: 1, b: 2 }, expected: { a: 1 }, matches: false },
    { description: 'an object with "and more"', actual: { a: 1, b: 2 }, expected: { a: 1, __MORE__: MORE }, matches: true },
    { description: 'an undefined key need not be listed', actual: { a: 1, b: undefined }, expected: { a: 1 }, matches: true },
    { description: 'a nested difference', actual: { span: { start: 2261 } }, expected: { span: { start: 2789 } }, matches: false },
    { description: 'a string with … as a wildcard', actual: 'a.txt,2021,x\r\nb', expected: 'a.txt,…\r\n…', matches: true },
    { description: 'a string that does not fit the wildcard', actual: 'b.txt', expected: 'a.txt…', matches: false },
    { description: 'a typed array against an array', actual: new Int32Array([0, 2, 3]), expected: [0, 2, 3], matches: true },
    { description: 'sets', actual: new Set(['y']), expected: new Set(['y']), matches: true },
    { description: 'a set against a different set', actual: new Set(['x']), expected: new Set(['y']), matches: false },
  ];
  for (const { description, actual, expected, matches } of cases) {
    it(description, () => expect(mismatch(actual, expected) === null).toBe(matches));
  }
  it('says where the values differ', () => {
    expect(mismatch({ span: { start: 2261 } }, { span: { start: 2789 } })).toBe('.span.start: expected 2789, got 2261');
  });
});

describe('instrument', () => {
  it('checks a statement, a declaration, a statement in a block and a value over two comment lines', () => {
    const { assertions, errors } = instrument(
      ['1 + 1; // → 2', 'const x = [1]; // [1]', 'if (x) {', '  x.length; // → 1', '}', 'x.concat([2]);', '// [1,', '//  2]'].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(assertions.map((a) => [a.line, a.expression])).toEqual([
      [1, '2'],
      [2, '[1]'],
      [4, '1'],
      [6, '[1,   2]'],
    ]);
  });
  it('leaves prose alone and reports an arrow without a value', () => {
    expect(instrument('f(); // the same text').assertions).toEqual([]);
    expect(instrument('f(); // → the same text').errors).toEqual(['1: "→" is not followed by a value']);
  });
  it('reports a syntax error', () => {
    expect(instrument('const a = ;').errors).toHaveLength(1);
  });
});

describe('runExample', () => {
  const run = (code: string) => runExample({ file: 'README.md', line: 1, code });
  it('passes an example whose values are as stated', async () => {
    await run("import { parseReport } from 'ogi-report';\nparseReport(text).metadata.year?.value; // → 2021");
  });
  it('fails an example whose value differs from its comment', async () => {
    await expect(run('1 + 1; // → 3')).rejects.toThrow('README.md:1 (// → 3): the value: expected 3, got 2');
  });
  it('fails an example that throws', async () => {
    await expect(run('undefinedName.length;')).rejects.toThrow(/undefinedName/u);
  });
  it('fails a value comment that was never reached', async () => {
    await expect(run('if (false) 1; // → 1')).rejects.toThrow(/not every value comment was reached: README.md:1/u);
  });
  it('only parses an example marked not run', async () => {
    await run('// not run: it would start workers\nprocess.exit(1);');
  });
});

describe('extract', () => {
  it('finds the @example blocks of JSDoc comments, with their lines', () => {
    const source = ['/**', ' * Adds.', ' *', ' * @example', ' * add(1, 2); // → 3', ' * @param a', ' */', 'export function add() {}'].join('\n');
    expect(jsdocExamples('src/add.ts', source)).toEqual([{ file: 'src/add.ts', line: 5, code: 'add(1, 2); // → 3' }]);
  });
  it('finds the ts and js blocks of markdown, not the shell ones', () => {
    const md = ['# A', '```sh', 'npm test', '```', '```ts', 'f();', '```', '```js', 'g();', '```'].join('\n');
    expect(markdownExamples('README.md', md)).toEqual([
      { file: 'README.md', line: 6, code: 'f();' },
      { file: 'README.md', line: 9, code: 'g();' },
    ]);
  });
});
