/** Labels of the GB family, all decoded with GB18030 (a superset of GBK and GB2312). */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58']);

/**
 * Turns a charset label as written in a file or on the command line into the name of a decoder
 * this runtime has: 'utf8' → 'utf-8', 'GB2312'/'GBK'/'cp936' → 'gb18030', 'Big5' → 'big5'.
 * Returns null for a label no decoder knows.
 *
 * @example
 * charsetName('GB2312'); // 'gb18030'
 * charsetName('UTF8'); // 'utf-8'
 * charsetName('klingon'); // null
 */
export function charsetName(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (GB_FAMILY.has(l)) return 'gb18030';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}
