/**
 * The page: paste or drop a report; see its metadata, sections, tables (as in the official template,
 * failed checks highlighted) and messages; download JSON and CSV. Everything runs here, in the browser.
 */
import { parseReport, type DecodingFacts, type Report } from '../../src/index.ts';
import sample from '../../corpus/seed-luohe-2021.txt?raw';
import { auditDroppedFiles, auditSection, type AuditState } from './audit-view.ts';
import { makeContext, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { downloadCsv, downloadJson } from './downloads.ts';
import { readDroppedFile } from './files.ts';
import { codeText, colon, ui, type Lang, type UiKey } from './i18n.ts';
import { appendMessages, outlineSection, summarySection, tablesSections, type SourceInfo } from './report-view.ts';
import { selectSpan } from './textarea.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const area = $<HTMLTextAreaElement>('input');
const reportPane = $('report');
const messagesList = $('messages');
const statusLine = $('status');

const LANG_KEY = 'ogi-report-page-lang';
let lang: Lang = 'zh';
try {
  lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
} catch {
  // Storage may be off for file:// pages: Chinese, then.
}

interface State {
  report: Report | null;
  source: SourceInfo;
  /** A PDF's or Word file's report, kept while the text area still shows what its reader gave. */
  fileReport: { text: string; report: Report } | null;
  ctx: ViewContext | null;
  /** Several files dropped at once: their audit, shown instead of one report. */
  audit: AuditState | null;
  /** How a text file was decoded, kept while the text area still shows what the decoder gave. */
  decoded: { text: string; facts: DecodingFacts } | null;
}
const state: State = { report: null, source: { kind: 'text', fileName: null, edited: false }, fileReport: null, ctx: null, audit: null, decoded: null };

function setStatus(key: UiKey | null, extra = '', problem = false) {
  statusLine.textContent = key ? ui(lang, key) + extra : extra;
  statusLine.hidden = !key && !extra;
  statusLine.classList.toggle('problem', problem || (key !== null && /Unavailable|docOld|otherFile|readFailed/u.test(key)));
}

/** Static words of the page (`data-i18n`, `data-i18n-placeholder`, `data-i18n-title`). */
function translatePage() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = ui(lang, 'pageTitle');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = ui(lang, el.dataset.i18n as UiKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) el.setAttribute('placeholder', ui(lang, el.dataset.i18nPlaceholder as UiKey));
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = ui(lang, el.dataset.i18nTitle as UiKey);
}

let renders = 0;

function render() {
  // Counted for the tests: a new report is on the page when this grows.
  document.body.dataset.renders = String(++renders);
  translatePage();
  const report = state.report;
  reportPane.replaceChildren();
  messagesList.replaceChildren();
  document.body.classList.toggle('has-report', report !== null);
  for (const id of ['download-json', 'download-csv']) $<HTMLButtonElement>(id).disabled = report === null;
  $('message-count').textContent = report ? `（${report.messages.length}）` : '';
  if (state.audit && !report) {
    state.ctx = null;
    reportPane.append(auditSection(state.audit, lang));
    return;
  }
  if (!report) {
    state.ctx = null;
    reportPane.append(h('p', { class: 'muted empty' }, ui(lang, 'empty')));
    return;
  }
  const ctx = makeContext(lang, report, area.value);
  state.ctx = ctx;
  reportPane.append(summarySection(ctx, state.source), outlineSection(ctx), ...tablesSections(ctx));
  appendMessages(messagesList, ctx);
  $('printed-at').textContent = `${ui(lang, 'printedAt')}${colon(lang)}${new Date().toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}`;
}

/** Reads the text area again: a file's own report while its text is untouched, else parseReport. */
function update() {
  const text = area.value;
  if (text.trim() !== '') state.audit = null;
  if (state.fileReport && state.fileReport.text === text) {
    // Also when the reader gave no text (a scanned or encrypted PDF): its messages say why.
    state.report = state.fileReport.report;
  } else if (text.trim() === '') {
    state.report = null;
    state.fileReport = null;
    state.source = { kind: 'text', fileName: null, edited: false };
  } else {
    if (state.fileReport) {
      state.fileReport = null;
      state.source = { ...state.source, edited: true };
    }
    // A file's extension says what its text is (a .txt starting with a tag is still text); pasted text is detected.
    state.report = parseReport(text, {
      ...(state.source.format ? { format: state.source.format } : {}),
      ...(state.decoded?.text === text ? { decoded: state.decoded.facts } : {}),
    });
    if (state.source.kind === 'text' || state.source.kind === 'html') state.source.kind = state.report.input.kind;
  }
  render();
}

let timer: ReturnType<typeof setTimeout> | undefined;
area.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
});

/** Shows a text in the text area (as the area keeps it: line ends become \n) and reads it. */
function show(text: string, source: SourceInfo, fileReport: Report | null) {
  area.value = text;
  area.scrollTop = 0;
  area.scrollLeft = 0;
  // Spans point into the text the reader made; the text area must hold exactly that text.
  state.fileReport = fileReport && area.value === text ? { text, report: fileReport } : null;
  state.source = source;
  update();
}

/** The format a file name gives: .txt/.md/.text are text, .html/.htm HTML; anything else is detected. */
function formatOf(fileName: string): { format?: 'text' | 'html' } {
  const ext = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (['txt', 'text', 'md', 'markdown'].includes(ext)) return { format: 'text' };
  if (['html', 'htm', 'xhtml', 'shtml'].includes(ext)) return { format: 'html' };
  return {};
}

/** Several files at once: audited together, the findings by body and year. */
async function loadFiles(files: File[]) {
  if (files.length === 1) return loadFile(files[0]!);
  setStatus('reading');
  try {
    const audit = await auditDroppedFiles(files, (key) => setStatus(key));
    setStatus(null);
    area.value = '';
    state.fileReport = null;
    state.report = null;
    state.audit = audit;
    render();
  } catch (e) {
    console.error(e);
    setStatus('readFailed', e instanceof Error ? e.message : String(e));
  }
}

async function loadFile(file: File) {
  setStatus('reading');
  try {
    const r = await readDroppedFile(file, (key) => setStatus(key));
    if (r.kind === 'unavailable') {
      setStatus(null, `${r.fileName}${colon(lang)}${ui(lang, r.reason)}`, true);
      return;
    }
    if (r.kind === 'text' && r.text.trim() === '') {
      // An empty file: say so (the text area stays as it was).
      setStatus(null, `${r.fileName}${colon(lang)}${ui(lang, 'fileEmpty')}`, true);
      return;
    }
    setStatus(null);
    state.decoded = r.kind === 'text' ? { text: r.text, facts: { encoding: r.encoding, replaced: r.replaced, replacedAt: r.replacedAt } } : null;
    if (r.kind === 'text') show(r.text, { kind: 'text', fileName: r.fileName, encoding: r.encoding, confident: r.confident, edited: false, ...formatOf(r.fileName) }, null);
    else {
      show(r.text, { kind: r.kind, fileName: r.fileName, pages: r.pages, edited: false }, r.report);
      // A file its reader could not read (scanned, encrypted, damaged): say so at the top too.
      const problem = r.report.messages.find((m) => m.severity === 'error' && /^(?:pdf|docx)-/u.test(m.code));
      if (problem) setStatus(null, `${r.fileName}${colon(lang)}${codeText(lang, problem.code, problem.message)}`, true);
    }
  } catch (e) {
    console.error(e);
    setStatus('readFailed', e instanceof Error ? e.message : String(e));
  }
}

// Files: the chooser, dropping anywhere on the page, pasting a file.
const fileInput = $<HTMLInputElement>('file');
fileInput.addEventListener('change', () => {
  const files = [...(fileInput.files ?? [])];
  if (files.length > 0) void loadFiles(files);
  fileInput.value = '';
});
let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dragging');
});
window.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const files = [...(e.dataTransfer?.files ?? [])];
  if (files.length === 0) return;
  e.preventDefault();
  void loadFiles(files);
});
area.addEventListener('paste', (e) => {
  const f = e.clipboardData?.files[0];
  if (!f) return;
  e.preventDefault();
  void loadFile(f);
});

// Finding things in the text: a cell, a section, a value, a message.
function clearFocus() {
  for (const el of document.querySelectorAll('.focus')) el.classList.remove('focus');
}

function focusMessage(index: number) {
  const report = state.report;
  const m = report?.messages[index];
  if (!m) return;
  clearFocus();
  for (const el of messagesList.querySelectorAll(`[data-message="${index}"]`)) el.classList.add('focus');
  const cells = (m.cells ?? []).map((c) => reportPane.querySelector<HTMLElement>(`[data-cell="${c.table}:${c.row}:${c.column}"]`)).filter((x): x is HTMLElement => x !== null);
  for (const c of cells) c.classList.add('focus');
  cells[0]?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const span = m.span ?? cells.map((c) => spanOf(c)).find((s) => s !== null) ?? null;
  if (span) selectSpan(area, span);
}

function spanOf(el: HTMLElement): { start: number; end: number } | null {
  if (el.dataset.start === undefined || el.dataset.end === undefined) return null;
  return { start: Number(el.dataset.start), end: Number(el.dataset.end) };
}

function activate(target: HTMLElement) {
  const msg = target.closest<HTMLElement>('[data-message]');
  if (msg) {
    focusMessage(Number(msg.dataset.message));
    return;
  }
  const el = target.closest<HTMLElement>('[data-start]');
  if (!el) return;
  clearFocus();
  el.classList.add('focus');
  for (const i of (el.dataset.messages ?? '').split(' ').filter(Boolean)) {
    for (const m of messagesList.querySelectorAll(`[data-message="${i}"]`)) m.classList.add('focus');
  }
  const span = spanOf(el);
  if (span) selectSpan(area, span);
}

for (const pane of [reportPane, messagesList]) {
  pane.addEventListener('click', (e) => activate(e.target as HTMLElement));
  pane.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).matches('td[data-start]')) {
      e.preventDefault();
      activate(e.target as HTMLElement);
    }
  });
}

// Buttons.
$('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not kept: fine.
  }
  render();
});
$('sample').addEventListener('click', () => show(sample, { kind: 'text', fileName: 'seed-luohe-2021.txt', edited: false }, null));
$('clear').addEventListener('click', () => {
  setStatus(null);
  state.audit = null;
  show('', { kind: 'text', fileName: null, edited: false }, null);
  area.focus();
});
$('print').addEventListener('click', () => window.print());
$('download-json').addEventListener('click', () => state.report && downloadJson(state.report, state.source, lang));
$('download-csv').addEventListener('click', () => state.report && downloadCsv(state.report, state.source, lang));

setStatus(null);
if (area.value.trim()) update();
else render();
document.body.classList.add('ready');
