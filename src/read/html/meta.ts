import { DATE_RE, LABEL_RE, META_LABELS, TRADITIONAL_FORMS, normaliseLabel } from './meta-labels.js';
import { sourceEnd } from './source-span.js';
import type { HtmlMeta, MetaField } from './types.js';

/** Longest line considered as a metadata line. */
const MAX_LINE = 600;
/** Longest value of one label. */
const MAX_VALUE = 120;

interface Pair {
  label: string;
  /** Value span in the text, trimmed. */
  start: number;
  end: number;
}

/** Label/value pairs when the whole line is metadata-shaped, else null. */
function parseLine(text: string, from: number, to: number): Pair[] | null {
  if (to - from > MAX_LINE) return null;
  const line = text.slice(from, to);
  LABEL_RE.lastIndex = 0;
  const pairs: Pair[] = [];
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  let prevLabel = '';
  while ((m = LABEL_RE.exec(line)) !== null) {
    if (prevEnd < 0) {
      for (let i = 0; i < m.index; i++) if (!isEdge(line.charCodeAt(i))) return null;
    } else {
      pairs.push(trimmed(prevLabel, line, prevEnd, m.index, from));
    }
    prevLabel = normaliseLabel(m[1]!);
    prevEnd = m.index + m[0].length;
    if (m[0].length === 0) LABEL_RE.lastIndex++;
  }
  if (prevEnd < 0) return null;
  pairs.push(trimmed(prevLabel, line, prevEnd, line.length, from));
  for (const p of pairs) if (p.end - p.start > MAX_VALUE) return null;
  return pairs;
}

function trimmed(label: string, line: string, start: number, end: number, base: number): Pair {
  let s = start;
  let e = end;
  while (s < e && isEdge(line.charCodeAt(s))) s++;
  while (e > s && isEdge(line.charCodeAt(e - 1))) e--;
  return { label, start: base + s, end: base + e };
}

function isEdge(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x3010 || c === 0x3011 || c === 91 || c === 93 || c === 124 || c === 0xff5c;
}

type Kind = 0 | 1 | 2; // 0: not metadata, 1: weak candidate, 2: metadata

function classify(pairs: Pair[] | null): Kind {
  if (pairs === null) return 0;
  if (pairs.length >= 2) return 2;
  return META_LABELS.get(pairs[0]!.label)?.strong ? 2 : 1;
}

/** Result of {@link findMetadata}: metadata fields and the text ranges (whole lines) they occupy. */
export interface MetadataLines {
  meta: HtmlMeta;
  /** [start, end) ranges of `text` to drop, sorted, each a whole line with its '\n'. */
  drops: Array<[number, number]>;
}

/** A line made only of label/value pairs. */
interface MetaLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly pairs: Pair[];
  kind: Kind;
}

/** First characters of the labels: a line starting otherwise is not looked at further. */
const FIRST_CHARS: ReadonlySet<number> = new Set(
  [...META_LABELS.keys()].flatMap((label) => [label.charCodeAt(0), (TRADITIONAL_FORMS[label[0]!] ?? label).charCodeAt(0)]),
);

/**
 * Find the CMS metadata lines (索引号：… 发布机构：… 发布日期：…, or their table rows) in the rendered
 * text. A line is metadata when it consists only of label/value pairs and has a strong label or two
 * pairs; a lone weak pair ("名称：…") counts when it sits next to a metadata line.
 */
export function findMetadata(text: string, map: ArrayLike<number>, html: string): MetadataLines {
  const lines: MetaLine[] = [];
  for (let ls = 0, index = 0; ls <= text.length; index++) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (mayBeMeta(text, ls, le)) {
      const pairs = parseLine(text, ls, le);
      const kind = classify(pairs);
      if (kind !== 0) lines.push({ index, start: ls, end: le, pairs: pairs!, kind });
    }
    ls = le + 1;
  }
  promoteNeighbours(lines);
  const meta: HtmlMeta = {};
  const ranks = { publisher: Infinity, date: Infinity };
  const drops: Array<[number, number]> = [];
  for (const line of lines) {
    if (line.kind !== 2) continue;
    drops.push([line.start, Math.min(line.end + 1, text.length)]);
    for (const p of line.pairs) {
      const info = META_LABELS.get(p.label);
      if (!info?.field || p.end <= p.start || info.rank! >= ranks[info.field]) continue;
      ranks[info.field] = info.rank!;
      meta[info.field] = field(text, map, html, p, info.field === 'date');
    }
  }
  return { meta, drops };
}

/** Cheap pre-check: a short line starting with a label's first character, with a colon or tab soon after. */
function mayBeMeta(text: string, from: number, to: number): boolean {
  if (to - from < 3 || to - from > MAX_LINE) return false;
  let i = from;
  while (i < to && isEdge(text.charCodeAt(i))) i++;
  if (!FIRST_CHARS.has(text.charCodeAt(i))) return false;
  const head = Math.min(to, i + 16);
  for (; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 58 || c === 9) return true;
  }
  return false;
}

function promoteNeighbours(lines: MetaLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (b.kind === 1 && a.kind === 2 && a.index + 1 === b.index) b.kind = 2;
  }
  for (let i = lines.length - 2; i >= 0; i--) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.kind === 1 && b.kind === 2 && a.index + 1 === b.index) a.kind = 2;
  }
}

function field(text: string, map: ArrayLike<number>, html: string, p: Pair, isDate: boolean): MetaField {
  let start = p.start;
  let end = p.end;
  if (isDate) {
    const m = DATE_RE.exec(text.slice(start, end));
    if (m) {
      start += m.index;
      end = start + m[0].length;
    }
  }
  return { value: text.slice(start, end), start: map[start]!, end: sourceEnd(html, map[end - 1]!) };
}

/** The <title> text as a metadata field (null when blank). */
export function titleField(codes: Uint16Array, map: Int32Array, length: number, html: string): MetaField | null {
  if (length === 0) return null;
  const n = Math.min(length, 4096);
  return {
    value: String.fromCharCode(...codes.subarray(0, n)),
    start: map[0]!,
    end: sourceEnd(html, map[n - 1]!),
  };
}
