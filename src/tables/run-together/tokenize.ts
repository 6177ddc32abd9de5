import type { TableDef } from '../../templates/types.js';
import type { Cell } from '../cells.js';
import { namesBlockAt } from '../blocks.js';
import { labelIndex, type Target } from '../label-index.js';
import { afterLastSentence, isProseNumber } from '../prose.js';

// A run of digits (spaces inside are certain cell boundaries; a decimal part is kept), optionally a unit.
// A sign inside a run starts a signed cell (2019 本年增/减: "312+271506").
// A counter between digits ("1个246900元") is a cell boundary; a sign may be written as a word ("16减12").
// Dashes between spaces ("规章 / / /") are cells of their own: a "/" inside a label (本年增/减) is not.
const RUN = /[0-9][0-9 ]*(?:[个件项条次](?=[0-9])[0-9][0-9 ]*)*(?:[+\-增减][0-9][0-9 ]*)?(?:\.[0-9]+)?(?:万元|元)?|(?<= )(?:\/|—{1,2}|-{1,2})(?: (?:\/|—{1,2}|-{1,2}))*(?= |$)/gu;
const NUMBERED_END = /(?:[0-9]{1,2}|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3})\s*[.、]?\s*$/u;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

interface CompactLabel {
  t: Target;
  /** The label without its numbering, letters and digits only. */
  c: string;
}
const labelsCache = new WeakMap<TableDef, { labels: CompactLabel[]; scanned: CompactLabel[] }>();

/**
 * A table's labels in compact form (built once per table): every label, and those looked for inside
 * the text before a row label — group labels, table 4's column labels, and row labels (a row printed
 * with no value: "行政强制第二十条第(八)项…") but not short ones that are words of longer labels (其他).
 */
function labelsOf(table: TableDef): { labels: CompactLabel[]; scanned: CompactLabel[] } {
  let found = labelsCache.get(table);
  if (found) return found;
  const labels = labelIndex(table)
    .targets.map((t) => ({ t, c: compact(t.label.replace(/^\s*(?:[0-9]{1,2}\s*[.、]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/u, '')) }))
    .filter((x) => x.c.length >= 2);
  const scanned = labels.filter((x) => x.t.type === 'group' || (x.t.type === 'column' && table.number === 4) || (x.t.type === 'row' && x.c.length >= 4 && table.number !== 4));
  labelsCache.set(table, (found = { labels, scanned }));
  return found;
}

/**
 * Re-reads a region whose cells ran together into cells: each digit run becomes one `run` cell
 * (a single number where it can only be one), and the text between runs becomes label cells — the
 * template label the text ends with, preceded by any group or block labels it contains — so that
 * the ordinary row assembly can match them. A digit that is the next label's item number
 * ("…3252.没有…": the "2" of "2.没有") is left with the label.
 *
 * @example
 * const text = '一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000';
 * tokenizeRunTogether(TEMPLATE_2021.tables.t3, text, 0, text.length).map((c) => c.text);
 * // → ['一、本年新收政府信息公开申请数量', '230 000023', '二、上年结转政府信息公开申请数量', '0000000']
 */
export function tokenizeRunTogether(table: TableDef, text: string, start: number, end: number): Cell[] {
  const { labels, scanned } = labelsOf(table);
  const out: Cell[] = [];
  let line = 0;
  const pushText = (from0: number, to: number) => {
    // A sentence before the labels ("2024年,共收到政府信息公开申请3条。") is prose: the labels start after it.
    const from = afterLastSentence(text, from0, to);
    const chunk = text.slice(from, to);
    if (chunk.trim().length === 0) return;
    const cc = compact(chunk);
    // The row label the chunk ends with (longest match), and group/block labels inside it.
    let best: { c: string; at: number } | null = null;
    for (const x of labels) {
      if (x.t.type !== 'row' && x.t.type !== 'group') continue;
      if (cc.endsWith(x.c) && (best === null || x.c.length > best.c.length)) best = { c: x.c, at: cc.length - x.c.length };
    }
    // Map the compact position back to the chunk.
    let labelStart = from;
    if (best) {
      let k = 0;
      for (let i = 0; i < chunk.length; i++) {
        if (/[\p{L}\p{N}]/u.test(chunk[i]!)) {
          if (k === best.at) {
            labelStart = from + i;
            break;
          }
          k++;
        }
      }
      const num = NUMBERED_END.exec(text.slice(Math.max(from, labelStart - 6), labelStart));
      if (num) labelStart -= num[0].length;
    }
    if (!best) labelStart = to;
    const prefix = text.slice(from, labelStart);
    const found: { at: number; end: number }[] = [];
    for (const x of prefix.length > 1 ? scanned : []) {
      let at = prefix.indexOf(x.c);
      while (at >= 0) {
        found.push({ at: from + at, end: from + at + x.c.length });
        at = prefix.indexOf(x.c, at + 1);
      }
    }
    // Table 4's block names (its rows' and groups' labels) are looked for too, where they name
    // their block ("行政复议" inside "未经行政复议…" does not).
    if (table.number === 4) {
      for (const { key, label } of [...table.rows, ...table.groups]) {
        let at = prefix.indexOf(label);
        while (at >= 0) {
          if (namesBlockAt(table, prefix, at, label, key)) found.push({ at: from + at, end: from + at + label.length });
          at = prefix.indexOf(label, at + 1);
        }
      }
    }
    found.sort((a, b) => a.at - b.at || b.end - a.end);
    // No label ends the chunk, and it ends with a line of its own (a row label beside its numbers,
    // as pypdf writes rows): that line is the row's label, damaged or reworded ("2.其他法律行政止公开"),
    // for the row matcher to read whole — not the words inside it that are labels too (其他).
    let own = -1;
    if (!best) {
      const nl = text.lastIndexOf('\n', to - 1);
      if (nl >= from && compact(text.slice(nl + 1, to)).length >= 4) own = nl + 1;
    }
    let last = -1;
    for (const f of found) {
      if (f.at < last || (own >= 0 && f.end > own)) continue;
      out.push({ text: text.slice(f.at, f.end), start: f.at, end: f.end, kind: 'text', line, lineCells: 2, explicit: false });
      last = f.end;
    }
    if (own >= 0) {
      const t = text.slice(own, to);
      const lead = t.length - t.trimStart().length;
      out.push({ text: t.trim(), start: own + lead, end: own + t.trimEnd().length, kind: 'text', line, lineCells: 2, explicit: false });
    } else if (best) out.push({ text: text.slice(labelStart, to).trim(), start: labelStart, end: labelStart + text.slice(labelStart, to).trimEnd().length, kind: 'text', line, lineCells: 2, explicit: false });
    else if (found.length === 0) out.push({ text: chunk.trim(), start: from, end: to, kind: 'text', line, lineCells: 2, explicit: false });
  };
  let pos = start;
  const region = text.slice(start, end);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(region); m !== null; m = RUN.exec(region)) {
    const runStart = start + m.index;
    let runText = m[0].trimEnd();
    // Digits glued inside a label ("第二十条", "三安全") are not values: only runs after a label end count.
    const before = text[runStart - 1] ?? '';
    if (/[第]/u.test(before)) continue;
    // A number of prose ("2024年", "主动公开信息124条,", "3条。"): a counter or a sentence mark follows it.
    if (isProseNumber(text, runStart + runText.length)) continue;
    // The next label's item number: "…3252.没有…" → the run is "325", the label "2.没有…".
    const after = text.slice(runStart + runText.length, runStart + runText.length + 2);
    if (/^[.、][^0-9]/u.test(after) && /[0-9]$/u.test(runText) && !runText.includes('.')) {
      // Template item numbers are one digit (1–8).
      runText = runText.slice(0, -1).trimEnd();
      if (runText.trim().length === 0) continue;
    }
    pushText(pos, runStart);
    const c0 = runText.charCodeAt(0);
    if (c0 < 48 || c0 > 57) {
      // Dashes: each one a cell.
      for (let k = 0; k < runText.length; ) {
        let e = runText.indexOf(' ', k);
        if (e < 0) e = runText.length;
        out.push({ text: runText.slice(k, e), start: runStart + k, end: runStart + e, kind: 'dash', line, lineCells: 2, explicit: true });
        k = e + 1;
      }
    } else out.push({ text: runText, start: runStart, end: runStart + runText.length, kind: 'run', line, lineCells: 2, explicit: true });
    pos = runStart + runText.length;
    line++;
    RUN.lastIndex = pos - start;
  }
  pushText(pos, end);
  return splitBesideDashes(out);
}

/**
 * A row that mixes dashes and numbers ("105 17 / 1 4 2 129") kept its cell boundaries: the digit runs
 * next to a dash cell are split at their spaces, each piece a cell.
 */
function splitBesideDashes(cells: Cell[]): Cell[] {
  if (!cells.some((c) => c.kind === 'dash')) return cells;
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const beside = cells[i - 1]?.kind === 'dash' || cells[i + 1]?.kind === 'dash';
    if (c.kind !== 'run' || !beside || !/^[0-9]+(?: [0-9]+)*$/u.test(c.text)) {
      out.push(c);
      continue;
    }
    for (const m of c.text.matchAll(/[0-9]+/gu)) out.push({ ...c, text: m[0], start: c.start + m.index, end: c.start + m.index + m[0].length, kind: 'number' });
  }
  return out;
}
