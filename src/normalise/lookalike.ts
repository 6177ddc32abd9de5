import { RADICAL_INDEX, RADICAL_INDEX_FIRST } from './data/radical-index.js';
import { PHONETIC_INDEX, VARIANT_GROUPS } from './data/variant-index.js';

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
 * The phonetic class (Unihan kPhonetic, Casey's phonetic series) of an ideograph in U+4E00–U+9FFF, or
 * 0 when it has none: ideographs of one class share their phonetic component (滢, 莹, 瑩, 營 …).
 *
 * @example
 * phoneticOf('滢') === phoneticOf('莹'); // true (1587)
 */
export function phoneticOf(ch: string): number {
  const i = ch.charCodeAt(0) - RADICAL_INDEX_FIRST;
  if (ch.length !== 1 || i < 0 || i >= PHONETIC_INDEX.length) return 0;
  return PHONETIC_INDEX.charCodeAt(i) - 0x100;
}

let groups: Map<number, number> | null = null;

/**
 * The variant group of an ideograph (Unihan's semantic, Z, specialized semantic, traditional and
 * simplified variants, linked through one another), or 0 when it has no variant.
 *
 * @example
 * variantGroupOf('淸') === variantGroupOf('清'); // true
 */
export function variantGroupOf(ch: string): number {
  if (groups === null) {
    // Built on first use: only a report with a possible look-alike of its body's name asks.
    groups = new Map();
    let id = 1;
    for (let i = 0; i < VARIANT_GROUPS.length; i++) {
      const u = VARIANT_GROUPS.charCodeAt(i);
      if (u === 0x7c /* | */) id++;
      else groups.set(u, id);
    }
  }
  return ch.length === 1 ? (groups.get(ch.charCodeAt(0)) ?? 0) : 0;
}

/**
 * Whether two different ideographs are plausible look-alikes (an OCR or typing slip, or a variant
 * form): they share their radical (漯/瀘, 沭/沐), are variants of one another in Unihan (淸/清), or
 * share their phonetic component (滢/莹, by Unihan kPhonetic). 陵/新 share none of these.
 *
 * @example
 * isLookalike('漯', '瀘'); // true
 * isLookalike('滢', '莹'); // true
 * isLookalike('陵', '新'); // false
 */
export function isLookalike(a: string, b: string): boolean {
  if (a === b) return false;
  const ra = radicalOf(a);
  if (ra !== 0 && ra === radicalOf(b)) return true;
  const pa = phoneticOf(a);
  if (pa !== 0 && pa === phoneticOf(b)) return true;
  const ga = variantGroupOf(a);
  return ga !== 0 && ga === variantGroupOf(b);
}
