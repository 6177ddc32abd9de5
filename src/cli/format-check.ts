import { lineIndex } from '../io/line-index.js';
import type { Message } from '../index.js';
import { messageZh } from '../messages/zh.js';
import { cellsText } from './cell-text.js';
import type { Loaded } from './load-report.js';

/** One line of a file's check report, before alignment. */
interface Entry {
  where: string;
  severity: string;
  code: string;
  message: string;
  cells?: string;
}

/**
 * A file's check report and its counts.
 *
 * @example
 * const report = parseReport(readFileSync('corpus/t2021-damaged.txt', 'utf8'));
 * const loaded: Loaded = { report, text: readFileSync('corpus/t2021-damaged.txt', 'utf8'), encoding: 'utf-8', confident: true };
 * const { out, errors } = checkBlock('a.txt', loaded, false);
 * errors; // → 1
 */
export interface CheckBlock {
  out: string;
  errors: number;
  warnings: number;
}

function render(title: string, entries: Entry[]): string {
  const w = Math.max(...entries.map((e) => e.where.length));
  const c = Math.max(...entries.map((e) => e.code.length));
  const indent = ' '.repeat(2 + w + 2 + 7 + 2 + c + 2);
  let out = `${title}\n`;
  for (const e of entries) {
    out += `  ${e.where.padEnd(w)}  ${e.severity.padEnd(7)}  ${e.code.padEnd(c)}  ${e.message}\n`;
    if (e.cells) out += `${indent}cells: ${e.cells}\n`;
  }
  return out + '\n';
}

/**
 * The `check` report of one file: its errors and warnings (info messages left out), each with
 * line:column of its span in the decoded text (of a .docx or PDF: in the text read from it;
 * `@offset` when that text is unknown; '-' when the message has no span), its code, message and
 * the cells involved. Empty when the file has nothing to show.
 *
 * @example
 * const report = parseReport(readFileSync('corpus/t2021-damaged.txt', 'utf8'));
 * const loaded: Loaded = { report, text: readFileSync('corpus/t2021-damaged.txt', 'utf8'), encoding: 'utf-8', confident: true };
 * checkBlock('a.txt', loaded, false).out;
 * // → 'a.txt  (template 2021 · 滢川县交通运输局 · 2021 · utf-8)\n  73:9  error    check-failed  Table 4, row "行政复议": 3 ≠ 4 …\n'
 */
export function checkBlock(name: string, loaded: Loaded, quiet: boolean, lang: 'zh' | 'en' = 'en'): CheckBlock {
  const { report, text } = loaded;
  const at = text === null ? null : lineIndex(text);
  const shown: Message[] = report.messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
  const entries: Entry[] = [];
  if (!loaded.confident && loaded.encoding !== null) {
    entries.push({ where: '-', severity: 'warning', code: 'encoding-uncertain', message: `Decoded as ${loaded.encoding}, but that is a guess: check the text.` });
  }
  for (const m of shown) {
    let where = '-';
    if (m.span) {
      if (at) {
        const p = at(m.span.start);
        where = `${p.line}:${p.column}`;
      } else where = `@${m.span.start}`;
    }
    entries.push({ where, severity: m.severity, code: m.code, message: lang === 'zh' ? messageZh(m) : m.message, ...(m.cells?.length ? { cells: cellsText(report, m.cells) } : {}) });
  }
  const errors = entries.filter((e) => e.severity === 'error').length;
  const warnings = entries.length - errors;
  const visible = quiet ? entries.filter((e) => e.severity === 'error') : entries;
  if (visible.length === 0) return { out: '', errors, warnings };
  // A .docx or PDF has no encoding: its line:column are those of the text read from it.
  const decoded = loaded.encoding ?? (text === null ? null : 'line:column in the extracted text');
  const about = [`template ${report.template}`, report.metadata.body?.value, report.metadata.year?.value, decoded].filter((x) => x !== undefined && x !== null);
  return { out: render(`${name}  (${about.join(' · ')})`, visible), errors, warnings };
}

/**
 * The `check` report of an input that could not be read or parsed: one error.
 *
 * @example
 * failedBlock('gone.txt', 'no such file or folder').out; // → 'gone.txt\n  -  error    input-unreadable  no such file or folder\n\n'
 */
export function failedBlock(name: string, reason: string): CheckBlock {
  return { out: render(name, [{ where: '-', severity: 'error', code: 'input-unreadable', message: reason }]), errors: 1, warnings: 0 };
}
