import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGrids, readGrids, readRuledColumns } from '../../src/read/grid/index.js';
import { corpusDir } from '../helpers.js';

const lines = (...ls: string[]) => ls.join('\n');

// Each drawing and the tab-separated rows it is read as.
const CASES: Array<{ name: string; input: string; rows: string }> = [
  {
    name: 'pandoc grid table: header rule "+===+", labels wrapped inside their cells',
    input: lines(
      '+----------------+----------+',
      '| 信息内容       | 本年新   |',
      '|                | 制作数量 |',
      '+================+==========+',
      '| 其他           | 10       |',
      '| 对外管理服务事 |          |',
      '| 项             |          |',
      '+----------------+----------+',
    ),
    rows: '信息内容\t本年新制作数量\n其他对外管理服务事项\t10',
  },
  {
    name: 'w3m box drawing: a label spanning two rows (rowspan), a header spanning two columns (colspan)',
    input: lines(
      '┌────────┬─────────────┐',
      '│        │申请人情况   │',
      '│        ├──────┬──────┤',
      '│        │自然人│总计  │',
      '├────┬───┼──────┼──────┤',
      '│（三│1.属│3     │3     │',
      '│）不│于国│      │      │',
      '│予公│家秘│      │      │',
      '│开  │密  │      │      │',
      '│    ├───┼──────┼──────┤',
      '│    │2.重│0     │0     │',
      '│    │复  │      │      │',
      '└────┴───┴──────┴──────┘',
    ),
    rows: '\t申请人情况\n\t自然人\t总计\n（三）不予公开\t1.属于国家秘密\t3\t3\n\t2.重复\t0\t0',
  },
  {
    name: "tabulate's fancy_grid measured by counting characters (no wcwidth): double rules, right-aligned numbers",
    input: lines(
      '╒═════════╤══════════╤══════════╕',
      '│ 信息内容    │   本年制发件数 │   现行有效件数 │',
      '╞═════════╪══════════╪══════════╡',
      '│ 规章      │        0 │        0 │',
      '├─────────┼──────────┼──────────┤',
      '│ 行政规范性文件 │        4 │       23 │',
      '╘═════════╧══════════╧══════════╛',
    ),
    rows: '信息内容\t本年制发件数\t现行有效件数\n规章\t0\t0\n行政规范性文件\t4\t23',
  },
  {
    name: 'psql / outline: ruled around the header only, one row per line',
    input: lines(
      '+------------+------+------+',
      '| 信息内容   | 件数 | 总数 |',
      '|------------+------+------|',
      '| 规章       | 0    | 0    |',
      '| 规范性文件 | 4    | 23   |',
      '+------------+------+------+',
    ),
    rows: '信息内容\t件数\t总数\n规章\t0\t0\n规范性文件\t4\t23',
  },
  {
    name: 'pandoc 2 rst: an empty cell beside CJK text drawn a column short; a number broken by a narrow column',
    input: lines(
      '+---+---+---+',
      '| 行 |  | 总 |',
      '| 政 |  | 计 |',
      '+---+---+---+',
      '| 1 | 0 | 1 |',
      '|   |   | 2 |',
      '+---+---+---+',
      '| 0 | 0 | 0 |',
      '+---+---+---+',
    ),
    rows: '行政\t\t总计\n1\t0\t12\n0\t0\t0',
  },
  {
    name: 'a row of a label and empty cells keeps its empty cells',
    input: lines('+------+---+---+', '| 规章 |   |   |', '+------+---+---+'),
    rows: '规章\t\t',
  },
];

describe('readGrids', () => {
  it.each(CASES)('$name', ({ input, rows }) => {
    const out = readGrids(`前文\n${input}\n后文`);
    expect(out?.text).toBe(`前文\n${rows}\n后文`);
    expect(out?.tables).toBe(1);
  });

  it('maps every character it keeps to the same character of the input', () => {
    for (const { input } of CASES) {
      const out = readGrids(input)!;
      expect(out.map.length).toBe(out.text.length + 1);
      for (let i = 0; i < out.text.length; i++) {
        const c = out.text[i]!;
        if (c !== '\t' && c !== '\n') expect(input[out.map[i]!]).toBe(c);
      }
    }
  });

  it('leaves text with no drawn table alone, markdown and org pipe tables included', () => {
    expect(readGrids('一、总体情况\n规章\t0\t0\t0')).toBeNull();
    expect(readGrids('| 信息内容 | 件数 |\n|---|---|\n| 规章 | 0 |')).toBeNull();
    expect(readGrids('| 信息内容 | 件数 |\n|----------+------|\n| 规章     | 0    |')).toBeNull();
    expect(findGrids('a + b = c\n+-- not a table')).toEqual([]);
  });

  it('reads the tables of every generated corpus form with rules and bars', () => {
    const dir = join(corpusDir, 'tools');
    // (w3m draws no rules for a borderless table: h2021-traditional's tables are columns of text.)
    const drawn = readdirSync(dir).filter((f) => /\.(w3m|pandoc-rst)\.txt$/u.test(f) && /^\s*[+┌]/mu.test(readFileSync(join(dir, f), 'utf8')));
    expect(drawn.length).toBe(9);
    for (const f of drawn) {
      const text = readFileSync(join(dir, f), 'utf8');
      const out = readGrids(text);
      expect(out?.tables, f).toBeGreaterThanOrEqual(1);
      // Every kept character is the input's own.
      for (let i = 0; i < out!.text.length; i += 7) {
        const c = out!.text[i]!;
        if (c !== '\t' && c !== '\n' && c !== ' ') expect(text[out!.map[i]!], f).toBe(c);
      }
    }
  });
});

describe('readRuledColumns', () => {
  it.each([
    {
      name: "pandoc's simple table (headerless, ruled above and below): one row per line, a blank cell kept",
      input: lines('  ---------- ------ ------', '  规章                     ', '  规范性文件 4      23', '  ---------- ------ ------'),
      rows: '规章\t\t\n规范性文件\t4\t23',
    },
    {
      name: 'reStructuredText simple table: header between rules, words one space apart in their columns, "\\" an empty cell',
      input: lines('======== ======== ====', '行政复议 结果维持 总计', '\\        结果纠正 总计', '1        0        1', '======== ======== ===='),
      rows: '行政复议\t结果维持\t总计\n\t结果纠正\t总计\n1\t0\t1',
    },
  ])('$name', ({ input, rows }) => {
    const out = readRuledColumns(`前文\n${input}\n后文`);
    expect(out?.text).toBe(`前文\n${rows}\n后文`);
    for (let i = 0; i < out!.text.length; i++) {
      const c = out!.text[i]!;
      if (c !== '\t' && c !== '\n') expect(`前文\n${input}\n后文`[out!.map[i]!]).toBe(c);
    }
  });

  it('joins the lines of a row in a table whose rows are separated by blank lines', () => {
    const input = lines('---------- -- --', '规范性     4  23', '文件', '', '规章       0  0', '---------- -- --');
    expect(readRuledColumns(input)?.text).toBe('规范性文件\t4\t23\n规章\t0\t0');
  });

  it('leaves alone text with no rule of two or more runs', () => {
    expect(readRuledColumns('一、总体情况\n-----\n规章  0  0')).toBeNull();
    expect(readRuledColumns('| a | b |\n|---|---|\n| 1 | 2 |')).toBeNull();
  });
});
