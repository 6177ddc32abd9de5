/** Buffers smaller than this are not made: a report's output is tens of KB, so most fit. */
const MIN_BYTES = 64 * 1024;
/**
 * Larger outputs (a huge report) get a buffer of their own, exactly their size, never reused.
 *
 * @example
 * const spare: ArrayBuffer[] = [];
 * const { bytes } = new OutBytes().encodeAll(['{"file":"a.txt"}\n']);
 * if (bytes.buffer.byteLength <= REUSE_MAX_BYTES) spare.push(bytes.buffer);
 * spare.length; // → 1
 */
export const REUSE_MAX_BYTES = 4 * 1024 * 1024;
/** Spare buffers a worker keeps; more are let go. */
const KEEP = 4;

/** The smallest power of two ≥ n, and at least MIN_BYTES. */
const sizeFor = (n: number) => Math.max(MIN_BYTES, 2 ** Math.ceil(Math.log2(Math.max(1, n))));

/**
 * A worker's outputs as UTF-8 bytes, a batch's in one buffer, ready to move (transfer, not copy)
 * to the main thread. The bytes are encoded into buffers the main thread handed back after
 * writing earlier outputs, so a run makes a few buffers in all instead of one per batch: the main thread neither decodes nor
 * re-encodes a string per report, and has no per-report garbage waiting for its GC. (Transferred
 * buffers that were not handed back would wait in memory until a GC, tens of MB in a long run.)
 *
 * @example
 * const bytes = new OutBytes();
 * bytes.give([new ArrayBuffer(1 << 16)]); // spare buffers handed back by the pool
 * const out = bytes.encodeAll(['{"file":"a.txt"}\n', '{"file":"b.txt"}\n']);
 * new TextDecoder().decode(out.bytes); // → '{"file":"a.txt"}\n{"file":"b.txt"}\n'
 * out.lengths; // → [17, 17]
 * out.bytes.buffer.byteLength; // → 65536
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
   * Encodes `texts` (a batch's outputs) as UTF-8 one after the other into one buffer: the
   * smallest spare one that holds them, or a new one (64 KB at least, a power of two; exactly
   * their size when over {@link REUSE_MAX_BYTES}); returns the bytes and each text's length in bytes.
   */
  encodeAll(texts: readonly string[]): { bytes: Uint8Array<ArrayBuffer>; lengths: number[] } {
    // The exact size (a fast native count), not the worst case of 3 bytes per unit: a batch's
    // buffer then fits the spares handed back, instead of a new one of twice the size being
    // made (and zeroed, and paged in) for most batches.
    let size = 0;
    for (const t of texts) size += Buffer.byteLength(t, 'utf8');
    if (size === 0) return { bytes: new Uint8Array(0), lengths: texts.map(() => 0) };
    const buffer = size > REUSE_MAX_BYTES ? new ArrayBuffer(size) : this.take(size);
    const view = new Uint8Array(buffer);
    const lengths: number[] = [];
    let at = 0;
    for (const t of texts) {
      const { written } = this.encoder.encodeInto(t, at === 0 ? view : view.subarray(at));
      lengths.push(written);
      at += written;
    }
    return { bytes: new Uint8Array(buffer, 0, at), lengths };
  }

  /** The smallest spare buffer of at least `size` bytes, or a new one. */
  private take(size: number): ArrayBuffer {
    let at = -1;
    for (let i = 0; i < this.spare.length; i++) if (this.spare[i]!.byteLength >= size && (at < 0 || this.spare[i]!.byteLength < this.spare[at]!.byteLength)) at = i;
    return at >= 0 ? this.spare.splice(at, 1)[0]! : new ArrayBuffer(sizeFor(size));
  }
}
