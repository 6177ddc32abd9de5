import { fromBig5PrivateUse } from './big5-private-use.js';
import { scanBig5 } from './big5-scan.js';
import { sniffBom } from './bom.js';
import { charsetName } from './charset-label.js';
import { scanGb } from './gb-scan.js';
import { sniffHtmlCharset } from './html-charset.js';
import { guessUtf16 } from './utf16-guess.js';
import { scanUtf8 } from './utf8-scan.js';

/**
 * Decoded text and how it was decoded.
 *
 * @example
 * const { text, encoding, confident }: Decoded = decodeReport(readFileSync('corpus/seed-luohe-2021.txt'));
 * encoding; // → 'utf-8'
 * confident; // → true
 */
export interface Decoded {
  text: string;
  /** The decoder used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' (also for GBK and GB2312), 'big5' (Big5 and Big5-HKSCS), … */
  encoding: string;
  /** False when the encoding was guessed from weak evidence or the text has undecodable bytes. */
  confident: boolean;
  /**
   * Replacement characters (U+FFFD) in the text: bytes the decoder could not read (a wrong encoding,
   * a damaged file), or marks of an earlier failed decoding saved in the file. 0 for a clean decoding.
   * Pass the whole result to `parseReport(text, { decoded })` and the report says how many and where.
   */
  replaced: number;
  /** Offsets in `text` of the first replacement characters (at most {@link REPLACED_AT_MOST}). */
  replacedAt: readonly number[];
}

/** How many offsets of replacement characters {@link Decoded.replacedAt} keeps. */
export const REPLACED_AT_MOST = 20;

/**
 * What helps {@link decodeReport} decide.
 *
 * @example
 * const html = new TextEncoder().encode('<meta charset="gbk"><p>2021</p>');
 * decodeReport(html, { fileName: 'report.html' }).encoding; // → 'gb18030' (GBK's superset)
 * decodeReport(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]), { encoding: 'gbk' }).text; // → '政府'
 */
export interface DecodeHint {
  /** The file's name: `.html`/`.htm` files are searched for a `<meta charset>` declaration. */
  fileName?: string;
  /** Decode with this charset (any label TextDecoder knows, or GBK/GB2312), unless a byte order mark says otherwise. */
  encoding?: string;
}

const HTML_NAME = /\.(?:html?|xhtml|shtml)$/iu;
const TEXT_NAME = /\.(?:txt|md|markdown|csv|tsv)$/iu;

function decodeAs(encoding: string, bytes: Uint8Array): string {
  let text = new TextDecoder(encoding).decode(bytes);
  // Node's big5 decoder writes Big5-HKSCS's supplement as private-use characters; browsers do not.
  if (encoding === 'big5') text = fromBig5PrivateUse(text);
  // TextDecoder drops UTF-8/UTF-16 marks itself; a GB18030 mark decodes to U+FEFF.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Few enough U+FFFD to call a decoding clean: at most one per thousand characters. */
function fewReplacements(text: string): boolean {
  return countReplacements(text) <= Math.floor(text.length / 1000);
}

/** The result, with the replacement characters of the text counted and the first ones located. */
function result(text: string, encoding: string, confident: boolean): Decoded {
  let replaced = 0;
  const replacedAt: number[] = [];
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    if (replaced < REPLACED_AT_MOST) replacedAt.push(i);
    replaced++;
  }
  return { text, encoding, confident, replaced, replacedAt };
}

/** Decoded with `encoding`, confident when few bytes were unreadable. */
function decodedAs(encoding: string, bytes: Uint8Array): Decoded {
  const text = decodeAs(encoding, bytes);
  return result(text, encoding, fewReplacements(text));
}

function mayBeHtml(bytes: Uint8Array, fileName: string | undefined): boolean {
  if (fileName !== undefined && HTML_NAME.test(fileName)) return true;
  if (fileName !== undefined && TEXT_NAME.test(fileName)) return false;
  for (let i = 0; i < bytes.length && i < 1024; i++) {
    const b = bytes[i]!;
    if (b === 0x3c) return true; // '<' first
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return false;
}

function declared(bytes: Uint8Array, name: string): Decoded | null {
  const utf8 = scanUtf8(bytes);
  if (name === 'utf-8') {
    if (utf8.invalid === 0 || utf8.truncatedAtEnd) return result(decodeAs('utf-8', bytes), 'utf-8', true);
    return null; // declared UTF-8 but is not: detect
  }
  // A page re-saved as UTF-8 often keeps its old declaration: valid UTF-8 with many non-ASCII characters wins.
  if (utf8.invalid === 0 && utf8.multiByte >= 8) return result(decodeAs('utf-8', bytes), 'utf-8', true);
  return decodedAs(name, bytes);
}

/**
 * Whether bytes that are not simplified text in GB2312 read as traditional text in Big5: nearly every
 * two-byte character in standard Big5 or its Hong Kong supplement, and next to no invalid byte
 * (GBK's traditional characters have trail bytes 0x80–0xA0, which Big5 has not).
 */
function looksBig5(bytes: Uint8Array): boolean {
  const big5 = scanBig5(bytes);
  if (big5.doubleByte === 0) return false;
  return big5.invalid <= big5.doubleByte / 1000 && big5.standard >= 0.9 * big5.doubleByte;
}

function detect(bytes: Uint8Array): Decoded {
  const utf16 = guessUtf16(bytes);
  if (utf16) return result(decodeAs(utf16, bytes), utf16, false);
  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0 || utf8.truncatedAtEnd) return result(decodeAs('utf-8', bytes), 'utf-8', true);
  if (utf8.multiByte >= 10 * utf8.invalid) return result(decodeAs('utf-8', bytes), 'utf-8', false);
  const gb = scanGb(bytes);
  const typical = gb.doubleByte === 0 || gb.inGb2312 >= 0.8 * gb.doubleByte;
  if (!typical && looksBig5(bytes)) {
    const big5 = decodeAs('big5', bytes);
    if (fewReplacements(big5)) return result(big5, 'big5', true);
  }
  const text = decodeAs('gb18030', bytes);
  return result(text, 'gb18030', typical && fewReplacements(text));
}

/**
 * Decodes the bytes of a report file to text. In order: a byte order mark (UTF-8, UTF-16 LE/BE,
 * GB18030); the `encoding` hint; for HTML, a `<meta charset>` or `http-equiv` declaration in the
 * first 2 KB; then detection: UTF-16 without a mark (by its zero bytes), valid UTF-8, Big5 (with
 * the Hong Kong supplement, HKSCS) for traditional text that is not GB2312, else GB18030 (which reads
 * GBK and GB2312). Never throws on bytes; `confident` is false when the choice was a guess or the
 * text has many undecodable bytes. `replaced` counts the replacement characters (U+FFFD) in the text.
 *
 * @example
 * decodeReport(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])); // { text: '你好', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] }
 * decodeReport(new TextEncoder().encode('一、总体情况')).encoding; // 'utf-8'
 */
export function decodeReport(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodedAs(bom.encoding, bytes.subarray(bom.length));
  if (hint.encoding !== undefined) {
    const name = charsetName(hint.encoding);
    if (name === null) throw new RangeError(`Unknown encoding "${hint.encoding}".`);
    return decodedAs(name, bytes);
  }
  if (mayBeHtml(bytes, hint.fileName)) {
    const label = sniffHtmlCharset(bytes);
    const name = label === null ? null : charsetName(label);
    const result = name === null ? null : declared(bytes, name);
    if (result) return result;
  }
  return detect(bytes);
}
