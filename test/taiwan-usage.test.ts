// Reports written in Taiwan usage (opencc cn → twp: 檔案 for 文件, 資訊 for 信息, 專案 for 项目, 資料 for
// 数据) read as their mainland originals do: every corpus report, converted, gives the same cells,
// template, year and body.
import { readdirSync } from 'node:fs';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { parseReport, toCells, type Report } from '../src/index.js';
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
