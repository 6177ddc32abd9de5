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
  let simple = toSimplified(folded.text);
  // OpenCC's tables chain (薴 → 苧 → 苎): convert again until nothing changes, so that normalising a
  // normalised text changes nothing. Only text that changed is looked at again, and chains are short.
  for (let pass = 0; pass < 3 && simple.changed > 0; pass++) {
    const again = toSimplified(simple.text);
    if (again.changed === 0) break;
    simple = { text: again.text, map: composeMaps(again.map, simple.map), changed: simple.changed };
  }
  return {
    text: simple.text,
    map: composeMaps(simple.map, folded.map),
    counts: { ...folded.counts, traditional: simple.changed },
  };
}
