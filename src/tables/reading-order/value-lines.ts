import { isWhiteSpace } from '../white-space.js';

/**
 * Whether `text[start, end)` has at least `least` lines that may hold one value alone: one word
 * (between white space) made only of the characters a value is written with (digits, + - . /, dashes,
 * 无). Every line {@link regionValues} counts as a value alone is such a line, so a region with fewer
 * cannot be in reading order: the test costs a look at each line's first characters (a label line stops
 * at its first ideograph), where reading the values slices and matches every line.
 *
 * @example
 * hasValueLines('自然人\n30\n5\n0\n总计', 0, 15, 3); // → true
 * hasValueLines('规章\t0\t0\t0\n行政规范性文件\t1\t0\t5', 0, 24, 1); // → false
 */
export function hasValueLines(text: string, start: number, end: number, least: number): boolean {
  if (least <= 0) return true;
  let count = 0;
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    if (oneValueWord(text, pos, nl) && ++count >= least) return true;
    pos = nl + 1;
  }
  return false;
}

/** Whether text[from, to) is white space around one word of value characters. */
function oneValueWord(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i === to) return false;
  while (i < to && isValueChar(text.charCodeAt(i))) i++;
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  return i === to;
}

/** Digits, + - . /, the dashes — and ─ and –, and 无. */
const isValueChar = (c: number) => (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 47 || c === 0x2014 || c === 0x2013 || c === 0x2500 || c === 0x65e0;
