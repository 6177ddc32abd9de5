/**
 * Whether UTF-16 code unit `c` is white space as `\s` and `String.prototype.trim` mean it: ASCII white
 * space, the no-break space, the ideographic space and the other Unicode spaces, the line and paragraph
 * separators, the byte-order mark. NaN (a read past the end) is not.
 *
 * @example
 * isWhiteSpace('\u3000'.charCodeAt(0)); // → true
 * isWhiteSpace('规'.charCodeAt(0)); // → false
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
