/**
 * Maps offsets in a derived string back to offsets in the string it was derived from:
 * `map[i]` is the source offset of derived `text[i]`, and `map[text.length]` the source length.
 * `null` means the identity (the derived string is the source, offset for offset).
 *
 * @example
 * // 'ab' derived from 'a b' (the space dropped): 'a' is at 0, 'b' at 2, and the source is 3 long.
 * const map: OffsetMap = new Int32Array([0, 2, 3]);
 * mapOffset(map, 1); // → 2
 */
export type OffsetMap = Int32Array | null;

/**
 * Composes two maps: `outer` maps C → B and `inner` maps B → A; the result maps C → A.
 *
 * @example
 * composeMaps(null, null); // null
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  if (outer === null) return inner;
  if (inner === null) return outer;
  const out = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) out[i] = inner[outer[i]!]!;
  return out;
}

/**
 * Translates an offset through a map (identity when the map is null). Offsets past the end clamp.
 *
 * @example
 * mapOffset(null, 5); // 5
 */
export function mapOffset(map: OffsetMap, offset: number): number {
  if (map === null) return offset;
  const i = offset < 0 ? 0 : offset >= map.length ? map.length - 1 : offset;
  return map[i]!;
}

/**
 * Builds a string and its offset map together, one source position at a time.
 *
 * @example
 * const b = new MappedBuilder(3); b.push('a', 0); b.push('c', 2); b.finish(3); // { text: 'ac', map: [0, 2, 3] }
 */
export class MappedBuilder {
  private parts: string[] = [];
  private offsets: Int32Array;
  private length = 0;
  constructor(sizeHint: number) {
    this.offsets = new Int32Array(Math.max(16, sizeHint + 1));
  }

  private reserve(n: number): void {
    const need = this.length + n + 1;
    if (need <= this.offsets.length) return;
    const grown = new Int32Array(Math.max(need, this.offsets.length * 2));
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }

  /** Appends `text`, every code unit of which maps to `sourceOffset`. */
  push(text: string, sourceOffset: number): void {
    const n = text.length;
    if (n === 0) return;
    this.parts.push(text);
    this.reserve(n);
    this.offsets.fill(sourceOffset, this.length, this.length + n);
    this.length += n;
  }

  /** Appends `text` whose code units map one to one onto the source from `sourceOffset`. */
  pushRun(text: string, sourceOffset: number): void {
    const n = text.length;
    if (n === 0) return;
    this.parts.push(text);
    this.reserve(n);
    const o = this.offsets;
    const base = this.length;
    for (let k = 0; k < n; k++) o[base + k] = sourceOffset + k;
    this.length += n;
  }

  /** Ends the string; `sourceLength` becomes the map's last entry. */
  finish(sourceLength: number): { text: string; map: Int32Array } {
    this.reserve(0);
    const map = this.offsets.length === this.length + 1 ? this.offsets : this.offsets.slice(0, this.length + 1);
    map[this.length] = sourceLength;
    return { text: this.parts.join(''), map };
  }
}
