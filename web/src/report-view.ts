/** The report's overview (metadata, template, checks), its sections as an outline, and the messages list. */
import type { Located, Message, Span } from '../../src/index.ts';
import { SECTION_DEFS } from '../../src/segment/section-titles.ts';
import { failedCheckText, placeText, tableDef, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { codeText, colon, ui, type UiKey } from './i18n.ts';
import { appendPaged } from './paged.ts';
import { tableSection } from './tables.ts';

/** A button that selects a span of the text. */
function spanButton(ctx: ViewContext, span: Span | null | undefined, text: string, cls = 'link'): HTMLElement {
  if (!span) return h('span', {}, text);
  return h('button', { type: 'button', class: cls, 'data-start': span.start, 'data-end': span.end, title: placeText(ctx, span.start) }, text);
}

function located<T>(ctx: ViewContext, v: Located<T> | null | undefined): HTMLElement {
  if (!v) return h('span', { class: 'muted' }, ui(ctx.lang, 'notFound'));
  return spanButton(ctx, v.span, String(v.value));
}

const TEMPLATE_KEY: Record<string, UiKey> = { '2021': 'template2021', '2019': 'template2019', mixed: 'templateMixed', unsupported: 'templateUnsupported' };

export interface SourceInfo {
  kind: 'text' | 'html' | 'pdf' | 'docx';
  fileName: string | null;
  encoding?: string;
  confident?: boolean;
  pages?: number;
  edited: boolean;
  /** How a file's text is read, by its extension (.txt: text; .html: HTML); none: detected. */
  format?: 'text' | 'html';
}

function sourceText(ctx: ViewContext, src: SourceInfo): string {
  const kind = ui(ctx.lang, src.kind === 'pdf' ? 'kindPdf' : src.kind === 'docx' ? 'kindDocx' : src.kind === 'html' ? 'kindHtml' : src.fileName ? 'kindTextFile' : 'kindText');
  const parts = [src.fileName, kind, src.encoding, src.encoding && src.confident === false ? ui(ctx.lang, 'encodingUnsure') : null, src.pages ? `${src.pages} ${ctx.lang === 'zh' ? '页' : 'pages'}` : null];
  return parts.filter(Boolean).join(' · ') + (src.edited ? ` ${ui(ctx.lang, 'edited')}` : '');
}

/** The overview: what the report says about itself, its template, and how its checks went. */
export function summarySection(ctx: ViewContext, src: SourceInfo): HTMLElement {
  const md = ctx.report.metadata;
  const dl = h('dl', { class: 'meta' });
  const row = (key: UiKey, value: Node | string) => dl.append(h('dt', {}, ui(ctx.lang, key)), h('dd', {}, value));
  row('fTitle', located(ctx, md.title));
  row('fBody', located(ctx, md.body));
  row('fYear', located(ctx, md.year));
  row('fTemplate', h('span', { class: `template t-${ctx.report.template}` }, ui(ctx.lang, TEMPLATE_KEY[ctx.report.template] ?? 'templateUnsupported')));
  if (md.publisher) row('fPublisher', located(ctx, md.publisher));
  if (md.published) row('fPublished', located(ctx, md.published));
  if (md.bodyNameVariants.length) {
    const seen = new Set<string>();
    const variants = md.bodyNameVariants.filter((v) => !seen.has(v.text) && seen.add(v.text));
    row('fVariants', h('span', {}, ...variants.flatMap((v, i) => [i ? '；' : '', spanButton(ctx, v.span, `${v.text} → ${v.normalised}`)])));
  }
  if (md.templateEvidence.length) row('fEvidence', h('span', { class: 'evidence' }, md.templateEvidence.join('；')));
  row('fSource', sourceText(ctx, src));

  const failed = ctx.report.messages.filter((m) => m.code === 'check-failed').length;
  const notAssessable = ctx.report.messages.filter((m) => m.code === 'check-not-assessable').length;
  const anyTable = ctx.report.tables.t3 || ctx.report.tables.t4;
  const badges = h('p', { class: 'badges' });
  if (!anyTable) badges.append(h('span', { class: 'badge muted' }, ui(ctx.lang, 'checksNone')));
  else if (failed === 0) badges.append(h('span', { class: 'badge ok', id: 'checks-badge' }, `✓ ${ui(ctx.lang, 'checksOk')}`));
  else badges.append(h('a', { class: 'badge bad', id: 'checks-badge', href: '#messages' }, `✗ ${failed} ${ui(ctx.lang, 'checksFailed')}`));
  if (notAssessable) badges.append(h('span', { class: 'badge warn' }, `${notAssessable} ${ui(ctx.lang, 'notAssessable')}`));
  const counts = (['error', 'warning', 'info'] as const).map((s) => [s, ctx.report.messages.filter((m) => m.severity === s).length] as const);
  for (const [s, n] of counts) if (n) badges.append(h('span', { class: `badge sev-${s}` }, `${ui(ctx.lang, s === 'error' ? 'sevError' : s === 'warning' ? 'sevWarning' : 'sevInfo')} ${n}`));

  return h('section', { id: 'summary' }, h('h2', {}, ui(ctx.lang, 'summaryHeading')), dl, badges);
}

/** The six sections in template order, each with its subsections; a missing one says so. */
export function outlineSection(ctx: ViewContext): HTMLElement {
  const ol = h('ol', { class: 'outline' });
  for (const d of SECTION_DEFS) {
    const s = ctx.report.sections.find((x) => x.number === d.number);
    if (!s) {
      ol.append(h('li', { class: 'missing' }, `${d.numeral}、${d.title}`, h('span', { class: 'muted' }, `（${ui(ctx.lang, 'sectionMissing')}）`)));
      continue;
    }
    const li = h('li', {}, spanButton(ctx, s.titleSpan, s.title));
    if (s.subsections.length) li.append(h('ol', {}, ...s.subsections.map((sub) => h('li', {}, spanButton(ctx, sub.titleSpan, sub.title)))));
    ol.append(li);
  }
  return h('section', { id: 'outline' }, h('h2', {}, ui(ctx.lang, 'outlineHeading')), ol);
}

export function tablesSections(ctx: ViewContext): HTMLElement[] {
  return ([2, 3, 4] as const).map((n) => tableSection(ctx, n, tableDef(ctx.report, n)));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; within each, in text order. */
export function sortedMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.span?.start ?? -1) - (b.span?.start ?? -1));
}

/**
 * All messages, into the messages list, a page at a time; each one a button that selects its place
 * in the text (and its cells in the tables).
 */
export function appendMessages(list: HTMLElement, ctx: ViewContext): void {
  if (ctx.report.messages.length === 0) {
    list.append(h('li', { class: 'muted' }, ui(ctx.lang, 'noMessages')));
    return;
  }
  const sorted = sortedMessages(ctx.report.messages);
  appendPaged(list, sorted.length, (i) => messageItem(ctx, sorted[i]!), (n, left) => ui(ctx.lang, 'showMore', { n, left }));
}

function messageItem(ctx: ViewContext, m: Message): HTMLElement {
  const sev = ui(ctx.lang, m.severity === 'error' ? 'sevError' : m.severity === 'warning' ? 'sevWarning' : 'sevInfo');
  const title = codeText(ctx.lang, m.code, m.message);
  const detail: Array<Node | string> = [];
  if (m.code === 'check-failed') {
    const f = failedCheckText(ctx, m);
    const t = m.cells?.[0]?.table ?? 0;
    const table = ctx.lang === 'zh' ? `表${'〇一二三四'[t] ?? ''}` : `Table ${t} `;
    detail.push(h('span', { class: 'plain' }, `${table}${f.line}`), h('span', { class: 'rule' }, `${ui(ctx.lang, 'ruleLabel')}${colon(ctx.lang)}${f.rule}`));
  }
  detail.push(h('span', { class: 'lib', lang: 'en' }, m.message));
  const place = m.span ? placeText(ctx, m.span.start) : m.cells?.length ? '→ ' + (ctx.lang === 'zh' ? '见表格' : 'see the table') : '';
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: `msg sev-${m.severity}`, 'data-message': ctx.index.get(m), 'data-code': m.code },
      h('span', { class: 'sev' }, sev),
      h('span', { class: 'code' }, m.code),
      h('span', { class: 'title' }, title),
      ...detail,
      place ? h('span', { class: 'place' }, place) : null,
    ),
  );
}
