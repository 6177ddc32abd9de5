import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocx, type DocxReport } from '../src/docx.js';
import { MESSAGE_CODES, toCells } from '../src/index.js';
import { readZipDirectory } from '../src/read/docx/index.js';
import { rowValues, SIX_TITLES } from './helpers.js';

// corpus/docx/report-2021.docx is written by corpus/docx/make-fixtures.mjs: a made-up 2021 report
// (桐岭县市场监督管理局, 2022) with table 3's merged cells as Word writes them (w:vMerge, w:gridSpan),
// numbers split over runs, one blank cell, and paragraph styles mammoth does not know.
const fixture = () => new Uint8Array(readFileSync(new URL('../corpus/docx/report-2021.docx', import.meta.url)));

const codes = (r: DocxReport) => r.messages.map((m) => m.code);

let report: DocxReport;
beforeAll(async () => {
  report = await parseDocx(fixture());
});

describe('parseDocx on a Word report', () => {
  it('reads the metadata and the six sections', () => {
    expect(report.template).toBe('2021');
    expect(report.input.kind).toBe('html');
    expect(report.metadata.body?.value).toBe('桐岭县市场监督管理局');
    expect(report.metadata.year?.value).toBe(2022);
    expect(report.sections.map((s) => s.title)).toEqual(SIX_TITLES);
  });

  it('reads every cell of table 3 through its merged cells', () => {
    const expected: Record<string, (number | string)[]> = {
      new: [54, 8, 1, 1, 2, 1, 67],
      carriedOver: [3, 1, 0, 0, 0, 0, 4],
      disclosed: [21, 4, 0, 1, 1, 0, 27],
      partiallyDisclosed: [3, 1, 0, 0, 0, 0, 4],
      refusedStateSecret: [0, 0, 0, 0, 0, 0, 0],
      refusedProhibitedByLaw: [1, 0, 0, 0, 0, 0, 1],
      refusedThreeSecurities: [0, 0, 0, 0, 0, 0, 0],
      refusedThirdParty: [2, 1, 0, 0, 0, 0, 3],
      refusedInternalAffairs: [1, 0, 0, 0, 0, 0, 1],
      refusedProcessInfo: [2, 0, 1, 0, 0, 0, 3],
      refusedEnforcementFile: [1, 0, 0, 0, 0, 0, 1],
      refusedQueryMatter: [0, 0, 0, 0, 0, 0, 0],
      unavailableNotHeld: [6, 2, 0, 0, 1, 0, 9],
      unavailableNeedsCreation: [2, 0, 0, 0, 0, 0, 2],
      unavailableUnclear: [1, 0, 0, 0, 0, 0, 1],
      notProcessedPetition: [3, 0, 0, 0, 0, 0, 3],
      notProcessedDuplicate: [2, 1, 0, 0, 0, 0, 3],
      notProcessedPublication: [0, 0, 0, 0, 0, 0, 0],
      notProcessedMassRepeated: [1, 0, 0, 0, 0, 0, 1],
      notProcessedConfirmation: [1, 0, 0, 0, 0, 0, 1],
      otherNoCorrection: [2, 0, 0, 0, 0, 0, 2],
      otherUnpaidFee: [0, 0, 0, 0, 0, 0, 0],
      otherOther: [1, 0, 0, 0, 0, 1, 2],
      total: [50, 9, 1, 1, 2, 1, 64],
      carriedForward: [7, 0, 0, '', 0, 0, 7],
    };
    for (const [row, values] of Object.entries(expected)) expect(rowValues(report, 3, row), row).toEqual(values);
  });

  it('reads tables 2 and 4', () => {
    expect(rowValues(report, 2, 'regulations')).toEqual([0, 0, 0]);
    expect(rowValues(report, 2, 'normativeDocuments')).toEqual([3, 1, 12]);
    expect(rowValues(report, 2, 'licensing')).toEqual([1865]);
    expect(rowValues(report, 2, 'punishment')).toEqual([243]);
    expect(rowValues(report, 2, 'enforcement')).toEqual([17]);
    expect(rowValues(report, 2, 'fees')).toEqual([8.53]);
    if (report.template !== '2021') throw new Error('not 2021');
    expect(report.tables.t2?.rows.fees?.cells.feeAmount.raw).toBe('8.5300');
    expect(rowValues(report, 4, 'reconsideration')).toEqual([2, 1, 0, 1, 4]);
    expect(rowValues(report, 4, 'litigationDirect')).toEqual([1, 0, 1, 0, 2]);
    expect(rowValues(report, 4, 'litigationAfterReconsideration')).toEqual([0, 1, 0, 1, 2]);
  });

  it('points every span into report.docx.html', () => {
    const { html } = report.docx;
    expect(html).toMatch(/^<p>/u);
    expect(html).toContain('<td colspan="3" rowspan="3">');
    expect(report.input.length).toBe(html.length);
    const cells = toCells(report).filter((c) => c.span !== null && c.raw !== '');
    expect(cells).toHaveLength(10 + 7 * 25 - 1 + 15);
    for (const c of cells) expect(html.slice(c.span!.start, c.span!.end), `${c.table} ${c.row} ${c.column}`).toBe(c.raw);
    const body = report.metadata.body!;
    expect(html.slice(body.span.start, body.span.end)).toBe('桐岭县市场监督管理局');
    // The blank cell is an empty paragraph: blank, not 0.
    if (report.template !== '2021') throw new Error('not 2021');
    expect(report.tables.t3?.rows.carriedForward?.cells.publicInterest).toMatchObject({ value: null, raw: '', status: 'blank' });
  });

  it('turns the converter’s warnings into info messages, and finds no error', () => {
    const notes = report.messages.filter((m) => m.code === 'docx-conversion-note');
    expect(notes.map((m) => m.message)).toEqual([
      "Word converter warning: Unrecognised paragraph style: 'Title' (Style ID: a4)",
      "Word converter warning: Unrecognised paragraph style: '正文缩进' (Style ID: a3)",
    ]);
    expect(notes.every((m) => m.severity === 'info' && m.span === null)).toBe(true);
    expect(report.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    // The blank cell makes two rules not assessable; with blankAsZero they hold.
    expect(codes(report).filter((c) => c === 'check-not-assessable')).toHaveLength(2);
  });

  it('passes the parse options on', async () => {
    const loose = await parseDocx(fixture(), { blankAsZero: true });
    expect(codes(loose)).not.toContain('check-not-assessable');
    expect(codes(loose)).not.toContain('check-failed');
  });

  it('accepts a Node Buffer and leaves the caller’s bytes as they were', async () => {
    const bytes = fixture();
    const copy = bytes.slice();
    const fromBuffer = await parseDocx(readFileSync(new URL('../corpus/docx/report-2021.docx', import.meta.url)));
    expect(fromBuffer.template).toBe('2021');
    await parseDocx(bytes);
    expect(bytes).toEqual(copy);
  });

  it('has its message codes in MESSAGE_CODES', () => {
    expect(MESSAGE_CODES['docx-invalid'].severity).toBe('error');
    expect(MESSAGE_CODES['docx-too-large'].severity).toBe('error');
    expect(MESSAGE_CODES['docx-conversion-note'].severity).toBe('info');
  });
});

// ---------------------------------------------------------------------------------------------
// Zip files written by hand, declaring whatever sizes a test needs.

interface RawEntry {
  name: string;
  /** The bytes stored for the entry (deflated or not: nothing here reads them). */
  data: Uint8Array;
  /** 8 (deflate) unless given. */
  method?: number;
  /** The uncompressed size written in the headers. */
  declared: number;
}

/** A zip whose headers declare `declared` sizes; sizes over 4 GB use ZIP64 records. */
function handZip(entries: RawEntry[]): Uint8Array {
  const out: number[] = [];
  const u16 = (v: number) => out.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (v: number) => out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const u64 = (v: number) => {
    u32(v % 2 ** 32);
    u32(Math.floor(v / 2 ** 32));
  };
  const offsets: number[] = [];
  const big = (e: RawEntry) => e.declared >= 0xffffffff;
  for (const e of entries) {
    offsets.push(out.length);
    const name = strToU8(e.name);
    u32(0x04034b50);
    u16(45); u16(0x800); u16(e.method ?? 8); u16(0); u16(0x5630); u32(0);
    u32(e.data.length); u32(big(e) ? 0xffffffff : e.declared);
    u16(name.length); u16(big(e) ? 20 : 0);
    out.push(...name);
    if (big(e)) {
      u16(1); u16(16); u64(e.declared); u64(e.data.length);
    }
    out.push(...e.data);
  }
  const cdStart = out.length;
  entries.forEach((e, i) => {
    const name = strToU8(e.name);
    u32(0x02014b50);
    u16(45); u16(45); u16(0x800); u16(e.method ?? 8); u16(0); u16(0x5630); u32(0);
    u32(e.data.length); u32(big(e) ? 0xffffffff : e.declared);
    u16(name.length); u16(big(e) ? 12 : 0); u16(0); u16(0); u16(0); u32(0); u32(offsets[i]!);
    out.push(...name);
    if (big(e)) {
      u16(1); u16(8); u64(e.declared);
    }
  });
  const cdSize = out.length - cdStart;
  if (entries.some(big)) {
    const z = out.length;
    u32(0x06064b50); u64(44); u16(45); u16(45); u32(0); u32(0);
    u64(entries.length); u64(entries.length); u64(cdSize); u64(cdStart);
    u32(0x07064b50); u32(0); u64(z); u32(1);
    u32(0x06054b50); u16(0); u16(0); u16(0xffff); u16(0xffff); u32(0xffffffff); u32(0xffffffff); u16(0);
  } else {
    u32(0x06054b50); u16(0); u16(0); u16(entries.length); u16(entries.length); u32(cdSize); u32(cdStart); u16(0);
  }
  return Uint8Array.from(out);
}

const CONTENT_TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** Rewrites the uncompressed size of `name` in its local and central headers. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    const [nameAt, sizeAt] = sig === 0x04034b50 ? [at + 30, at + 22] : sig === 0x02014b50 ? [at + 46, at + 24] : [-1, -1];
    if (nameAt < 0 || view.getUint16(sig === 0x04034b50 ? at + 26 : at + 28, true) !== wanted.length) continue;
    if (!wanted.every((b, i) => out[nameAt + i] === b)) continue;
    view.setUint32(sizeAt, size, true);
    patched++;
  }
  expect(patched).toBe(2);
  return out;
}

async function problem(bytes: Uint8Array, options = {}): Promise<{ code: string; message: string }> {
  const r = await parseDocx(bytes, options);
  expect(r.template).toBe('unsupported');
  expect(r.docx.html).toBe('');
  const m = r.messages[0]!;
  expect(m.severity).toBe('error');
  return { code: m.code, message: m.message };
}

describe('parseDocx on zip bombs', () => {
  it('refuses a directory declaring huge sizes (ZIP64), without inflating', async () => {
    const bomb = handZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES, method: 0, declared: CONTENT_TYPES.length },
      { name: 'word/document.xml', data: new Uint8Array(1000), declared: 2 ** 42 },
    ]);
    const dir = readZipDirectory(bomb);
    expect(dir.ok && dir.entries.map((e) => e.uncompressedSize)).toEqual([CONTENT_TYPES.length, 2 ** 42]);
    const p = await problem(bomb);
    expect(p.code).toBe('docx-too-large');
    expect(p.message).toContain(`declares ${2 ** 42 + CONTENT_TYPES.length} uncompressed bytes`);
  });

  it('refuses a total over maxUncompressedBytes', async () => {
    const many = handZip(
      Array.from({ length: 30 }, (_, i) => ({ name: i === 0 ? 'word/document.xml' : `word/media/image${i}.png`, data: new Uint8Array(1000), method: 8, declared: 4_000_000 })),
    );
    const p = await problem(many);
    expect(p.code).toBe('docx-too-large');
    expect(p.message).toContain('declares 120000000 uncompressed bytes, more than the limit of 104857600');
    const small = await problem(fixture(), { maxUncompressedBytes: 1000 });
    expect(small.code).toBe('docx-too-large');
    expect(small.message).toMatch(/more than the limit of 1000 \(option maxUncompressedBytes\)/u);
  });

  it('refuses a large part compressed more than 100:1 (a real bomb: 8 MB of zeros)', async () => {
    const bomb = zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const p = await problem(bomb);
    expect(p.code).toBe('docx-too-large');
    expect(p.message).toMatch(/word\/document\.xml declares 8388608 bytes from \d+: a \d+:1 compression ratio, over 100:1/u);
    // A declared ratio alone decides: the same directory over garbage data is refused the same way.
    const declared = handZip([{ name: 'word/document.xml', data: new Uint8Array(20_000).fill(7), declared: 50_000_000 }]);
    expect((await problem(declared)).code).toBe('docx-too-large');
  });

  it('refuses a part that inflates past the size it declares', async () => {
    const lying = patchDeclaredSize(fixture(), 'word/document.xml', 200);
    const p = await problem(lying);
    expect(p.code).toBe('docx-too-large');
    expect(p.message).toContain('inflates to more than the 200 bytes it declares');
  });
});

describe('parseDocx on bytes that are not a .docx', () => {
  const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ['empty bytes', () => new Uint8Array(0), /empty/u],
    ['a PDF', () => strToU8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'), /not a zip file/u],
    ['an HTML page', () => strToU8('<html><body><p>一、总体情况</p></body></html>'), /not a zip file/u],
    ['random bytes', () => Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251), /not a zip file/u],
    ['a zip with no word/document.xml (an .odt)', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') }), /no word\/document\.xml/u],
    ['the first half of the fixture', () => fixture().slice(0, 2700), /not a zip file/u],
    ['the fixture without its last bytes', () => fixture().slice(0, -5), /not a zip file/u],
    ['a Word 97–2003 file or a password-protected .docx (OLE)', () => ole, /OLE compound file/u],
    ['a zip header and nothing else', () => Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]), /too few|not a zip/u],
    ['an encrypted zip entry', () => {
      const z = handZip([{ name: 'word/document.xml', data: new Uint8Array(50), declared: 400 }]);
      new DataView(z.buffer).setUint16(z.length - 22 - 17 - 46 + 8, 1, true); // the central header's flags
      return z;
    }, /encrypted/u],
    ['a part with damaged deflate data', () => handZip([{ name: 'word/document.xml', data: new Uint8Array(300).fill(0xff), declared: 4000 }]), /damaged/u],
    ['a document that is not XML', () => zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': strToU8('not xml at all <<<') }), /could not be converted/u],
  ];
  it.each(cases)('%s: docx-invalid, never a throw', async (_, make, reason) => {
    const p = await problem(make());
    expect(p.code).toBe('docx-invalid');
    expect(p.message).toMatch(reason);
  });

  it('throws a TypeError for what is not a Uint8Array', async () => {
    for (const bad of ['PK…', new ArrayBuffer(8), null, undefined, 42, [0x50, 0x4b]]) {
      await expect(parseDocx(bad as unknown as Uint8Array)).rejects.toThrow(TypeError);
    }
    await expect(parseDocx(fixture(), { maxUncompressedBytes: -1 })).rejects.toThrow(TypeError);
  });
});
