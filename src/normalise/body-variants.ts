import { cacheKey } from '../cache-key.js';
import { isLookalike } from './lookalike.js';

/** A look-alike spelling of the body's own name found in the text. */
export interface BodyVariant {
  /** The variant as it reads in the normalised text, with its admin suffix, e.g. '泸河区'. */
  text: string;
  /** The title's spelling it was normalised to, e.g. '漯河区'. */
  replacement: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

const SUFFIX = '(?:[\\u4e00-\\u9fff]{1,3}族)+自治[县州旗]|自治[县州旗区]|特别行政区|新区|街道|省|市|县|区|旗|州|盟|镇|乡';
const UNIT = new RegExp(`([\\u4e00-\\u9fff]{2,6}?)(${SUFFIX})`, 'gu');
// Words that begin with an admin suffix character but are not a place name + suffix.
const NOT_A_SUFFIX = /^(?:区域|区别|区分|区间|市场|市民|县城)/u;
const SUFFIX_HEAD = new RegExp(`^(?:${SUFFIX})`, 'u');

/**
 * The place-name stems of a body's name: '漯河回族自治县人民政府' → ['漯河'];
 * '西安市高陵区行政审批服务局' → ['西安', '高陵'].
 *
 * @example
 * placeStems('青禾市清河区人民政府'); // ['青禾', '清河']
 */
export function placeStems(body: string): string[] {
  const stems: string[] = [];
  for (const m of body.matchAll(UNIT)) stems.push(m[1]!);
  return stems;
}

function escapeClass(ch: string): string {
  return ch.replace(/[\\\]^-]/g, '\\$&');
}

const stickyCache = new Map<string, RegExp>();

/**
 * The sticky pattern of a stem with any one character changed (not to a space, digit or
 * punctuation), followed by an admin suffix; built once per stem (a corpus has few bodies).
 */
function variantRegExp(stem: string, chars: string[]): RegExp {
  let re = stickyCache.get(stem);
  if (re === undefined) {
    const alternatives = chars.map((_, i) =>
      chars.map((c, j) => (j === i ? `[^${escapeClass(c)}\\s\\d\\p{P}]` : escapeClass(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''),
    );
    if (stickyCache.size >= 256) stickyCache.clear();
    re = new RegExp(`(?:${alternatives.join('|')})(?=${SUFFIX})`, 'uy');
    stickyCache.set(cacheKey(stem), re); // a copy: the stem was cut from the report's title
  }
  return re;
}

/**
 * The matches `text.matchAll(new RegExp(re.source, 'gu'))` gives, found faster: `re` (sticky) matches
 * the stem with one character changed, so every match has a character of the stem at its own place
 * in the stem (or one code unit later, after an astral character in the changed place). Only the
 * positions where one does are tried, in order, skipping the ones a match already covers and the
 * middle of a surrogate pair (where no match starts).
 */
function stickyMatches(text: string, re: RegExp, chars: string[]): RegExpExecArray[] {
  const starts = new Set<number>();
  chars.forEach((c, j) => {
    for (let q = text.indexOf(c); q >= 0; q = text.indexOf(c, q + 1)) {
      if (q - j >= 0) starts.add(q - j);
      if (q - j - 1 >= 0) starts.add(q - j - 1);
    }
  });
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of [...starts].sort((a, b) => a - b)) {
    if (p < from) continue;
    const u = text.charCodeAt(p);
    if (u >= 0xdc00 && u <= 0xdfff && p > 0) {
      const v = text.charCodeAt(p - 1);
      if (v >= 0xd800 && v <= 0xdbff) continue;
    }
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Finds look-alike spellings of the body's place names (one character differs and shares its
 * radical with the title's, followed by an admin suffix: 瀘河区 for 漯河) and rewrites them to the
 * title's spelling. The text keeps its length, so offsets stay valid. 泸 or 瀘 elsewhere (泸州) is
 * left alone: only a one-character slip in the body's own name, followed by a suffix, is a variant.
 *
 * @example
 * normaliseBodyVariants('泸河区政府…', '漯河回族自治县人民政府').text; // '漯河区政府…'
 */
export function normaliseBodyVariants(text: string, body: string): { text: string; variants: BodyVariant[] } {
  const variants: BodyVariant[] = [];
  for (const stem of new Set(placeStems(body))) {
    const chars = Array.from(stem);
    if (chars.length < 2 || chars.length !== stem.length) continue;
    const re = variantRegExp(stem, chars);
    for (const m of stickyMatches(text, re, chars)) {
      const found = m[0];
      let ok = true;
      for (let i = 0; i < chars.length && ok; i++) {
        if (found[i] !== chars[i] && !isLookalike(found[i]!, chars[i]!)) ok = false;
      }
      const after = text.slice(m.index + found.length, m.index + found.length + 2);
      if (!ok || NOT_A_SUFFIX.test(after)) continue;
      const suffix = SUFFIX_HEAD.exec(text.slice(m.index + found.length, m.index + found.length + 8))?.[0] ?? '';
      variants.push({
        text: found + suffix,
        replacement: stem + suffix,
        start: m.index,
        end: m.index + found.length + suffix.length,
      });
    }
  }
  if (variants.length === 0) return { text, variants };
  variants.sort((a, b) => a.start - b.start);
  // Joined from an array, the text is one flat string: built with +=, it would be a rope that every
  // later stage reads through an indirection.
  const parts: string[] = [];
  let last = 0;
  for (const v of variants) {
    parts.push(text.slice(last, v.start), v.replacement);
    last = v.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), variants };
}
