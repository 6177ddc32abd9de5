import { createMessage, type Message } from '../messages/message.js';

/**
 * How a text was decoded from bytes, as {@link decodeReport} tells it: what `parseReport` needs to
 * report it (`parseReport(file.text, { decoded: file })`).
 *
 * @example
 * const decoded: DecodingFacts = { encoding: 'utf-8', replaced: 2, replacedAt: [120, 4031] };
 */
export interface DecodingFacts {
  /** The decoder used: 'utf-8', 'gb18030', 'big5', … */
  encoding: string;
  /** Replacement characters (U+FFFD) in the decoded text. */
  replaced?: number;
  /** Offsets of the first of them in the text. */
  replacedAt?: readonly number[];
}

/** Line and column (1-based, in UTF-16 code units) of each offset, ascending, in one pass up to the last. */
function lineColumns(text: string, offsets: readonly number[]): string[] {
  const out: string[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const at of offsets) {
    for (; i < at && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push(`${line}:${at - lineStart + 1}`);
  }
  return out;
}

/**
 * The messages about how the input was decoded: `decoding-replaced` when the decoded text has
 * replacement characters (U+FFFD), with how many and where (line:column of the first ones; the span
 * of the first). Empty when the decoding was clean or nothing is known about it.
 *
 * @example
 * decodingMessages({ encoding: 'utf-8', replaced: 1, replacedAt: [3] }, 'ab\n\ufffd')[0]?.message;
 * // 'Decoded as utf-8 with 1 replacement character (U+FFFD) where bytes could not be read, at line:column 2:1. …'
 */
export function decodingMessages(decoded: DecodingFacts | undefined, text: string): Message[] {
  if (decoded === undefined || !decoded.replaced) return [];
  const at = (decoded.replacedAt ?? []).filter((o) => o >= 0 && o < text.length && text.charCodeAt(o) === 0xfffd).sort((a, b) => a - b);
  const n = decoded.replaced;
  const where = at.length === 0 ? '' : `, at line:column ${lineColumns(text, at).join(', ')}${n > at.length ? ` and ${n - at.length} more` : ''}`;
  return [
    createMessage(
      'decoding-replaced',
      `Decoded as ${decoded.encoding} with ${n} replacement character${n === 1 ? '' : 's'} (U+FFFD) where bytes could not be read${where}. The file is damaged or not in ${decoded.encoding}: text there is lost.`,
      at.length > 0 ? { start: at[0]!, end: at[0]! + 1 } : null,
      { actual: { encoding: decoded.encoding, replaced: n, at } },
    ),
  ];
}
