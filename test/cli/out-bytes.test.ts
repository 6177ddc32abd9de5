import { describe, expect, it } from 'vitest';
import { OutBytes, REUSE_MAX_BYTES } from '../../src/cli/out-bytes.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('OutBytes', () => {
  const one = (bytes: OutBytes, text: string) => bytes.encodeAll([text]).bytes;
  it('encodes UTF-8 exactly: ASCII, CJK (3 bytes), astral (4 bytes), empty; each text\'s length in bytes', () => {
    const bytes = new OutBytes();
    const texts = ['a.txt,1\r\n', '本年新收政府信息公开申请数量,130\r\n', '𠀀x😀', ''];
    const { bytes: out, lengths } = bytes.encodeAll(texts);
    expect(decode(out)).toBe(texts.join(''));
    expect(lengths).toEqual(texts.map((t) => Buffer.byteLength(t)));
    expect(lengths).toEqual([9, 48, 9, 0]);
  });
  it('writes into the smallest buffer handed back that holds the bytes (their exact size)', () => {
    const bytes = new OutBytes();
    const small = new ArrayBuffer(8);
    const big = new ArrayBuffer(1 << 20);
    const fits = new ArrayBuffer(64 * 1024);
    bytes.give([small, big, fits]);
    const out = one(bytes, '总计'.repeat(10_000)); // 60,000 bytes
    expect(out.buffer).toBe(fits);
    expect(decode(out)).toBe('总计'.repeat(10_000));
    expect(bytes.spares).toBe(2);
    expect(one(bytes, 'x'.repeat(9)).buffer).toBe(big); // 9 bytes: not the 8-byte one
    expect(one(bytes, 'x'.repeat(8)).buffer).toBe(small); // exactly 8
    expect(bytes.spares).toBe(0);
    bytes.give([new ArrayBuffer(1024)]);
    expect(bytes.encodeAll(['', '']).bytes.byteLength).toBe(0);
    expect(bytes.spares).toBe(1); // empty outputs (every `stats` result) take none
  });
  it('makes a new buffer (64 KB at least, a power of two) when none is handed back', () => {
    const bytes = new OutBytes();
    expect(one(bytes, 'abc').buffer.byteLength).toBe(64 * 1024);
    expect(bytes.encodeAll(['d'.repeat(30_000), 'e'.repeat(50_000)]).bytes.buffer.byteLength).toBe(128 * 1024);
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
    const out = bytes.encodeAll([text, 'x']).bytes;
    expect(out.buffer.byteLength).toBe(Buffer.byteLength(text) + 1);
    expect(bytes.spares).toBe(1);
  });
});
