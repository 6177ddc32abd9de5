// A control character (other than tab, LF, CR) or U+FFFD, the mark of a failed decoding.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern looks for
const BINARY_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/u;

/**
 * Whether a text looks like binary data: more than a tenth of its first 4,096 characters are control
 * characters or U+FFFD.
 *
 * @example
 * looksBinary('一、总体情况'); // false
 * looksBinary('\x00\x01\x02PK'); // true
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  // Most texts have none: one native search, then the count only when there is one.
  if (!BINARY_CHAR.test(n < text.length ? text.slice(0, n) : text)) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}
