import { RADICAL_INDEX, RADICAL_INDEX_FIRST } from './data/radical-index.js';

/**
 * The Kangxi radical number (1–214) of an ideograph in U+4E00–U+9FFF, or 0 when unknown.
 *
 * @example
 * radicalOf('河'); // 85 (水)
 */
export function radicalOf(ch: string): number {
  const i = ch.charCodeAt(0) - RADICAL_INDEX_FIRST;
  if (ch.length !== 1 || i < 0 || i >= RADICAL_INDEX.length) return 0;
  return RADICAL_INDEX.charCodeAt(i) - 0x100;
}

/**
 * Whether two different ideographs are plausible look-alikes (an OCR or typing slip): they share
 * their radical, as 漯/瀘, 沭/沐 and 清/淸 do, unlike 陵/新.
 *
 * @example
 * isLookalike('漯', '瀘'); // true
 * isLookalike('陵', '新'); // false
 */
export function isLookalike(a: string, b: string): boolean {
  if (a === b) return false;
  const ra = radicalOf(a);
  return ra !== 0 && ra === radicalOf(b);
}
