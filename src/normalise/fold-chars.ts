import { RADICAL_EQUIVALENTS } from './data/radicals.js';
import { MappedBuilder, type OffsetMap } from './offset-map.js';

/** Counts of the characters {@link foldChars} changed, by kind. */
export interface FoldCounts {
  fullWidth: number;
  kangxi: number;
  spaces: number;
  other: number;
}

/** True for the code points {@link foldChars} may change: test once before paying for a rebuild. */
const FOLDABLE = /[\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u2460-\u24ff\u2e80-\u2fdf\u3000\u3200-\u32ff\uf900-\ufaff\ufeff\uff01-\uffee]|\ud87e[\udc00-\ude1f]/u;

const cache = new Map<number, string>();

function foldOne(cp: number): string | null {
  // Line endings and spaces.
  if (cp === 0x0d) return '';
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return '';
  if (cp === 0x2028 || cp === 0x2029) return '\n';
  if (cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) return ' ';
  const sup = RADICAL_EQUIVALENTS.get(cp);
  if (sup !== undefined) return sup;
  let r = cache.get(cp);
  if (r === undefined) {
    r = String.fromCodePoint(cp).normalize('NFKC');
    cache.set(cp, r);
  }
  return r === String.fromCodePoint(cp) ? null : r;
}

// foldOne's answers for the BMP, memoised (it is a pure function of the code point): 0 = not asked
// yet, 1 = unchanged, 2 = changed (the replacement is in `bmpFolded`).
const bmpState = new Uint8Array(0x10000);
const bmpFolded = new Map<number, string>();

function foldCached(cp: number): string | null {
  if (cp > 0xffff) return foldOne(cp);
  const state = bmpState[cp]!;
  if (state === 1) return null;
  if (state === 2) return bmpFolded.get(cp)!;
  const r = foldOne(cp);
  if (r === null) bmpState[cp] = 1;
  else {
    bmpFolded.set(cp, r);
    bmpState[cp] = 2;
  }
  return r;
}

function kindOf(cp: number): keyof FoldCounts {
  if (cp >= 0xff01 && cp <= 0xffee) return 'fullWidth';
  if ((cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x2f800) return 'kangxi';
  if (cp === 0x3000 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200d) || cp === 0xfeff || cp === 0x202f || cp === 0x205f || cp === 0x1680 || cp === 0x2060 || cp === 0x2028 || cp === 0x2029) return 'spaces';
  return 'other';
}

/**
 * Folds the character forms that real reports carry into their plain forms: full-width ASCII
 * (digits, letters, brackets, colons) to half-width, Kangxi radicals, CJK radicals and compatibility
 * ideographs to unified ideographs, ideographic/non-breaking/zero-width spaces to a space or nothing,
 * enclosed numerals (㈠ ①) to their text, CR LF to LF. Returns the map back to the input.
 *
 * @example
 * foldChars('⾏政１２（一）').text; // '行政12(一)'
 */
export function foldChars(input: string): { text: string; map: OffsetMap; counts: FoldCounts } {
  if (!FOLDABLE.test(input)) return { text: input, map: null, counts: { fullWidth: 0, kangxi: 0, spaces: 0, other: 0 } };
  let fullWidth = 0;
  let kangxi = 0;
  let spaces = 0;
  let other = 0;
  const b = new MappedBuilder(input.length);
  let runStart = 0;
  const n = input.length;
  for (let i = 0; i < n; ) {
    // Fast path: a code unit below U+00A0 other than CR, or a BMP character (not a surrogate)
    // already known to stay as it is.
    const u = input.charCodeAt(i);
    if (u < 0xa0 ? u !== 0x0d : (u < 0xd800 || u > 0xdfff) && bmpState[u] === 1) {
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = cp < 0xa0 && cp !== 0x0d ? null : foldCached(cp);
    if (folded === null) {
      i += width;
      continue;
    }
    // CR LF: drop CR; a lone CR becomes LF.
    const replacement = cp === 0x0d && input.charCodeAt(i + 1) !== 0x0a ? '\n' : folded;
    b.pushRun(input.slice(runStart, i), runStart);
    b.push(replacement, i);
    if (cp !== 0x0d) {
      const kind = kindOf(cp);
      if (kind === 'fullWidth') fullWidth++;
      else if (kind === 'kangxi') kangxi++;
      else if (kind === 'spaces') spaces++;
      else other++;
    }
    i += width;
    runStart = i;
  }
  b.pushRun(input.slice(runStart), runStart);
  const { text, map } = b.finish(input.length);
  return { text, map, counts: { fullWidth, kangxi, spaces, other } };
}
