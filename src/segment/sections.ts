import type { Span } from '../types.js';
import { INLINE_HEADING_SOURCE } from './inline-heading.generated.js';
import { SECTION_DEFS, TABLE_ROW_TITLE, type SectionKey } from './section-titles.js';

/** A numbered subsection such as "（一）主动公开方面" inside a prose section. */
export interface Subsection {
  /** 1 for （一）. */
  number: number;
  /** The heading as it reads in the normalised text, e.g. "(一) 主动公开方面". */
  title: string;
  titleSpan: Span;
  span: Span;
}

/** One of the six sections. Spans here are offsets in the normalised text until `parseReport` maps them. */
export interface Section {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  key: SectionKey;
  /** The heading as written (normalised), e.g. "一、总体情况". */
  title: string;
  titleSpan: Span;
  /** From the heading to the next section's heading (or the end of the text). */
  span: Span;
  subsections: Subsection[];
}

/** A heading candidate before order is resolved. */
export interface HeadingCandidate {
  number: number;
  title: string;
  start: number;
  end: number;
  /** True when the heading starts a line. */
  atLineStart: boolean;
}

const NUMERALS = '一二三四五六';
// A heading at the start of a line: optional markdown/bullet marks, a numeral 一–六, a separator.
// Tried (sticky) only at a line whose first character after the marks is a numeral: walking the lines
// by their breaks costs less than a multiline pattern tried at every position of the text.
const LINE_HEADING = /^[ \t#*>]*([一二三四五六])[ \t]*(?:[、.,，:：]|(?=[^\d\s、.]))[ \t]*([^\n]{0,60})$/my;
// A heading inside a line (text whose line breaks were lost): numeral + separator + a known title.
// Composed from the section definitions' `inline` titles with XRegExp.build, at build time
// (test/inline-heading.test.ts writes the generated module).
const INLINE_HEADING = new RegExp(INLINE_HEADING_SOURCE, 'gu');

// "一是…", "二要…", "三方面…": enumerations in prose, not headings.
const ENUMERATION = /^(?:是|要|方面|季度|个|月|年|级|类|批|次|项|些|同|起|等|则|来)/u;

function titleMatches(number: number, title: string): boolean {
  // A table row ("四、行政诉讼数量\t件\t1") is not a heading.
  if (title.includes('\t') || title.includes('|')) return false;
  const compact = title.replace(/\s+/gu, '');
  if (compact.length === 0 || TABLE_ROW_TITLE.test(compact) || ENUMERATION.test(compact)) return false;
  return SECTION_DEFS[number - 1]!.pattern.test(compact.slice(0, 30));
}

// The numerals 一–六 of the section headings, as code units.
const NUMERAL_CODES = new Set(Array.from(NUMERALS, (c) => c.charCodeAt(0)));

/** The matches of {@link LINE_HEADING} at the start of each line whose first mark-free character is a numeral 一–六. */
function lineHeadings(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let k = at;
    let c = text.charCodeAt(k);
    while (k < nl && (c === 32 || c === 9 || c === 35 || c === 42 || c === 62)) c = text.charCodeAt(++k);
    if (k < nl && NUMERAL_CODES.has(c)) {
      LINE_HEADING.lastIndex = at;
      const m = LINE_HEADING.exec(text);
      if (m !== null) out.push(m);
    }
    at = nl + 1;
  }
  return out;
}

/**
 * Finds every plausible section heading: lines like "一、总体情况" (also "一．", "一.", "# 一、",
 * "五、政府信息公开工作存在的主要问题及改进情况"), and known titles inside run-together text. Table 3's
 * rows "一、本年新收…", "三、本年度办理结果", "四、结转下年度继续办理" are never headings.
 *
 * @example
 * findHeadingCandidates('一、总体情况\n…').map((c) => c.number); // [1]
 */
export function findHeadingCandidates(text: string): HeadingCandidate[] {
  const found = new Map<number, HeadingCandidate>();
  for (const m of lineHeadings(text)) {
    const number = NUMERALS.indexOf(m[1]!) + 1;
    const title = m[2]!.trim();
    if (!titleMatches(number, title)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const lineEnd = m.index + m[0].length;
    // A long line is a heading followed by prose: the title ends at the first sentence mark.
    const stop = /[。；;]|\s{2,}/u.exec(m[2]!);
    const end = stop && m[2]!.length > 30 ? m.index + m[0].indexOf(m[2]!) + stop.index : lineEnd;
    found.set(start, { number, title: text.slice(start, end).trim(), start, end: start + text.slice(start, end).trimEnd().length, atLineStart: true });
  }
  // The line-start headings lie on lines of their own, in order: a pointer walks them as the inline
  // matches (in order too) go. An inline match is never inside an earlier one: the matches do not overlap.
  const atLineStart = [...found.values()];
  let next = 0;
  INLINE_HEADING.lastIndex = 0;
  for (let m = INLINE_HEADING.exec(text); m !== null; m = INLINE_HEADING.exec(text)) {
    if (found.has(m.index)) continue;
    // Skip matches inside a line-start heading already found.
    while (next < atLineStart.length && atLineStart[next]!.end <= m.index) next++;
    if (next < atLineStart.length && atLineStart[next]!.start <= m.index) continue;
    const number = NUMERALS.indexOf(m[1]!) + 1;
    if (!titleMatches(number, m[2]!)) continue;
    found.set(m.index, { number, title: m[0], start: m.index, end: m.index + m[0].length, atLineStart: false });
  }
  // Headings whose numeral was lost or mistyped by a converter ("# 主动公开政府信息情况", "2、收到和处理…"):
  // looked for only when a section is missing, on lines that hold a section's full title and little else.
  const numbers = new Set([...found.values()].map((c) => c.number));
  if (numbers.size < SECTION_DEFS.length) {
    // Only the lines where a missing section's title stands are looked at.
    for (const def of SECTION_DEFS) {
      if (numbers.has(def.number)) continue;
      for (const t of text.matchAll(INLINE_GLOBAL[def.number - 1]!)) {
        const lineStart = text.lastIndexOf('\n', t.index) + 1;
        let lineEnd = text.indexOf('\n', t.index);
        if (lineEnd < 0) lineEnd = text.length;
        if (lineEnd - lineStart > 60) continue;
        const m = UNNUMBERED_HEADING.exec(text.slice(lineStart, lineEnd));
        if (!m || !titleAt(def.inline, m[1]!) || TABLE_ROW_TITLE.test(m[1]!)) continue;
        // The title as printed, its number included ("2、收到和处理…", "六、…存在的主要问题…").
        const at = lineStart + /^[ \t#*>]*/u.exec(m[0])![0].length;
        if (found.has(at)) continue;
        const title = text.slice(at, lineEnd).trimEnd();
        found.set(at, { number: def.number, title, start: at, end: at + title.length, atLineStart: true });
        break;
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

// A line that may be a heading without its numeral: markdown marks, maybe an Arabic number, then a
// short text (a section's title and a few more characters at most).
const UNNUMBERED_HEADING = /^[ \t#*>]*(?:[1-6一二三四五六][ \t]*[、.,][ \t]*)?([^\s\d|#*>一二三四五六][^\n|]{3,40})$/u;
const INLINE_GLOBAL = SECTION_DEFS.map((d) => new RegExp(d.inline.source, 'gu'));

/** Whether `line` starts with the title `inline` matches and adds at most a few characters. */
function titleAt(inline: RegExp, line: string): boolean {
  const m = inline.exec(line);
  return m !== null && m.index <= 2 && line.length - (m.index + m[0].length) <= 6;
}

/**
 * Chooses the headings that form the report's outline: the longest run in template order
 * (一 before 二 …), preferring headings at the start of a line. The rest are returned as
 * duplicates (a number already taken) or out of order.
 *
 * @example
 * resolveHeadings(findHeadingCandidates(text)).chosen.length; // 6 for a whole report
 */
export function resolveHeadings(candidates: HeadingCandidate[]): {
  chosen: HeadingCandidate[];
  duplicates: HeadingCandidate[];
  outOfOrder: HeadingCandidate[];
} {
  // Longest strictly increasing chain by number, preferring headings at the start of a line. For
  // each candidate the best predecessor is the earliest one with the longest chain (then the best
  // score) among the candidates before it with a smaller number; keeping the champion of each number
  // seen so far makes this linear in the number of candidates (a report pasted many times has thousands).
  const n = candidates.length;
  const best = new Array<number>(n).fill(1);
  const score = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  const champion = new Map<number, number>(); // number → index of its best candidate so far
  const better = (j: number, k: number) => best[j]! > best[k]! || (best[j] === best[k] && (score[j]! > score[k]! || (score[j] === score[k] && j < k)));
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    score[i] = c.atLineStart ? 1 : 0;
    let j = -1;
    for (const [number, k] of champion) if (number < c.number && (j < 0 || better(k, j))) j = k;
    if (j >= 0) {
      best[i] = best[j]! + 1;
      score[i] = score[j]! + (c.atLineStart ? 1 : 0);
      prev[i] = j;
    }
    const held = champion.get(c.number);
    if (held === undefined || better(i, held)) champion.set(c.number, i);
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || best[i]! > best[end]! || (best[i] === best[end] && score[i]! > score[end]!)) end = i;
  const chain = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]!) chain.add(i);
  const chosen: HeadingCandidate[] = [];
  const duplicates: HeadingCandidate[] = [];
  const outOfOrder: HeadingCandidate[] = [];
  const taken = new Set<number>();
  for (const i of chain) taken.add(candidates[i]!.number);
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (chain.has(i)) chosen.push(c);
    else if (taken.has(c.number)) duplicates.push(c);
    else {
      outOfOrder.push(c);
      taken.add(c.number);
    }
  }
  return { chosen, duplicates, outOfOrder };
}

const SUBSECTION = /^[ \t#*>]*\(([一二三四五六七八九十]{1,3})\)[ \t]*([^\n]*)$/gmu;
// In text whose line breaks were lost: "（一）…" after a sentence end or at the start.
const INLINE_SUBSECTION = /(?<=^|[。；;!！?？\s])\(([一二三四五六七八九十]{1,3})\)[ \t]*([^\n。:;；]{0,40})/gu;
const CN_DIGITS = '一二三四五六七八九';

function chineseNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN_DIGITS.indexOf(s[1]!) + 1;
  if (s.endsWith('十')) return (CN_DIGITS.indexOf(s[0]!) + 1) * 10;
  if (s.length === 3) return (CN_DIGITS.indexOf(s[0]!) + 1) * 10 + CN_DIGITS.indexOf(s[2]!) + 1;
  return CN_DIGITS.indexOf(s) + 1;
}

/**
 * Finds the "（一）…" subsections of a prose section between `start` and `end`. The title runs to the
 * first "。" or ":" (or the end of the line), at most 40 characters.
 *
 * @example
 * findSubsections('(一) 主动公开方面。认真…', 0, 14)[0].title; // '(一) 主动公开方面'
 */
export function findSubsections(text: string, start: number, end: number): Subsection[] {
  const region = text.slice(start, end);
  const subs: Subsection[] = [];
  const flat = region.length > 200 && region.indexOf('\n', region.search(/\S/u)) < 0;
  for (const m of region.matchAll(flat ? INLINE_SUBSECTION : SUBSECTION)) {
    const at = start + m.index + m[0].indexOf('(');
    const rest = m[2]!;
    const stop = /[。:;；*]/u.exec(rest);
    let titleLen = m[0].length - m[0].indexOf('(') - rest.length + (stop ? stop.index : rest.length);
    titleLen = Math.min(titleLen, 40);
    const title = text.slice(at, at + titleLen).trimEnd();
    subs.push({ number: chineseNumber(m[1]!), title, titleSpan: { start: at, end: at + title.length }, span: { start: at, end } });
  }
  for (let i = 0; i + 1 < subs.length; i++) subs[i]!.span.end = subs[i + 1]!.span.start;
  return subs;
}
