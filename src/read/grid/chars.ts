/**
 * The characters a text table is drawn with: ASCII (`+`, `-`, `=`, `|`, as pandoc, reStructuredText,
 * emacs org and tabulate draw grids) and Unicode box drawing (U+2500–U+257F, as w3m and terminal
 * tools draw them), and how wide a character is on a terminal.
 */

/** What a character draws: part of a horizontal rule, a vertical bar, a junction of both, or neither. */
export type Stroke = 'horizontal' | 'vertical' | 'junction' | null;

// Box drawing characters that are only horizontal or only vertical; every other one in U+2500–U+257F
// joins both (corners, tees, crosses).
const HORIZONTAL = new Set([...'─━═┄┅┈┉╌╍╴╶╸╺╼╾']);
const VERTICAL = new Set([...'│┃║┆┇┊┋╎╏╵╷╹╻╽╿']);

/**
 * What the character with code `c` draws.
 *
 * @example
 * strokeOf('┼'.charCodeAt(0)); // 'junction'
 * strokeOf('-'.charCodeAt(0)); // 'horizontal'
 */
export function strokeOf(c: number): Stroke {
  if (c === 45 /* - */ || c === 61 /* = */) return 'horizontal';
  if (c === 124 /* | */) return 'vertical';
  if (c === 43 /* + */) return 'junction';
  if (c < 0x2500 || c > 0x257f) return null;
  const ch = String.fromCharCode(c);
  if (HORIZONTAL.has(ch)) return 'horizontal';
  if (VERTICAL.has(ch)) return 'vertical';
  // U+2571–U+2573 are diagonals, not strokes of a grid.
  return c >= 0x2571 && c <= 0x2573 ? null : 'junction';
}

/** Does the code draw a vertical boundary (a bar or a junction)? */
export const isBar = (c: number): boolean => {
  const s = strokeOf(c);
  return s === 'vertical' || s === 'junction';
};

/**
 * East Asian Ambiguous characters that occur in reports: a terminal may draw them one or two
 * columns wide (most tools draw them one; CJK terminals two). Box drawing characters are ambiguous too.
 */
function isAmbiguous(c: number): boolean {
  return (
    c === 0xa7 || c === 0xa8 || c === 0xb0 || c === 0xb1 || c === 0xb7 || c === 0xd7 || c === 0xf7 ||
    (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203b) || (c >= 0x2103 && c <= 0x2109) ||
    (c >= 0x2160 && c <= 0x217f) || (c >= 0x2190 && c <= 0x2199) || (c >= 0x2460 && c <= 0x24ff) ||
    (c >= 0x2500 && c <= 0x257f) || (c >= 0x25a0 && c <= 0x25ff) || (c >= 0x2605 && c <= 0x2606) ||
    (c >= 0x0391 && c <= 0x03c9) || (c >= 0x0401 && c <= 0x0451)
  );
}

/**
 * How many terminal columns the code point `c` takes: 2 for East Asian Wide and Fullwidth characters
 * (CJK ideographs, kana, hangul, full-width forms, CJK punctuation), 2 for ambiguous ones when
 * `ambiguousWide`, 0 for combining marks, else 1.
 *
 * @example
 * displayWidth('表'.codePointAt(0)!, false); // 2
 * displayWidth('“'.codePointAt(0)!, false); // 1
 */
export function displayWidth(c: number, ambiguousWide: boolean): number {
  if (c < 0x300) return c >= 0xa1 && ambiguousWide && isAmbiguous(c) ? 2 : 1;
  if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ||
    (c >= 0x2f00 && c <= 0x2fdf)
  ) {
    return 2;
  }
  return ambiguousWide && isAmbiguous(c) ? 2 : 1;
}
