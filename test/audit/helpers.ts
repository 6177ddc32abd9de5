import { readdirSync, readFileSync } from 'node:fs';
import { parseReport, type AuditInput } from '../../src/index.js';

/** The invented multi-year reports of corpus/audit/ (scripts/audit-corpus.mjs), by file name. */
export const AUDIT_FILES = readdirSync('corpus/audit').filter((f) => f.endsWith('.txt')).sort();

export const auditText = (file: string) => readFileSync(`corpus/audit/${file}`, 'utf8');

/** An audit input from a file of corpus/audit, its text changed by `edit` first. */
export function input(file: string, edit: (text: string) => string = (t) => t, name = file): AuditInput {
  const text = edit(auditText(file));
  return { file: name, report: parseReport(text), text };
}

export const LANXI = AUDIT_FILES.filter((f) => f.startsWith('lanxi-'));

/** Replaces `from` in a text, failing loudly when it is not there exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the text exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The text of section 五 (after its heading, up to 六's heading). */
export function sectionFive(text: string): string {
  return text.slice(text.indexOf('五、存在的主要问题及改进情况') + '五、存在的主要问题及改进情况'.length, text.indexOf('六、其他需要报告的事项'));
}
