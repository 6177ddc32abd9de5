import { TAIWAN_PHRASES } from './data/taiwan-phrases.js';

let patterns: { global: RegExp; sticky: RegExp; longest: number } | null = null;
const mainland = new Map<string, string>();
/** The code units a phrase writes differently from its mainland form (资, 讯, 档, 案, 专 …): a converted character that is none of them starts no search. */
const differing = new Set<number>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One pattern of every phrase, longest first; a phrase without context only between non-Han characters. */
function getPatterns(): { global: RegExp; sticky: RegExp; longest: number } {
  if (patterns !== null) return patterns;
  let longest = 1;
  const alternatives = TAIWAN_PHRASES.map(([key, value, alone]) => {
    mainland.set(key, value);
    longest = Math.max(longest, key.length);
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== value.charCodeAt(i)) differing.add(key.charCodeAt(i));
    return alone ? `(?<!\\p{Script=Han})${escape(key)}(?!\\p{Script=Han})` : escape(key);
  });
  const source = alternatives.join('|');
  patterns = { global: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy'), longest };
  return patterns;
}

/** The phrases found: by one scan of the whole text, or, near the given offsets, by trying each position there. */
function findPhrases(text: string, near: readonly number[] | null): RegExpExecArray[] {
  const { global, sticky, longest } = getPatterns();
  const found: RegExpExecArray[] = [];
  if (near === null) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) found.push(m);
    return found;
  }
  // A phrase that holds the character at offset p (one it writes differently) starts within
  // `longest - 1` before it.
  const at = near.filter((p) => differing.has(text.charCodeAt(p)));
  let from = 0;
  for (let k = 0; k < at.length; ) {
    const start = Math.max(from, at[k]! - longest + 1);
    let end = at[k]! + 1;
    // Offsets close together make one window.
    while (k + 1 < at.length && at[k + 1]! - longest + 1 <= end) end = at[++k]! + 1;
    k++;
    for (let q = start; q < end && q < text.length; q++) {
      sticky.lastIndex = q;
      const m = sticky.exec(text);
      if (m === null) continue;
      found.push(m);
      q += m[0].length - 1;
      from = q + 1;
    }
    from = Math.max(from, end);
  }
  return found;
}

/**
 * Rewrites the phrases of the templates' labels, titles and headings that Taiwan usage writes
 * differently (规范性档案 → 规范性文件, 政府资讯公开 → 政府信息公开, 资料专案 → 数据项目), as they read
 * once converted to simplified characters. Only these phrases, with the label's own characters around
 * them, are rewritten: 档案馆 and 人事档案 keep their words. Every phrase keeps its length, so offsets
 * stay valid. The table is generated from the template definitions (scripts/gen-taiwan-phrases.mjs).
 *
 * `near`, the offsets of the characters the traditional → simplified conversion changed, limits the
 * search to phrases whose Taiwan-usage characters (资讯, 档案, 专案 …) were converted: a phrase written in
 * simplified characters is not Taiwan usage, and a mostly simplified text is not read again. Without it,
 * the whole text is searched.
 *
 * @example
 * fromTaiwanPhrases('本年新收政府资讯公开申请数量').text; // '本年新收政府信息公开申请数量'
 * fromTaiwanPhrases('人事档案').count; // 0
 */
export function fromTaiwanPhrases(text: string, near: readonly number[] | null = null): { text: string; count: number } {
  const found = findPhrases(text, near);
  if (found.length === 0) return { text, count: 0 };
  const parts: string[] = [];
  let copied = 0;
  for (const m of found) {
    parts.push(text.slice(copied, m.index), mainland.get(m[0])!);
    copied = m.index + m[0].length;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), count: found.length };
}
