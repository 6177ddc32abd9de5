import type { Finding } from '../index.js';
import { csvRow } from '../io/csv.js';

/** The columns of `audit --format csv`: one row per finding and file. */
export const FINDING_CSV_COLUMNS = ['finding', 'kind', 'severity', 'body', 'years', 'file', 'share', 'spanStart', 'spanEnd', 'message', 'messageZh'] as const;

/**
 * The findings as JSON lines, one finding per line.
 *
 * @example
 * findingsJsonl([]); // → ''
 */
export function findingsJsonl(findings: readonly Finding[]): string {
  return findings.map((f) => JSON.stringify(f) + '\n').join('');
}

/**
 * The findings as CSV (RFC 4180, header row): one row per finding and file it involves, numbered by
 * finding, with that file's share (similar-text) and first span; `years` joined by ';'.
 *
 * @example
 * findingsCsv([]).split('\r\n')[0]; // → 'finding,kind,severity,body,years,file,share,spanStart,spanEnd,message,messageZh'
 */
export function findingsCsv(findings: readonly Finding[]): string {
  let out = csvRow(FINDING_CSV_COLUMNS);
  findings.forEach((f, n) => {
    f.files.forEach((file, i) => {
      const span = f.spans.find((s) => s.file === file)?.span ?? f.cells.find((c) => c.file === file && c.span)?.span ?? null;
      out += csvRow([n + 1, f.kind, f.severity, f.body, f.years.join(';'), file, f.share?.[i], span?.start, span?.end, f.message, f.messageZh]);
    });
  });
  return out;
}

const SEVERITY_WORD = { zh: { error: '错误', warning: '警告', info: '说明' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

/**
 * The findings for people: by body, each with its years, severity, kind and message (Chinese or
 * English), then a summary line.
 *
 * @example
 * findingsText([], 24, 'zh'); // → '共审查24份报告：错误0项，警告0项，说明0项。\n'
 */
export function findingsText(findings: readonly Finding[], reports: number, lang: 'zh' | 'en'): string {
  let out = '';
  let body: string | null | undefined;
  for (const f of findings) {
    if (f.body !== body) {
      body = f.body;
      out += `${out ? '\n' : ''}${body ?? (lang === 'zh' ? '（涉及多个机关或未能归属）' : '(several bodies, or none)')}\n`;
    }
    const years = f.years.length === 0 ? '-' : f.years.length === 1 ? String(f.years[0]) : `${f.years[0]}–${f.years[f.years.length - 1]}`;
    out += `  ${years.padEnd(9)}  ${SEVERITY_WORD[lang][f.severity].padEnd(lang === 'zh' ? 2 : 7)}  ${f.kind}  ${lang === 'zh' ? f.messageZh : f.message}\n`;
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  out += out ? '\n' : '';
  out +=
    lang === 'zh'
      ? `共审查${reports}份报告：错误${e}项，警告${w}项，说明${i}项。\n`
      : `${reports} report${reports === 1 ? '' : 's'} audited: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}.\n`;
  return out;
}
