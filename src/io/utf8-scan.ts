/**
 * What a scan of bytes as UTF-8 found.
 *
 * @example
 * const { multiByte, invalid }: Utf8Scan = scanUtf8(new Uint8Array([0xe6, 0x94, 0xbf, 0xd5, 0xfe])); // 政, then GBK bytes
 * multiByte; // → 1
 * invalid; // → 2
 */
export interface Utf8Scan {
  /** Well-formed multi-byte sequences (non-ASCII characters). */
  multiByte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  /** True when the only flaw is a sequence cut short by the end of the bytes. */
  truncatedAtEnd: boolean;
}

/**
 * Scans bytes as UTF-8 and counts well-formed multi-byte sequences and invalid bytes (overlongs,
 * surrogates and code points above U+10FFFF are invalid), without decoding.
 *
 * @example
 * scanUtf8(new TextEncoder().encode('你好')); // { multiByte: 2, invalid: 0, truncatedAtEnd: false }
 * scanUtf8(new Uint8Array([0xc4, 0xe3])).invalid; // 2 (GBK 你 is not UTF-8)
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  let truncatedAtEnd = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    while (k <= need && i + k < n) {
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
      k++;
    }
    if (k > need) {
      multiByte++;
      i += k;
    } else if (i + k >= n) {
      // A sequence cut short by the end of the bytes (a file truncated mid-character).
      truncatedAtEnd = true;
      invalid++;
      break;
    } else {
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid, truncatedAtEnd: truncatedAtEnd && invalid === 1 };
}
