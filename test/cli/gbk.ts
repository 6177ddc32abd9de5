/**
 * A GBK encoder for tests, built by inverting Node's GB18030 decoder over every two-byte code
 * (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F). Throws on a character GBK cannot write.
 */
let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = map.get(ch);
      if (code === undefined) throw new Error(`GBK cannot write U+${cp.toString(16).toUpperCase()} "${ch}"`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
}
