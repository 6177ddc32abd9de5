import { createMessage, type Message } from '../messages/message.js';
import type { SourceRead } from '../read/read-source.js';
import type { Span } from '../types.js';
import { normalise } from './normalise.js';
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
}

/** The kinds of normalisation counted, in the order the `text-normalised` message lists them. */
const COUNT_KINDS = ['fullWidth', 'kangxi', 'spaces', 'other', 'traditional'] as const;

/**
 * The normalise stage: folds the read text's characters ({@link normalise}: full-width forms, Kangxi
 * radicals, odd spaces, traditional characters when `traditional` is not false) and composes the map
 * from the normalised text back to the input. (The body's look-alike spellings are normalised later,
 * once the title has named the body: see {@link readMetadata}.)
 *
 * @example
 * import { readSource, normaliseSource } from 'ogi-report';
 * normaliseSource(readSource('一、總體情況'), {}).text; // '一、总体情况'
 */
export function normaliseSource(read: SourceRead, options: { traditional?: boolean } = {}): NormalisedText {
  const messages: Message[] = [];
  const norm = normalise(read.source.text, { traditional: options.traditional ?? true });
  const span = spanMapper(composeMaps(norm.map, read.source.map), read.input, read.source.kind === 'html');
  const changed = norm.counts.fullWidth + norm.counts.kangxi + norm.counts.spaces + norm.counts.other + norm.counts.traditional;
  if (changed > 0) {
    let kinds = '';
    for (const k of COUNT_KINDS) if (norm.counts[k] > 0) kinds += `${kinds ? ', ' : ''}${k} ${norm.counts[k]}`;
    messages.push(createMessage('text-normalised', `Normalised ${changed} character${changed > 1 ? 's' : ''}: ${kinds}.`, null, { actual: norm.counts }));
  }
  return { text: norm.text, span, messages };
}
