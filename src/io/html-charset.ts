/**
 * How far into the file a charset declaration is looked for.
 *
 * @example
 * const bytes = new TextEncoder().encode('<html><head><meta charset="gb2312"></head>…');
 * sniffHtmlCharset(bytes.subarray(0, CHARSET_SCAN_BYTES)); // → 'gb2312'
 */
export const CHARSET_SCAN_BYTES = 2048;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/iu;

/**
 * Finds the charset an HTML (or XHTML) file declares in its first 2 KB: `<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` or
 * `<?xml version="1.0" encoding="GB2312"?>`. Returns the label as written, or null.
 *
 * @example
 * sniffHtmlCharset(new TextEncoder().encode('<html><head><meta charset="GB2312">')); // 'GB2312'
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // The declaration itself is ASCII: read the head as Latin-1, which maps every byte to one char.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}
