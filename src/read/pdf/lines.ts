import type { Piece } from './types.js';

/**
 * Groups pieces into lines by baseline: a piece joins a line when its baseline lies within
 * 0.4 of the smaller font size of the line's first piece. Lines come top to bottom, their
 * pieces left to right.
 *
 * @example
 * const p = (text: string, x0: number, baseline: number) => ({ text, x0, baseline, size: 10 });
 * groupLines([p('年度报告', 60, 40), p('一、', 0, 80), p('总体情况', 20, 81)]).map((line) => line.map((q) => q.text).join(''));
 * // → ['年度报告', '一、总体情况']
 */
export function groupLines<T extends Pick<Piece, 'baseline' | 'size' | 'x0'>>(pieces: readonly T[]): T[][] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: T[][] = [];
  let current: T[] = [];
  let anchor: T | undefined;
  for (const p of sorted) {
    if (anchor && Math.abs(p.baseline - anchor.baseline) <= 0.4 * Math.min(p.size, anchor.size)) {
      current.push(p);
      continue;
    }
    if (current.length) lines.push(current);
    current = [p];
    anchor = p;
  }
  if (current.length) lines.push(current);
  for (const line of lines) line.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** The smallest box around some pieces. */
export function extent(pieces: readonly Piece[]): { x0: number; x1: number; top: number; bottom: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of pieces) {
    x0 = Math.min(x0, p.x0);
    x1 = Math.max(x1, p.x1);
    top = Math.min(top, p.top);
    bottom = Math.max(bottom, p.bottom);
  }
  return { x0, x1, top, bottom };
}

/** The most common font size among pieces (by characters), rounded to a tenth of a point. */
export function dominantSize(pieces: readonly Piece[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = -1;
  for (const p of pieces) {
    const size = Math.round(p.size * 10) / 10;
    const n = (counts.get(size) ?? 0) + p.text.length;
    counts.set(size, n);
    if (n > bestCount) {
      best = size;
      bestCount = n;
    }
  }
  return best;
}
