import { cacheKey } from '../cache-key.js';

/** A label split into its numbering ('三', '(三)', '1') and its comparable core text. */
export interface LabelParts {
  numbering: string | null;
  core: string;
}

const NUMBERING = /^\s*(?:([一二三四五六七八九十]{1,3})\s*[、.,:]|\(\s*([一二三四五六七八九十]{1,3})\s*\)|(\d{1,2})\s*(?:[.,、)]|(?=[^\d.,%万元件个])))\s*/u;
// Everything that is not a letter or a number: punctuation, symbols, spaces.
const NOISE = /[^\p{L}\p{N}]+/gu;
// What follows the "(" of a trailing note: text with balanced (one level) parentheses, maybe the
// closing ")" and white space. (`\)?\s*$` after `[^()]*` is `(?:\)\s*)?$`: white space is never a parenthesis.)
const NOTE_TAIL = /^[^()]*(?:\([^()]*\)[^()]*)*(?:\)\s*)?$/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;
const WHITE_SPACE = /\s/u;

/**
 * The label before a trailing parenthesised note: group 1 of the leftmost match of
 * `/^(.+?)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?\s*$/u`, found by trying each "(" in turn (that regex
 * takes quadratic time on a long label of white space).
 */
export function beforeTrailingNote(text: string): string | null {
  // `.` stops at a line terminator: the label part cannot run past the first one.
  const lineEnd = text.search(LINE_TERMINATOR);
  for (let k = text.indexOf('(', 1); k >= 0; k = text.indexOf('(', k + 1)) {
    let p = k;
    while (p > 1 && WHITE_SPACE.test(text[p - 1]!)) p--;
    if (lineEnd >= 0 && p > lineEnd) return null;
    if (NOTE_TAIL.test(text.slice(k + 1))) return text.slice(0, p);
  }
  return null;
}

const partsCache = new Map<string, LabelParts>();
const MAX_CACHED = 4096;
const MAX_CACHED_LENGTH = 200;

/**
 * Splits a label into numbering and core: the numbering prefix is removed, a trailing
 * parenthesised note is dropped, and punctuation and spaces are removed from the rest.
 *
 * @example
 * labelParts('(二) 部分公开(区分处理的,只计这一情形,不计其他情形)'); // { numbering: '(二)', core: '部分公开' }
 * labelParts('3.危及“三安全一稳定”'); // { numbering: '3', core: '危及三安全一稳定' }
 */
export function labelParts(label: string): LabelParts {
  // Labels repeat from report to report: the parts are remembered (a bounded cache; callers only read them).
  let parts = partsCache.get(label);
  if (parts === undefined) {
    if (label.length > MAX_CACHED_LENGTH) return computeLabelParts(label);
    // Kept, the key and the parts cut from it must not hold on to the report the label was cut from.
    const key = cacheKey(label);
    parts = computeLabelParts(key);
    if (partsCache.size >= MAX_CACHED) partsCache.clear();
    partsCache.set(key, parts);
  }
  return parts;
}

function computeLabelParts(label: string): LabelParts {
  let text = label;
  let numbering: string | null = null;
  const m = NUMBERING.exec(text);
  if (m && m[0].length < text.length) {
    numbering = m[1] ?? (m[2] ? `(${m[2]})` : (m[3] ?? null));
    text = text.slice(m[0].length);
  }
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
  else {
    const open = text.indexOf('(');
    if (open > 0) {
      const note = beforeTrailingNote(text);
      if (note !== null) text = note;
    }
  }
  return { numbering, core: text.replace(NOISE, '') };
}

/**
 * Similarity of two strings in [0, 1]: twice the longest common subsequence over the total length.
 * Tolerates dropped, added and changed characters ("其他法律行政止公开" ~ "其他法律行政法规禁止公开").
 *
 * @example
 * similarity('社会公益', '社会公益组织'); // 0.8
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return (2 * prev[m]!) / (n + m);
}
