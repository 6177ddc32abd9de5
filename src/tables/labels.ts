/** A label split into its numbering ('三', '(三)', '1') and its comparable core text. */
export interface LabelParts {
  numbering: string | null;
  core: string;
}

const NUMBERING = /^\s*(?:([一二三四五六七八九十]{1,3})\s*[、.,:]|\(\s*([一二三四五六七八九十]{1,3})\s*\)|(\d{1,2})\s*(?:[.,、)]|(?=[^\d.,%万元件个])))\s*/u;
// Everything that is not a letter or a number: punctuation, symbols, spaces.
const NOISE = /[^\p{L}\p{N}]+/gu;
const TRAILING_NOTE = /^(.+?)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?\s*$/u;

/**
 * Splits a label into numbering and core: the numbering prefix is removed, a trailing
 * parenthesised note is dropped, and punctuation and spaces are removed from the rest.
 *
 * @example
 * labelParts('(二) 部分公开(区分处理的,只计这一情形,不计其他情形)'); // { numbering: '(二)', core: '部分公开' }
 * labelParts('3.危及“三安全一稳定”'); // { numbering: '3', core: '危及三安全一稳定' }
 */
export function labelParts(label: string): LabelParts {
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
      const note = TRAILING_NOTE.exec(text);
      if (note) text = note[1]!;
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
