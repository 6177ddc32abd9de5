import { describe, expect, it } from 'vitest';
import { OutBytes, REUSE_MAX_BYTES } from '../../src/cli/out-bytes.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('OutBytes', () => {
  it('encodes UTF-8 exactly: ASCII, CJK (3 bytes), astral (4 bytes), empty', () => {
    const bytes = new OutBytes();
    for (const text of ['a.txt,1\r\n', '本年新收政府信息公开申请数量,130\r\n', '𠀀x😀', '']) {
      const out = bytes.encode(text);
      expect(decode(out)).toBe(text);
      expect(out.byteLength).toBe(Buffer.byteLength(text));
    }
  });
  it('writes into a buffer handed back when it surely holds the text (3 bytes per UTF-16 unit), the smallest such', () => {
    const bytes = new OutBytes();
    const small = new ArrayBuffer(8);
    const big = new ArrayBuffer(1 << 20);
    const fits = new ArrayBuffer(64 * 1024);
    bytes.give([small, big, fits]);
    const out = bytes.encode('总计'.repeat(1000)); // 2,000 units: up to 6,000 bytes
    expect(out.buffer).toBe(fits);
    expect(decode(out)).toBe('总计'.repeat(1000));
    expect(bytes.spares).toBe(2);
    expect(bytes.encode('x'.repeat(9)).buffer).toBe(big); // 27 bytes at most: not the 8-byte one
    expect(bytes.encode('x').buffer).toBe(small);
    expect(bytes.spares).toBe(0);
    bytes.give([new ArrayBuffer(1024)]);
    expect(bytes.encode('').byteLength).toBe(0);
    expect(bytes.spares).toBe(1); // an empty output (every `stats` result) takes none
  });
  it('makes a new buffer (64 KB at least) when none is handed back', () => {
    const bytes = new OutBytes();
    const out = bytes.encode('abc');
    expect(out.buffer.byteLength).toBe(64 * 1024);
    expect(bytes.encode('d'.repeat(30_000)).buffer.byteLength).toBe(128 * 1024);
  });
  it('keeps at most four spare buffers, none detached, none over the reuse limit', () => {
    const bytes = new OutBytes();
    const detached = new ArrayBuffer(16);
    structuredClone(detached, { transfer: [detached] });
    bytes.give([detached, new ArrayBuffer(REUSE_MAX_BYTES + 1)]);
    expect(bytes.spares).toBe(0);
    bytes.give(Array.from({ length: 6 }, () => new ArrayBuffer(1024)));
    expect(bytes.spares).toBe(4);
    bytes.give(undefined);
    expect(bytes.spares).toBe(4);
  });
  it('gives a huge output a buffer of its own, exactly its size', () => {
    const bytes = new OutBytes();
    bytes.give([new ArrayBuffer(REUSE_MAX_BYTES)]);
    const text = '报'.repeat(REUSE_MAX_BYTES / 3 + 1);
    const out = bytes.encode(text);
    expect(out.buffer.byteLength).toBe(Buffer.byteLength(text));
    expect(bytes.spares).toBe(1);
  });
});
