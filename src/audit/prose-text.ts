import { foldChars } from '../normalise/fold-chars.js';
import type { Report } from '../report.js';
import type { Span } from '../types.js';
import { tableExtents } from './table-extent.js';

/** A section's piece of the prose text. */
export interface ProseSection {
  /** The section key (`overview`, `problems`, …). */
  key: string;
  /** Offsets in {@link ProseText.text}. */
  start: number;
  end: number;
}

/**
 * A report's prose: the text of its six sections without its tables (and, for HTML, without tags),
 * with characters folded (full-width digits and brackets to ASCII), and the map back to the text
 * the report was parsed from.
 */
export interface ProseText {
  text: string;
  /** `map[i]` is the offset in the report's text of `text[i]`; `map[text.length]` the end. */
  map: Int32Array;
  sections: ProseSection[];
}

const BLOCK_TAG = /^(?:p|div|br|tr|td|th|li|ul|ol|h[1-6]|table|tbody|thead|section|article|blockquote|pre)$/iu;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", emsp: ' ', ensp: ' ', ldquo: '“', rdquo: '”', middot: '·' };

/** Appends `text[start, end)` to the parts, dropping tags (a block tag becomes a line break) and decoding entities. */
function pushHtml(text: string, start: number, end: number, chars: string[], map: number[]): void {
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch === '<') {
      const close = text.indexOf('>', i + 1);
      if (close < 0 || close >= end) break;
      const name = /^<\/?\s*([a-zA-Z0-9]+)/u.exec(text.slice(i, Math.min(close + 1, i + 20)));
      if (name && BLOCK_TAG.test(name[1]!)) {
        chars.push('\n');
        map.push(i);
      }
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/u.exec(text.slice(i, i + 12));
      if (m) {
        const name = m[1]!;
        const decoded = name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name.toLowerCase()];
        if (decoded !== undefined) {
          chars.push(decoded.length === 1 ? decoded : ' ');
          map.push(i);
          i += m[0].length;
          continue;
        }
      }
    }
    chars.push(ch);
    map.push(i);
    i++;
  }
}

/**
 * The prose of a report: every section's text with the tables' extents cut out (see
 * {@link tableExtents}); HTML tags are dropped and entities decoded. Spans found in it map back
 * through `map`.
 *
 * @example
 * const prose = proseText(report, text);
 * prose.text.slice(prose.sections[0].start, prose.sections[0].end); // '一、总体情况 2021年，…'
 */
export function proseText(report: Report, text: string): ProseText {
  const holes = tableExtents(report);
  const html = report.input.kind === 'html';
  const chars: string[] = [];
  const map: number[] = [];
  const sections: ProseSection[] = [];
  const pushPlain = (s: number, e: number) => {
    for (let i = s; i < e; i++) {
      chars.push(text[i]!);
      map.push(i);
    }
  };
  for (const section of report.sections) {
    const start = chars.length;
    let at = section.span.start;
    const end = Math.min(section.span.end, text.length);
    for (const hole of holes) {
      if (hole.end <= at || hole.start >= end) continue;
      if (hole.start > at) (html ? pushHtml(text, at, hole.start, chars, map) : pushPlain(at, hole.start));
      chars.push('\n');
      map.push(hole.start);
      at = Math.max(at, hole.end);
    }
    if (at < end) (html ? pushHtml(text, at, end, chars, map) : pushPlain(at, end));
    sections.push({ key: section.key, start, end: chars.length });
    chars.push('\n');
    map.push(end);
  }
  const joined = chars.join('');
  const folded = foldChars(joined);
  const out = new Int32Array(folded.text.length + 1);
  for (let i = 0; i < folded.text.length; i++) out[i] = map[folded.map === null ? i : folded.map[i]!] ?? text.length;
  out[folded.text.length] = text.length;
  if (folded.map !== null) {
    // Section offsets move with the fold: find each boundary's new place.
    const back = new Int32Array(joined.length + 1).fill(-1);
    for (let i = folded.text.length; i >= 0; i--) back[folded.map[i]!] = i;
    for (let j = joined.length - 1; j >= 0; j--) if (back[j]! < 0) back[j] = back[j + 1]!;
    for (const s of sections) {
      s.start = back[s.start]!;
      s.end = back[s.end]!;
    }
  }
  return { text: folded.text, map: out, sections };
}

/**
 * The span in the report's text of `[start, end)` in the prose.
 *
 * @example
 * spanOf(prose, 10, 14); // { start: 230, end: 234 }
 */
export function spanOf(prose: ProseText, start: number, end: number): Span {
  const s = prose.map[start]!;
  const last = prose.map[Math.max(start, end - 1)]!;
  return { start: s, end: Math.max(s, last + 1) };
}
