import { foldChars, foldWatching, type FoldCounts } from './fold-chars.js';
import { composeMaps, type OffsetMap } from './offset-map.js';
import { fromTaiwanPhrases } from './taiwan-phrases.js';
import { conversionWatch, toSimplified } from './traditional.js';

/** The normalised text and the map from its offsets to the input's. */
export interface Normalised {
  text: string;
  map: OffsetMap;
  /**
   * What was changed, by kind: characters folded (full-width, Kangxi, spaces, other), characters
   * converted from traditional to simplified, and phrases of the labels rewritten from Taiwan usage.
   */
  counts: FoldCounts & { traditional: number; taiwan: number };
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
  if (options.traditional === false) {
    const folded = foldChars(input);
    return { text: folded.text, map: folded.map, counts: { ...folded.counts, traditional: 0, taiwan: 0 } };
  }
  // One pass folds the characters and finds the ones the conversion may change.
  const watch = conversionWatch();
  const folded = watch === null ? { ...foldChars(input), watched: undefined } : foldWatching(input, watch);
  let simple = toSimplified(folded.text, folded.watched);
  // OpenCC's tables chain (薴 → 苧 → 苎): convert again until nothing changes, so that normalising a
  // normalised text changes nothing. Only a text whose converted pieces hold a character that may
  // change again is read again, and chains are short.
  for (let pass = 0; pass < 3 && simple.unstable; pass++) {
    const again = toSimplified(simple.text);
    if (again.changed === 0) break;
    simple = { text: again.text, map: composeMaps(again.map, simple.map), changed: simple.changed, unstable: again.unstable };
  }
  // Taiwan usage comes with traditional characters: a simplified text is not searched.
  const taiwan = simple.changed > 0 ? fromTaiwanPhrases(simple.text) : { text: simple.text, count: 0 };
  return {
    text: taiwan.text,
    map: composeMaps(simple.map, folded.map),
    counts: { fullWidth: folded.counts.fullWidth, kangxi: folded.counts.kangxi, spaces: folded.counts.spaces, other: folded.counts.other, traditional: simple.changed, taiwan: taiwan.count },
  };
}
