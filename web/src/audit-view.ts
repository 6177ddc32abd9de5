/**
 * Several files dropped at once: they are read as one report each, audited together (auditReports:
 * years of one body, prose against tables, copied text) and the findings shown by body and year.
 * No DOM outside `auditSection`: the reading and grouping are plain functions.
 */
import { parseReport, type AuditInput, type Finding } from '../../src/index.ts';
import { h } from './dom.ts';
import { loadLazy, readDroppedFile } from './files.ts';
import type { Lang, UiKey } from './i18n.ts';

const WORDS = {
  zh: {
    heading: '多份报告审查',
    lede: '已读取 {n} 份报告，按发布机关和年度比对：相邻年度的结转数、正文与表格、报告之间的雷同文字。',
    none: '没有发现问题。',
    counts: '错误 {e} 项，警告 {w} 项，说明 {i} 项',
    acrossBodies: '涉及多个机关或未能归属的报告',
    files: '已读取的文件',
    unreadable: '无法读取',
    noBody: '（未读出机关）',
    sevError: '错误',
    sevWarning: '警告',
    sevInfo: '说明',
    back: '返回单份报告',
  },
  en: {
    heading: 'Audit of several reports',
    lede: '{n} reports read and compared by body and year: carry-over between consecutive years, prose against tables, text shared between reports.',
    none: 'Nothing found.',
    counts: '{e} errors, {w} warnings, {i} notes',
    acrossBodies: 'Findings across bodies, or about reports of no known body',
    files: 'Files read',
    unreadable: 'could not be read',
    noBody: '(no body read)',
    sevError: 'Error',
    sevWarning: 'Warning',
    sevInfo: 'Note',
    back: 'Back to one report',
  },
} as const;

type Word = keyof (typeof WORDS)['zh'];
const word = (lang: Lang, key: Word, vars: Record<string, string | number> = {}) => WORDS[lang][key].replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k] ?? ''));

/** What the audit of dropped files gives: the findings, and each file with its body and year (or why it was not read). */
export interface AuditState {
  findings: Finding[];
  files: Array<{ name: string; body: string | null; year: number | null; problem: UiKey | null }>;
}

/**
 * Reads every dropped file (text, HTML, PDF, Word) into a report and audits them together.
 *
 * @example
 * const state = await auditDroppedFiles([...input.files], (key) => setStatus(key));
 */
export async function auditDroppedFiles(files: File[], status: (key: UiKey) => void): Promise<AuditState> {
  const inputs: AuditInput[] = [];
  const listed: AuditState['files'] = [];
  for (const file of files) {
    const r = await readDroppedFile(file, status);
    if (r.kind === 'unavailable') {
      listed.push({ name: file.name, body: null, year: null, problem: r.reason });
      continue;
    }
    const report = r.kind === 'text' ? parseReport(r.text) : r.report;
    inputs.push({ file: file.name, report, text: r.text });
    listed.push({ name: file.name, body: report.metadata.body?.value ?? null, year: report.metadata.year?.value ?? null, problem: null });
  }
  // The audit's code is loaded only now (it is not in the page's initial script).
  const api = await loadLazy('audit');
  if (!api) throw new Error('the audit could not be loaded');
  return { findings: api.auditReports(inputs).findings, files: listed };
}

const yearsText = (years: number[]) => (years.length === 0 ? '–' : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`);

/** Findings grouped by body (in the audit's order), then by their years. */
export function groupFindings(findings: readonly Finding[]): Array<{ body: string | null; years: Array<{ years: string; findings: Finding[] }> }> {
  const out: Array<{ body: string | null; years: Array<{ years: string; findings: Finding[] }> }> = [];
  for (const f of findings) {
    let g = out.find((x) => x.body === f.body);
    if (!g) out.push((g = { body: f.body, years: [] }));
    const y = yearsText(f.years);
    let yg = g.years.find((x) => x.years === y);
    if (!yg) g.years.push((yg = { years: y, findings: [] }));
    yg.findings.push(f);
  }
  return out;
}

/**
 * The audit's section of the page: a summary, the findings by body and year (Chinese or English),
 * and every file with the body and year read from it.
 *
 * @example
 * reportPane.replaceChildren(auditSection(state, 'zh'));
 */
export function auditSection(state: AuditState, lang: Lang): HTMLElement {
  const count = (s: Finding['severity']) => state.findings.filter((f) => f.severity === s).length;
  const sev = (s: Finding['severity']) => word(lang, s === 'error' ? 'sevError' : s === 'warning' ? 'sevWarning' : 'sevInfo');
  const section = h(
    'section',
    { class: 'audit', 'data-findings': state.findings.length },
    h('h2', {}, `${word(lang, 'heading')}（${state.files.length}）`),
    h('p', { class: 'hint' }, word(lang, 'lede', { n: state.files.length })),
    h('p', { class: 'audit-counts' }, state.findings.length === 0 ? word(lang, 'none') : word(lang, 'counts', { e: count('error'), w: count('warning'), i: count('info') })),
  );
  for (const g of groupFindings(state.findings)) {
    section.append(h('h3', {}, g.body ?? word(lang, 'acrossBodies')));
    for (const y of g.years) {
      section.append(
        h('h4', {}, y.years),
        h(
          'ol',
          { class: 'audit-findings' },
          ...y.findings.map((f) =>
            h(
              'li',
              { class: `msg sev-${f.severity}`, 'data-kind': f.kind },
              h('span', { class: 'sev' }, sev(f.severity)),
              h('span', { class: 'code' }, f.kind),
              h('span', { class: 'title' }, lang === 'zh' ? f.messageZh : f.message),
            ),
          ),
        ),
      );
    }
  }
  section.append(
    h('h3', {}, word(lang, 'files')),
    h(
      'ul',
      { class: 'audit-files' },
      ...state.files.map((f) => h('li', {}, `${f.name} — ${f.problem ? word(lang, 'unreadable') : `${f.body ?? word(lang, 'noBody')} ${f.year ?? ''}`}`)),
    ),
  );
  return section;
}
