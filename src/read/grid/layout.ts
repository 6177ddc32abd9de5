import { displayWidth } from './chars.js';

/** One line of a text table laid out on a terminal: which code unit sits at each display column. */
export interface LaidLine {
  /** Offset of the line's first code unit in the text. */
  start: number;
  /** Offset after the line's last code unit (the line break not included). */
  end: number;
  /** `at[x]` = offset of the character drawn at display column x (a wide character fills two). */
  at: Int32Array;
}

/**
 * Lays out `text[start, end)` on a terminal: every display column gets the offset of the character
 * drawn there. East Asian wide characters take two columns; ambiguous ones two when `ambiguousWide`.
 *
 * @example
 * layoutLine('|表|', 0, 3, false).at; // Int32Array [0, 1, 1, 2]
 */
export function layoutLine(text: string, start: number, end: number, ambiguousWide: boolean): LaidLine {
  const cols: number[] = [];
  for (let i = start; i < end; ) {
    const c = text.codePointAt(i)!;
    const n = c > 0xffff ? 2 : 1;
    const w = c === 9 ? 8 - (cols.length % 8) : displayWidth(c, ambiguousWide);
    for (let k = 0; k < w; k++) cols.push(i);
    i += n;
  }
  return { start, end, at: Int32Array.from(cols) };
}

/** The code at display column `x` of a laid-out line (0 past its end; a space for the second half of a wide character is not given: the character itself is). */
export function codeAt(text: string, line: LaidLine, x: number): number {
  if (x < 0 || x >= line.at.length) return 32;
  return text.charCodeAt(line.at[x]!);
}

/** Whether display column `x` is the first column of the character drawn there. */
export function startsAt(line: LaidLine, x: number): boolean {
  return x >= 0 && x < line.at.length && (x === 0 || line.at[x - 1] !== line.at[x]);
}
