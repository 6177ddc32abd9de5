import { MappedBuilder } from '../../normalise/offset-map.js';
import { layoutLine, type LaidLine } from './layout.js';

/**
 * Tables whose columns are set by a rule of dashes or equals signs (`----- ------`): pandoc's simple
 * and multiline tables, reStructuredText's simple tables, tabulate's `simple` and `rst`. Each run of
 * the rule is a column; a word belongs to the column its first character stands in.
 */

// A rule: two or more runs of "-" or "=" separated by spaces, nothing else.
const COLUMN_RULE = /^ *(?:-{2,}|={2,})(?: +(?:-{2,}|={2,}))+ *$/u;

interface Rule {
  line: number;
  /** Display columns where each run starts. */
  starts: number[];
}

const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x3000 || c === 9;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function ruleOf(text: string, line: LaidLine, index: number): Rule | null {
  const s = text.slice(line.start, line.end);
  if (!COLUMN_RULE.test(s)) return null;
  const starts: number[] = [];
  for (let x = 0; x < line.at.length; x++) {
    const c = text.charCodeAt(line.at[x]!);
    if ((c === 45 || c === 61) && (x === 0 || isSpace(text.charCodeAt(line.at[x - 1]!)))) starts.push(x);
  }
  return { line: index, starts };
}

const sameRule = (a: Rule, b: Rule) => a.starts.length === b.starts.length && a.starts.every((x, i) => x === b.starts[i]);

/** The words of a laid-out line, each with the display column it starts at. */
function wordsOf(text: string, line: LaidLine): Array<{ x: number; start: number; end: number }> {
  const out: Array<{ x: number; start: number; end: number }> = [];
  let x = 0;
  while (x < line.at.length) {
    const o = line.at[x]!;
    if (isSpace(text.charCodeAt(o))) { x++; continue; }
    const startX = x;
    let end = o;
    while (x < line.at.length && !isSpace(text.charCodeAt(line.at[x]!))) {
      const p = line.at[x]!;
      end = p + (text.codePointAt(p)! > 0xffff ? 2 : 1);
      x++;
    }
    out.push({ x: startX, start: o, end });
  }
  return out;
}

/**
 * Rewrites the tables set by column rules in `text` (`lines`: the [start, end) of every line) as one
 * line of tab-separated cells per row: a row is a line, or, in a table whose rows are separated by
 * blank lines (pandoc's multiline tables), the lines between blank lines, their cells' text joined.
 * Returns null when there is no such table.
 *
 * @example
 * readRuledColumns('----- -----\n规章  0\n----- -----')?.text; // '规章\t0'
 */
export function readRuledColumns(text: string): { text: string; map: Int32Array } | null {
  if (!/(?:--|==) +(?:--|==)/u.test(text)) return null;
  const lines: Array<[number, number]> = [];
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push([pos, nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl]);
    pos = nl + 1;
  }
  const out = new MappedBuilder(text.length);
  let copied = 0;
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const [s, e] = lines[i]!;
    if (e - s < 5 || !COLUMN_RULE.test(text.slice(s, e))) continue;
    const open = ruleOf(text, layoutLine(text, s, e, 'terminal'), i);
    if (!open) continue;
    // The table runs to the last rule with the same columns, before two blank lines in a row.
    let close = -1;
    let blanks = 0;
    for (let k = i + 1; k < lines.length && blanks < 2; k++) {
      const [a, b] = lines[k]!;
      if (text.slice(a, b).trim().length === 0) { blanks++; continue; }
      blanks = 0;
      const r = COLUMN_RULE.test(text.slice(a, b)) ? ruleOf(text, layoutLine(text, a, b, 'terminal'), k) : null;
      if (r && sameRule(r, open)) close = k;
    }
    if (close < 0) continue;
    const body: number[] = [];
    for (let k = i + 1; k < close; k++) {
      const [a, b] = lines[k]!;
      if (COLUMN_RULE.test(text.slice(a, b))) body.push(-1);
      else body.push(text.slice(a, b).trim().length === 0 ? -2 : k);
    }
    // Rows: lines, or groups of lines between blank lines when the table has blank lines inside.
    const multiline = body.some((k, j) => k === -2 && j > 0 && j < body.length - 1 && body[j - 1]! >= 0 && body.slice(j + 1).some((x) => x >= 0));
    const rows: number[][] = [];
    let group: number[] = [];
    for (const k of body) {
      if (k >= 0) {
        if (multiline) group.push(k);
        else rows.push([k]);
      } else if (group.length > 0) {
        rows.push(group);
        group = [];
      }
    }
    if (group.length > 0) rows.push(group);
    if (rows.length === 0) continue;
    out.pushRun(text.slice(copied, lines[i]![0]), copied);
    let first = true;
    for (const row of rows) {
      const cells: Array<Array<{ start: number; end: number }>> = open.starts.map(() => []);
      for (const k of row) {
        const laid = layoutLine(text, lines[k]![0], lines[k]![1], 'terminal');
        for (const w of wordsOf(text, laid)) {
          let c = 0;
          while (c + 1 < open.starts.length && open.starts[c + 1]! <= w.x) c++;
          cells[c]!.push(w);
        }
      }
      if (!first) out.push('\n', lines[row[0]!]![0]);
      first = false;
      cells.forEach((words, c) => {
        if (c > 0) out.push('\t', words[0]?.start ?? lines[row[0]!]![0]);
        // reStructuredText writes an empty first cell as a lone backslash.
        if (words.length === 1 && words[0]!.end - words[0]!.start === 1 && text.charCodeAt(words[0]!.start) === 92) return;
        words.forEach((w, j) => {
          if (j > 0 && isAsciiAlnum(text.charCodeAt(words[j - 1]!.end - 1)) && isAsciiAlnum(text.charCodeAt(w.start))) out.push(' ', w.start);
          out.pushRun(text.slice(w.start, w.end), w.start);
        });
      });
    }
    copied = lines[close]![1];
    tables++;
    i = close;
  }
  if (tables === 0) return null;
  out.pushRun(text.slice(copied), copied);
  return out.finish(text.length);
}
