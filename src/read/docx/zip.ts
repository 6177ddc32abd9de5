/**
 * A reader of a zip file's central directory: the list of entries with their declared sizes, read
 * without inflating anything. Handles ZIP64 records and a prefix before the archive (the offsets
 * are then corrected by the prefix's length).
 */

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated; other methods are not read by .docx tools. */
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header in the bytes (corrected for a prefix). */
  localHeaderOffset: number;
}

/** The central directory, or why it could not be read. */
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8');

function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return utf8.decode(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * Reads the central directory of a zip file: entry names, methods and declared sizes. Nothing is
 * inflated and nothing is trusted beyond the bounds of `bytes`.
 *
 * @example
 * const dir = readZipDirectory(new Uint8Array(readFileSync('corpus/docx/report-2021.docx')));
 * if (dir.ok) dir.entries.map((e) => e.name); // → ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', …]
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < EOCD_SIZE) return { ok: false, reason: `it has ${bytes.length} bytes, too few for a zip file` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, reason: 'it is not a zip file (no end-of-central-directory record)' };

  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  let cdEnd = eocd;
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  if ((disk !== 0 && disk !== 0xffff) || (cdDisk !== 0 && cdDisk !== 0xffff)) return { ok: false, reason: 'it is a zip file split over several parts' };
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { ok: false, reason: 'its ZIP64 end-of-central-directory locator is missing' };
    let z = u64(view, locator + 8);
    // With a prefix, the record sits just before the locator.
    if (z + 56 > view.byteLength || view.getUint32(z, true) !== ZIP64_EOCD) z = locator - 56;
    if (z < 0 || view.getUint32(z, true) !== ZIP64_EOCD) return { ok: false, reason: 'its ZIP64 end-of-central-directory record is missing' };
    count = u64(view, z + 32);
    cdSize = u64(view, z + 40);
    cdOffset = u64(view, z + 48);
    cdEnd = z;
  }
  if (cdSize > cdEnd) return { ok: false, reason: 'its central directory is larger than the file' };
  // A prefix (a self-extracting stub, or bytes prepended) shifts every offset by its length.
  const shift = cdEnd - cdSize - cdOffset;
  if (shift < 0) return { ok: false, reason: 'its central directory lies outside the file (truncated?)' };
  // Each central header has at least 46 bytes: a count beyond that is a lie.
  if (count > cdSize / 46) return { ok: false, reason: `its directory declares ${count} entries in ${cdSize} bytes` };

  const entries: ZipEntry[] = [];
  let at = cdOffset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdEnd || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: `entry ${i + 1} of its central directory is damaged` };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > cdEnd) return { ok: false, reason: `entry ${i + 1} of its central directory runs past its end` };
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The ZIP64 extra field holds, in this order, only the values that overflowed.
      for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          const end = f + size;
          if (uncompressedSize === 0xffffffff && f + 8 <= end) {
            uncompressedSize = u64(view, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= end) {
            compressedSize = u64(view, f);
            f += 8;
          }
          if (localHeaderOffset === 0xffffffff && f + 8 <= end) localHeaderOffset = u64(view, f);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({
      name: entryName(bytes.subarray(nameStart, extraStart), flags),
      method,
      flags,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
    });
    at = next;
  }
  return { ok: true, entries };
}

/**
 * The compressed bytes of an entry (located through its local header), or null when the local
 * header is missing or the data runs past the end of `bytes`.
 *
 * @example
 * const bytes = new Uint8Array(readFileSync('corpus/docx/report-2021.docx'));
 * const dir = readZipDirectory(bytes);
 * const entry = dir.ok ? dir.entries.find((e) => e.name === 'word/document.xml') : undefined;
 * if (entry) entryData(bytes, entry).length; // → 4014 (deflated: entry.method is 8)
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return bytes.subarray(start, end);
}
