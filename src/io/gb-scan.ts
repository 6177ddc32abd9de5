/**
 * What a scan of bytes as GB18030 found.
 *
 * @example
 * const { doubleByte, inGb2312 }: GbScan = scanGb(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0x31])); // 政府1 in GBK
 * doubleByte; // → 2
 * inGb2312; // → 2
 */
export interface GbScan {
  /** Two-byte characters. */
  doubleByte: number;
  /** Two-byte characters in the GB2312 zone (lead A1–F7, trail A1–FE), where common text lives. */
  inGb2312: number;
}

/**
 * Counts two-byte GB18030 characters and how many of them fall in the GB2312 zone. Simplified
 * Chinese text has nearly all its characters there; Big5 or other bytes read as GBK do not.
 *
 * @example
 * scanGb(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])); // { doubleByte: 2, inGb2312: 2 } (你好)
 */
export function scanGb(bytes: Uint8Array): GbScan {
  let doubleByte = 0;
  let inGb2312 = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x81 || b === 0xff) {
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (t === undefined) break;
    if (t >= 0x30 && t <= 0x39) {
      i += 4;
      continue;
    }
    doubleByte++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) inGb2312++;
    i += 2;
  }
  return { doubleByte, inGb2312 };
}
