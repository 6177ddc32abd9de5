/** Buffers smaller than this are not made: a report's output is tens of KB, so most fit. */
const MIN_BYTES = 64 * 1024;
/**
 * Larger outputs (a huge report) get a buffer of their own, exactly their size, never reused.
 *
 * @example
 * const spare: ArrayBuffer[] = [];
 * const bytes = new OutBytes().encode('{"file":"a.txt"}\n');
 * if (bytes.buffer.byteLength <= REUSE_MAX_BYTES) spare.push(bytes.buffer as ArrayBuffer);
 * spare.length; // → 1
 */
export const REUSE_MAX_BYTES = 4 * 1024 * 1024;
/** Spare buffers a worker keeps; more are let go. */
const KEEP = 4;

/** The smallest power of two ≥ n, and at least MIN_BYTES. */
const sizeFor = (n: number) => Math.max(MIN_BYTES, 2 ** Math.ceil(Math.log2(Math.max(1, n))));

/**
 * A worker's output as UTF-8 bytes, ready to move (transfer, not copy) to the main thread. The
 * bytes are encoded into buffers the main thread handed back after writing earlier outputs, so a
 * run makes a few buffers in all instead of one per report: the main thread neither decodes nor
 * re-encodes a string per report, and has no per-report garbage waiting for its GC. (Transferred
 * buffers that were not handed back would wait in memory until a GC, tens of MB in a long run.)
 *
 * @example
 * const bytes = new OutBytes();
 * bytes.give([new ArrayBuffer(1 << 16)]); // spare buffers handed back by the pool
 * const out = bytes.encode('{"file":"a.txt"}\n');
 * new TextDecoder().decode(out); // → '{"file":"a.txt"}\n'
 * out.buffer.byteLength; // → 65536
 */
export class OutBytes {
  private readonly spare: ArrayBuffer[] = [];
  private readonly encoder = new TextEncoder();

  /** Keeps buffers handed back by the main thread (up to a few; the rest are let go). */
  give(buffers: readonly ArrayBuffer[] | undefined): void {
    for (const b of buffers ?? []) if (this.spare.length < KEEP && b.byteLength > 0 && b.byteLength <= REUSE_MAX_BYTES) this.spare.push(b);
  }

  /** How many spare buffers are kept. */
  get spares(): number {
    return this.spare.length;
  }

  /**
   * Encodes `texts` as UTF-8 one after the other into one buffer (a spare one that surely holds
   * them, or a new one); returns the bytes and each text's length in bytes.
   */
  encodeAll(texts: readonly string[]): { bytes: Uint8Array<ArrayBuffer>; lengths: number[] } {
    let units = 0;
    for (const t of texts) units += t.length;
    if (units === 0) return { bytes: new Uint8Array(0), lengths: texts.map(() => 0) };
    const most = units * 3;
    if (most > REUSE_MAX_BYTES) {
      // Too large to keep: a buffer of its own, exactly the size of the bytes.
      const parts = texts.map((t) => this.encoder.encode(t));
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      return { bytes, lengths: parts.map((p) => p.length) };
    }
    const buffer = this.take(most);
    const view = new Uint8Array(buffer);
    const lengths: number[] = [];
    let at = 0;
    for (const t of texts) {
      const { written } = this.encoder.encodeInto(t, view.subarray(at));
      lengths.push(written);
      at += written;
    }
    return { bytes: new Uint8Array(buffer, 0, at), lengths };
  }

  /** The smallest spare buffer of at least `most` bytes, or a new one. */
  private take(most: number): ArrayBuffer {
    let at = -1;
    for (let i = 0; i < this.spare.length; i++) if (this.spare[i]!.byteLength >= most && (at < 0 || this.spare[i]!.byteLength < this.spare[at]!.byteLength)) at = i;
    return at >= 0 ? this.spare.splice(at, 1)[0]! : new ArrayBuffer(sizeFor(most));
  }

  /** Encodes `text` as UTF-8 into a spare buffer that surely holds it (3 bytes per UTF-16 unit at most), or a new one. */
  encode(text: string): Uint8Array<ArrayBuffer> {
    if (text === '') return new Uint8Array(0); // every `stats` result: no spare spent on it
    const most = text.length * 3;
    if (most > REUSE_MAX_BYTES) return this.encoder.encode(text);
    const buffer = this.take(most);
    const { written } = this.encoder.encodeInto(text, new Uint8Array(buffer));
    return new Uint8Array(buffer, 0, written);
  }
}
