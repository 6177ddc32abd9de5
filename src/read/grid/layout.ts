import { displayWidth } from './chars.js';

/**
 * How a tool measured its text when it drew the table: as a terminal does (East Asian wide
 * characters two columns, ambiguous ones one), as a CJK terminal does (ambiguous ones two too), or by
 * counting characters (tabulate without wcwidth: every character one column).
 */
export type Measure = 'terminal' | 'cjk-terminal' | 'characters';

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
 * Lays out `text[start, end)` as the tool that drew it measured it: every display column gets the
 * offset of the character drawn there.
 *
 * @example
 * layoutLine('|表|', 0, 3, 'terminal').at; // Int32Array [0, 1, 1, 2]
 * layoutLine('|表|', 0, 3, 'characters').at; // Int32Array [0, 1, 2]
 */
export function layoutLine(text: string, start: number, end: number, measure: Measure): LaidLine {
  const ambiguousWide = measure === 'cjk-terminal';
  const cols: number[] = [];
  for (let i = start; i < end; ) {
    const c = text.codePointAt(i)!;
    const n = c > 0xffff ? 2 : 1;
    const w = c === 9 ? 8 - (cols.length % 8) : measure === 'characters' ? 1 : displayWidth(c, ambiguousWide);
    for (let k = 0; k < w; k++) cols.push(i);
    i += n;
  }
  return { start, end, at: Int32Array.from(cols) };
}

/** The code at display column `x` of a laid-out line (0 past its end; a space for the second half of a wide character is not given: the character itself is). */
export function codeAt(text: string, line: LaidLine, x: number): number {
  if (x < 0 || x >= line.at.length) return 32;
  const o = line.at[x]!;
  return o < 0 ? 32 : text.charCodeAt(o);
}

/** Whether display column `x` is the first column of the character drawn there (false on padding). */
export function startsAt(line: LaidLine, x: number): boolean {
  return x >= 0 && x < line.at.length && line.at[x]! >= 0 && (x === 0 || line.at[x - 1] !== line.at[x]);
}

/**
 * Lays a line out again with its bars moved onto the given boundaries, the k-th bar onto `xs[k]`,
 * and each cell's text from just after its bar (padding where it is short, cut where it overflows).
 * For drawings whose tool misjudged the width of some characters (pandoc 2 pads an empty cell
 * beside CJK text by one column too few). Null when the line does not have one bar per boundary.
 *
 * @example
 * const line = layoutLine('| 行 |  |', 0, 8, 'terminal'); // bars at columns 0, 5, 8
 * realign(line, [0, 5, 8], [0, 5, 9])?.at.length; // 10: the last bar moved onto column 9
 */
export function realign(line: LaidLine, bars: number[], xs: readonly number[]): LaidLine | null {
  if (bars.length !== xs.length) return null;
  const at = new Int32Array(xs[xs.length - 1]! + 1).fill(-1);
  for (let k = 0; k < bars.length; k++) {
    at[xs[k]!] = line.at[bars[k]!]!;
    if (k + 1 === bars.length) break;
    let x = xs[k]! + 1;
    for (let y = bars[k]! + 1; y < bars[k + 1]! && x < xs[k + 1]!; y++) {
      if (line.at[y]! >= 0) at[x] = line.at[y]!;
      x++;
    }
  }
  return { start: line.start, end: line.end, at };
}
