import { RADICAL_EQUIVALENTS } from './data/radicals.js';
import { MappedBuilder, type OffsetMap } from './offset-map.js';

/** Counts of the characters {@link foldChars} changed, by kind. */
export interface FoldCounts {
  fullWidth: number;
  kangxi: number;
  spaces: number;
  other: number;
}

function foldOne(cp: number): string | null {
  // Line endings and spaces.
  if (cp === 0x0d) return '';
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return '';
  if (cp === 0x2028 || cp === 0x2029) return '\n';
  if (cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) return ' ';
  const sup = RADICAL_EQUIVALENTS.get(cp);
  if (sup !== undefined) return sup;
  // Not remembered here: the BMP's answers are (foldCached); astral ones are rare, and a cache of
  // them would grow with every distinct code point a text holds.
  const ch = String.fromCodePoint(cp);
  const r = ch.normalize('NFKC');
  return r === ch ? null : r;
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
 * Characters a later stage wants to know the positions of, found in the same pass as the folding:
 * `bmp[u]` non-zero for a BMP code unit, `astral(cp)` for a code point above U+FFFF.
 *
 * @example
 * const watch: Watch = { bmp: new Uint8Array(0x10000), astral: (cp) => cp === 0x2005e };
 */
export interface Watch {
  bmp: Uint8Array;
  astral: (cp: number) => boolean;
}

/**
 * What {@link foldWatching} found besides the folded text.
 *
 * @example
 * const watch: Watch = { bmp: new Uint8Array(0x10000), astral: () => false };
 * watch.bmp['資'.charCodeAt(0)] = 1;
 * foldWatching('１資', watch).watched; // → { at: [1], surrogates: false, lone: false }
 */
export interface Watched {
  /** Offsets in the folded text of the watched characters, ascending. */
  readonly at: readonly number[];
  /** Whether the folded text has a surrogate code unit. */
  readonly surrogates: boolean;
  /**
   * Whether the input has a lone surrogate: a deleted character between two lone halves joins them
   * into a character of the folded text that was never looked at, so `at` may miss one.
   */
  readonly lone: boolean;
}

const NOTHING: Watch = { bmp: new Uint8Array(0x10000), astral: () => false };

/**
 * Folds the character forms that real reports carry into their plain forms: full-width ASCII
 * (digits, letters, brackets, colons) to half-width, Kangxi radicals, CJK radicals and compatibility
 * ideographs to unified ideographs, ideographic/non-breaking/zero-width spaces to a space or nothing,
 * enclosed numerals (㈠ ①) to their text, CR LF to LF, any other character to its NFKC form. Returns
 * the map back to the input: `null` (the identity) when every change kept its length, as full-width
 * to half-width does.
 *
 * @example
 * foldChars('⾏政１２（一）').text; // '行政12(一)'
 */
export function foldChars(input: string): { text: string; map: OffsetMap; counts: FoldCounts } {
  const { text, map, counts } = foldWatching(input, NOTHING);
  return { text, map, counts };
}

/**
 * {@link foldChars}, also giving the offsets in the folded text of the characters `watch` marks (in
 * the same pass: normalise uses it to find the characters a traditional → simplified conversion
 * would change without reading the text again).
 *
 * @example
 * const watch = { bmp: new Uint8Array(0x10000), astral: () => false };
 * watch.bmp['資'.charCodeAt(0)] = 1;
 * foldWatching('１資訊', watch).watched.at; // [1]
 */
export function foldWatching(input: string, watch: Watch): { text: string; map: OffsetMap; counts: FoldCounts; watched: Watched } {
  let fullWidth = 0;
  let kangxi = 0;
  let spaces = 0;
  let other = 0;
  // The changes, in order: source offset, source width, replacement. Built only from the first one.
  let at: number[] | null = null;
  let width: number[] = [];
  let replacements: string[] = [];
  let sameLength = true;
  // Offsets of watched characters in the folded text: the input offset plus `shift`, the length the
  // changes so far added (or removed).
  const seen: number[] = [];
  let shift = 0;
  let surrogates = false;
  let lone = false;
  const wb = watch.bmp;
  const n = input.length;
  for (let i = 0; i < n; ) {
    // Fast path: a code unit below U+00A0 other than CR, or a BMP character (not a surrogate)
    // already known to stay as it is and not watched.
    const u = input.charCodeAt(i);
    // The CJK unified ideographs (most of a report) all stay as they are (no NFKC decomposition, no
    // radical equivalent): only whether one is watched is looked up.
    if (u >= 0x4e00 && u <= 0x9fff ? wb[u] === 0 : u < 0xa0 ? u !== 0x0d : (u < 0xd800 || u > 0xdfff) && bmpState[u] === 1 && wb[u] === 0) {
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const folded = cp < 0xa0 && cp !== 0x0d ? null : foldCached(cp);
    if (folded === null) {
      if (u >= 0xd800 && u <= 0xdfff) {
        surrogates = true;
        if (w === 1) lone = true;
        if (w === 2 ? watch.astral(cp) : wb[u] !== 0) seen.push(i + shift);
      } else if (wb[u] !== 0) seen.push(i + shift);
      i += w;
      continue;
    }
    // CR LF: drop CR; a lone CR becomes LF.
    const replacement = cp === 0x0d && input.charCodeAt(i + 1) !== 0x0a ? '\n' : folded;
    if (at === null) {
      at = [];
      width = [];
      replacements = [];
    }
    at.push(i);
    width.push(w);
    replacements.push(replacement);
    for (let k = 0; k < replacement.length; k++) {
      const r = replacement.charCodeAt(k);
      if (r >= 0xd800 && r <= 0xdfff) {
        surrogates = true;
        const rcp = replacement.codePointAt(k)!;
        if (rcp <= 0xffff) lone = true;
        if (rcp > 0xffff ? watch.astral(rcp) : wb[r] !== 0) seen.push(i + shift + k);
        if (rcp > 0xffff) k++;
      } else if (wb[r] !== 0) seen.push(i + shift + k);
    }
    if (replacement.length !== w) {
      sameLength = false;
      shift += replacement.length - w;
    }
    if (cp !== 0x0d) {
      const kind = kindOf(cp);
      if (kind === 'fullWidth') fullWidth++;
      else if (kind === 'kangxi') kangxi++;
      else if (kind === 'spaces') spaces++;
      else other++;
    }
    i += w;
  }
  const counts = { fullWidth, kangxi, spaces, other };
  if (!lone && at !== null) {
    // A lone half that was replaced (not kept) is a lone surrogate of the input too.
    for (let k = 0; k < at.length && !lone; k++) {
      const c = input.charCodeAt(at[k]!);
      if (width[k] === 1 && c >= 0xd800 && c <= 0xdfff) lone = true;
    }
  }
  const watched = { at: seen, surrogates, lone };
  if (at === null) return { text: input, map: null, counts, watched };
  if (sameLength) {
    const parts: string[] = [];
    let copied = 0;
    for (let k = 0; k < at.length; k++) {
      if (at[k]! > copied) parts.push(input.slice(copied, at[k]));
      parts.push(replacements[k]!);
      copied = at[k]! + width[k]!;
    }
    if (copied < n) parts.push(input.slice(copied));
    return { text: parts.join(''), map: null, counts, watched };
  }
  const b = new MappedBuilder(n);
  let copied = 0;
  for (let k = 0; k < at.length; k++) {
    b.pushRun(input.slice(copied, at[k]), copied);
    b.push(replacements[k]!, at[k]!);
    copied = at[k]! + width[k]!;
  }
  b.pushRun(input.slice(copied), copied);
  const { text, map } = b.finish(n);
  return { text, map, counts, watched };
}
