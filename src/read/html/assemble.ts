import { LF, SPACE } from './chars.js';

const CHUNK = 8192;

/** Merge [start, end) ranges into a sorted, non-overlapping list. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Turn UTF-16 code units into a string without blowing the argument limit. */
export function codesToString(codes: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return s;
}

/**
 * Build the final text and offset map from the document writer's output, leaving out `drops`
 * (sorted, merged) and tidying the seams: no empty lines, no space at a line's edge.
 */
export function assemble(
  codes: Uint16Array,
  map: Int32Array,
  length: number,
  drops: Array<[number, number]>,
  htmlLength: number,
): { text: string; map: Int32Array } {
  const outCodes = new Uint16Array(length);
  const outMap = new Int32Array(length + 1);
  let n = 0;
  let d = 0;
  for (let i = 0; i < length; i++) {
    while (d < drops.length && drops[d]![1] <= i) d++;
    const drop = drops[d];
    if (drop && drop[0] <= i) {
      i = drop[1] - 1;
      continue;
    }
    const c = codes[i]!;
    if (c === LF || c === SPACE) {
      const prev = n > 0 ? outCodes[n - 1] : LF;
      if (prev === LF) continue;
      if (c === LF && prev === SPACE) {
        n--;
        if (n === 0 || outCodes[n - 1] === LF) continue;
      }
    }
    outCodes[n] = c;
    outMap[n] = map[i]!;
    n++;
  }
  while (n > 0 && (outCodes[n - 1] === LF || outCodes[n - 1] === SPACE)) n--;
  const finalMap = outMap.slice(0, n + 1);
  finalMap[n] = htmlLength;
  return { text: codesToString(outCodes, n), map: finalMap };
}
