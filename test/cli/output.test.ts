import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openOutput } from '../../src/cli/output.js';

/** A stream that writes each chunk later, as a file stream does, copying what it held then. */
function slowStream(highWaterMark = 16) {
  const got: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => {
        got.push(chunk.toString('utf8'));
        done();
      }, 5);
    },
  });
  return { stream, got };
}

describe('openOutput', () => {
  it('calls `written` only once the stream is done with the chunk, so that its buffer can be reused then and not before', async () => {
    const { stream, got } = slowStream(1 << 20);
    const out = openOutput(undefined, stream);
    const calls: string[] = [];
    const bytes = new TextEncoder().encode('第一行\n');
    await out.write(bytes, () => calls.push(`written after ${got.length} chunk(s)`));
    expect(calls).toEqual([]); // the write returned, but the stream still holds the bytes
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toEqual(['written after 1 chunk(s)']);
    expect(got).toEqual(['第一行\n']);
  });
  it('waits for a full stream to drain, and writes every chunk in order', async () => {
    const { stream, got } = slowStream(4);
    const out = openOutput(undefined, stream);
    const written: number[] = [];
    for (let i = 0; i < 5; i++) await out.write(new TextEncoder().encode(`${i}行\n`), () => written.push(i));
    await new Promise((r) => setTimeout(r, 30));
    expect(got.join('')).toBe('0行\n1行\n2行\n3行\n4行\n');
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });
  it('calls `written` at once for an empty chunk, after a failed write, and once the reader went away', async () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const out = openOutput(undefined, stream);
    const calls: string[] = [];
    await out.write(new Uint8Array(0), () => calls.push('empty'));
    expect(calls).toEqual(['empty']);
    await out.write(new TextEncoder().encode('a\n'), () => calls.push('failed'));
    await new Promise((r) => setTimeout(r, 10));
    expect(out.gone).toBe(true);
    await out.write(new TextEncoder().encode('b\n'), () => calls.push('gone'));
    expect(calls).toEqual(['empty', 'failed', 'gone']);
  });
});
