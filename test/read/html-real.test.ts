import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html/index.js';

/**
 * Real CMS pages kept outside the repository (../shared/real, read-only, never copied in).
 * Skipped where that folder is absent.
 */
const REAL = fileURLToPath(new URL('../../../shared/real/', import.meta.url));
const PAGES = ['027-pingtan-2019', '029-pingtan-2021'].filter((name) => existsSync(`${REAL}${name}.html`));

interface Expected {
  table: string;
  row: string;
  values: string[];
}

/** Rows of expected/NAME.tsv for tables 2 and 3, values in column order, and table 4's 15 values. */
function expected(name: string): { rows: Expected[]; table4: string[] } {
  const rows: Expected[] = [];
  const table4: string[] = [];
  for (const line of readFileSync(`${REAL}expected/${name}.tsv`, 'utf8').split('\n')) {
    const [table, row, , value] = line.split('\t');
    if (table === '4') table4.push(value ?? '');
    if (table !== '2' && table !== '3') continue;
    const last = rows.at(-1);
    if (last && last.table === table && last.row === row) last.values.push(value ?? '');
    else rows.push({ table, row: row!, values: [value ?? ''] });
  }
  return { rows, table4 };
}

describe.skipIf(PAGES.length === 0)('htmlToText on real CMS pages', () => {
  it.each(PAGES)('%s: tables 2 and 3 come out as tab-separated rows with the printed cells', (name) => {
    const html = readFileSync(`${REAL}${name}.html`, 'utf8');
    const lines = htmlToText(html).text.split('\n').map((l) => l.split('\t'));
    let from = 0;
    for (const row of expected(name).rows) {
      const at = lines.findIndex((cells, i) => i >= from && cells.some((c) => c.startsWith(row.row)));
      expect(at, `${row.table}/${row.row}`).toBeGreaterThanOrEqual(0);
      const cells = lines[at]!;
      const labelAt = cells.findIndex((c) => c.startsWith(row.row));
      const values = cells.slice(labelAt + 1).filter((c) => c !== '').map((c) => c.replace(/元$/, ''));
      expect(values, `${row.table}/${row.row}`).toEqual(row.values);
      from = at + 1;
    }
  });

  it.each(PAGES)('%s: table 4 is one row of 15 numbers under its header rows', (name) => {
    const html = readFileSync(`${REAL}${name}.html`, 'utf8');
    const lines = htmlToText(html).text.split('\n');
    const heading = lines.findIndex((l) => l.includes('四、政府信息公开行政复议、行政诉讼情况'));
    const numbers = lines.slice(heading).find((l) => /^\d+(\t\d+){14}$/.test(l));
    expect(numbers?.split('\t')).toEqual(expected(name).table4);
  });

  it.each(PAGES)('%s: page chrome and metadata are gone, meta is read', (name) => {
    const html = readFileSync(`${REAL}${name}.html`, 'utf8');
    const { text, map, meta } = htmlToText(html);
    for (const chrome of ['当前位置', '首页', '版权所有', '网站标识码', '无障碍', '来源：', 'function', '{']) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(meta.publisher?.value).toBe('平潭县人民政府');
    expect(meta.date?.value).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(meta.title?.value).toContain('政府信息公开工作年度报告');
    for (const f of [meta.publisher!, meta.date!, meta.title!]) expect(html.slice(f.start, f.end)).toBe(f.value);
    expect(map.findIndex((v, i) => i > 0 && v < map[i - 1]!)).toBe(-1);
  });
});
