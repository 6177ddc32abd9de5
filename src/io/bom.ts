/**
 * An encoding told by a byte order mark, and the length of the mark.
 *
 * @example
 * const bom: Bom | null = sniffBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])); // → { encoding: 'utf-8', length: 3 }
 */
export interface Bom {
  /** A WHATWG encoding label: 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Bytes taken by the mark. */
  length: number;
}

/**
 * Reads a byte order mark at the start of `bytes`: UTF-8 (EF BB BF), UTF-16 LE (FF FE),
 * UTF-16 BE (FE FF) or GB18030 (84 31 95 33). Returns null when there is none.
 *
 * @example
 * sniffBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // { encoding: 'utf-8', length: 3 }
 * sniffBom(new Uint8Array([0x41])); // null
 */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}
