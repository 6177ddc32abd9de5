import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffBom } from '../../src/io/bom.js';
import { charsetName } from '../../src/io/charset-label.js';
import { decodeReport } from '../../src/io/decode.js';
import { scanGb } from '../../src/io/gb-scan.js';
import { sniffHtmlCharset } from '../../src/io/html-charset.js';
import { readReportFile } from '../../src/io/read-report-file.js';
import { guessUtf16 } from '../../src/io/utf16-guess.js';
import { scanUtf8 } from '../../src/io/utf8-scan.js';
import { encodeGbk } from './gbk.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
// 你好 in GBK: C4E3 BAC3; 政府 D5FE B8AE.
const NI_HAO = bytes(0xc4, 0xe3, 0xba, 0xc3);

describe('the GBK test encoder', () => {
  it('writes known codes: 你 C4E3, 好 BAC3, 政 D5FE, 府 B8AE, 、 A1A2, （ A3A8', () => {
    expect([...encodeGbk('你好政府、（1')]).toEqual([0xc4, 0xe3, 0xba, 0xc3, 0xd5, 0xfe, 0xb8, 0xae, 0xa1, 0xa2, 0xa3, 0xa8, 0x31]);
  });
});

describe('sniffBom', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], { encoding: 'utf-8', length: 3 }],
    [[0xff, 0xfe, 0x41, 0], { encoding: 'utf-16le', length: 2 }],
    [[0xfe, 0xff, 0, 0x41], { encoding: 'utf-16be', length: 2 }],
    [[0x84, 0x31, 0x95, 0x33, 0xc4, 0xe3], { encoding: 'gb18030', length: 4 }],
    [[0x41, 0x42], null],
    [[], null],
  ])('%j → %j', (b, expected) => {
    expect(sniffBom(Uint8Array.from(b))).toEqual(expected);
  });
});

describe('charsetName', () => {
  it.each([
    ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['Big5', 'big5'],
    ['klingon', null],
  ])('%s → %s', (label, name) => {
    expect(charsetName(label)).toBe(name);
  });
});

describe('sniffHtmlCharset', () => {
  it('reads <meta charset>', () => {
    expect(sniffHtmlCharset(ascii('<!DOCTYPE html><html><head><meta charset="GB2312"><title>'))).toBe('GB2312');
  });
  it('reads <meta http-equiv content="…; charset=…">', () => {
    expect(sniffHtmlCharset(ascii('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk">'))).toBe('gbk');
  });
  it('reads an XML declaration', () => {
    expect(sniffHtmlCharset(ascii('<?xml version="1.0" encoding="GB2312"?><html>'))).toBe('GB2312');
  });
  it('looks only at the first 2 KB', () => {
    expect(sniffHtmlCharset(ascii(`<html>${' '.repeat(2100)}<meta charset="gbk">`))).toBeNull();
  });
});

describe('scanUtf8', () => {
  it('counts multi-byte characters of valid UTF-8', () => {
    expect(scanUtf8(ascii('一、总体情况 2021'))).toEqual({ multiByte: 6, invalid: 0, truncatedAtEnd: false });
  });
  it('finds GBK bytes invalid', () => {
    expect(scanUtf8(NI_HAO)).toEqual({ multiByte: 0, invalid: 4, truncatedAtEnd: false });
  });
  it('tells a character cut by the end of the file', () => {
    expect(scanUtf8(concat(ascii('总计'), bytes(0xe6, 0x80)))).toEqual({ multiByte: 2, invalid: 1, truncatedAtEnd: true });
  });
  it('rejects overlongs and surrogates', () => {
    expect(scanUtf8(bytes(0xc0, 0x80)).invalid).toBe(2);
    expect(scanUtf8(bytes(0xed, 0xa0, 0x80)).invalid).toBe(3);
  });
});

describe('scanGb and guessUtf16', () => {
  it('counts GB2312-zone characters', () => {
    expect(scanGb(concat(NI_HAO, ascii('12'), bytes(0x81, 0x40)))).toEqual({ doubleByte: 3, inGb2312: 2 });
  });
  it('sees UTF-16 without a mark by its zero bytes', () => {
    const le = new Uint8Array(Buffer.from('2021年\n总计\t12\n', 'utf16le'));
    expect(guessUtf16(le)).toBe('utf-16le');
    expect(guessUtf16(le.slice(1).subarray(0, le.length - 2))).toBe('utf-16be');
    expect(guessUtf16(ascii('一、总体情况\n12'))).toBeNull();
  });
});

describe('decodeReport', () => {
  it('decodes UTF-8 without a mark', () => {
    expect(decodeReport(ascii('一、总体情况'))).toEqual({ text: '一、总体情况', encoding: 'utf-8', confident: true, replaced: 0, replacedAt: [] });
  });
  it('drops a UTF-8 mark', () => {
    expect(decodeReport(concat(bytes(0xef, 0xbb, 0xbf), ascii('总计')))).toEqual({ text: '总计', encoding: 'utf-8', confident: true, replaced: 0, replacedAt: [] });
  });
  it('decodes UTF-16 LE and BE with a mark', () => {
    expect(decodeReport(bytes(0xff, 0xfe, 0x60, 0x4f, 0x7d, 0x59))).toEqual({ text: '你好', encoding: 'utf-16le', confident: true, replaced: 0, replacedAt: [] });
    expect(decodeReport(bytes(0xfe, 0xff, 0x4f, 0x60, 0x59, 0x7d))).toEqual({ text: '你好', encoding: 'utf-16be', confident: true, replaced: 0, replacedAt: [] });
  });
  it('decodes GB18030 with its mark', () => {
    expect(decodeReport(concat(bytes(0x84, 0x31, 0x95, 0x33), NI_HAO))).toEqual({ text: '你好', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] });
  });
  it('detects GBK: 0xC4E3 0xBAC3 is 你好', () => {
    expect(decodeReport(NI_HAO)).toEqual({ text: '你好', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] });
  });
  it('detects GBK in a whole line of a report', () => {
    const line = '一、本年新收政府信息公开申请数量\t105\t16\t2\t2\t6\t3\t134\r\n';
    expect(decodeReport(encodeGbk(line))).toEqual({ text: line, encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] });
  });
  it('follows <meta charset=gbk> in an .html file', () => {
    const html = concat(ascii('<html><head><meta charset="gbk"></head><body><p>'), NI_HAO, ascii('</p>'));
    expect(decodeReport(html, { fileName: 'a.html' })).toEqual({ text: '<html><head><meta charset="gbk"></head><body><p>你好</p>', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] });
  });
  it('prefers valid UTF-8 over a stale GB2312 declaration', () => {
    const html = ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>政府信息公开工作年度报告</p>');
    expect(decodeReport(html, { fileName: 'a.htm' })).toMatchObject({ encoding: 'utf-8', confident: true, replaced: 0, replacedAt: [] });
  });
  it('does not read <meta> in a .txt file', () => {
    expect(decodeReport(ascii('<meta charset="gbk">总计'), { fileName: 'a.txt' }).encoding).toBe('utf-8');
  });
  it('obeys a forced encoding', () => {
    expect(decodeReport(NI_HAO, { encoding: 'GBK' })).toEqual({ text: '你好', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [] });
    expect(() => decodeReport(NI_HAO, { encoding: 'klingon' })).toThrow('Unknown encoding "klingon".');
  });
  it('is not confident about bytes full of undecodable sequences', () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0xff : 0x80));
    expect(decodeReport(junk)).toMatchObject({ encoding: 'gb18030', confident: false });
  });
  it('reads Big5 as Big5, not as GBK', () => {
    const big5 = Uint8Array.from([0xa4, 0x40, 0xa4, 0x48, 0xa5, 0x41, 0xa4, 0x43, 0xa4, 0x40, 0xa4, 0x48]); // 一人丁…: trails below 0xA1
    expect(decodeReport(big5)).toMatchObject({ text: '一人丕七一人', encoding: 'big5', confident: true, replaced: 0 });
  });
  it('keeps a UTF-8 file whose last character is cut', () => {
    expect(decodeReport(concat(ascii('总计'), bytes(0xe6, 0x80)))).toEqual({ text: '总计\ufffd', encoding: 'utf-8', confident: true, replaced: 1, replacedAt: [2] });
  });
});

describe('readReportFile', () => {
  it('reads and decodes a GBK file, with its byte length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-decode-'));
    const path = join(dir, 'gbk.txt');
    writeFileSync(path, encodeGbk('政府信息公开\n'));
    expect(await readReportFile(path)).toEqual({ text: '政府信息公开\n', encoding: 'gb18030', confident: true, replaced: 0, replacedAt: [], byteLength: 13 });
  });
  it('rejects for a missing file', async () => {
    await expect(readReportFile('/nonexistent/report.txt')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
