import type { OutLine, PdfBox } from './types.js';

/**
 * Writes lines out as one string with a box for every UTF-16 code unit: a segment's box for its
 * characters, and for a separator without a box of its own (and each `'\n'`) the box of the
 * character before it.
 *
 * @example
 * const box = { page: 1, x: 72, y: 90, width: 24, height: 12 };
 * const line = { segments: [{ text: '规章', box }, { text: '\t', box: null }, { text: '0', box }], page: 1, top: 90, bottom: 102, x0: 72, x1: 130, size: 12, table: true };
 * const { text, boxes } = buildText([line, line]);
 * text; // → '规章\t0\n规章\t0'
 * boxes.length === text.length; // → true
 */
export function buildText(lines: readonly OutLine[]): { text: string; boxes: (PdfBox | null)[] } {
  const parts: string[] = [];
  const boxes: (PdfBox | null)[] = [];
  let last: PdfBox | null = null;
  lines.forEach((line, i) => {
    if (i > 0) {
      parts.push('\n');
      boxes.push(last);
    }
    for (const s of line.segments) {
      const box = s.box ?? last;
      parts.push(s.text);
      for (let k = 0; k < s.text.length; k++) boxes.push(box);
      if (box) last = box;
    }
  });
  return { text: parts.join(''), boxes };
}
