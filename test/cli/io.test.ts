import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../src/io/csv.js';
import { lineIndex } from '../../src/io/line-index.js';
import { readLines } from '../../src/io/read-lines.js';

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [1203.5168, '1203.5168'],
    ['', ''],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  it.each([
    ['=HYPERLINK("http://x.example","点击")', `"'=HYPERLINK(""http://x.example"",""点击"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    [-8, '-8'],
    ['-8', '-8'],
    ['+3', '+3'],
    ['-', '-'],
    ['12.5', '12.5'],
    ['a=b', 'a=b'],
  ])('defuses a formula (OWASP): %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  it('ends a row with CRLF', () => {
    expect(csvRow(['a.txt', 3, null, '本年增／减, 注'])).toBe('a.txt,3,,"本年增／减, 注"\r\n');
  });
});

describe('lineIndex', () => {
  const at = lineIndex('一、总体情况\r\nab\rc\n\n𠀀x');
  it.each([
    [0, { line: 1, column: 1 }],
    [6, { line: 1, column: 7 }],
    [8, { line: 2, column: 1 }],
    [9, { line: 2, column: 2 }],
    [11, { line: 3, column: 1 }],
    [13, { line: 4, column: 1 }],
    [14, { line: 5, column: 1 }],
    [16, { line: 5, column: 2 }], // after a surrogate pair: one code point
    [99, { line: 5, column: 3 }],
  ])('offset %i → %j', (offset, expected) => {
    expect(at(offset)).toEqual(expected);
  });
});

describe('readLines', () => {
  it('splits chunks into lines, across chunk and character boundaries', async () => {
    const bytes = Buffer.from('{"id":1}\r\n总计\n\nlast');
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 12), bytes.subarray(12, 13), bytes.subarray(13)];
    const lines: string[] = [];
    for await (const line of readLines(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['{"id":1}', '总计', '', 'last']);
  });
  it('yields no empty last line after a final line break', async () => {
    const lines: string[] = [];
    for await (const line of readLines(Readable.from([Buffer.from('a\nb\n')]))) lines.push(line);
    expect(lines).toEqual(['a', 'b']);
  });
});
