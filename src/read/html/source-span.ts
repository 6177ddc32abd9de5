const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{0,31});?/y;

/**
 * The offset just past the source of the text character that starts at `offset`:
 * past the whole entity when `html[offset]` is '&', past a surrogate pair, else `offset + 1`.
 */
export function sourceEnd(html: string, offset: number): number {
  const c = html.charCodeAt(offset);
  if (c === 38) {
    ENTITY.lastIndex = offset;
    const m = ENTITY.exec(html);
    if (m) return offset + m[0].length;
  }
  if (c >= 0xd800 && c <= 0xdbff && offset + 1 < html.length) return offset + 2;
  return Math.min(offset + 1, html.length);
}
