/** Character classes used while turning HTML text into lines. */

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const NBSP = 0xa0;

export const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Whitespace that collapses to one space and is trimmed at line and cell edges: HTML's (space, tab,
 * LF, FF, CR) plus U+00A0 and U+3000 (used to pad cells and indent paragraphs).
 */
export function isHtmlSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR || c === 12 || c === NBSP || c === IDEOGRAPHIC_SPACE;
}

/** Invisible characters dropped from the text: zero-width space, BOM / zero-width no-break space, soft hyphen. */
export function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0xad;
}

/** East Asian wide characters: a line break between two of them is dropped, not turned into a space (CSS Text 3). */
export function isWide(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** ASCII letter or digit: the only neighbours that get a space when a <br>/<p> boundary inside a cell is joined. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII or full-width digit. */
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
