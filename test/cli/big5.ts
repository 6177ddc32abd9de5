import { fromBig5PrivateUse } from '../../src/io/big5-private-use.js';

/**
 * A Big5 encoder for tests, built by inverting the `big5` decoder (Node's, with the Hong Kong
 * supplement's private-use characters put back as browsers read them) over every two-byte code:
 * standard Big5 codes (lead 0xA1–0xF9) are preferred to the supplement's. A character Big5 cannot
 * write throws, or becomes `?` with `lossy` (as mirrors that convert with `iconv -c` write it).
 */
let table: Map<string, number> | null = null;

function big5Table(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('big5');
  const leads = [...Array.from({ length: 0xf9 - 0xa1 + 1 }, (_, i) => 0xa1 + i), ...Array.from({ length: 0xa1 - 0x81 }, (_, i) => 0x81 + i), 0xfa, 0xfb, 0xfc, 0xfd, 0xfe];
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const ch = fromBig5PrivateUse(decoder.decode(new Uint8Array([lead, trail])));
      if (ch !== '\ufffd' && [...ch].length === 1 && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** Whether Big5 (with HKSCS) can write `ch`, and with a code of the supplement (lead below 0xA1 or above 0xF9). */
export function big5Code(ch: string): number | undefined {
  return big5Table().get(ch);
}

export function encodeBig5(text: string, lossy = false): Uint8Array {
  const map = big5Table();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = map.get(ch);
      if (code === undefined) {
        if (lossy) {
          out.push(0x3f);
          continue;
        }
        throw new Error(`Big5 cannot write U+${cp.toString(16).toUpperCase()} "${ch}"`);
      }
      out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
}
