const SAMPLE_BYTES = 4096;

/**
 * Guesses UTF-16 without a byte order mark from its zero bytes: text with line breaks, digits and
 * ASCII punctuation has a 0x00 in the high byte of many code units, and real UTF-8 or GB18030 text
 * has none. Looks at the first 4 KB; returns 'utf-16le', 'utf-16be' or null.
 *
 * @example
 * guessUtf16(new Uint8Array([0x31, 0, 0x0a, 0, 0x60, 0x4f])); // 'utf-16le' ("1\n你")
 * guessUtf16(new TextEncoder().encode('一、总体情况')); // null
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs >= 0.2 && zeroEven / pairs < 0.02) return 'utf-16le';
  if (zeroEven / pairs >= 0.2 && zeroOdd / pairs < 0.02) return 'utf-16be';
  return null;
}
