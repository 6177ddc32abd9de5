import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, toCells, type ParseOptions, type Report } from '../../src/index.js';

const TABS = readFileSync('corpus/t2021-tabs.txt', 'utf8');

describe('parseReport options: null and undefined mean the defaults', () => {
  it.each([null, undefined])('parseReport(text, %s) is parseReport(text)', (options) => {
    expect(parseReport(TABS, options as unknown as ParseOptions)).toEqual(parseReport(TABS));
  });
});

describe('a bad option value is a TypeError naming the option', () => {
  it.each([
    [{ format: 'xml' }, 'parseReport: options.format must be "auto", "text" or "html", got "xml"'],
    [{ format: null }, 'parseReport: options.format must be "auto", "text" or "html", got null'],
    [{ maxLength: Number.NaN }, 'parseReport: options.maxLength must be a whole number ≥ 0 (or Infinity), got NaN'],
    [{ maxLength: -1 }, 'parseReport: options.maxLength must be a whole number ≥ 0 (or Infinity), got -1'],
    [{ maxLength: 2.5 }, 'parseReport: options.maxLength must be a whole number ≥ 0 (or Infinity), got 2.5'],
    [{ maxLength: '100' }, 'parseReport: options.maxLength must be a whole number ≥ 0 (or Infinity), got "100"'],
    [{ blankAsZero: 'yes' }, 'parseReport: options.blankAsZero must be true or false, got "yes"'],
    [{ traditional: 0 }, 'parseReport: options.traditional must be true or false, got 0'],
    ['html', 'parseReport(input, options): options must be an object, got "html"'],
    [[], 'parseReport(input, options): options must be an object, got an array'],
  ])('%j', (options, message) => {
    expect(() => parseReport(TABS, options as unknown as ParseOptions)).toThrow(new TypeError(message));
  });
  it('good values pass: maxLength Infinity and 0, every format', () => {
    expect(parseReport(TABS, { maxLength: Infinity }).template).toBe('2021');
    expect(parseReport(TABS, { maxLength: 0 }).messages[0]!.code).toBe('input-too-large');
    for (const format of ['auto', 'text', 'html'] as const) expect(() => parseReport(TABS, { format })).not.toThrow();
  });
});

describe('toCells of something that is not a report', () => {
  it.each([
    [null, 'toCells(report) expects a report from parseReport, got null'],
    [undefined, 'toCells(report) expects a report from parseReport, got undefined'],
    [TABS.slice(0, 10), `toCells(report) expects a report from parseReport, got ${JSON.stringify(TABS.slice(0, 10))}`],
    [{ template: '2021' }, 'toCells(report) expects a report from parseReport, got an object'],
  ])('%j: a TypeError', (value, message) => {
    expect(() => toCells(value as unknown as Report)).toThrow(new TypeError(message));
  });
});
