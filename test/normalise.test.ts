import { describe, expect, it } from 'vitest';
import { foldChars, isLookalike, normalise, normaliseBodyVariants, placeStems } from '../src/index.js';
import { RADICAL_EQUIVALENTS } from '../src/normalise/data/radicals.js';

describe('foldChars', () => {
  it.each([
    ['full-width digits and brackets', '（一）１２３，：', '(一)123,:'],
    ['Kangxi radicals', '⾏政⼀⼆⼈', '行政一二人'],
    ['CJK radicals supplement', '⻓⻔⻢', '长门马'],
    ['ideographic and non-breaking spaces', '一、\u3000总体\u00a0情况', '一、 总体 情况'],
    ['zero-width characters vanish', '情\u200b形', '情形'],
    ['CR LF to LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['plain text untouched', '一、总体情况', '一、总体情况'],
    ['any other NFKC form, whatever else the text holds', '10㎡', '10m2'],
  ])('%s', (_name, input, output) => {
    expect(foldChars(input).text).toBe(output);
  });

  it('maps every output offset back to the input character it came from', () => {
    const input = 'a\r\n⾏１\u200bz';
    const { text, map } = foldChars(input);
    expect(text).toBe('a\n行1z');
    expect(Array.from(map!)).toEqual([0, 2, 3, 4, 6, 7]);
  });
});

describe('normalise', () => {
  it('converts traditional to simplified with opencc t→cn, keeping offsets', () => {
    const n = normalise('政府資訊公開，機關處理');
    // 資訊 is Taiwan usage for 信息: in the labels' phrase 政府资讯公开, it is rewritten too.
    expect(n.text).toBe('政府信息公开,机关处理');
    expect(n.counts.traditional).toBe(6);
    expect(n.counts.fullWidth).toBe(1);
    expect(n.counts.taiwan).toBe(1);
    expect(normalise('機關處理資訊').text).toBe('机关处理资讯');
  });

  it('is idempotent', () => {
    for (const s of ['（一）⾏政資訊１２', '瀘河區 泸州', 'plain', '']) {
      const once = normalise(s).text;
      expect(normalise(once).text).toBe(once);
    }
  });

  it('maps non-BMP characters correctly', () => {
    const input = '𠀀資';
    const n = normalise(input);
    expect(n.text).toBe('𠀀资');
  });
});

describe('body-name variants', () => {
  it('finds place stems of a body', () => {
    expect(placeStems('漯河回族自治县人民政府')).toEqual(['漯河']);
    expect(placeStems('西安市高陵区行政审批服务局')).toEqual(['西安', '高陵']);
  });

  it('tells look-alikes by their shared radical', () => {
    expect(isLookalike('漯', '瀘')).toBe(true);
    expect(isLookalike('沭', '沐')).toBe(true);
    expect(isLookalike('陵', '新')).toBe(false);
    expect(isLookalike('漯', '漯')).toBe(false);
  });

  it.each([
    ['滢', '莹', true], // one phonetic part (Unihan kPhonetic 1587, through 瀅 and 瑩)
    ['清', '请', true], // 青
    ['淸', '清', true], // Unihan variants (and one radical)
    ['着', '著', true], // Unihan variants, no shared radical
    ['丢', '丟', true], // Unihan variants
    ['青', '黄', false],
    ['滢', '川', false],
    ['河', '山', false],
  ])('tells look-alikes beyond a shared radical: %s/%s → %s', (a, b, expected) => {
    expect(isLookalike(a, b)).toBe(expected);
    expect(isLookalike(b, a)).toBe(expected);
  });

  it("recognises the body's name in a look-alike spelling that shares no radical, not an unrelated name", () => {
    const body = '滢川县交通运输局';
    expect(normaliseBodyVariants('莹川县交通运输局在…', body).variants.map((v) => v.text)).toEqual(['莹川县']);
    expect(normaliseBodyVariants('莹川县交通运输局在…', body).text).toBe('滢川县交通运输局在…');
    // 黄川县, 滢山县: a different place (no look-alike in the changed character).
    expect(normaliseBodyVariants('黄川县和滢山县', body).variants).toEqual([]);
  });

  it.each([
    ['the seed variant', '泸河区政府和泸河回族自治县', '漯河回族自治县人民政府', '漯河区政府和漯河回族自治县', 2],
    ['泸州 is a real city, not a variant', '泸州市和泸县', '漯河回族自治县人民政府', '泸州市和泸县', 0],
    ['高新区 is not 高陵区', '高新区管委会', '西安市高陵区行政审批服务局', '高新区管委会', 0],
    ['区域 is not a place suffix', '泸河区域', '漯河回族自治县人民政府', '泸河区域', 0],
  ])('%s', (_name, text, body, out, count) => {
    const r = normaliseBodyVariants(text, body);
    expect(r.text).toBe(out);
    expect(r.variants).toHaveLength(count);
    expect(r.text.length).toBe(text.length);
  });
});

describe('the CJK unified ideographs', () => {
  // foldWatching reads U+4E00–U+9FFF on a fast path that assumes they stay as they are: true when
  // NFKC leaves each as it is and no radical equivalent maps one (what foldOne would otherwise apply).
  it('have no NFKC form of their own and no radical equivalent', () => {
    const changed: number[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const s = String.fromCharCode(c);
      if (s.normalize('NFKC') !== s || RADICAL_EQUIVALENTS.has(c)) changed.push(c);
    }
    expect(changed).toEqual([]);
  });
  it('are read through when folded', () => {
    expect(foldChars('规章行政规范性文件').text).toBe('规章行政规范性文件');
    expect(foldChars('⾏政').text).toBe('行政');
  });
});
