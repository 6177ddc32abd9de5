/**
 * What a scan of bytes as Big5 found.
 *
 * @example
 * const scan: Big5Scan = scanBig5(new Uint8Array([0xa7, 0x41, 0xff])); // 你, then a byte that starts nothing
 * scan.doubleByte; // → 1
 * scan.invalid; // → 1
 */
export interface Big5Scan {
  /** Two-byte characters (lead 0x81–0xFE, trail 0x40–0x7E or 0xA1–0xFE). */
  doubleByte: number;
  /** Of those, characters of standard Big5 (lead 0xA1–0xF9), where traditional text lives. */
  standard: number;
  /** Of those, characters of the Hong Kong supplement (HKSCS: lead 0x81–0xA0 or 0xFA–0xFE). */
  hkscs: number;
  /** Bytes that start no Big5 character (a lead without a valid trail, or 0x80, 0xFF). */
  invalid: number;
}

/**
 * Scans bytes as Big5 (with the HKSCS supplement, as the WHATWG `big5` decoder reads them) and counts
 * two-byte characters by zone, without decoding. Traditional text in Big5 has nearly all its
 * characters in standard Big5 and no invalid bytes; GBK bytes read as Big5 have many invalid trails
 * (0x80–0xA0).
 *
 * @example
 * scanBig5(new Uint8Array([0xa7, 0x41, 0xa6, 0x6e])); // { doubleByte: 2, standard: 2, hkscs: 0, invalid: 0 } (你好)
 */
export function scanBig5(bytes: Uint8Array): Big5Scan {
  let doubleByte = 0;
  let standard = 0;
  let hkscs = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (b === 0x80 || b === 0xff || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) {
      invalid++;
      i++;
      continue;
    }
    doubleByte++;
    if (b >= 0xa1 && b <= 0xf9) standard++;
    else hkscs++;
    i += 2;
  }
  return { doubleByte, standard, hkscs, invalid };
}
