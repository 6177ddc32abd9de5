import type { DecodingFacts } from '../io/decoding-messages.js';
import type { Message } from '../messages/message.js';
import type { SourceRead } from '../read/read-source.js';
import type { Span } from '../types.js';
import { normalise } from './normalise.js';
import { normalisedCounts, normalisedMessage, type NormalisedCounts } from './normalised-message.js';
import { composeMaps } from './offset-map.js';
import { spanMapper } from './span-mapper.js';

/** The text every later stage reads, and the way back from its offsets to the input's. */
export interface NormalisedText {
  /** The normalised text. Its offsets are not the input's: map them with `span`. */
  text: string;
  /** Maps offsets of `text` to a span of the input. */
  span: (start: number, end: number) => Span;
  /** `text-normalised`, when characters were changed. */
  messages: Message[];
  /** What was normalised, by kind (`variants` is 0 here: see {@link withVariants}). */
  counts: NormalisedCounts;
}

/** Characters decoded from Big5 bytes (every character above ASCII). */
function big5Characters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

/**
 * The normalise stage: folds the read text's characters ({@link normalise}: full-width forms, Kangxi
 * radicals, odd spaces, pinyin annotations, traditional characters when `traditional` is not false,
 * Taiwan-usage phrases of the labels) and composes the map from the normalised text back to the
 * input; `text-normalised` counts each kind (Big5 characters too, when `decoded` says so). (The body's look-alike spellings are normalised later,
 * once the title has named the body: see {@link readMetadata}.)
 *
 * @example
 * import { readSource, normaliseSource } from 'ogi-report';
 * normaliseSource(readSource('一、總體情況'), {}).text; // '一、总体情况'
 */
export function normaliseSource(read: SourceRead, options: { traditional?: boolean; decoded?: DecodingFacts } = {}): NormalisedText {
  const norm = normalise(read.source.text, { traditional: options.traditional ?? true });
  const span = spanMapper(composeMaps(norm.map, read.source.map), read.input, read.source.kind === 'html');
  const big5 = options.decoded?.encoding === 'big5' ? big5Characters(read.input) : 0;
  const counts = normalisedCounts(norm.counts, 0, big5);
  const message = normalisedMessage(counts);
  return { text: norm.text, span, messages: message ? [message] : [], counts };
}

/**
 * The normalise stage's messages once the body's look-alike spellings are known (they are found by
 * {@link readMetadata}, after the title): `text-normalised` counts them too.
 *
 * @example
 * import { normaliseSource, readSource } from 'ogi-report';
 * const norm = normaliseSource(readSource('規章\t0'));
 * withVariants(norm, 0) === norm.messages; // → true
 * withVariants(norm, 2)[0]?.message; // → "Normalised 1 character: traditional 1; variants 2 spellings of the body's name."
 */
export function withVariants(norm: NormalisedText, variants: number): Message[] {
  if (variants === 0) return norm.messages;
  const c = norm.counts;
  return [normalisedMessage(normalisedCounts(c, variants, c.big5))!];
}
