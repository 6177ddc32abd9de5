import { MappedBuilder, type OffsetMap } from './offset-map.js';

/**
 * The characters that mark tone in pinyin: the vowels with a tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ, ü, ń ň ǹ ḿ)
 * and the combining marks a decomposed text writes them with (U+0300, U+0301, U+0304, U+030C).
 * Only a text that has one is searched for annotations.
 *
 * @example
 * TONE_MARKS.test('guī'); // true
 */
export const TONE_MARKS = /[àáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜńňǹḿ]|\u0300|\u0301|\u0304|\u030c/u;

/** Code points of {@link TONE_MARKS}, for the fold's watch. */
export const TONE_MARK_CODES: readonly number[] = Array.from('àáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜńňǹḿ\u0300\u0301\u0304\u030c', (c) => c.codePointAt(0)!);

// Pinyin: letters, tone-marked vowels and combining tone marks; up to four syllables apart by a space
// or an apostrophe.
// (The combining marks apart: in one class with letters they would read as combined characters.)
const LETTER = '(?:[a-zàáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜńňǹḿ]|\\u0300|\\u0301|\\u0304|\\u030c)';
const PINYIN = `${LETTER}{1,7}(?:['’ ]?${LETTER}{1,7}){0,3}`;
// One or more "(" pinyin ")" right after a Han character (規(guī), 規(guī)(guī)); linear: no lookbehind
// reaches back over the earlier ones.
const ANNOTATIONS = new RegExp(`(?<=\\p{Script=Han})(?:\\(${PINYIN}\\))+`, 'gu');
// One toneless syllable (the neutral tone: 的(de), 么(me)): initial, vowels, final.
const TONELESS = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?$/u;

/**
 * Removes the pronunciations that mirror sites insert after characters (`規(guī)章`, `數(shù)量`,
 * `處(chù)理`): tone-marked pinyin in brackets right after a Han character. A toneless syllable
 * (`的(de)`) counts only in a text that has tone-marked ones. Returns the map back to the input, so
 * that spans still point at the original; a text without annotations comes back as it is.
 *
 * @example
 * stripAnnotations('規(guī)章 12').text; // '規章 12'
 * stripAnnotations('规章(2021)').count; // 0
 */
export function stripAnnotations(text: string): { text: string; map: OffsetMap; count: number } {
  const found: Array<{ start: number; end: number; toned: boolean }> = [];
  let toned = 0;
  for (const m of text.matchAll(ANNOTATIONS)) {
    // Each "(…)" of the run: the run has no other parenthesis.
    for (let start = m.index, end = text.indexOf(')', start) + 1; start < m.index + m[0].length; start = end, end = text.indexOf(')', start) + 1) {
      const pinyin = text.slice(start + 1, end - 1);
      const hasTone = TONE_MARKS.test(pinyin);
      if (!hasTone && !TONELESS.test(pinyin)) continue;
      if (hasTone) toned++;
      found.push({ start, end, toned: hasTone });
    }
  }
  const kept = toned >= 2 ? found : found.filter((a) => a.toned);
  if (kept.length === 0) return { text, map: null, count: 0 };
  const builder = new MappedBuilder(text.length);
  let copied = 0;
  for (const a of kept) {
    builder.pushRun(text.slice(copied, a.start), copied);
    copied = a.end;
  }
  builder.pushRun(text.slice(copied), copied);
  const { text: out, map } = builder.finish(text.length);
  return { text: out, map, count: kept.length };
}
