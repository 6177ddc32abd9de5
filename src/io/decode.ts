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
  /** The decoder used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' (also for GBK and GB2312), … */
  encoding: string;
  /** False when the encoding was guessed from weak evidence or the text has undecodable bytes. */
  confident: boolean;
}

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
  const text = new TextDecoder(encoding).decode(bytes);
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
    if (utf8.invalid === 0 || utf8.truncatedAtEnd) return { text: decodeAs('utf-8', bytes), encoding: 'utf-8', confident: true };
    return null; // declared UTF-8 but is not: detect
  }
  // A page re-saved as UTF-8 often keeps its old declaration: valid UTF-8 with many non-ASCII characters wins.
  if (utf8.invalid === 0 && utf8.multiByte >= 8) return { text: decodeAs('utf-8', bytes), encoding: 'utf-8', confident: true };
  const text = decodeAs(name, bytes);
  return { text, encoding: name, confident: fewReplacements(text) };
}

function detect(bytes: Uint8Array): Decoded {
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeAs(utf16, bytes), encoding: utf16, confident: false };
  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0 || utf8.truncatedAtEnd) return { text: decodeAs('utf-8', bytes), encoding: 'utf-8', confident: true };
  if (utf8.multiByte >= 10 * utf8.invalid) return { text: decodeAs('utf-8', bytes), encoding: 'utf-8', confident: false };
  const text = decodeAs('gb18030', bytes);
  const gb = scanGb(bytes);
  const typical = gb.doubleByte === 0 || gb.inGb2312 >= 0.8 * gb.doubleByte;
  return { text, encoding: 'gb18030', confident: typical && fewReplacements(text) };
}

/**
 * Decodes the bytes of a report file to text. In order: a byte order mark (UTF-8, UTF-16 LE/BE,
 * GB18030); the `encoding` hint; for HTML, a `<meta charset>` or `http-equiv` declaration in the
 * first 2 KB; then detection: UTF-16 without a mark (by its zero bytes), valid UTF-8, else GB18030
 * (which reads GBK and GB2312). Never throws on bytes; `confident` is false when the choice was a
 * guess or the text has many undecodable bytes (U+FFFD).
 *
 * @example
 * decodeReport(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])); // { text: '你好', encoding: 'gb18030', confident: true }
 * decodeReport(new TextEncoder().encode('一、总体情况')).encoding; // 'utf-8'
 */
export function decodeReport(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = decodeAs(bom.encoding, bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, confident: fewReplacements(text) };
  }
  if (hint.encoding !== undefined) {
    const name = charsetName(hint.encoding);
    if (name === null) throw new RangeError(`Unknown encoding "${hint.encoding}".`);
    const text = decodeAs(name, bytes);
    return { text, encoding: name, confident: fewReplacements(text) };
  }
  if (mayBeHtml(bytes, hint.fileName)) {
    const label = sniffHtmlCharset(bytes);
    const name = label === null ? null : charsetName(label);
    const result = name === null ? null : declared(bytes, name);
    if (result) return result;
  }
  return detect(bytes);
}
