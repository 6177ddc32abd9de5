import { BIG5_PUA_CHARS, BIG5_PUA_RUNS } from './data/big5-hkscs.js';

let table: Map<number, string> | null = null;

function getTable(): Map<number, string> {
  if (table !== null) return table;
  table = new Map();
  const chars = Array.from(BIG5_PUA_CHARS);
  let k = 0;
  for (let r = 0; r < BIG5_PUA_RUNS.length; r += 2) {
    const first = BIG5_PUA_RUNS[r]!;
    for (let i = 0; i < BIG5_PUA_RUNS[r + 1]!; i++) table.set(first + i, chars[k++]!);
  }
  return table;
}

const PRIVATE_USE = /[\ue000-\uf8ff]/gu;

/**
 * Puts back the characters of the Hong Kong supplement (HKSCS) and the ETEN extension of Big5 (①, ㄅ,
 * ぁ …) that Node's `big5` decoder writes as private-use characters (U+E000–U+F8FF), as browsers
 * (WHATWG big5) decode them. A text without private-use characters comes back as it is; user-defined
 * characters with no standard form stay private.
 *
 * @example
 * fromBig5PrivateUse(new TextDecoder('big5').decode(new Uint8Array([0x87, 0x40]))); // '䏰' (U+43F0)
 */
export function fromBig5PrivateUse(text: string): string {
  PRIVATE_USE.lastIndex = 0;
  if (!PRIVATE_USE.test(text)) return text;
  const t = getTable();
  return text.replace(PRIVATE_USE, (ch) => t.get(ch.charCodeAt(0)) ?? ch);
}
