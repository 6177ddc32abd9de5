import { foldChars, foldWatching, type FoldCounts } from './fold-chars.js';
import { composeMaps, type OffsetMap } from './offset-map.js';
import { conversionWatch, toSimplified } from './traditional.js';

/** The normalised text and the map from its offsets to the input's. */
export interface Normalised {
  text: string;
  map: OffsetMap;
  counts: FoldCounts & { traditional: number };
}

/**
 * The normalise stage: folds character forms ({@link foldChars}) then converts traditional
 * characters to simplified. Every offset of the result maps back into the input.
 * Idempotent: normalising a normalised text changes nothing.
 *
 * @example
 * normalise('政府資訊１２').text; // '政府资讯12'
 */
export function normalise(input: string, options: { traditional?: boolean } = {}): Normalised {
  if (options.traditional === false) {
    const folded = foldChars(input);
    return { text: folded.text, map: folded.map, counts: { ...folded.counts, traditional: 0 } };
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
  return {
    text: simple.text,
    map: composeMaps(simple.map, folded.map),
    counts: { fullWidth: folded.counts.fullWidth, kangxi: folded.counts.kangxi, spaces: folded.counts.spaces, other: folded.counts.other, traditional: simple.changed },
  };
}
