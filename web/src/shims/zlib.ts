import { Inflate } from 'fflate';

/**
 * node:zlib's `inflateRawSync` for the Word reader's zip check (src/read/docx/inspect.ts), with
 * fflate: raw DEFLATE, stopped as soon as the output passes `maxOutputLength` (a lying zip header),
 * failing as Node does, with the code ERR_BUFFER_TOO_LARGE.
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Uint8Array {
  const max = options.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw Object.assign(new RangeError(`Cannot create a Buffer larger than ${max} bytes`), { code: 'ERR_BUFFER_TOO_LARGE' });
    parts.push(chunk);
  });
  const STEP = 64 * 1024;
  for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
export default { inflateRawSync };
