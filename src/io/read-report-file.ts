import { decodeReport, type DecodeHint, type Decoded } from './decode.js';

/**
 * A report file read and decoded.
 *
 * @example
 * const { text, byteLength }: ReportFile = await readReportFile('corpus/seed-luohe-2021.txt');
 * byteLength > text.length; // → true (UTF-8 takes three bytes for a Chinese character)
 */
export interface ReportFile extends Decoded {
  /** The file's size in bytes. */
  byteLength: number;
}

/**
 * Reads a text or HTML report file and decodes it with {@link decodeReport} (byte order mark,
 * `<meta charset>`, then UTF-8/GB18030 detection). Rejects only when the file cannot be read.
 *
 * @example
 * const { text, encoding } = await readReportFile('corpus/seed-luohe-2021.txt');
 * encoding; // → 'utf-8'
 * parseReport(text).metadata.year?.value; // → 2021
 */
export async function readReportFile(path: string, hint: Omit<DecodeHint, 'fileName'> = {}): Promise<ReportFile> {
  // Loaded when called, so that importing this module needs no node:fs (browsers, bundlers).
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  return { ...decodeReport(bytes, { ...hint, fileName: path }), byteLength: bytes.byteLength };
}
