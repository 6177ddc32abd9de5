import { createMessage, type Message } from '../messages/message.js';
import { looksBinary } from './looks-binary.js';
import { readInput, type ReadOptions, type Source } from './read-input.js';

/** The default input size limit: 50 million UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 50_000_000;

/** Options of the read stage ({@link readSource}). */
export interface SourceOptions extends ReadOptions {
  /** Inputs longer than this many UTF-16 code units are cut, with an `input-too-large` error. Default 50,000,000. */
  maxLength?: number;
}

/** What the read stage gives the next: the input, its text, and what was wrong with it. */
export interface SourceRead {
  /** The input as given: every span points into it. */
  input: string;
  /** The input read into text (HTML rendered), with a map back. */
  source: Source;
  /** True when the text holds nothing but white space. */
  empty: boolean;
  /** `input-too-large`, `input-empty`, `input-binary`. */
  messages: Message[];
}

/**
 * The read stage: cuts an input longer than `maxLength`, reads it into text ({@link readInput}: HTML
 * is rendered, with a map back into the input) and notes an empty or binary input.
 *
 * @example
 * import { readSource } from 'ogi-report';
 * readSource('<p>一、总体情况</p>').source.text; // '一、总体情况'
 * readSource('   ').messages[0]?.code; // 'input-empty'
 */
export function readSource(input: string, options: SourceOptions = {}): SourceRead {
  const messages: Message[] = [];
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let text = input;
  if (input.length > max) {
    text = input.slice(0, max);
    messages.push(createMessage('input-too-large', `The input has ${input.length} characters; only the first ${max} were parsed (option maxLength).`, { start: max, end: input.length }, { actual: input.length, expected: max }));
  }
  const source = readInput(text, options);
  const empty = source.text.trim().length === 0;
  if (empty) messages.push(createMessage('input-empty', 'The input is empty.', null));
  else if (looksBinary(source.text)) messages.push(createMessage('input-binary', 'The input looks like binary data, not the text of a report.', null));
  return { input, source, empty, messages };
}
