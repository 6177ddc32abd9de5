/**
 * Wide characters: CJK ideographs (with extensions and compatibility forms), Kangxi and CJK
 * radicals, CJK symbols and punctuation, kana, Hangul, full-width forms. Between two of them a
 * space is never part of the text.
 */
const WIDE =
  /[\u2E80-\u2FDF\u2FF0-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018-\u201F\u2026\u00B7\u2014]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

/**
 * Is `ch` (one code point) a wide CJK character or CJK punctuation?
 *
 * @example
 * isWide('情'); // true
 * isWide('⾏'); // true (Kangxi radical U+2F8F)
 * isWide('a'); // false
 */
export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch);
}

/** The first code point of `s`. */
export function firstChar(s: string): string | undefined {
  const cp = s.codePointAt(0);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** The last code point of `s`. */
export function lastChar(s: string): string | undefined {
  if (s.length === 0) return undefined;
  const last = s.charCodeAt(s.length - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff && s.length >= 2;
  return isLowSurrogate ? s.slice(-2) : s.slice(-1);
}

/** The width of `ch` in ems, as a guess: 1 for wide characters, ½ for the rest. */
export function guessWidth(ch: string): number {
  return isWide(ch) ? 1 : 0.5;
}

const NUMBER = /^[+\-−－]?[\d０-９]+(?:[,，][\d０-９]{3})*(?:[.．][\d０-９]+)?[%％]?$/;

/**
 * Does `s` read as one number, as printed in a table cell ("12", "２０", "20,168", "7730.28", "-8")?
 *
 * @example
 * isNumberText('20,168'); // true
 * isNumberText('1.属于国家秘密'); // false
 */
export function isNumberText(s: string): boolean {
  return NUMBER.test(s.trim());
}
