import { StringDecoder } from 'node:string_decoder';

/**
 * Reads a byte stream as UTF-8 lines, lazily: the stream is pulled one chunk at a time, so a slow
 * consumer holds the producer back. Lines end at '\n' (a '\r' before it is dropped); a last line
 * without a line break is yielded too, an empty one is not.
 *
 * @example
 * import { Readable } from 'node:stream';
 * const lines: string[] = [];
 * for await (const line of readLines(Readable.from(['{"id":1}\r\n{"i', 'd":2}']))) lines.push(line);
 * lines; // → ['{"id":1}', '{"id":2}']
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield pending.slice(start, end);
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}
