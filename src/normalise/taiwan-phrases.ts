import { TAIWAN_PHRASES } from './data/taiwan-phrases.js';

let pattern: RegExp | null = null;
const mainland = new Map<string, string>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One pattern of every phrase, longest first; a phrase without context only between non-Han characters. */
function getPattern(): RegExp {
  if (pattern !== null) return pattern;
  const alternatives = TAIWAN_PHRASES.map(([key, value, alone]) => {
    mainland.set(key, value);
    return alone ? `(?<!\\p{Script=Han})${escape(key)}(?!\\p{Script=Han})` : escape(key);
  });
  pattern = new RegExp(alternatives.join('|'), 'gu');
  return pattern;
}

/**
 * Rewrites the phrases of the templates' labels, titles and headings that Taiwan usage writes
 * differently (规范性档案 → 规范性文件, 政府资讯公开 → 政府信息公开, 资料专案 → 数据项目), as they read
 * once converted to simplified characters. Only these phrases, with the label's own characters around
 * them, are rewritten: 档案馆 and 人事档案 keep their words. Every phrase keeps its length, so offsets
 * stay valid. The table is generated from the template definitions (scripts/gen-taiwan-phrases.mjs).
 *
 * @example
 * fromTaiwanPhrases('本年新收政府资讯公开申请数量').text; // '本年新收政府信息公开申请数量'
 * fromTaiwanPhrases('人事档案').count; // 0
 */
export function fromTaiwanPhrases(text: string): { text: string; count: number } {
  const re = getPattern();
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return { text, count: 0 };
  const parts: string[] = [];
  let copied = 0;
  let count = 0;
  for (; m !== null; m = re.exec(text)) {
    parts.push(text.slice(copied, m.index), mainland.get(m[0])!);
    copied = m.index + m[0].length;
    count++;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), count };
}
