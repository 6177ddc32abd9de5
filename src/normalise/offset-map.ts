/**
 * Maps offsets in a derived string back to offsets in the string it was derived from:
 * `map[i]` is the source offset of derived `text[i]`, and `map[text.length]` the source length.
 * `null` means the identity (the derived string is the source, offset for offset).
 *
 * @example
 * const map = new Int32Array([0, 2, 3]); // 'ab' read from '&amp;b'? no — any derived text
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
  private offsets: number[] = [];
  private length = 0;
  constructor(private readonly sizeHint: number) {}

  /** Appends `text`, every code unit of which maps to `sourceOffset`. */
  push(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.offsets.push(sourceOffset);
    this.length += text.length;
  }

  /** Appends `text` whose code units map one to one onto the source from `sourceOffset`. */
  pushRun(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.offsets.push(sourceOffset + k);
    this.length += text.length;
  }

  /** Ends the string; `sourceLength` becomes the map's last entry. */
  finish(sourceLength: number): { text: string; map: Int32Array } {
    const map = new Int32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) map[i] = this.offsets[i]!;
    map[this.length] = sourceLength;
    void this.sizeHint;
    return { text: this.parts.join(''), map };
  }
}
