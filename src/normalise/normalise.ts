import { foldChars, type FoldCounts } from './fold-chars.js';
import { composeMaps, type OffsetMap } from './offset-map.js';
import { toSimplified } from './traditional.js';

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
  const folded = foldChars(input);
  if (options.traditional === false) return { text: folded.text, map: folded.map, counts: { ...folded.counts, traditional: 0 } };
  const simple = toSimplified(folded.text);
  return {
    text: simple.text,
    map: composeMaps(simple.map, folded.map),
    counts: { ...folded.counts, traditional: simple.changed },
  };
}
