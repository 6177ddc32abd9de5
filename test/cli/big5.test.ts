// Big5 and Big5-HKSCS files (as Taiwan- and Hong Kong-hosted mirrors serve reports) are detected and
// decoded by decodeReport, readReportFile and the command; decodings that replaced bytes are reported.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanBig5 } from '../../src/io/big5-scan.js';
import { fromBig5PrivateUse } from '../../src/io/big5-private-use.js';
import { decodeReport, parseReport, readReportFile, toCells, type Report } from '../../src/index.js';
import { corpus, corpusDir } from '../helpers.js';
import { big5Code, encodeBig5 } from './big5.js';
import { encodeGbk } from './gbk.js';
import { assertBuilt, runCli } from './run-cli.js';

const toTaiwan = ConverterBuilder(cn2t)({ from: 'cn', to: 'twp' });
const toTraditional = ConverterBuilder(cn2t)({ from: 'cn', to: 't' });
const cells = (r: Report) => toCells(r).map((c) => `${c.table}.${c.row}.${c.column}=${c.value ?? c.raw ?? 'absent'}`);
const REPORTS = readdirSync(corpusDir)
  .filter((f) => /^[a-z0-9].*\.(?:txt|html)$/u.test(f))
  .sort();

describe('scanBig5', () => {
  it('counts standard, supplement and invalid codes', () => {
    // 你好 A741 A66E; 嘅 9DEF (HKSCS); 0xA1 0x80 is no Big5 character.
    expect(scanBig5(Uint8Array.from([0xa7, 0x41, 0xa6, 0x6e, 0x9d, 0xef, 0x41, 0xa1, 0x80]))).toEqual({ doubleByte: 3, standard: 2, hkscs: 1, invalid: 2 });
  });
});

describe('the Hong Kong supplement', () => {
  it.each([
    [[0x9d, 0xef], '嘅'],
    [[0x9d, 0xf8], '啲'],
    [[0x87, 0x40], '䏰'],
    [[0xc6, 0xa1], '①'],
    [[0xa4, 0x40], '一'],
  ])('%j decodes to %s, as browsers read it', (b, ch) => {
    expect(decodeReport(Uint8Array.from(b), { encoding: 'big5-hkscs' }).text).toBe(ch);
  });
  it('leaves a text without private-use characters as it is', () => {
    const s = '政府資訊公開';
    expect(fromBig5PrivateUse(s)).toBe(s);
  });
});

describe('decodeReport on Big5 files', () => {
  it.each(REPORTS)('%s in Taiwan usage, saved as Big5: detected, and the same report as the UTF-8 text', (name) => {
    // Characters Big5 cannot write (the Kangxi radicals of t2021-damaged) become '?', as mirrors write them.
    const text = Array.from(toTaiwan(corpus(name)), (ch) => (ch.codePointAt(0)! < 0x80 || big5Code(ch) !== undefined ? ch : '?')).join('');
    const decoded = decodeReport(encodeBig5(text), { fileName: name });
    expect(decoded).toMatchObject({ encoding: 'big5', confident: true, replaced: 0, text });
    const utf8 = parseReport(text);
    const big5 = parseReport(decoded.text, { decoded });
    expect(cells(big5)).toEqual(cells(utf8));
    if (name !== 'pre2019.txt') expect(cells(big5).length).toBeGreaterThan(20);
    expect(big5.metadata.body?.value).toBe(parseReport(corpus(name)).metadata.body?.value);
  });

  it('reads a Big5-HKSCS report (Cantonese characters of the supplement in its prose)', () => {
    const text = toTaiwan(corpus('seed-luohe-2021.txt')).replace('一、總體情況\n', '一、總體情況\n呢份報告嘅數字啲啲都有。\n');
    expect(text).toContain('嘅數字啲啲');
    const bytes = encodeBig5(text);
    expect(scanBig5(bytes).hkscs).toBeGreaterThan(0);
    const decoded = decodeReport(bytes);
    expect(decoded).toMatchObject({ encoding: 'big5', confident: true, replaced: 0 });
    expect(decoded.text).toBe(text);
  });

  it('counts the characters decoded from Big5 in text-normalised', () => {
    const text = toTaiwan(corpus('t2021-tabs.txt'));
    const decoded = decodeReport(encodeBig5(text, true));
    const m = parseReport(decoded.text, { decoded }).messages.find((x) => x.code === 'text-normalised');
    const nonAscii = Array.from(decoded.text).filter((c) => c.codePointAt(0)! >= 0x80).length;
    expect((m?.actual as { big5: number }).big5).toBe(nonAscii);
    expect(m?.message).toContain(`big5 ${nonAscii} characters decoded`);
  });

  it('still reads GB2312 and GBK as GB18030, simplified and traditional', () => {
    expect(decodeReport(encodeGbk(corpus('t2021-tabs.txt')))).toMatchObject({ encoding: 'gb18030', confident: true });
    // Traditional characters in GBK (trail bytes 0x80–0xA0, which Big5 has not): not Big5.
    expect(decodeReport(encodeGbk(toTraditional(corpus('t2021-tabs.txt')))).encoding).toBe('gb18030');
  });
});

describe('readReportFile and the command on Big5 files', () => {
  let dir = '';
  const text = toTaiwan(corpus('t2021-tabs.txt'));
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-big5-'));
    writeFileSync(join(dir, 'big5.txt'), encodeBig5(text, true));
    writeFileSync(join(dir, 'utf8.txt'), text);
  });

  it('readReportFile detects Big5', async () => {
    const f = await readReportFile(join(dir, 'big5.txt'));
    expect(f).toMatchObject({ encoding: 'big5', confident: true, replaced: 0, text });
  });

  it('the command reads the Big5 file as the UTF-8 one', () => {
    assertBuilt();
    const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { encoding: string; tables: unknown; template: string });
    const [big5] = lines(runCli(['parse', 'big5.txt'], { cwd: dir }).stdout);
    const [utf8] = lines(runCli(['parse', 'utf8.txt'], { cwd: dir }).stdout);
    expect(big5).toMatchObject({ encoding: 'big5', template: '2021' });
    expect(big5!.tables).toEqual(utf8!.tables);
  });
});

describe('decoding that replaced bytes is reported', () => {
  it('invalid UTF-8: how many replacement characters, and where', () => {
    const good = new TextEncoder().encode(corpus('t2021-tabs.txt'));
    const bytes = new Uint8Array(good.length + 2);
    // Two stray bytes (0xFF is never UTF-8) after the first line.
    const nl = good.indexOf(0x0a);
    bytes.set(good.subarray(0, nl + 1));
    bytes.set([0xff, 0xfe], nl + 1);
    bytes.set(good.subarray(nl + 1), nl + 3);
    const decoded = decodeReport(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replaced: 2, replacedAt: [nl + 1, nl + 2] });
    const r = parseReport(decoded.text, { decoded });
    const m = r.messages.filter((x) => x.code === 'decoding-replaced');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ severity: 'warning', span: { start: nl + 1, end: nl + 2 }, actual: { encoding: 'utf-8', replaced: 2, at: [nl + 1, nl + 2] } });
    expect(m[0]!.message).toBe('Decoded as utf-8 with 2 replacement characters (U+FFFD) where bytes could not be read, at line:column 2:1, 2:2. The file is damaged or not in utf-8: text there is lost.');
  });

  it('a wrong --encoding: a GBK file read as UTF-8', () => {
    const decoded = decodeReport(encodeGbk('青禾县人民政府\n2021年'), { encoding: 'utf-8' });
    expect(decoded.replaced).toBeGreaterThan(0);
    expect(parseReport(decoded.text, { decoded }).messages.map((m) => m.code)).toContain('decoding-replaced');
  });

  it('a clean decoding gives no message', () => {
    const decoded = decodeReport(new TextEncoder().encode(corpus('t2021-tabs.txt')));
    expect(decoded).toMatchObject({ replaced: 0, replacedAt: [] });
    expect(parseReport(decoded.text, { decoded }).messages.map((m) => m.code)).not.toContain('decoding-replaced');
  });

  it('the command reports it', () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'ogi-bad-utf8-'));
    const good = new TextEncoder().encode(corpus('t2021-tabs.txt'));
    writeFileSync(join(dir, 'bad.txt'), Uint8Array.from([...good.subarray(0, 200), 0xff, ...good.subarray(200)]));
    const r = runCli(['check', 'bad.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/ warning +decoding-replaced +Decoded as utf-8 with \d+ replacement characters? \(U\+FFFD\) where bytes could not be read, at line:column \d+:\d+/u);
  });
});
