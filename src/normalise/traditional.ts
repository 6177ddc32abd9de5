import { ConverterBuilder } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import { MappedBuilder, type OffsetMap } from './offset-map.js';

type Convert = (text: string) => string;
let converter: Convert | null = null;

function getConverter(): Convert {
  // Built lazily: building the tries costs a few milliseconds, paid once per process.
  converter ??= ConverterBuilder(t2cn)({ from: 't', to: 'cn' });
  return converter;
}

/**
 * Converts traditional characters to simplified (OpenCC t → cn) and maps offsets back.
 * OpenCC keeps the number of code points, so each output code point maps to the input code point
 * it replaced; where a dictionary entry would change the count, the text is converted one code
 * point at a time instead.
 *
 * @example
 * toSimplified('政府資訊公開').text; // '政府资讯公开'
 */
export function toSimplified(input: string): { text: string; map: OffsetMap; changed: number } {
  const convert = getConverter();
  const out = convert(input);
  if (out === input) return { text: input, map: null, changed: 0 };
  let changed = 0;
  if (out.length === input.length && !/[\ud800-\udfff]/.test(input + out)) {
    for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) !== out.charCodeAt(i)) changed++;
    return { text: out, map: null, changed };
  }
  const a = Array.from(input);
  let b = Array.from(out);
  if (a.length !== b.length) b = a.map((ch) => convert(ch));
  const builder = new MappedBuilder(input.length);
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    const src = a[i]!;
    const dst = b[i]!;
    if (src !== dst) changed++;
    if (dst.length === src.length) builder.pushRun(dst, offset);
    else builder.push(dst, offset);
    offset += src.length;
  }
  const { text, map } = builder.finish(input.length);
  return { text, map, changed };
}
