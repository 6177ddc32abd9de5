import { describe, expect, it } from 'vitest';
import { parseReport, toCells } from '../src/index.js';
import { corpus } from './helpers.js';

const seed = corpus('seed-luohe-2021.txt');

describe('parseReport is total', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\t \u3000'],
    ['binary junk', '\u0000\u0001\u0002\ufffd'.repeat(500)],
    ['a novel', '第一章 那年夏天，雨下了很久。'.repeat(2000)],
    ['half a report', seed.slice(0, Math.floor(seed.length / 2))],
    ['tables cut off', seed.slice(0, seed.indexOf('(三) 不予公开'))],
    ['lone surrogates', '\ud800一、总体情况\udc00'],
    ['a million tabs', '\t'.repeat(1_000_000)],
    ['a line of a million digits', '三、收到和处理政府信息公开申请情况\n' + '7'.repeat(1_000_000)],
  ])('%s: a result, never a throw', (_name, input) => {
    const r = parseReport(input);
    expect(Array.isArray(r.messages)).toBe(true);
    for (const m of r.messages) {
      if (m.span) {
        expect(m.span.start).toBeGreaterThanOrEqual(0);
        expect(m.span.end).toBeLessThanOrEqual(input.length);
      }
    }
    expect(Array.isArray(toCells(r))).toBe(true);
  });

  it('says clearly what is wrong with empty and binary input', () => {
    expect(parseReport('').messages.map((m) => m.code)).toEqual(['input-empty']);
    expect(parseReport('\u0000\u0001'.repeat(100)).messages[0]!.code).toBe('input-binary');
    expect(parseReport('一、总体情况\n今年…').template).toBe('unsupported');
  });

  it('cuts inputs over maxLength with an error', () => {
    const r = parseReport(seed, { maxLength: 100 });
    expect(r.messages[0]).toMatchObject({ code: 'input-too-large', severity: 'error', span: { start: 100, end: seed.length } });
  });

  it('throws only for programmer errors', () => {
    expect(() => parseReport(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseReport(42 as unknown as string)).toThrow(/expects a string, got number/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parseReport(seed))).toBe(JSON.stringify(parseReport(seed)));
  });

  it('reads traditional-character mirrors of a report', async () => {
    const { ConverterBuilder } = await import('opencc-js/core');
    const cn2t = await import('opencc-js/preset/cn2t');
    const toTraditional = ConverterBuilder(cn2t)({ from: 'cn', to: 't' });
    const mirror = toTraditional(seed);
    const r = parseReport(mirror);
    expect(r.template).toBe('2021');
    expect(toCells(r).map((c) => c.value)).toEqual(toCells(parseReport(seed)).map((c) => c.value));
  });
});

describe('spans of plain text', () => {
  it('an "&" ends a span where it is, whatever else the text holds (entities are HTML only)', () => {
    const tabs = corpus('t2021-tabs.txt');
    const at = tabs.indexOf('第二十条第（五）项');
    const input = `${tabs.slice(0, at)}其他文件&\t1\t0\t;\n${tabs.slice(at)}`;
    // A zero-width space at the end makes the offset map not the identity: the span must not change.
    for (const text of [input, `${input}\u200b`]) {
      const row = parseReport(text).tables.t2?.extraRows.find((x) => x.label === '其他文件&');
      expect(row?.labelSpan).toEqual({ start: at, end: at + 5 });
    }
  });
});
