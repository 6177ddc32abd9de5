/**
 * How an input is read: decoded text (plain or HTML), or the bytes of a Word or PDF file.
 *
 * @example
 * const kind: InputKind | null = kindOfName('a.pdf'); // 'pdf'
 */
export type InputKind = 'text' | 'html' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, InputKind> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/**
 * The kind of a report file by its extension (case-insensitive), or null when a folder walk
 * should skip it.
 *
 * @example
 * kindOfName('2021/报告.HTM'); // 'html'
 * kindOfName('notes.xlsx'); // null
 */
export function kindOfName(path: string): InputKind | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * The kind of bytes by their magic number: '%PDF-' is a PDF, a zip ('PK\x03\x04') a .docx, else
 * null: text, to be told from HTML by the parser. For stdin and files named without a known extension.
 *
 * @example
 * kindOfBytes(new TextEncoder().encode('%PDF-1.7')); // 'pdf'
 * kindOfBytes(new TextEncoder().encode('<p>一、总体情况</p>')); // null
 */
export function kindOfBytes(bytes: Uint8Array): 'pdf' | 'docx' | null {
  const [a, b, c, d, e] = bytes;
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46 && e === 0x2d) return 'pdf';
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return 'docx';
  return null;
}
