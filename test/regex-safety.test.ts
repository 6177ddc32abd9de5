// Catastrophic backtracking (ReDoS) check of every regular expression the library uses.
//
// The regex literals are collected by parsing src/**/*.ts with the TypeScript compiler (every
// RegularExpressionLiteral node) and evaluated. Each one is run, as a global search over the whole
// string (the worst case of .test/.exec/.replace/matchAll), against adversarial strings of 50,000
// characters built from its own alphabet: one character repeated, with and without a character at
// the end that makes the match fail, pairs repeated, the alphabet cycled, random mixes. Runs happen
// in a worker thread with a watchdog, so an exponential case fails the test instead of hanging it.
// The patterns composed at run time (new RegExp, XRegExp) are exercised through the functions that
// build them. When the `recheck` package is installed, its static analysis is run on every
// literal too (a 'vulnerable' verdict fails).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findHeadingCandidates, normaliseBodyVariants, parseReport } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const LENGTH = 50_000;
/** A linear scan of 50,000 characters takes well under 10 ms; a quadratic one, seconds. */
const BOUND_MS = Number(process.env.REGEX_BOUND_MS ?? 400);
/** A run that has not finished by then is taken as exponential: the worker is ended. */
const WATCHDOG_MS = 5_000;

interface Literal {
  where: string;
  source: string;
  flags: string;
}

/**
 * Patterns that backtrack polynomially on long adversarial strings but are only ever applied to
 * short ones: they are timed at that length (and a 'vulnerable' verdict from recheck is allowed).
 * Matched by file and the start of the pattern, so that edits elsewhere in the file do not matter.
 */
const BOUNDED: Array<{ file: string; startsWith: string; length: number; reason: string }> = [
  { file: 'src/cli/list-inputs.ts', startsWith: '\\/+$', length: 4096, reason: 'a command-line path (PATH_MAX)' },
  { file: 'src/metadata/title.ts', startsWith: '(?:关于|的|\\s)+$', length: 4000, reason: 'the title line, within the first 4,000 characters' },
  { file: 'src/io/html-charset.ts', startsWith: '<meta\\b', length: 2048, reason: 'the first 2 KB of an HTML file (CHARSET_SCAN_BYTES)' },
  { file: 'src/tables/run-together/tokenize.ts', startsWith: '(?:[0-9]{1,2}|\\([一二三四五六七八九十]', length: 6, reason: 'the 6 characters before a label' },
];
const boundOf = (p: Literal) => BOUNDED.find((b) => p.where.startsWith(`${b.file}:`) && p.source.startsWith(b.startsWith));

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every regex literal in src/, with its file and line. */
function regexLiterals(): Literal[] {
  const out: Literal[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        out.push({
          where: `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

// The worker: builds the adversarial strings of a pattern from its alphabet and times a global
// search over each; posts 'start' before each run (so that a hang is attributed) and the results.
const WORKER = String.raw`
const { parentPort } = require('node:worker_threads');
const REPRESENTATIVES = { d: '0', D: 'a', s: ' ', S: 'a', w: 'a', W: '-', b: '', B: '', n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
function alphabet(source) {
  const chars = new Set();
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'u' && source[i + 2] === '{') { const j = source.indexOf('}', i); chars.add(String.fromCodePoint(parseInt(source.slice(i + 3, j), 16))); i = j; continue; }
      if (e === 'u') { chars.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16))); i += 5; continue; }
      if (e === 'x') { chars.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16))); i += 3; continue; }
      if ((e === 'p' || e === 'P') && source[i + 2] === '{') { const j = source.indexOf('}', i); chars.add(e === 'p' ? 'a' : '、'); chars.add('中'); chars.add('，'); i = j; continue; }
      if (e in REPRESENTATIVES) { if (REPRESENTATIVES[e]) chars.add(REPRESENTATIVES[e]); i++; continue; }
      chars.add(e); i++; continue;
    }
    if ('()[]{}|?*+^$'.includes(c)) continue;
    if (c === '-' && i > 0 && source[i - 1] !== '[' && source[i + 1] !== ']') { // a range: its middle too
      const a = source.charCodeAt(i - 1), b = source.charCodeAt(i + 1);
      if (b > a) chars.add(String.fromCharCode((a + b) >> 1));
      continue;
    }
    chars.add(c);
  }
  for (const c of [' ', '\n', 'a', '1', '中', '.']) chars.add(c);
  return [...chars].slice(0, 28);
}
let seed = 12345;
const random = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
function inputs(source, samples, LENGTH) {
  const abc = alphabet(source);
  const out = [];
  const fill = (unit) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  // Strings the pattern matches, pumped: white space or the string itself repeated inside or after it.
  for (const s of samples) {
    if (s.length === 0) continue;
    const half = s.length >> 1;
    for (const w of [' ', '\t']) {
      out.push(['match ' + JSON.stringify(s) + ' + repeat ' + JSON.stringify(w) + ' + \\u0000', s + fill(w).slice(s.length + 1) + '\u0000']);
      out.push(['match ' + JSON.stringify(s) + ' split by repeat ' + JSON.stringify(w), s.slice(0, half) + fill(w).slice(s.length + 1) + s.slice(half) + '\u0000']);
    }
    out.push(['match ' + JSON.stringify(s) + ' repeated + \\u0000', fill(s).slice(1) + '\u0000']);
  }
  for (const c of abc) { out.push(['repeat ' + JSON.stringify(c), fill(c)]); out.push(['repeat ' + JSON.stringify(c) + ' + \\u0000', fill(c).slice(1) + '\u0000']); }
  for (const w of [' ', '\t']) {
    for (const c of abc) out.push([JSON.stringify(c) + ' + repeat ' + JSON.stringify(w) + ' + \\u0000', c + fill(w).slice(2) + '\u0000']);
    for (let k = 2; k <= Math.min(6, abc.length); k++) { const p = abc.slice(0, k).join(''); out.push([JSON.stringify(p) + ' + repeat ' + JSON.stringify(w) + ' + \\u0000', p + fill(w).slice(k + 1) + '\u0000']); }
  }
  for (let k = 0; k < 10; k++) { const p = abc[random(abc.length)] + abc[random(abc.length)] + (k % 2 ? abc[random(abc.length)] : ''); out.push(['repeat ' + JSON.stringify(p) + ' + \\u0000', fill(p).slice(1) + '\u0000']); }
  out.push(['alphabet cycled', fill(abc.join(''))]);
  for (let k = 0; k < 3; k++) { let s = ''; while (s.length < LENGTH) s += abc[random(abc.length)]; out.push(['random mix ' + k, s.slice(0, LENGTH)]); }
  return out;
}
parentPort.on('message', ({ id, source, flags, samples, length }) => {
  const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  let worst = { ms: 0, input: '' };
  for (const [name, s] of inputs(source, samples, length)) {
    parentPort.postMessage({ id, start: name });
    const t = performance.now();
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(s); m !== null && n < 1e6; m = re.exec(s), n++) if (m[0].length === 0) re.lastIndex++;
    const ms = performance.now() - t;
    if (ms > worst.ms) worst = { ms, input: name };
  }
  parentPort.postMessage({ id, done: worst });
});
`;

/** A few strings the pattern matches (fast-check's stringMatching), where it can make them. */
function samplesOf(p: Literal): string[] {
  try {
    // (Without the i flag, which stringMatching does not take: what matches without it matches with it.)
    const re = new RegExp(p.source, p.flags.replace(/[gyi]/gu, ''));
    return [...new Set(fc.sample(fc.stringMatching(re, { size: 'small' }), { numRuns: 24, seed: 42 }).map((s) => s.slice(0, 40)))].slice(0, 8);
  } catch {
    return [];
  }
}

interface Timing {
  ms: number;
  input: string;
}

/** Times every pattern in a worker (restarted after a hang); a hang is reported as Infinity ms. */
async function timeAll(patterns: Literal[]): Promise<Map<Literal, Timing>> {
  const results = new Map<Literal, Timing>();
  let worker: Worker | null = null;
  let pending: ((msg: { id: number; start?: string; done?: Timing }) => void) | null = null;
  const start = () => {
    const w = new Worker(WORKER, { eval: true });
    w.on('message', (msg) => pending?.(msg));
    w.unref();
    return w;
  };
  for (const [id, p] of patterns.entries()) {
    worker ??= start();
    const timing = await new Promise<Timing>((resolve) => {
      let current = '';
      let timer = setTimeout(() => {
        void worker!.terminate();
        worker = null;
        resolve({ ms: Infinity, input: current });
      }, WATCHDOG_MS);
      pending = (msg) => {
        if (msg.id !== id) return;
        if (msg.start !== undefined) {
          current = msg.start;
          clearTimeout(timer);
          timer = setTimeout(() => {
            void worker?.terminate();
            worker = null;
            resolve({ ms: Infinity, input: current });
          }, WATCHDOG_MS);
        } else if (msg.done) {
          clearTimeout(timer);
          resolve(msg.done);
        }
      };
      worker!.postMessage({ id, source: p.source, flags: p.flags, samples: samplesOf(p), length: boundOf(p)?.length ?? LENGTH });
    });
    results.set(p, timing);
  }
  await (worker)?.terminate();
  return results;
}

const literals = regexLiterals();

describe('regular expressions: no catastrophic backtracking', () => {
  it('finds the regex literals of src/ (and every bounded exception still exists)', () => {
    expect(literals.length).toBeGreaterThan(50);
    for (const b of BOUNDED) expect(literals.some((l) => boundOf(l) === b), `${b.file} /${b.startsWith}…/`).toBe(true);
    for (const l of literals) expect(() => new RegExp(l.source, l.flags), l.where).not.toThrow();
  });

  it(`every regex literal scans ${LENGTH.toLocaleString('en-US')} adversarial characters within ${BOUND_MS} ms`, { timeout: 120_000 }, async () => {
    const timings = await timeAll(literals);
    const slow = [...timings]
      .filter(([, t]) => t.ms > BOUND_MS)
      .map(([l, t]) => `${l.where} /${l.source}/${l.flags}: ${t.ms === Infinity ? 'did not finish' : `${t.ms.toFixed(0)} ms`} on ${t.input} (${boundOf(l)?.length ?? LENGTH} characters)`);
    expect(slow, slow.join('\n')).toEqual([]);
  });

  it('recheck finds no vulnerable literal (when the recheck package is installed)', { timeout: 300_000 }, async (ctx) => {
    let recheck: { check: (source: string, flags: string, params?: Record<string, unknown>) => Promise<{ status: string; attack?: { pattern: string } }> };
    try {
      recheck = createRequire(import.meta.url)('recheck');
    } catch {
      ctx.skip();
      return;
    }
    const vulnerable: string[] = [];
    for (const l of literals) {
      const d = await recheck.check(l.source, l.flags, { timeout: 10_000 });
      if (d.status === 'vulnerable' && boundOf(l) === undefined) vulnerable.push(`${l.where} /${l.source}/${l.flags}: ${d.attack?.pattern ?? ''}`);
    }
    expect(vulnerable, vulnerable.join('\n')).toEqual([]);
  });
});

describe('composed regular expressions, through the functions that build them', () => {
  const quick = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const fill = (unit: string, n = LENGTH) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

  it('body-name variants (place-name units and their look-alike alternatives)', () => {
    for (const text of [fill('漯'), fill('河'), fill('漯河'), fill('瀘河'), fill('族'), fill('回族自治'), fill('漯河回族') + '!', fill('河区'), fill('区域')]) {
      expect(quick(() => normaliseBodyVariants(text, '漯河回族自治县人民政府')), text.slice(0, 8)).toBeLessThan(BOUND_MS * 2);
    }
    expect(quick(() => normaliseBodyVariants('x', fill('回族') + '自治县人民政府'))).toBeLessThan(BOUND_MS * 2);
  });

  it('inline section headings (XRegExp union of the section titles)', () => {
    for (const text of [fill('一、'), fill('一 、 '), fill('三、收到和处理'), fill('四、政府信息公开行政复议'), fill('一、因政府信息公开工作被申请')]) {
      expect(quick(() => findHeadingCandidates(text)), text.slice(0, 8)).toBeLessThan(BOUND_MS * 2);
    }
  });

  it('CMS metadata labels of HTML pages', () => {
    for (const unit of ['发布机构', '发布机构 ', '｜发布机构', '【发布日期】', '索引号：', ' \u3000']) {
      const html = `<div class="info">${fill(unit, 20_000)}</div><p>一、总体情况</p>`;
      expect(quick(() => parseReport(html)), unit).toBeLessThan(BOUND_MS * 5);
    }
  });
});

describe('rewritten patterns accept exactly what the originals accepted', () => {
  // The originals, as they were before they were rewritten for linear time.
  const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
  const PAGE_MARK = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|<!--[^>]*-->|‹!--[^›>]*-->)\s*$/u;
  const PAGE_NUMBER =
    /^(?:[-－—–~～·•_]*\s*\d{1,4}\s*[-－—–~～·•_]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;
  const TRAILING_NUMBERS = /(?:[ ]+(?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?|\/|-{1,2}|—{1,2}))+$/u;
  const TRAILING_NOTE = /^(.+?)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?\s*$/u;

  const current = (file: string, startsWith: string) => {
    const l = literals.find((x) => x.where.startsWith(`${file}:`) && x.source.startsWith(startsWith));
    expect(l, `${file} /${startsWith}…/`).toBeDefined();
    return new RegExp(l!.source, l!.flags);
  };
  const words = (...ws: string[]) => fc.array(fc.constantFrom(...ws), { maxLength: 14 }).map((xs) => xs.join(''));
  const run = (arb: fc.Arbitrary<string>, same: (s: string) => void) => fc.assert(fc.property(arb, same), { numRuns: 3000, seed: 7 });

  it('markdown table rules (splitCells)', () => {
    const now = current('src/tables/cells.ts', '^\\s*(?:\\|\\s*)?:?-{2,}');
    run(words(' ', '\t', '|', ':', '-', '--', '---', 'a', '\n', '\u3000'), (s) => {
      expect(now.test(s), JSON.stringify(s)).toBe(MD_RULE.test(s));
    });
  });

  it('page marks inside tables (splitCells)', () => {
    const now = current('src/tables/cells.ts', '^\\s*(?:[-—–]');
    run(words(' ', '\t', '第', '页', '共', ',', '，', '/', '1', '12', '12345', '-', '—', '–', '<!--', '-->', '>', '‹!--', '›', 'x'), (s) => {
      expect(now.test(s), JSON.stringify(s)).toBe(PAGE_MARK.test(s));
    });
  });

  it('page numbers of PDF pages (furniture)', () => {
    const now = current('src/read/pdf/furniture.ts', '^(?:[-－—–');
    run(words(' ', '\t', '第', '页', '共', ',', '，', '/', '／', '1', '12', '12345', '-', '—', '~', '·', '_', 'page', 'P.', 'of', 'x'), (s) => {
      expect(now.test(s), JSON.stringify(s)).toBe(PAGE_NUMBER.test(s));
    });
  });

  it('numbers trailing a label (splitCells)', async () => {
    const { trailingNumbers } = await import('../src/tables/cells.js');
    run(words(' ', ' ', '  ', '1', '12', '1,234', '1,23', '+', '-', '--', '---', '—', '——', '/', '.', '.5', '万元', '元', '件', 'a', '中', '\t', ','), (s) => {
      const m = TRAILING_NUMBERS.exec(s);
      expect(trailingNumbers(s), JSON.stringify(s)).toEqual(m === null ? null : { index: m.index, text: m[0] });
    });
  });

  it('the label before a trailing note (labelParts)', async () => {
    const { beforeTrailingNote } = await import('../src/tables/labels.js');
    run(words(' ', '\t', '\n', '\r', '\u2028', '(', ')', '((', '))', 'a', '中', '，', '\u3000', '😀', '\ud800'), (s) => {
      expect(beforeTrailingNote(s), JSON.stringify(s)).toBe(TRAILING_NOTE.exec(s)?.[1] ?? null);
    });
  });
});
