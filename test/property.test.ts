// Property-based robustness tests (fast-check): parseReport is total, its spans point into the
// input and say what the result says they say, normalisation is idempotent, and parsing is a
// pure function (the label caches must not leak state from one report into the next).
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import * as t2cn from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { foldChars, normalise, parseReport, type Report } from '../src/index.js';
import { MappedBuilder, type OffsetMap } from '../src/normalise/offset-map.js';
import { foldWatching } from '../src/normalise/fold-chars.js';
import { conversionWatch, toSimplified } from '../src/normalise/traditional.js';
import { corpus, corpusDir } from './helpers.js';

const SEED = Number(process.env.FC_SEED ?? 20240611);
const texts = readdirSync(corpusDir)
  .filter((f) => /^[a-z0-9].*\.txt$/u.test(f))
  .sort()
  .map((f) => ({ name: f, text: corpus(f) }));
const pages = readdirSync(corpusDir)
  .filter((f) => /\.html?$/u.test(f))
  .sort()
  .map((f) => ({ name: f, text: corpus(f) }));

/** OpenCC t → cn, as the library builds it. */
const convert = ConverterBuilder(t2cn)({ from: 't', to: 'cn' });
/** Simplified → traditional (Taiwan), to make traditional-character reports. */
const toTraditional = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });

// ---- arbitraries ---------------------------------------------------------------------------------

/** Pieces of real reports: headings, labels, separators, numbers, markup, damage. */
const VOCABULARY = [
  '一、', '二、', '三、', '四、', '五、', '六、', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项', '（一）', '(二)', '（三）', '1.', '2.', '3.',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '部分公开', '不予公开', '属于国家秘密', '（七）总计',
  '结转下年度继续办理', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '规章', '行政规范性文件',
  '行政许可', '行政处罚', '行政强制', '行政事业性收费', '本年制发件数', '结果维持', '结果纠正', '尚未审结', '行政复议', '行政诉讼',
  '人民政府', '漯河', '瀘河', '区', '县', '2021', '2019年', '年度报告', '政府資訊公開', '⾏政', '１２', '\t', '\t\t', '\n', '\n\n', '\r\n',
  '  ', ' ', '|', '| --- |', '- 3 -', '第3页', '/', '-', '无', '0', '1', '7', '12', '130', '4.5', '+3', '-2', '1,203', '万元',
  '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<p>', '</p>', '<br>', '<div class="nav">', '</div>', '&amp;', '&#20013;',
  '<td rowspan="2">', '<td colspan="99999">', '<!--', '-->', '<script>', '</script>', '\u3000', '\u200b', '\ufeff', '\ud800', '\udc00',
  '😀', '\u2ff0', '𠀀', '\u0000', '\ufffd',
];
const vocabularyText = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 120 }).map((xs) => xs.join(''));
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 300 }), // lone surrogates too
  vocabularyText,
);

type Op =
  | { kind: 'delete-line' | 'duplicate-line' | 'delete-char' | 'delete-cell' | 'duplicate-cell' | 'truncate'; at: number; to: number }
  | { kind: 'insert-line' | 'insert-text'; at: number; to: number; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'delete-char', 'delete-cell', 'duplicate-cell', 'truncate' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constantFrom('insert-line', 'insert-text' as const), at: fc.nat(), to: fc.nat(), text: fc.oneof(vocabularyText, fc.string({ unit: 'binary', maxLength: 8 })) }),
);

/** Applies damage to a report: lines, cells and characters deleted, duplicated or inserted. */
function mutate(text: string, ops: Op[]): string {
  let lines = text.split('\n');
  for (const o of ops) {
    const i = lines.length === 0 ? 0 : o.at % lines.length;
    const line = lines[i] ?? '';
    switch (o.kind) {
      case 'delete-line':
        lines.splice(i, 1);
        break;
      case 'duplicate-line':
        lines.splice(lines.length === 0 ? 0 : o.to % lines.length, 0, line);
        break;
      case 'insert-line':
        lines.splice(i, 0, o.text);
        break;
      case 'insert-text': {
        const p = o.to % (line.length + 1);
        lines[i] = line.slice(0, p) + o.text + line.slice(p);
        break;
      }
      case 'delete-char': {
        const p = o.to % (line.length + 1);
        lines[i] = line.slice(0, p) + line.slice(p + 1);
        break;
      }
      case 'delete-cell':
      case 'duplicate-cell': {
        const cells = line.split('\t');
        const c = o.to % cells.length;
        if (o.kind === 'delete-cell') cells.splice(c, 1);
        else cells.splice(c, 0, cells[c]!);
        lines[i] = cells.join('\t');
        break;
      }
      case 'truncate':
        lines = lines.slice(0, Math.max(1, i));
        break;
    }
  }
  return lines.join('\n');
}

const damagedReport = fc.record({ report: fc.constantFrom(...texts), ops: fc.array(op, { minLength: 1, maxLength: 8 }) }).map(({ report, ops }) => mutate(report.text, ops));
const damagedPage = fc.record({ page: fc.constantFrom(...pages), ops: fc.array(op, { minLength: 1, maxLength: 4 }) }).map(({ page, ops }) => mutate(page.text, ops));

// ---- what a result claims ------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

/** Every span in a result (any object of exactly { start, end }), with its path. */
function spansOf(x: unknown, path = 'report', out: Array<[string, Span]> = []): Array<[string, Span]> {
  if (x === null || typeof x !== 'object') return out;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') {
    out.push([path, o as unknown as Span]);
    return out;
  }
  for (const k of keys) spansOf(o[k], `${path}.${k}`, out);
  return out;
}

/** Checks every span of `report` against `input`; returns the problems found (empty: none). */
function spanProblems(input: string, report: Report, traditional = true): string[] {
  const problems: string[] = [];
  for (const [path, s] of spansOf(report)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= input.length)) {
      problems.push(`${path} = [${s.start}, ${s.end}) is not inside the input (length ${input.length})`);
    }
  }
  if (problems.length > 0) return problems;
  // Text input: the span reads the text, modulo normalisation. HTML input: modulo markup and white
  // space too (the text was rendered from the markup), where no entity makes the two incomparable.
  const html = report.input.kind === 'html';
  const norm = (t: string) => normalise(t, { traditional }).text;
  const squeeze = (t: string) => norm(t.replace(/<[^>]*>?/gu, '')).replace(/\s+/gu, '');
  const said = (what: string, span: Span, text: string) => {
    const slice = input.slice(span.start, span.end);
    if (slice === text || norm(slice) === text) return;
    if (html && (slice.includes('&') || squeeze(slice) === text.replace(/\s+/gu, ''))) return;
    problems.push(`${what}: the span reads ${JSON.stringify(slice)}, the result says ${JSON.stringify(text)}`);
  };
  for (const s of report.sections) {
    said(`section ${s.number} title`, s.titleSpan, s.title);
    for (const sub of s.subsections) said(`section ${s.number} subsection ${sub.number} title`, sub.titleSpan, sub.title);
  }
  if (report.input.kind === 'text') {
    if (report.metadata.title) said('metadata.title', report.metadata.title.span, report.metadata.title.value);
    if (report.metadata.body && report.metadata.bodyNameVariants.length === 0) said('metadata.body', report.metadata.body.span, report.metadata.body.value);
    for (const v of report.metadata.bodyNameVariants) if (input.slice(v.span.start, v.span.end) !== v.text) problems.push(`bodyNameVariants: ${JSON.stringify(v.text)} is not at its span`);
    for (const [name, table] of Object.entries(report.tables)) {
      if (table === null) continue;
      for (const [rowKey, row] of Object.entries(table.rows as Record<string, { cells: Record<string, { raw: string | null; span: Span | null }> } | null>)) {
        if (row === null) continue;
        for (const [col, cell] of Object.entries(row.cells)) if (cell.raw !== null && cell.span !== null) said(`${name}.${rowKey}.${col} raw`, cell.span, cell.raw);
      }
    }
  }
  return problems;
}

// ---- the properties ------------------------------------------------------------------------------

const settings = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true });

describe('parseReport never throws on a string', () => {
  it('any string (code points, graphemes, lone surrogates, report vocabulary), as text and as HTML', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'auto' | 'text' | 'html'>('auto', 'text', 'html'), fc.boolean(), (s, format, traditional) => {
        const r = parseReport(s, { format, traditional });
        expect(Array.isArray(r.messages)).toBe(true);
        const problems = spanProblems(s, r, traditional);
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      settings(600),
    );
  });

  it('damaged corpus reports: lines, cells and characters deleted, duplicated, inserted; truncated', () => {
    fc.assert(
      fc.property(damagedReport, fc.boolean(), (s, blankAsZero) => {
        const r = parseReport(s, { blankAsZero });
        expect(['2019', '2021', 'mixed', 'unsupported']).toContain(r.template);
      }),
      settings(300),
    );
  });

  it('damaged corpus HTML pages', () => {
    fc.assert(
      fc.property(damagedPage, (s) => {
        const problems = spanProblems(s, parseReport(s));
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      settings(40),
    );
  });
});

describe('spans', () => {
  it('every span of every corpus report lies inside the input and reads what the result says', () => {
    for (const { name, text } of [...texts, ...pages]) {
      expect(spanProblems(text, parseReport(text)), name).toEqual([]);
    }
  });

  it('…and so for damaged reports', () => {
    fc.assert(
      fc.property(damagedReport, (s) => {
        const problems = spanProblems(s, parseReport(s));
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      settings(300),
    );
  });
});

describe('normalise', () => {
  it('is idempotent on characters in the middle of an OpenCC chain (薴 → 苧 → 苎)', () => {
    const once = normalise('薴苧').text;
    expect(once).toBe('苎苎');
    expect(normalise(once).text).toBe(once);
  });
  // OpenCC's t → cn tables have chains (薴 → 苧 → 苎): normalise converts until nothing changes.
  const idempotent = (s: string) => {
    const folded = normalise(s, { traditional: false }).text;
    expect(normalise(folded, { traditional: false }).text).toBe(folded);
    const once = normalise(s).text;
    expect(normalise(once).text).toBe(once);
  };
  it('is idempotent on any string', () => {
    fc.assert(fc.property(anyText, idempotent), settings(1000));
  });
  it('is idempotent on damaged reports and their traditional-character versions', () => {
    fc.assert(
      fc.property(damagedReport, (s) => {
        idempotent(s);
        idempotent(toTraditional(s));
      }),
      settings(200),
    );
  });
  it('maps every character back into the input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text, map } = normalise(s);
        if (map === null) {
          expect(text.length).toBe(s.length);
          return;
        }
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(s.length);
        for (let i = 0; i < text.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThan(s.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
        }
      }),
      settings(500),
    );
  });
});

describe('parsing is a pure function', () => {
  it('parsing twice gives the same result, whatever was parsed in between', () => {
    fc.assert(
      fc.property(fc.oneof(damagedReport, anyText), fc.oneof(damagedReport, anyText), (a, b) => {
        const first = JSON.stringify(parseReport(a));
        parseReport(b);
        parseReport(b, { blankAsZero: true, traditional: false });
        expect(JSON.stringify(parseReport(a))).toBe(first);
      }),
      settings(150),
    );
  });
});

// ---- the t → cn fast path ------------------------------------------------------------------------

/** toSimplified as it was before the fast path: OpenCC over the whole text. */
function referenceSimplified(input: string): { text: string; map: OffsetMap; changed: number } {
  const out = convert(input);
  if (out === input) return { text: input, map: null, changed: 0 };
  let changed = 0;
   
  if (out.length === input.length && !/[\ud800-\udfff]/.test(input + out)) {
    for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) !== out.charCodeAt(i)) changed++;
    return { text: out, map: null, changed };
  }
  const a = Array.from(input);
  let b = Array.from(out);
  if (a.length !== b.length) b = a.map((ch) => convert(ch));
  const builder = new MappedBuilder(input.length);
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    const src = a[i]!;
    const dst = b[i]!;
    if (src !== dst) changed++;
    if (dst.length === src.length) builder.pushRun(dst, offset);
    else builder.push(dst, offset);
    offset += src.length;
  }
  const { text, map } = builder.finish(input.length);
  return { text, map, changed };
}

describe('toSimplified (converts only the pieces that need it)', () => {
  // Traditional and simplified characters, phrases of the dictionaries, ideographic description
  // characters (which change how OpenCC steps), compatibility ideographs, surrogates, separators.
  const HAN = [...'政府資訊公開机关處理並答覆嚴格執行审查乾隆乾淨著作干部幹部後后發髮台灣臺灣麵面瀘河漯河一二三總計年度報告'];
  const OTHER = ['\u2ff0', '\u2ff2', '\u2ff4', '\uf900', '\uf91d', '\u{2f800}', '😀', '\ud800', '\udc00', '\n', '\t', ' ', '，', '1', 'a', '一目瞭然', '乾坤', '么麼', '不瞭解', '⾨', '⾙', '⑩', '\r', '\u200b', '\u3000', '…', '\ud840', '\udc5e', '\ud840\u200b\udc5e'];
  const chunk = fc.oneof(fc.constantFrom(...HAN), fc.constantFrom(...OTHER), codeUnit);
  const mixed = fc.array(chunk, { maxLength: 60 }).map((xs) => xs.join(''));

  it('gives exactly what OpenCC over the whole text gives', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, anyText), (s) => {
        const got = toSimplified(s);
        const want = referenceSimplified(s);
        expect(got.text).toBe(want.text);
        expect(got.changed).toBe(want.changed);
        expect(got.map === null ? null : Array.from(got.map)).toEqual(want.map === null ? null : Array.from(want.map));
      }),
      settings(1500),
    );
  });

  it('normalise gives what OpenCC, run until nothing changes, gives on the folded text', () => {
    const stable = (t: string): string => {
      for (let pass = 0; pass < 4; pass++) {
        const next = convert(t);
        if (next === t) return t;
        t = next;
      }
      return t;
    };
    fc.assert(
      fc.property(fc.oneof(mixed, anyText), (s) => {
        expect(normalise(s).text).toBe(stable(foldChars(s).text));
      }),
      settings(1500),
    );
    // Folding deletes the zero-width space and joins the two halves into 𠁞, which OpenCC converts.
    expect(normalise('\ud840\u200b\udc5e').text).toBe(convert('\u{2005e}'));
    expect(convert('\u{2005e}')).not.toBe('\u{2005e}');
  });

  it('gives the same from the offsets foldWatching found, and says when converting again may change it', () => {
    const watch = conversionWatch()!;
    fc.assert(
      fc.property(fc.oneof(mixed, anyText), (s) => {
        const folded = foldWatching(s, watch);
        const got = toSimplified(folded.text, folded.watched);
        const want = referenceSimplified(folded.text);
        expect(got.text).toBe(want.text);
        expect(got.changed).toBe(want.changed);
        expect(got.map === null ? null : Array.from(got.map)).toEqual(want.map === null ? null : Array.from(want.map));
        if (!got.unstable) expect(convert(got.text)).toBe(got.text);
      }),
      settings(1500),
    );
  });

  it('on whole corpus reports, also converted to traditional characters', () => {
    for (const { name, text } of texts) {
      for (const s of [text, toTraditional(text)]) {
        const got = toSimplified(s);
        const want = referenceSimplified(s);
        expect(got.text, name).toBe(want.text);
        expect(got.changed, name).toBe(want.changed);
      }
    }
  });
});

// ---- known bugs, found by the properties above ----------------------------------------------------
// `it.fails` passes while the bug is there; when it is fixed the test fails: remove the marker then
// (and the matching exclusion in the properties).
describe('bugs found by the properties (it.fails: passes while the bug is there)', () => {
  it('(fixed) a span ending on a lone high surrogate at the end of the input stays inside the input', () => {
    const input = '一、总体情况\ud800';
    const r = parseReport(input);
    for (const [, span] of spansOf(r)) expect(span.end).toBeLessThanOrEqual(input.length);
  });

  it('(fixed) run-together text split in part: a cell pinned down by the arithmetic has the span of its own digits', () => {
    const input = corpus('r2019-flat.txt').replace('1.属于国家秘密', '1.属于国家秘密x');
    const total = parseReport(input).tables.t3?.rows.disclosed?.cells.total;
    expect(total?.raw).toBe('165');
    expect(input.slice(total!.span!.start, total!.span!.end)).toBe('165');
  });

});
