import type { TableDef } from '../../templates/types.js';
import type { Cell } from '../cells.js';
import { namesBlockAt } from '../blocks.js';
import { labelIndex } from '../label-index.js';

// A run of digits (spaces inside are certain cell boundaries; a decimal part is kept), optionally a unit.
// A sign inside a run starts a signed cell (2019 本年增/减: "312+271506").
const RUN = /[0-9][0-9 ]*(?:[+-][0-9][0-9 ]*)?(?:\.[0-9]+)?(?:万元|元)?/gu;
const NUMBERED_END = /(?:[0-9]{1,2}|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3})\s*[.、]?\s*$/u;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

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
  const labels = labelIndex(table).targets
    .map((t) => ({ t, c: compact(t.label.replace(/^\s*(?:[0-9]{1,2}\s*[.、]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/u, '')) }))
    .filter((x) => x.c.length >= 2);
  const out: Cell[] = [];
  let line = 0;
  const pushText = (from: number, to: number) => {
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
    for (const x of labels) {
      if (x.t.type !== 'group' && x.t.type !== 'column') continue;
      if (x.t.type === 'column' && table.number !== 4) continue;
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
    let last = -1;
    for (const f of found) {
      if (f.at < last) continue;
      out.push({ text: text.slice(f.at, f.end), start: f.at, end: f.end, kind: 'text', line, lineCells: 2, explicit: false });
      last = f.end;
    }
    if (best) out.push({ text: text.slice(labelStart, to).trim(), start: labelStart, end: labelStart + text.slice(labelStart, to).trimEnd().length, kind: 'text', line, lineCells: 2, explicit: false });
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
    // The next label's item number: "…3252.没有…" → the run is "325", the label "2.没有…".
    const after = text.slice(runStart + runText.length, runStart + runText.length + 2);
    if (/^[.、][^0-9]/u.test(after) && /[0-9]$/u.test(runText) && !runText.includes('.')) {
      // Template item numbers are one digit (1–8).
      runText = runText.slice(0, -1);
      if (runText.trim().length === 0) continue;
    }
    pushText(pos, runStart);
    out.push({ text: runText, start: runStart, end: runStart + runText.length, kind: 'run', line, lineCells: 2, explicit: true });
    pos = runStart + runText.length;
    line++;
    RUN.lastIndex = pos - start;
  }
  pushText(pos, end);
  return out;
}
