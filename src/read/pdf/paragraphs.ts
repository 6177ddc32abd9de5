import { firstChar, isWide, lastChar } from './chars.js';
import type { OutLine } from './types.js';

/** Lines that start a heading or a numbered item: never the continuation of a wrapped line. */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+[章节条部])/;

const lineText = (l: OutLine) => l.segments.map((s) => s.text).join('');

/**
 * The left and right edges of each page's prose: the extremes of its lines of ten characters or
 * more — on pages where at least three such lines end within an em of the right edge, so that
 * it is an edge the text was wrapped at, not the end of a lone line, or whose edges are within
 * an em of such a page's.
 */
function edges(lines: readonly OutLine[]): Map<number, { left: number; right: number }> {
  const byPage = new Map<number, OutLine[]>();
  for (const l of lines) {
    if (l.table || lineText(l).length < 10) continue;
    const list = byPage.get(l.page);
    if (list) list.push(l);
    else byPage.set(l.page, [l]);
  }
  const out = new Map<number, { left: number; right: number }>();
  const unsure: Array<[number, { left: number; right: number; size: number }]> = [];
  for (const [page, list] of byPage) {
    const right = Math.max(...list.map((l) => l.x1));
    const left = Math.min(...list.map((l) => l.x0));
    if (list.filter((l) => l.x1 >= right - l.size).length >= 3) out.set(page, { left, right });
    else unsure.push([page, { left, right, size: Math.max(...list.map((l) => l.size)) }]);
  }
  // A page with few lines (the end of a report) has the edges of the other pages, if its own agree.
  const known = [...out.values()];
  for (const [page, e] of unsure) {
    if (known.some((k) => Math.abs(k.right - e.right) <= e.size && Math.abs(k.left - e.left) <= e.size)) out.set(page, { left: e.left, right: e.right });
  }
  return out;
}

/**
 * Joins prose lines that the layout wrapped: a line that runs to within 2½ em of the right edge
 * of the page's text, followed — on the next line or at the top of the next page — by a line of the same
 * size that starts at the left edge (not indented) and does not start a heading or numbered
 * item. Where either side is a CJK character the lines join directly, else with a space. Table rows are never joined.
 *
 * @example
 * const line = (text: string, top: number, x1: number): OutLine => ({ segments: [{ text, box: null }], page: 1, top, bottom: top + 10, x0: 72, x1, size: 10, table: false });
 * const lines = [line('本报告根据《中华人民共', 100, 523), line('和国政府信息公开条例》', 114, 523), line('和上级的要求编制，全文', 128, 523), line('如下。', 142, 110)];
 * joinWrapped(lines).map((l) => l.segments.map((s) => s.text).join(''));
 * // → ['本报告根据《中华人民共和国政府信息公开条例》和上级的要求编制，全文如下。']
 */
export function joinWrapped(lines: readonly OutLine[]): OutLine[] {
  const bounds = edges(lines);
  const out: OutLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !prev.table && !line.table && continues(prev, line, bounds)) {
      const last = prev.segments[prev.segments.length - 1];
      const glue = isWide(lastChar(lineText(prev))) || isWide(firstChar(lineText(line))) ? '' : ' ';
      // The joined line is judged by its last part when the next line comes.
      out[out.length - 1] = {
        ...prev,
        segments: [...prev.segments, ...(glue ? [{ text: glue, box: last?.box ?? null }] : []), ...line.segments],
        page: line.page,
        top: line.top,
        bottom: line.bottom,
        x1: line.x1,
      };
      continue;
    }
    out.push(line);
  }
  return out;
}

function continues(a: OutLine, b: OutLine, bounds: Map<number, { left: number; right: number }>): boolean {
  const ea = bounds.get(a.page);
  const eb = bounds.get(b.page);
  if (!ea || !eb) return false;
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.15 * size) return false;
  if (a.x1 < ea.right - 2.5 * a.size) return false;
  if (b.x0 > eb.left + 0.5 * b.size) return false;
  if (a.page === b.page && (b.top - a.bottom > 1.2 * size || b.top < a.top)) return false;
  if (a.page !== b.page && b.page !== a.page + 1) return false;
  if (a.segments.some((s) => s.text === '\t') || b.segments.some((s) => s.text === '\t')) return false;
  return !STARTS_ITEM.test(lineText(b));
}
