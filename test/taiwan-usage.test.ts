// Reports written in Taiwan usage (opencc cn → twp: 檔案 for 文件, 資訊 for 信息, 專案 for 项目, 資料 for
// 数据) read as their mainland originals do: every corpus report, converted, gives the same cells,
// template, year and body.
import { readdirSync } from 'node:fs';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { normalise, parseReport, TEMPLATES, toCells, type Report, type TableDef } from '../src/index.js';
import { SECTION_DEFS } from '../src/segment/section-titles.js';
import { corpus, corpusDir } from './helpers.js';

const toTaiwan = ConverterBuilder(cn2t)({ from: 'cn', to: 'twp' });
const files = readdirSync(corpusDir)
  .filter((f) => /^[a-z0-9].*\.(?:txt|html)$/u.test(f))
  .sort();

/** What must not change: cells (key and value), template, year, body. */
function essence(report: Report): unknown {
  return {
    template: report.template,
    year: report.metadata.year?.value ?? null,
    body: report.metadata.body?.value ?? null,
    cells: toCells(report).map((c) => `${c.table}.${c.row}.${c.column}=${c.value ?? c.raw ?? 'absent'}`),
  };
}

describe('Taiwan usage (cn → twp)', () => {
  it.each(files)('%s reads the same in Taiwan usage', (name) => {
    const text = corpus(name);
    const taiwan = toTaiwan(text);
    const format = name.endsWith('.html') ? 'html' : 'text';
    expect(taiwan).not.toBe(text);
    expect(essence(parseReport(taiwan, { format }))).toEqual(essence(parseReport(text, { format })));
  });
});

/** Every label, alias, header path and header text of both templates, and the six section titles. */
function templateTexts(): string[] {
  const texts = new Set<string>(SECTION_DEFS.map((d) => d.title));
  for (const t of TEMPLATES) {
    for (const table of Object.values(t.tables) as TableDef[]) {
      for (const x of [...table.rows, ...table.groups, ...table.columns] as Array<{ label: string; aliases?: readonly string[]; path?: readonly string[] }>) {
        texts.add(x.label);
        for (const a of x.aliases ?? []) texts.add(a);
        for (const p of x.path ?? []) texts.add(p);
      }
      for (const h of table.headers) texts.add(h);
    }
  }
  return [...texts];
}

describe('Taiwan phrases', () => {
  it('every label, header and section title of both templates comes back from Taiwan usage', () => {
    const texts = templateTexts();
    expect(texts.length).toBeGreaterThan(90);
    const wrong = texts.filter((t) => normalise(toTaiwan(t)).text !== normalise(t).text).map((t) => `${t} → ${toTaiwan(t)} → ${normalise(toTaiwan(t)).text}`);
    expect(wrong).toEqual([]);
  });

  it('the title line and the body read from a title in Taiwan usage', () => {
    const title = toTaiwan('漯河回族自治县人民政府2021年政府信息公开工作年度报告');
    expect(title).toBe('漯河回族自治縣人民政府2021年政府資訊公開工作年度報告');
    const r = parseReport(`${title}\n一、總體情況\n`);
    expect(r.metadata.body?.value).toBe('漯河回族自治县人民政府');
    expect(r.metadata.year?.value).toBe(2021);
    expect(r.metadata.title?.value).toBe('漯河回族自治县人民政府2021年政府信息公开工作年度报告');
  });

  it.each([
    ['本年新收政府資訊公開申請數量', '本年新收政府信息公开申请数量', 1],
    ['行政規範性檔案', '行政规范性文件', 1],
    ['其他主動公開檔案', '其他主动公开文件', 1],
    ['| 專案 | 資料1 | 資料2 |', '| 项目 | 数据1 | 数据2 |', 3],
    ['資料專案', '数据项目', 1],
  ])('rewrites the label phrase %s', (input, expected, count) => {
    const n = normalise(input);
    expect(n.text).toBe(expected);
    expect(n.counts.taiwan).toBe(count);
  });

  it.each([
    ['本館的檔案館和人事檔案', '本馆的档案馆和人事档案'],
    ['專案組調查', '专案组调查'],
    ['調閱資料室的資料庫', '调阅资料室的资料库'],
    ['檔案', '档案'],
  ])('keeps the mainland words of prose: %s', (input, expected) => {
    const n = normalise(input);
    expect(n.text).toBe(expected);
    expect(n.counts.taiwan).toBe(0);
  });

  it('leaves a simplified text alone, even with Taiwan-looking phrases (no traditional character: not searched)', () => {
    const n = normalise('政府资讯公开 规范性档案');
    expect(n.text).toBe('政府资讯公开 规范性档案');
    expect(n.counts.taiwan).toBe(0);
  });

  it('rewrites only phrases holding a converted character: simplified passages of a traditional text keep their words', () => {
    const n = normalise('政府资讯公开，政府資訊公開');
    expect(n.text).toBe('政府资讯公开,政府信息公开');
    expect(n.counts.taiwan).toBe(1);
  });

  it('counts the phrases in text-normalised', () => {
    const r = parseReport(toTaiwan(corpus('seed-luohe-2021.txt')));
    const m = r.messages.find((x) => x.code === 'text-normalised');
    expect((m?.actual as { taiwan: number }).taiwan).toBeGreaterThan(5);
    expect(m?.message).toMatch(/taiwan \d+ phrases?/u);
  });
});
