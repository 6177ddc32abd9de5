import type { OffsetMap } from '../normalise/offset-map.js';

/** The input read into text: for plain text the input itself; HTML is rendered to text with a map back. */
export interface Source {
  kind: 'text' | 'html';
  text: string;
  /** Offsets of `text` → offsets of the input (null: identity). */
  map: OffsetMap;
}

/** Options of the read stage. */
export interface ReadOptions {
  /** 'text', 'html', or 'auto' (default): HTML is detected by its tags. */
  format?: 'auto' | 'text' | 'html';
}

/**
 * The read stage: turns the input string into text with a map back into the input.
 *
 * @example
 * readInput('一、总体情况').kind; // 'text'
 */
export function readInput(input: string, _options: ReadOptions = {}): Source {
  return { kind: 'text', text: input, map: null };
}
