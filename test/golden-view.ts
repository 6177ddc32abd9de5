// The reviewable view of a golden: what a person checks when a parser change moves a corpus report —
// the template, the metadata, the sections, each table as a grid of values (rows and columns in the
// template's order, from the template definition), and the messages by code with the cells they name.
// Spans and the messages' prose stay in the JSON golden beside it.
import { TEMPLATES, type CellValue, type Message, type Report, type TableDef, type TableRecord } from '../src/index.js';

/** How a cell that is not a plain number is shown; `*` follows a value a warning or error names. */
export const VIEW_LEGEND = '· blank   / dash   ? ambiguous   ~ absent   !raw invalid   * named by a warning or error';

type TableKey = 't2' | 't3' | 't4';
const TABLE_KEYS: readonly TableKey[] = ['t2', 't3', 't4'];

/** A report as the view a person reviews (see the legend it starts with). */
export function goldenView(name: string, report: Report): string {
  const out: string[] = [`${name} · template ${report.template} · ${report.input.kind}, ${report.input.length} characters`, VIEW_LEGEND, ''];
  const m = report.metadata;
  out.push(`title  ${m.title?.value ?? '(none)'}`, `body   ${m.body?.value ?? '(none)'}`, `year   ${m.year?.value ?? '(none)'}`);
  if (m.publisher) out.push(`publisher  ${m.publisher.value}`);
  if (m.published) out.push(`published  ${m.published.value}`);
  for (const v of m.bodyNameVariants) out.push(`variant  ${v.text} → ${v.normalised}`);
  if (m.templateEvidence.length > 0) out.push(`evidence  ${m.templateEvidence.join(' | ')}`);
  out.push('', 'sections');
  if (report.sections.length === 0) out.push('  (none)');
  for (const s of report.sections) {
    const subs = s.subsections.map((x) => x.title.slice(0, 12)).join(' | ');
    out.push(`  ${s.number} ${s.title}${subs ? `  [${subs}]` : ''}`);
  }
  const marked = markedCells(report.messages);
  for (const key of TABLE_KEYS) {
    const table = report.tables[key] as TableRecord | null;
    out.push('', ...(table ? tableGrid(key, table, marked) : [`${key}  (not read)`]));
  }
  out.push('', ...messageLines(report.messages, report.tables));
  return `${out.join('\n')}\n`;
}

/** The definition a table was read with, found by the template id the table carries. */
function tableDef(key: TableKey, template: string): TableDef {
  const def = TEMPLATES.find((t) => t.id === template);
  if (!def) throw new Error(`goldenView: no template definition with id ${template}`);
  return def.tables[key];
}

function tableGrid(key: TableKey, table: TableRecord, marked: Set<string>): string[] {
  const def = tableDef(key, table.template);
  const rowWidth = Math.max(...def.rows.map((r) => r.key.length));
  const widths = def.columns.map((c) => Math.max(c.key.length, 6));
  const pad = (s: string, w: number) => ' '.repeat(Math.max(1, w - s.length + 1)) + s;
  const lines = [`${key} · template ${table.template}`, `  ${''.padEnd(rowWidth)}${def.columns.map((c, i) => pad(c.key, widths[i]!)).join('')}`];
  for (const row of def.rows) {
    const record = (table.rows as Record<string, { cells: Record<string, CellValue> } | null>)[row.key];
    if (!record && (row.extra || row.substitutesFor)) continue;
    const label = `  ${row.key.padEnd(rowWidth)}`;
    if (!record) {
      lines.push(`${label}  (not found)  ${row.label}`);
      continue;
    }
    const cells = def.columns.map((c, i) => {
      const cell = record.cells[c.key];
      const text = cell ? cellText(cell) + (marked.has(`${def.number}.${row.key}.${c.key}`) ? '*' : '') : '';
      return pad(text, widths[i]!);
    });
    lines.push(`${label}${cells.join('').trimEnd()}  ${row.label}`);
  }
  for (const extra of table.extraRows) {
    lines.push(`  + ${extra.reason} ${extra.key ?? '-'} ${extra.label || '(no label)'}: ${extra.values.map(cellText).join(' ')}`);
  }
  return lines;
}

/** One cell as the grid shows it: the number, or the mark of its status (see {@link VIEW_LEGEND}). */
function cellText(cell: CellValue): string {
  switch (cell.status) {
    case 'number':
      return String(cell.value);
    case 'blank':
      return '·';
    case 'dash':
      return '/';
    case 'ambiguous':
      return '?';
    case 'absent':
      return '~';
    case 'invalid':
      return `!${cell.raw ?? ''}`;
  }
}

function markedCells(messages: Message[]): Set<string> {
  const marked = new Set<string>();
  for (const m of messages) {
    if (m.severity === 'info') continue;
    for (const c of m.cells ?? []) marked.add(`${c.table}.${c.row}.${c.column}`);
  }
  return marked;
}

/** Messages by code (in order of first appearance), with a count, and each message's rule and cells. */
function messageLines(messages: Message[], tables: Report['tables']): string[] {
  const byCode = new Map<string, Message[]>();
  for (const m of messages) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m]);
  const lines = [`messages (${messages.length})`];
  for (const [code, list] of byCode) {
    lines.push(`  ${list[0]!.severity.padEnd(7)} ${code} ×${list.length}`);
    for (const m of list) {
      if (!m.cells && !m.rule) {
        if (m.severity !== 'info') lines.push(`      ${m.message}`);
        continue;
      }
      const rows = cellList(m.cells ?? [], tables);
      if (rows.length <= 1) lines.push(`      ${m.rule ? `${m.rule}: ` : ''}${rows.join('')}`);
      else lines.push(`      ${m.rule ?? 'cells'}:`, ...rows.map((r) => `        ${r}`));
    }
  }
  return lines;
}

/** Cells by row, one entry a row: `t3.total.*` for the whole row, else `t3.total.naturalPerson,commercial` in column order. */
function cellList(cells: NonNullable<Message['cells']>, tables: Report['tables']): string[] {
  const byRow = new Map<string, Set<string>>();
  for (const c of cells) {
    const row = `${c.table}.${c.row}`;
    byRow.set(row, (byRow.get(row) ?? new Set()).add(c.column));
  }
  return [...byRow].map(([row, columns]) => {
    const [table, key] = row.split('.') as [string, string];
    const record = tables[`t${table}` as TableKey] as TableRecord | null;
    const all = record ? rowColumns(tableDef(`t${table}` as TableKey, record.template), key) : [];
    const whole = all.length === columns.size && all.every((c) => columns.has(c));
    const ordered = [...all.filter((c) => columns.has(c)), ...[...columns].filter((c) => !all.includes(c))];
    return `t${row}.${whole ? '*' : ordered.join(',')}`;
  });
}

function rowColumns(def: TableDef, rowKey: string): readonly string[] {
  const row = def.rows.find((r) => r.key === rowKey);
  return row?.columns ?? def.columns.map((c) => c.key);
}
