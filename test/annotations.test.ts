// Pronunciations that mirror sites insert after characters (規(guī)章, 數(shù)量, 處(chù)理) are removed
// from what is matched; spans still point at the original; a text without them is unchanged.
import { readdirSync } from 'node:fs';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { normalise, parseReport, toCells, type Report } from '../src/index.js';
import { stripAnnotations } from '../src/normalise/annotations.js';
import { corpus, corpusDir } from './helpers.js';

const toTaiwan = ConverterBuilder(cn2t)({ from: 'cn', to: 'twp' });
const files = readdirSync(corpusDir)
  .filter((f) => /^[a-z0-9].*\.(?:txt|html)$/u.test(f))
  .sort();

// Characters a mirror annotates (many are polyphonic), simplified and traditional, with the full-width
// brackets some mirrors use for a few.
const PINYIN: Record<string, string> = {
  规: '(guī)', 規: '(guī)', 数: '(shù)', 數: '(shù)', 处: '(chù)', 處: '(chù)', 行: '(xíng)', 公: '(gōng)', 开: '(kāi)', 開: '(kāi)',
  申: '(shēn)', 请: '（qǐng）', 請: '（qǐng）', 的: '(de)', 为: '(wéi)', 為: '(wéi)', 重: '(chóng)', 其: '(qí)', 总: '(zǒng)', 總: '(zǒng)',
};

/** The text with a pronunciation after every character of PINYIN (outside HTML tags). */
function annotate(text: string): string {
  let inTag = false;
  let out = '';
  for (const ch of text) {
    out += ch;
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag && PINYIN[ch]) out += PINYIN[ch];
  }
  return out;
}

const cells = (r: Report) => toCells(r).map((c) => `${c.table}.${c.row}.${c.column}=${c.value ?? c.raw ?? 'absent'}`);

describe('stripAnnotations', () => {
  it.each([
    ['規(guī)章 數(shù)量 處(chù)理', '規章 數量 處理', 3],
    ['的(de)规(guī)章(zhāng)', '的规章', 3],
    ['规(guī)(guī)章', '规章', 2],
    ['行(xíng)政(zhèng)许(xǔ)可(kě)', '行政许可', 4],
    ['规章(2021) 文件(a) 第(一)项', '规章(2021) 文件(a) 第(一)项', 0],
    ['的(de) 么(me)', '的(de) 么(me)', 0], // toneless syllables alone: not annotations
    ['公开(gōng kāi)', '公开', 1],
  ])('%s → %s', (input, text, count) => {
    const r = stripAnnotations(input);
    expect(r.text).toBe(text);
    expect(r.count).toBe(count);
    if (count === 0) expect(r.map).toBeNull();
  });

  it('maps every offset back to the character it came from', () => {
    const input = '規(guī)章 12';
    const r = stripAnnotations(input);
    expect(Array.from(r.map!)).toEqual([0, 6, 7, 8, 9, 10]);
  });
});

describe('annotated reports', () => {
  it.each(files)('%s, annotated, gives the same cells, template, year and body', (name) => {
    const text = corpus(name);
    const format = name.endsWith('.html') ? 'html' : 'text';
    const plain = parseReport(text, { format });
    for (const annotated of [annotate(text), annotate(toTaiwan(text))]) {
      expect(annotated.length).toBeGreaterThan(text.length);
      const r = parseReport(annotated, { format });
      expect(cells(r)).toEqual(cells(plain));
      expect([r.template, r.metadata.year?.value, r.metadata.body?.value]).toEqual([plain.template, plain.metadata.year?.value, plain.metadata.body?.value]);
      const m = r.messages.find((x) => x.code === 'text-normalised');
      expect((m?.actual as { annotations: number }).annotations).toBeGreaterThan(10);
    }
  });

  it('spans point at the original, annotations inside them', () => {
    const text = annotate(corpus('t2021-tabs.txt'));
    const r = parseReport(text);
    const row = r.tables.t3!.rows.total!;
    expect(text.slice(row.labelSpan!.start, row.labelSpan!.end)).toBe('（七）总(zǒng)计');
    const cell = r.tables.t2!.rows.licensing!.cells.decisions;
    expect(text.slice(cell.span!.start, cell.span!.end)).toBe(cell.raw);
    const docs = r.tables.t2!.rows.normativeDocuments!;
    expect(text.slice(docs.labelSpan!.start, docs.labelSpan!.end)).toBe('行(xíng)政规(guī)范性文件');
    expect(docs.label).toBe('行政规范性文件');
  });

  it('a text without annotations is unchanged', () => {
    for (const name of files) {
      const text = corpus(name);
      const n = normalise(text);
      expect(n.counts.annotations).toBe(0);
    }
    expect(normalise('规章(2021)，第(一)项').text).toBe('规章(2021),第(一)项');
  });
});
