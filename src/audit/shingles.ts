/** Characters per shingle. Chinese packs a word in one or two characters: 8 is a short phrase. */
export const SHINGLE_SIZE = 8;
/** One shingle in `SAMPLE_RATE` is kept (by its hash, so that every report keeps the same ones). */
export const SAMPLE_RATE = 8;

/**
 * A text reduced for comparing: ideographs and letters only, every run of digits as one '#'
 * (years and counts change from one year to the next), with the offset of each character kept.
 */
export interface Reduced {
  text: string;
  /** `at[i]`: the offset, in the string reduced, of `text[i]`. */
  at: Int32Array;
}

/**
 * Reduces `text[start, end)` for comparing: drops punctuation, spaces and symbols, keeps ideographs
 * and letters, and writes each run of digits as '#'.
 *
 * @example
 * reduceText('2021年，共收到申请75件。', 0, 16).text; // '#年共收到申请#件'
 */
export function reduceText(text: string, start: number, end: number): Reduced {
  const codes = new Uint16Array(Math.max(0, end - start));
  const at = new Int32Array(codes.length);
  let n = 0;
  let inDigits = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inDigits) {
        codes[n] = 35;
        at[n++] = i;
      }
      inDigits = true;
      continue;
    }
    inDigits = false;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      codes[n] = c;
      at[n++] = i;
    }
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { text: s, at: at.subarray(0, n) };
}

/** MurmurHash3's finaliser: spreads the bits of a 32-bit value. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const BASE = 0x01000193;
let basePow = 1;
for (let i = 0; i < SHINGLE_SIZE - 1; i++) basePow = Math.imul(basePow, BASE);
const BASE_POW = basePow;

/**
 * Calls `visit(hash, i)` for the shingle starting at each position `i` of a reduced text (a rolling
 * hash: one pass over the text).
 *
 * @example
 * const hashes: number[] = [];
 * forEachShingle('共收到政府信息公开申请', (h) => hashes.push(h));
 * hashes.length; // → 4
 */
export function forEachShingle(text: string, visit: (hash: number, index: number) => void): void {
  const n = text.length;
  if (n < SHINGLE_SIZE) return;
  let h = 0;
  for (let i = 0; i < SHINGLE_SIZE; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  visit(mix32(h), 0);
  for (let i = SHINGLE_SIZE; i < n; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - SHINGLE_SIZE), BASE_POW), BASE) + text.charCodeAt(i)) | 0;
    visit(mix32(h), i - SHINGLE_SIZE + 1);
  }
}

/** Whether a shingle's hash is one of the sampled ones. */
export const sampled = (hash: number): boolean => hash % SAMPLE_RATE === 0;
