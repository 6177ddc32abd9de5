import { ConverterBuilder } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import type { Watch, Watched } from './fold-chars.js';
import { MappedBuilder, type OffsetMap } from './offset-map.js';

type Convert = (text: string) => string;
let converter: Convert | null = null;

function getConverter(): Convert {
  // Built lazily: building the tries costs a few milliseconds, paid once per process.
  converter ??= ConverterBuilder(t2cn)({ from: 't', to: 'cn' });
  return converter;
}

// What a code point can do in OpenCC's conversion (a greedy longest match over tries built from the
// dictionaries' keys, one pass per dictionary group, with ideographic description sequences skipped):
// BARRIER — in no key of any dictionary: no match covers it, so the conversion of the text is the
// conversion of the pieces between barriers, barriers kept; KEY — in some key, but every key that
// would change the text has another character (its witness) that is not this one; WITNESS — the
// witness of a key whose replacement differs from it: a piece without one converts to itself;
// WHOLE — an ideographic description character (U+2FF0–U+2FFF), which changes how OpenCC steps
// through the text: such a text is converted whole.
const BARRIER = 0;
const KEY = 1;
const WITNESS = 2;
const WHOLE = 3;

interface CharClasses {
  bmp: Uint8Array;
  astral: Map<number, number>;
  /** 1 for the BMP characters of class WITNESS or WHOLE: the ones {@link conversionWatch} watches. */
  watched: Uint8Array;
}

let classes: CharClasses | null | undefined;

/** Reads one dictionary (`DictLike`: "key value|key value…" or [key, value] pairs) into `out`. */
function dictEntries(dict: unknown, out: Array<[string, string]>): boolean {
  if (typeof dict === 'string') {
    if (dict === '') return true;
    // Read in place (no array per entry): this runs once per process, cold, in its first parse.
    for (let at = 0; at <= dict.length; ) {
      let bar = dict.indexOf('|', at);
      if (bar < 0) bar = dict.length;
      const space = dict.indexOf(' ', at);
      if (space < 0 || space > bar) return false;
      // The first candidate of the value ("key value1 value2"), as split(' ') gave it.
      let end = dict.indexOf(' ', space + 1);
      if (end < 0 || end > bar) end = bar;
      out.push([dict.slice(at, space), dict.slice(space + 1, end)]);
      at = bar + 1;
    }
    return true;
  }
  if (!Array.isArray(dict)) return false;
  for (const e of dict as unknown[]) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string') return false;
    out.push([e[0], e[1]]);
  }
  return true;
}

/** Reads a chain of dictionary groups (`DictGroup[]`: arrays of dictionaries) into `out`. */
function chainEntries(chain: unknown, out: Array<[string, string]>): boolean {
  if (!Array.isArray(chain)) return false;
  return chain.every((group) => Array.isArray(group) && group.every((dict) => dictEntries(dict, out)));
}

/**
 * The character classes of the t → cn conversion, from the dictionaries the converter is built from
 * (the preset's `t2s` configuration), or null when the preset is not shaped as expected: then every
 * text is converted whole.
 */
function getClasses(): CharClasses | null {
  if (classes !== undefined) return classes;
  classes = null;
  const config = (t2cn.configs as Record<string, { segmentation?: unknown; conversionChain?: unknown; normalizationChain?: unknown }> | undefined)?.t2s;
  if (!config || config.segmentation || !Array.isArray(config.conversionChain)) return classes;
  const entries: Array<[string, string]> = [];
  if (!chainEntries(config.conversionChain, entries)) return classes;
  if (config.normalizationChain !== undefined && !chainEntries(config.normalizationChain, entries)) return classes;
  const bmp = new Uint8Array(0x10000);
  const watched = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  const mark = (cp: number, cls: number): void => {
    if (cp <= 0xffff) {
      if (bmp[cp]! < cls) bmp[cp] = cls;
      if (cls >= WITNESS) watched[cp] = 1;
    } else if ((astral.get(cp) ?? 0) < cls) astral.set(cp, cls);
  };
  // Code point by code point, in place: this runs once per process, cold (in the interpreter), in its first parse.
  for (const [key, value] of entries) {
    // The witness: the first character that differs from the replacement (any character of the
    // key would do; this one is the least likely to occur in simplified text).
    let witness = -1;
    for (let i = 0, j = 0; i < key.length; ) {
      const c = key.codePointAt(i)!;
      const v = value.codePointAt(j);
      mark(c, KEY);
      if (witness < 0 && c !== v) witness = c;
      i += c > 0xffff ? 2 : 1;
      j += v !== undefined && v > 0xffff ? 2 : 1;
    }
    if (key !== value && key.length > 0) mark(witness >= 0 ? witness : key.codePointAt(0)!, WITNESS);
  }
  for (let cp = 0x2ff0; cp <= 0x2fff; cp++) mark(cp, WHOLE);
  classes = { bmp, astral, watched };
  return classes;
}

let watch: Watch | null | undefined;

/**
 * The characters whose positions the conversion needs (witnesses and ideographic description
 * characters), for {@link foldWatching}; null when the preset is not shaped as expected.
 *
 * @example
 * import { foldWatching } from './fold-chars.js';
 * const folded = foldWatching('政府資訊公開', conversionWatch()!);
 * toSimplified(folded.text, folded.watched).text; // → '政府资讯公开'
 */
export function conversionWatch(): Watch | null {
  if (watch !== undefined) return watch;
  const cls = getClasses();
  if (cls === null) return (watch = null);
  const { astral } = cls;
  // Marked as the classes were built: a loop over the 65,536 code units would run cold, in the
  // interpreter, in the first parse of every process.
  watch = { bmp: cls.watched, astral: (cp) => (astral.get(cp) ?? BARRIER) >= WITNESS };
  return watch;
}

/** The class of the code point at `i` (a surrogate pair is one code point). */
function classAt(text: string, i: number, cls: CharClasses): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return cls.astral.get(cp) ?? BARRIER;
  }
  return cls.bmp[u]!;
}

/** The start of the code point that ends just before `i` (a surrogate pair counts as one). */
function previousStart(text: string, i: number): number {
  const u = text.charCodeAt(i - 1);
  if (u >= 0xdc00 && u <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/**
 * The pieces to convert, found from the witnesses' offsets: each reaches back and forward from a
 * witness to the nearest barriers, without reading the text between pieces. Gives exactly
 * `convert(text)`: a piece without a witness converts to itself.
 */
function piecesAround(text: string, hint: Watched, cls: CharClasses, convert: Convert): Converted {
  const pieces: Array<{ start: number; end: number; out: string }> = [];
  const n = text.length;
  let reached = 0;
  for (const p of hint.at) {
    if (p < reached) continue;
    if (classAt(text, p, cls) === WHOLE) return { text: convert(text), pieces: null, surrogates: false };
    let a = p;
    while (a > reached) {
      const b = previousStart(text, a);
      if (classAt(text, b, cls) === BARRIER) break;
      a = b;
    }
    let e = p;
    while (e < n) {
      const c = classAt(text, e, cls);
      if (c === BARRIER) break;
      if (c === WHOLE) return { text: convert(text), pieces: null, surrogates: false };
      e += text.codePointAt(e)! > 0xffff ? 2 : 1;
    }
    pieces.push({ start: a, end: e, out: convert(text.slice(a, e)) });
    reached = e;
  }
  return joinPieces(text, pieces, hint.surrogates);
}

/** The converter's output; where known, the pieces that were converted and whether the input has surrogates. */
interface Converted {
  text: string;
  /** The converted pieces (start, end in the input; their output), or null when the text was converted whole. */
  pieces: Array<{ start: number; end: number; out: string }> | null;
  /** Whether the input has a surrogate code unit (meaningful when `pieces` is not null). */
  surrogates: boolean;
}

/**
 * The characters of `text` the conversion needs, as {@link foldWatching} finds them while folding:
 * for a text that was not folded (converted again, or with a lone surrogate folding may have paired).
 */
function watchedIn(text: string, cls: CharClasses): Watched {
  const at: number[] = [];
  let surrogates = false;
  for (let i = 0; i < text.length; ) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) surrogates = true;
    if (classAt(text, i, cls) >= WITNESS) at.push(i);
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return { at, surrogates, lone: false };
}

/** The text with its converted pieces put in. */
function joinPieces(text: string, pieces: Array<{ start: number; end: number; out: string }>, surrogates: boolean): Converted {
  const n = text.length;
  if (pieces.length === 0) return { text, pieces, surrogates };
  const parts: string[] = [];
  let copied = 0;
  for (const p of pieces) {
    if (p.start > copied) parts.push(text.slice(copied, p.start));
    parts.push(p.out);
    copied = p.end;
  }
  if (copied < n) parts.push(text.slice(copied));
  return { text: parts.join(''), pieces, surrogates };
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether `text` has a witness or an ideographic description character. */
function hasWitness(text: string, cls: CharClasses): boolean {
  for (let i = 0; i < text.length; i++) if (classAt(text, i, cls) >= WITNESS) return true;
  return false;
}

/** The offsets of the code units that differ between `input` and `out` (of the same length), ascending. */
function changedOffsets(input: string, out: string, converted: Converted): number[] {
  const at: number[] = [];
  // Outside the converted pieces the output is the input: when every piece kept its length, only
  // the pieces need comparing.
  if (converted.pieces !== null && converted.pieces.every((p) => p.out.length === p.end - p.start)) {
    for (const p of converted.pieces) {
      for (let i = 0; i < p.out.length; i++) if (input.charCodeAt(p.start + i) !== p.out.charCodeAt(i)) at.push(p.start + i);
    }
    return at;
  }
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) !== out.charCodeAt(i)) at.push(i);
  return at;
}

/**
 * Converts traditional characters to simplified (OpenCC t → cn) and maps offsets back.
 * OpenCC keeps the number of code points, so each output code point maps to the input code point
 * it replaced; where a dictionary entry would change the count, the text is converted one code
 * point at a time instead.
 *
 * `hint`, the offsets of the characters that may change (from {@link foldWatching}), saves reading
 * the whole text. `unstable` is false when converting the output again surely changes nothing
 * (OpenCC's tables chain: 薴 → 苧 → 苎). `changedAt` lists the offsets in the output of the code units
 * that changed, or is null when the output's offsets are not the input's (a character changed length).
 *
 * @example
 * toSimplified('政府資訊公開').text; // '政府资讯公开'
 */
export function toSimplified(input: string, hint?: Watched): { text: string; map: OffsetMap; changed: number; unstable: boolean; changedAt: readonly number[] | null } {
  const convert = getConverter();
  const cls = getClasses();
  // The offsets found while folding, unless a lone surrogate may have been paired with another.
  const converted =
    cls === null ? { text: convert(input), pieces: null, surrogates: false } : piecesAround(input, hint !== undefined && !hint.lone ? hint : watchedIn(input, cls), cls, convert);
  const out = converted.text;
  if (out === input) return { text: input, map: null, changed: 0, unstable: false, changedAt: [] };
  let unstable = converted.pieces === null || cls === null || converted.pieces.some((p) => hasWitness(p.out, cls));
  let changed = 0;
  const surrogates =
    converted.pieces !== null ? converted.surrogates || converted.pieces.some((p) => SURROGATE.test(p.out)) : SURROGATE.test(input) || SURROGATE.test(out);
  if (out.length === input.length && !surrogates) {
    const changedAt = changedOffsets(input, out, converted);
    return { text: out, map: null, changed: changedAt.length, unstable, changedAt };
  }
  const a = Array.from(input);
  let b = Array.from(out);
  if (a.length !== b.length) {
    // Converted one code point at a time, the output is not the pieces': say it may change again.
    b = a.map((ch) => convert(ch));
    unstable = true;
  }
  const builder = new MappedBuilder(input.length);
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    const src = a[i]!;
    const dst = b[i]!;
    if (src !== dst) changed++;
    if (dst.length === src.length) builder.pushRun(dst, offset);
    else builder.push(dst, offset);
    offset += src.length;
  }
  const { text, map } = builder.finish(input.length);
  return { text, map, changed, unstable, changedAt: null };
}
