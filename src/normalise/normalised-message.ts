import { createMessage, type Message } from '../messages/message.js';

/**
 * Every kind of normalisation the `text-normalised` message counts. Characters: `fullWidth`
 * (full-width ASCII), `kangxi` (Kangxi and CJK radicals, compatibility ideographs), `spaces`
 * (ideographic, non-breaking, zero-width spaces), `other` (any other NFKC folding), `traditional`
 * (traditional → simplified), `big5` (characters decoded from Big5 or Big5-HKSCS bytes, when the
 * parse is told how the text was decoded). Phrases: `taiwan` (a label's phrase in Taiwan usage,
 * 规范性档案 → 规范性文件). Others: `annotations` (pinyin inserted after characters, 規(guī)章, removed),
 * `variants` (the body's own name in a variant or look-alike spelling, also reported one by one as
 * `body-name-variant`).
 *
 * @example
 * const counts: NormalisedCounts = { fullWidth: 2, kangxi: 0, spaces: 0, other: 0, traditional: 0, taiwan: 0, annotations: 0, variants: 0, big5: 0 };
 */
export interface NormalisedCounts {
  fullWidth: number;
  kangxi: number;
  spaces: number;
  other: number;
  traditional: number;
  taiwan: number;
  annotations: number;
  variants: number;
  big5: number;
}

/**
 * The counts of {@link normalise}, with the body-name variants and the Big5 characters, as one
 * object literal (spreading the normaliser's counts made every parse measurably slower).
 *
 * @example
 * normalisedCounts(normalise('１').counts, 0, 0).fullWidth; // 1
 */
export function normalisedCounts(
  c: Omit<NormalisedCounts, 'variants' | 'big5'>,
  variants: number,
  big5: number,
): NormalisedCounts {
  return { fullWidth: c.fullWidth, kangxi: c.kangxi, spaces: c.spaces, other: c.other, traditional: c.traditional, taiwan: c.taiwan, annotations: c.annotations, variants, big5 };
}

const CHARACTER_KINDS = ['fullWidth', 'kangxi', 'spaces', 'other', 'traditional'] as const;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The `text-normalised` message for these counts (each kind listed when not 0), or null when
 * nothing was normalised. `actual` holds every count.
 *
 * @example
 * normalisedMessage({ fullWidth: 2, kangxi: 0, spaces: 0, other: 0, traditional: 5, taiwan: 1, annotations: 0, variants: 0, big5: 0 })?.message;
 * // 'Normalised 7 characters: fullWidth 2, traditional 5; taiwan 1 phrase.'
 */
export function normalisedMessage(counts: NormalisedCounts): Message | null {
  let chars = 0;
  let kinds = '';
  for (const k of CHARACTER_KINDS) {
    if (counts[k] === 0) continue;
    chars += counts[k];
    kinds += `${kinds ? ', ' : ''}${k} ${counts[k]}`;
  }
  const more: string[] = [];
  if (counts.taiwan > 0) more.push(`taiwan ${plural(counts.taiwan, 'phrase', 'phrases')}`);
  if (counts.annotations > 0) more.push(`annotations ${plural(counts.annotations, 'pronunciation', 'pronunciations')} removed`);
  if (counts.variants > 0) more.push(`variants ${plural(counts.variants, 'spelling', 'spellings')} of the body's name`);
  if (counts.big5 > 0) more.push(`big5 ${plural(counts.big5, 'character', 'characters')} decoded`);
  if (chars === 0 && more.length === 0) return null;
  const head = chars > 0 ? `Normalised ${plural(chars, 'character', 'characters')}: ${kinds}` : 'Normalised';
  return createMessage('text-normalised', `${head}${more.length > 0 ? `${chars > 0 ? ';' : ':'} ${more.join('; ')}` : ''}.`, null, { actual: counts });
}
