import { inflateRawSync } from 'node:zlib';
import type { DocxProblem } from './types.js';
import { entryData, readZipDirectory, type ZipEntry } from './zip.js';

/** Default limit on the total declared uncompressed size of the entries: 100 MB. */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** An entry declaring more than this many uncompressed bytes is "large": its compression ratio is checked. */
export const LARGE_ENTRY_BYTES = 1024 * 1024;
/** Highest compression ratio (uncompressed : compressed) accepted for a large entry. */
export const MAX_RATIO = 100;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The main document part: word/document.xml (Word Online sometimes writes word/document2.xml). */
const MAIN_PART = /^word\/document\d*\.xml$/u;
/** The parts a converter reads: XML and relationships (images are never inflated). */
const READ_PART = /\.(?:xml|rels)$/iu;

const invalid = (message: string): DocxProblem => ({ code: 'docx-invalid', message });
const tooLarge = (message: string): DocxProblem => ({ code: 'docx-too-large', message });

function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Inflates one XML part within its declared size: a part that inflates past it is a lying header. */
function checkPart(bytes: Uint8Array, entry: ZipEntry): DocxProblem | null {
  if (entry.method !== 0 && entry.method !== 8) return invalid(`The .docx part ${entry.name} uses compression method ${entry.method}; only stored (0) and deflated (8) parts can be read.`);
  const data = entryData(bytes, entry);
  if (data === null) return invalid(`The .docx part ${entry.name} is missing or runs past the end of the file (truncated?).`);
  if (entry.method === 0) {
    return data.length === entry.uncompressedSize ? null : invalid(`The stored .docx part ${entry.name} has ${data.length} bytes but declares ${entry.uncompressedSize}.`);
  }
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return null;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return tooLarge(`The .docx part ${entry.name} inflates to more than the ${entry.uncompressedSize} bytes it declares (a zip bomb?); it was not read.`);
    }
    return invalid(`The .docx part ${entry.name} is damaged: ${(error as Error).message}.`);
  }
}

/**
 * Checks that bytes are a .docx that is safe to convert, before any converter sees them: a zip
 * (read from its central directory), holding word/document.xml, not encrypted, whose declared
 * sizes stay within `maxUncompressedBytes` in total and within a 100:1 compression ratio for any
 * entry over 1 MB — all decided from the directory, without inflating anything. Then each XML part
 * is inflated once with its declared size as a hard cap, so a header that lies about its size
 * cannot make the converter inflate more. Returns the first problem found, or null.
 *
 * @example
 * inspectDocx(new TextEncoder().encode('%PDF-1.7'), DEFAULT_MAX_UNCOMPRESSED_BYTES)?.code; // 'docx-invalid'
 */
export function inspectDocx(bytes: Uint8Array, maxUncompressedBytes: number): DocxProblem | null {
  if (bytes.length === 0) return invalid('The input is empty, not a .docx file.');
  if (isOle(bytes)) {
    return invalid('The input is an OLE compound file, not a .docx: a Word 97–2003 .doc, or a password-protected .docx. Save it as an unprotected .docx first.');
  }
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return invalid(`The input is not a .docx file: ${dir.reason}.`);
  const { entries } = dir;
  if (!entries.some((e) => MAIN_PART.test(e.name))) {
    return invalid('The zip file holds no word/document.xml: it is not a Word document (.docx).');
  }
  if (entries.some((e) => (e.flags & 1) !== 0)) return invalid('The .docx file is encrypted (its zip entries need a password).');

  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > maxUncompressedBytes) {
    return tooLarge(`The .docx file declares ${total} uncompressed bytes, more than the limit of ${maxUncompressedBytes} (option maxUncompressedBytes); it was not read.`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > LARGE_ENTRY_BYTES && e.uncompressedSize > MAX_RATIO * e.compressedSize) {
      const ratio = e.compressedSize === 0 ? 'an unbounded' : `a ${Math.round(e.uncompressedSize / e.compressedSize)}:1`;
      return tooLarge(`The .docx part ${e.name} declares ${e.uncompressedSize} bytes from ${e.compressedSize}: ${ratio} compression ratio, over ${MAX_RATIO}:1 (a zip bomb?); it was not read.`);
    }
  }
  for (const e of entries) {
    if (!READ_PART.test(e.name)) continue;
    const problem = checkPart(bytes, e);
    if (problem) return problem;
  }
  return null;
}
