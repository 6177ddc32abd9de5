import type { Span } from '../types.js';
import { mapOffset, type OffsetMap } from './offset-map.js';

/**
 * Maps offsets of the normalised text to a span of the input: an end inside a surrogate pair takes
 * the pair whole, and in HTML an end inside a character reference (`&amp;`) takes it whole.
 *
 * @example
 * spanMapper(null, 'abc', false)(0, 2); // { start: 0, end: 2 }
 */
export function spanMapper(map: OffsetMap, input: string, html: boolean): (start: number, end: number) => Span {
  if (map === null) {
    // The normalised text is the input, offset for offset.
    return (start, end) => {
      if (end <= start) return { start, end: start };
      const code = input.charCodeAt(end - 1);
      return { start, end: code >= 0xd800 && code <= 0xdbff && end < input.length ? end + 1 : end };
    };
  }
  return (start, end) => {
    const s = mapOffset(map, start);
    if (end <= start) return { start: s, end: s };
    let e = mapOffset(map, end - 1) + 1;
    const code = input.charCodeAt(e - 1);
    if (code >= 0xd800 && code <= 0xdbff && e < input.length) e++;
    else if (html && code === 38 /* & */) {
      const semi = input.indexOf(';', e);
      if (semi > 0 && semi - e < 10) e = semi + 1;
    }
    return { start: s, end: Math.max(s, e) };
  };
}
