import { stripAnnotations, TONE_MARK_CODES } from './annotations.js';
import { foldWatching, type FoldCounts, type Watch, type Watched } from './fold-chars.js';
import { composeMaps, type OffsetMap } from './offset-map.js';
import { fromTaiwanPhrases } from './taiwan-phrases.js';
import { conversionWatch, toSimplified } from './traditional.js';

/** The normalised text and the map from its offsets to the input's. */
export interface Normalised {
  text: string;
  map: OffsetMap;
  /**
   * What was changed, by kind: characters folded (full-width, Kangxi, spaces, other), characters
   * converted from traditional to simplified, phrases of the labels rewritten from Taiwan usage, and
   * pinyin annotations removed.
   */
  counts: FoldCounts & { traditional: number; taiwan: number; annotations: number };
}

let watches: { tones: Watch; both: Watch | null } | undefined;

/**
 * What the fold watches for: tone-marked letters (pinyin annotations), and the characters the
 * traditional → simplified conversion needs (null when the converter is not shaped as expected).
 */
function getWatches(): { tones: Watch; both: Watch | null } {
  if (watches !== undefined) return watches;
  const tones = new Uint8Array(0x10000);
  for (const c of TONE_MARK_CODES) tones[c] = 2;
  const conversion = conversionWatch();
  let both: Watch | null = null;
  if (conversion !== null) {
    const bmp = conversion.bmp.slice();
    for (const c of TONE_MARK_CODES) bmp[c] = 2;
    both = { bmp, astral: conversion.astral };
  }
  watches = { tones: { bmp: tones, astral: () => false }, both };
  return watches;
}

/** The union of two ascending lists of offsets, ascending. */
function mergeOffsets(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/** Whether the fold saw a tone-marked letter (the watched offsets are few: a simplified text has next to none). */
function sawTones(text: string, watched: Watched): boolean {
  for (const at of watched.at) {
    const u = text.charCodeAt(at);
    if (u < 0x10000 && (u === 0xfc || (u >= 0xe0 && u <= 0x1e3f) || (u >= 0x300 && u <= 0x30c))) {
      for (const c of TONE_MARK_CODES) if (c === u) return true;
    }
  }
  return false;
}

/**
 * The normalise stage: folds character forms ({@link foldChars}), converts traditional characters to
 * simplified, and, in a text that had traditional characters, rewrites the labels' phrases that
 * Taiwan usage writes differently ({@link fromTaiwanPhrases}). Every offset of the result maps back
 * into the input. Idempotent: normalising a normalised text changes nothing.
 *
 * @example
 * normalise('政府資訊１２').text; // '政府信息12'
 */
export function normalise(input: string, options: { traditional?: boolean } = {}): Normalised {
  const { tones, both } = getWatches();
  const convert = options.traditional !== false;
  // One pass folds the characters and finds the ones the conversion may change and tone marks.
  const folded = foldWatching(input, convert && both !== null ? both : tones);
  // Pinyin annotations (規(guī)章): only a text with a tone mark is searched.
  let text = folded.text;
  let map = folded.map;
  let hint: Watched | undefined = both !== null ? folded.watched : undefined;
  let annotations = 0;
  if (sawTones(folded.text, folded.watched)) {
    hint = undefined; // the tone marks' offsets are not the conversion's: it finds its characters itself
    const stripped = stripAnnotations(folded.text);
    if (stripped.count > 0) {
      text = stripped.text;
      map = composeMaps(stripped.map, folded.map);
      annotations = stripped.count;
    }
  }
  if (!convert) {
    return { text, map, counts: { ...folded.counts, traditional: 0, taiwan: 0, annotations } };
  }
  let simple = toSimplified(text, hint);
  // OpenCC's tables chain (薴 → 苧 → 苎): convert again until nothing changes, so that normalising a
  // normalised text changes nothing. Only a text whose converted pieces hold a character that may
  // change again is read again, and chains are short.
  for (let pass = 0; pass < 3 && simple.unstable; pass++) {
    const again = toSimplified(simple.text);
    if (again.changed === 0) break;
    const changedAt = again.map === null && simple.changedAt !== null && again.changedAt !== null ? mergeOffsets(simple.changedAt, again.changedAt) : null;
    simple = { text: again.text, map: composeMaps(again.map, simple.map), changed: simple.changed, unstable: again.unstable, changedAt };
  }
  // Taiwan usage comes with traditional characters: only phrases holding a converted character are
  // rewritten, and a simplified text is not searched at all.
  const taiwan = simple.changed > 0 ? fromTaiwanPhrases(simple.text, simple.changedAt) : { text: simple.text, count: 0 };
  return {
    text: taiwan.text,
    map: composeMaps(simple.map, map),
    counts: { fullWidth: folded.counts.fullWidth, kangxi: folded.counts.kangxi, spaces: folded.counts.spaces, other: folded.counts.other, traditional: simple.changed, taiwan: taiwan.count, annotations },
  };
}
