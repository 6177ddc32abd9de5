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

/** The prose as it is built: pieces of text and, for each character, its offset in the report's text. */
class Builder {
  parts: string[] = [];
  map: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.map = new Int32Array(capacity + 16);
  }
  private room(n: number) {
    if (this.length + n <= this.map.length) return;
    const bigger = new Int32Array(Math.max(this.map.length * 2, this.length + n + 16));
    bigger.set(this.map);
    this.map = bigger;
  }
  /** One character read at `at`. */
  char(ch: string, at: number) {
    this.room(1);
    this.parts.push(ch);
    this.map[this.length++] = at;
  }
  /** `text[start, end)` as is. */
  slice(text: string, start: number, end: number) {
    this.room(end - start);
    this.parts.push(text.slice(start, end));
    for (let i = start; i < end; i++) this.map[this.length++] = i;
  }
}

/** Appends `text[start, end)`, dropping tags (a block tag becomes a line break) and decoding entities. */
function pushHtml(text: string, start: number, end: number, out: Builder): void {
  let i = start;
  let run = start;
  const flush = (to: number) => {
    if (to > run) out.slice(text, run, to);
  };
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (ch === 60 /* < */) {
      const close = text.indexOf('>', i + 1);
      if (close < 0 || close >= end) break;
      flush(i);
      const name = /^<\/?\s*([a-zA-Z0-9]+)/u.exec(text.slice(i, Math.min(close + 1, i + 20)));
      if (name && BLOCK_TAG.test(name[1]!)) out.char('\n', i);
      i = close + 1;
      run = i;
      continue;
    }
    if (ch === 38 /* & */) {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/u.exec(text.slice(i, i + 12));
      if (m) {
        const name = m[1]!;
        const decoded = name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name.toLowerCase()];
        if (decoded !== undefined) {
          flush(i);
          out.char(decoded.length === 1 ? decoded : ' ', i);
          i += m[0].length;
          run = i;
          continue;
        }
      }
    }
    i++;
  }
  flush(Math.min(i, end));
}

/**
 * The prose of a report: every section's text with the tables' extents cut out (see
 * {@link tableExtents}); HTML tags are dropped and entities decoded. Spans found in it map back
 * through `map`.
 *
 * @example
 * const prose = proseText(report, text);
 * prose.text.slice(prose.sections[0].start, prose.sections[0].start + 6); // → '一、总体情况'
 */
export function proseText(report: Report, text: string): ProseText {
  const holes = tableExtents(report);
  const html = report.input.kind === 'html';
  const out = new Builder(Math.min(text.length, 1 << 20));
  const sections: ProseSection[] = [];
  const push = (s: number, e: number) => (html ? pushHtml(text, s, e, out) : out.slice(text, s, e));
  for (const section of report.sections) {
    const start = out.length;
    let at = section.span.start;
    const end = Math.min(section.span.end, text.length);
    for (const hole of holes) {
      if (hole.end <= at || hole.start >= end) continue;
      if (hole.start > at) push(at, hole.start);
      out.char('\n', hole.start);
      at = Math.max(at, hole.end);
    }
    if (at < end) push(at, end);
    sections.push({ key: section.key, start, end: out.length });
    out.char('\n', end);
  }
  const joined = out.parts.join('');
  const map = out.map;
  const folded = foldChars(joined);
  let result: Int32Array;
  if (folded.map === null) {
    result = new Int32Array(joined.length + 1);
    result.set(map.subarray(0, joined.length));
  } else {
    result = new Int32Array(folded.text.length + 1);
    for (let i = 0; i < folded.text.length; i++) result[i] = map[folded.map[i]!] ?? text.length;
    // Section offsets move with the fold: find each boundary's new place.
    const back = new Int32Array(joined.length + 1).fill(-1);
    for (let i = folded.text.length; i >= 0; i--) back[folded.map[i]!] = i;
    for (let j = joined.length - 1; j >= 0; j--) if (back[j]! < 0) back[j] = back[j + 1]!;
    for (const s of sections) {
      s.start = back[s.start]!;
      s.end = back[s.end]!;
    }
  }
  result[folded.text.length] = text.length;
  const out2 = result;
  return { text: folded.text, map: out2, sections };
}

/**
 * The span in the report's text of `[start, end)` in the prose.
 *
 * @example
 * const prose = proseText(report, text);
 * text.slice(spanOf(prose, prose.sections[0].start, prose.sections[0].start + 6).start, spanOf(prose, prose.sections[0].start, prose.sections[0].start + 6).end); // → '一、总体情况'
 */
export function spanOf(prose: ProseText, start: number, end: number): Span {
  const s = prose.map[start]!;
  const last = prose.map[Math.max(start, end - 1)]!;
  return { start: s, end: Math.max(s, last + 1) };
}
