import { ruleOf as templateRule, tableDefOf, type CellRef, type Message, type Report, type RuleDef, type TableDef } from '../../src/index.ts';
import { lineIndex, type LineColumn } from '../../src/io/line-index.ts';
import type { PdfBox } from '../../src/records/cell-value.ts';
import { ui, type Lang } from './i18n.ts';

/** What every part of the view needs: the report, the text its spans point into, the checks by cell. */
export interface ViewContext {
  lang: Lang;
  report: Report;
  /** The text the spans point into: the text area's content. */
  text: string;
  at: (offset: number) => LineColumn;
  /** Cell key → the failed checks (`check-failed`) that involve it. */
  failed: Map<string, Message[]>;
  /** Cell key → the other messages that name it (a repaired row, an inferred position…). */
  flagged: Map<string, Message[]>;
  /** Each message's index in `report.messages`: the messages list's `data-index`. */
  index: Map<Message, number>;
}

/** '3:total:naturalPerson' */
export const cellKey = (ref: CellRef) => `${ref.table}:${ref.row}:${ref.column}`;

export function makeContext(lang: Lang, report: Report, text: string): ViewContext {
  const failed = new Map<string, Message[]>();
  const flagged = new Map<string, Message[]>();
  const index = new Map<Message, number>();
  report.messages.forEach((m, i) => {
    index.set(m, i);
    if (!m.cells || m.code === 'check-not-assessable') return;
    const into = m.code === 'check-failed' ? failed : flagged;
    for (const ref of m.cells) {
      const k = cellKey(ref);
      const list = into.get(k) ?? [];
      if (!list.includes(m)) list.push(m);
      into.set(k, list);
    }
  });
  return { lang, report, text, at: lineIndex(text), failed, flagged, index };
}

/** The definition a table of the report was read with. */
export function tableDef(report: Report, table: 2 | 3 | 4): TableDef | null {
  return tableDefOf(report, table);
}

/** The rule a check message names, from the template its table was read with. */
export function ruleOf(report: Report, m: Message): RuleDef | null {
  const table = m.cells?.[0]?.table;
  if (!table || !m.rule) return null;
  return templateRule(report, table, m.rule);
}

/** The official label of a row (table 4: its header path, 行政诉讼·复议后起诉). */
export function rowLabel(def: TableDef, key: string): string {
  const row = def.rows.find((r) => r.key === key);
  if (!row) return key;
  const group = def.number === 4 && row.group ? def.groups.find((g) => g.key === row.group) : undefined;
  return group ? `${group.label}·${row.label}` : row.label;
}

export function columnLabel(def: TableDef, key: string): string {
  return def.columns.find((c) => c.key === key)?.label ?? key;
}

/** A message's expected or actual value as text: a check's sums are numbers; anything else as JSON. */
const shown = (v: unknown): string => (v === undefined || v === null ? '?' : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

/** A failed check in plain words: where, the two sums, and the rule as the template puts it. */
export function failedCheckText(ctx: ViewContext, m: Message): { where: string; line: string; rule: string } {
  const rule = ruleOf(ctx.report, m);
  const first = m.cells?.[0];
  const def = first ? tableDef(ctx.report, first.table) : null;
  let where = '';
  if (rule && def && first) {
    where = rule.over === 'columns' ? `「${columnLabel(def, first.column)}」${ctx.lang === 'zh' ? '列' : ' column'}` : `「${rowLabel(def, first.row)}」${ctx.lang === 'zh' ? '行' : ' row'}`;
  }
  return {
    where,
    line: ui(ctx.lang, 'failedIn', { where, expected: shown(m.expected), actual: shown(m.actual) }),
    rule: rule?.description ?? m.rule ?? '',
  };
}

/** Where an offset is, as people read it: line and column, and the PDF page when there is one. */
export function placeText(ctx: ViewContext, offset: number | undefined, box?: PdfBox): string {
  if (offset === undefined) return ui(ctx.lang, 'noPlace');
  const lc = ctx.at(offset);
  const place = ui(ctx.lang, 'line', { line: lc.line, column: lc.column });
  return box ? `${place} · ${ui(ctx.lang, 'pdfPage', { page: box.page })}` : place;
}
