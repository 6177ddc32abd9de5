import type { OutLine } from './types.js';

/** Page numbers as printed alone on a line: "- 1 -", "-1-", "— 2 —", "第1页", "第 1 页 共 5 页", "1/5", "Page 1 of 5", "1". */
// (`\s*[,，]?\s*` is written `\s*(?:[,，]\s*)?`: the same strings, without the quadratic backtracking
// over a long run of white space.)
const PAGE_NUMBER =
  /^(?:[-－—–~～·•_]*\s*\d{1,4}\s*[-－—–~～·•_]*|第\s*\d{1,4}\s*页(?:\s*(?:[,，/／]\s*)?共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*(?:[,，]\s*)?第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;

/** The share of the page height, at the top and at the bottom, where headers and footers live. */
const MARGIN = 0.12;

const lineText = (l: OutLine) => l.segments.map((s) => s.text).join('');

/**
 * Is `text` a page number as printed in a header or footer?
 *
 * @example
 * isPageNumber('- 2 -'); // true
 * isPageNumber('第3页 共5页'); // true
 * isPageNumber('2.重复申请'); // false
 */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * Drops page furniture from the lines of all pages: page numbers in the top or bottom eighth of
 * a page, and running headers or footers — a line (digits aside) printed in those margins on at
 * least half of the pages, two at least. Table rows are never furniture.
 *
 * @example
 * const line = (text: string, page: number, top: number): OutLine => ({ segments: [{ text, box: null }], page, top, bottom: top + 10, x0: 280, x1: 320, size: 10, table: false });
 * const pages = [1, 2].map((n) => [line('某某县2021年报告', n, 30), line(`正文第${n}页的内容`, n, 400), line(`- ${n} -`, n, 800)]);
 * dropFurniture(pages, [842, 842]).map((lines) => lines.map((l) => l.segments[0]!.text));
 * // → [['正文第1页的内容'], ['正文第2页的内容']]
 */
export function dropFurniture(pages: readonly OutLine[][], heights: readonly number[]): OutLine[][] {
  const inMargin = (l: OutLine, page: number) => {
    const h = heights[page] ?? 842;
    return l.bottom <= h * MARGIN || l.top >= h * (1 - MARGIN);
  };
  const shape = (l: OutLine) => lineText(l).replace(/\s+/g, '').replace(/\d+/g, '#');
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, page) => {
    for (const l of lines) {
      if (l.table || !inMargin(l, page)) continue;
      const k = shape(l);
      if (!k) continue;
      const set = seen.get(k) ?? new Set<number>();
      set.add(page);
      seen.set(k, set);
    }
  });
  const running = new Set<string>();
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const [k, set] of seen) if (set.size >= needed) running.add(k);
  return pages.map((lines, page) =>
    lines.filter((l) => l.table || !inMargin(l, page) || !(isPageNumber(lineText(l)) || running.has(shape(l)))),
  );
}
