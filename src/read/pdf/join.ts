import { firstChar, isNumberText, isWide, lastChar } from './chars.js';
import { dominantSize, extent, groupLines } from './lines.js';
import type { Piece, Segment } from './types.js';

/** How two neighbouring pieces are joined: directly, by a space, or as two cells. */
export type Separator = '' | ' ' | '\t';

/**
 * Decides what goes between two pieces that follow each other on a line, from the gap between
 * them measured in ems:
 *
 * - in a free line (`cells: true`), a gap of 1 em or more starts a new cell, and so does a gap
 *   of ½ em between two numbers;
 * - two wide (CJK) characters are joined directly: a narrower gap is a space pdf.js guessed
 *   inside a word ("情 形" → "情形"), and in a known cell so is a wider one;
 * - a CJK character next to a Latin one gets a space only across a gap wider than ⅓ em, two
 *   Latin characters across a gap wider than 0.15 em.
 *
 * @example
 * let x = 72; // pieces of 10-point text on one baseline, each `gap` points after the last
 * const p = (text: string, gap = 0): Piece => {
 *   const x0 = x + gap;
 *   x = x0 + text.length * 10;
 *   return { text, x0, x1: x, top: 100, bottom: 110, baseline: 108, size: 10, box: { page: 1, x: x0, y: 100, width: x - x0, height: 10 } };
 * };
 * separator(p('情'), p('形', 3), true); // → '' (形 starts less than 1 em after 情 ends)
 * separator(p('情'), p('形', 12), true); // → '\t'
 */
export function separator(left: Piece, right: Piece, cells: boolean): Separator {
  const em = Math.max(left.size, right.size);
  const gap = (right.x0 - left.x1) / em;
  if (cells) {
    if (gap >= 1) return '\t';
    if (gap >= 0.5 && isNumberText(left.text) && isNumberText(right.text)) return '\t';
  }
  const l = lastChar(left.text);
  const r = firstChar(right.text);
  if (isWide(l) && isWide(r)) return '';
  if (isWide(l) || isWide(r)) return gap > 1 / 3 ? ' ' : '';
  return gap > 0.15 ? ' ' : '';
}

/**
 * Joins the pieces of one line (sorted left to right) into segments, with the separators
 * {@link separator} chooses; a separator carries the box of the piece before it.
 *
 * @example
 * let x = 72; // pieces of 10-point text on one baseline, each `gap` points after the last
 * const p = (text: string, gap = 0): Piece => {
 *   const x0 = x + gap;
 *   x = x0 + text.length * 10;
 *   return { text, x0, x1: x, top: 100, bottom: 110, baseline: 108, size: 10, box: { page: 1, x: x0, y: 100, width: x - x0, height: 10 } };
 * };
 * joinLine([p('一、本年新收'), p('21', 40), p('0', 40)], true).map((s) => s.text).join(''); // → '一、本年新收\t21\t0'
 */
export function joinLine(pieces: readonly Piece[], cells: boolean): Segment[] {
  const out: Segment[] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (prev) {
      const sep = separator(prev, p, cells);
      if (sep) out.push({ text: sep, box: prev.box });
    }
    if (p.segments) out.push(...p.segments);
    else out.push({ text: p.text, box: p.box });
    prev = p;
  }
  return out;
}

const DIGIT = /^[\d０-９]$/u;

/**
 * Joins lines of one cell (each a list of segments, top to bottom) into one run: directly where
 * either side is a CJK character ("社会" + "公益" + "组织" → "社会公益组织") or both are digits
 * (a number wrapped in a narrow column, "3" + "0" → "30"), otherwise by a space.
 *
 * @example
 * const seg = (text: string): Segment => ({ text, box: null });
 * joinStack([[seg('商业')], [seg('企业')]]).map((s) => s.text).join(''); // → '商业企业'
 */
export function joinStack(lines: readonly Segment[][]): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    const last = out[out.length - 1];
    const first = line[0];
    const a = last ? lastChar(last.text) : undefined;
    const b = first ? firstChar(first.text) : undefined;
    if (last && first && !(isWide(a) || isWide(b) || (DIGIT.test(a ?? '') && DIGIT.test(b ?? '')))) {
      out.push({ text: ' ', box: last.box });
    }
    out.push(...line);
  }
  return out;
}

/**
 * The text of pieces that make up one cell: their lines top to bottom, each joined without
 * tabs, the lines run together by {@link joinStack}.
 *
 * @example
 * let x = 72; // pieces of 10-point text on one baseline, each `gap` points after the last
 * const p = (text: string, gap = 0): Piece => {
 *   const x0 = x + gap;
 *   x = x0 + text.length * 10;
 *   return { text, x0, x1: x, top: 100, bottom: 110, baseline: 108, size: 10, box: { page: 1, x: x0, y: 100, width: x - x0, height: 10 } };
 * };
 * cellSegments([p('社会'), p('公益', 2), p('组织', 2)]).map((s) => s.text).join(''); // → '社会公益组织'
 */
export function cellSegments(pieces: readonly Piece[]): Segment[] {
  return joinStack(groupLines(pieces).map((line) => joinLine(line, false)));
}

/**
 * One piece standing for several that make up one cell (a wrapped or stacked label): its box
 * is theirs together, its baseline that of its first line, its text {@link cellSegments}.
 * Merged pieces among them are taken apart first, so merging again reads the lines afresh.
 *
 * @example
 * let x = 72; // pieces of 10-point text on one baseline, each `gap` points after the last
 * const p = (text: string, gap = 0): Piece => {
 *   const x0 = x + gap;
 *   x = x0 + text.length * 10;
 *   return { text, x0, x1: x, top: 100, bottom: 110, baseline: 108, size: 10, box: { page: 1, x: x0, y: 100, width: x - x0, height: 10 } };
 * };
 * mergePieces([p('社会'), p('公益'), p('组织')]).text; // → '社会公益组织'
 */
export function mergePieces(merged: readonly Piece[]): Piece {
  const pieces = merged.flatMap((p) => p.parts ?? [p]);
  const segments = cellSegments(pieces);
  const first = groupLines(pieces)[0]?.[0] ?? pieces[0]!;
  const { x0, x1, top, bottom } = extent(pieces);
  return {
    text: segments.map((s) => s.text).join(''),
    x0,
    x1,
    top,
    bottom,
    baseline: first.baseline,
    size: dominantSize(pieces),
    box: first.box,
    segments,
    parts: pieces,
  };
}

/**
 * Joins the cells of a row with `'\t'` separators, each carrying the box of the last character
 * before it (null before any).
 *
 * @example
 * const seg = (text: string): Segment => ({ text, box: null });
 * joinCells([[seg('规章')], [seg('0')], [], [seg('3')]]).map((s) => s.text).join(''); // → '规章\t0\t\t3'
 */
export function joinCells(cells: readonly Segment[][]): Segment[] {
  const out: Segment[] = [];
  let lastBox: Segment['box'] = null;
  cells.forEach((cell, j) => {
    if (j > 0) out.push({ text: '\t', box: lastBox });
    out.push(...cell);
    lastBox = cell[cell.length - 1]?.box ?? lastBox;
  });
  return out;
}
