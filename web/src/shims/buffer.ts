/**
 * The one use the Word reader makes of Node's Buffer (`Buffer.from(arrayBuffer, offset, length)`,
 * a view of the same bytes), for the browser. Injected only into src/read/docx/ modules.
 */
export const Buffer = {
  from: (buffer: ArrayBufferLike, byteOffset = 0, length?: number): Uint8Array => new Uint8Array(buffer, byteOffset, length),
};
