/**
 * Tables 2, 3 and 4 laid out as in the official template, from the template definitions (rows,
 * columns, groups, labels and their order): the 2019 and 2021 tables differ, and each table is
 * drawn with the template it was read with.
 */
import type { CellValue, ExtraRow, Message, RowDef, TableDef, TableRecord } from '../../src/index.ts';
import { cellKey, failedCheckText, placeText, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { codeText, colon, ui, type UiKey } from './i18n.ts';

type Rows = Record<string, { label: string; cells: Record<string, CellValue> } | null>;

const STATUS_KEY: Record<string, UiKey> = {
  number: 'stNumber',
  blank: 'stBlank',
  dash: 'stDash',
  invalid: 'stInvalid',
  absent: 'stAbsent',
  ambiguous: 'stAmbiguous',
};

/** How a value reads in the table: the number (signed changes with their sign), or the text as printed. */
function shown(cell: CellValue | null, kind: string | undefined): string {
  if (!cell || cell.status === 'absent') return '·';
  if (cell.status === 'ambiguous') return '?';
  if (cell.status === 'number' && cell.value !== null) return kind === 'signed' && cell.value > 0 ? `+${cell.value}` : String(cell.value);
  return (cell.raw ?? '').trim();
}

/** One value cell: its value; its text, place, status and checks on hover; a click selects it in the text. */
export function valueCell(ctx: ViewContext, table: 2 | 3 | 4, def: TableDef, row: string, column: string, cell: CellValue | null, rowLabelText: string): HTMLTableCellElement {
  const col = def.columns.find((c) => c.key === column);
  const status = cell?.status ?? 'absent';
  const key = cellKey({ table, row, column });
  const failed = ctx.failed.get(key) ?? [];
  const flagged = ctx.flagged.get(key) ?? [];
  const [gap, open, close] = ctx.lang === 'zh' ? ['　', '（', '）'] : ['   ', ' (', ')'];
  const lines = [`${col?.label ?? column} · ${rowLabelText}`];
  if (cell && cell.raw !== null) lines.push(`${ui(ctx.lang, 'raw')}${colon(ctx.lang)}“${cell.raw}”${gap}${ui(ctx.lang, 'at')}${colon(ctx.lang)}${placeText(ctx, cell.span?.start, cell.box)}`);
  if (status !== 'number') lines.push(ui(ctx.lang, STATUS_KEY[status] ?? 'stInvalid'));
  for (const m of failed) {
    const f = failedCheckText(ctx, m);
    lines.push(`✗ ${ui(ctx.lang, 'failedRule')}${colon(ctx.lang)}${f.line}${open}${f.rule}${close}`);
  }
  for (const m of flagged) lines.push(`⚠ ${codeText(ctx.lang, m.code, m.message)}`);
  if (cell?.span) lines.push(ui(ctx.lang, 'cellHint'));
  const classes = ['v', `st-${status}`, failed.length ? 'failed' : '', flagged.length ? 'flagged' : ''].filter(Boolean).join(' ');
  const td = h(
    'td',
    {
      class: classes,
      title: lines.join('\n'),
      'data-cell': key,
      'data-start': cell?.span?.start,
      'data-end': cell?.span?.end,
      'data-messages': [...failed, ...flagged].map((m) => ctx.index.get(m)).join(' ') || null,
      tabindex: cell?.span ? 0 : null,
    },
    shown(cell, col?.kind),
  );
  return td;
}

/** Table 2: one small table per caption (第二十条第（一）项…), each with its own columns, as in the template. */
function table2(ctx: ViewContext, def: TableDef, record: TableRecord): HTMLElement {
  const rows = record.rows as unknown as Rows;
  const wrap = h('div', { class: 't2-groups' });
  for (const g of def.groups) {
    const defs = def.rows.filter((r) => r.group === g.key);
    if (defs.length === 0) continue;
    const colKeys = def.columns.map((c) => c.key).filter((k) => defs.some((r) => (r.columns ?? []).includes(k)));
    const table = h('table', { class: 'tpl t2' });
    table.append(h('tr', {}, h('th', { class: 'caption', colspan: colKeys.length + 1 }, g.label)));
    table.append(h('tr', {}, h('th', { class: 'corner' }, ui(ctx.lang, 'infoContent')), ...colKeys.map((k) => h('th', {}, def.columns.find((c) => c.key === k)!.label))));
    for (const r of defs) {
      const found = rows[r.key];
      const extra = record.extraRows.find((x) => x.key === r.key && x.reason === 'extra');
      if (r.extra && !found && !extra) continue; // a provincial add-on row shows only when printed
      const cells = rowCells(r, found, extra, colKeys);
      const tr = h('tr', { class: [found || extra ? '' : 'missing', r.extra ? 'extra' : ''].join(' ').trim() || null });
      tr.append(rowHeader(ctx, r.label, found, extra, 1));
      for (const k of colKeys) {
        if (!(r.columns ?? colKeys).includes(k)) tr.append(h('td', { class: 'na' }));
        else tr.append(valueCell(ctx, 2, def, r.key, k, cells[k] ?? null, r.label));
      }
      table.append(tr);
    }
    wrap.append(table);
  }
  return wrap;
}

/** A row's cells: from the record, or from its extraRows entry (a provincial add-on row). */
function rowCells(r: RowDef, found: Rows[string] | undefined, extra: ExtraRow | undefined, colKeys: string[]): Record<string, CellValue | null> {
  if (found) return found.cells;
  const out: Record<string, CellValue | null> = {};
  if (extra) (r.columns ?? colKeys).forEach((k, i) => (out[k] = extra.values[i] ?? null));
  return out;
}

function rowHeader(ctx: ViewContext, label: string, found: Rows[string] | undefined, extra: ExtraRow | undefined, colspan: number): HTMLTableCellElement {
  const asRead = found?.label ?? extra?.label;
  const notes = [!found && !extra ? ui(ctx.lang, 'rowMissing') : '', extra ? ui(ctx.lang, 'reasonExtra') : '', asRead && asRead !== label ? `${ui(ctx.lang, 'raw')}${colon(ctx.lang)}“${asRead}”` : ''].filter(Boolean);
  return h('th', { class: 'rl', colspan: colspan > 1 ? colspan : null, title: notes.join('\n') || null, scope: 'row' }, label);
}

/**
 * Column headers from the columns' header paths (申请人情况 › 法人或其他组织 › 商业企业): one header row
 * per level, with the spans the paths give. `corner` fills the top left over the row-label columns.
 */
function pathHeaders(columns: ReadonlyArray<{ key: string; label: string; path?: readonly string[] }>, corner: HTMLTableCellElement): HTMLTableRowElement[] {
  const paths = columns.map((c) => c.path ?? [c.label]);
  const depth = Math.max(...paths.map((p) => p.length));
  const trs = Array.from({ length: depth }, () => h('tr'));
  trs[0]!.append(corner);
  corner.rowSpan = depth;
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < paths.length; ) {
      const p = paths[i]!;
      if (p.length <= level) {
        i++;
        continue;
      }
      let j = i + 1;
      const isLeaf = p.length === level + 1;
      if (!isLeaf) while (j < paths.length && paths[j]!.length > level + 1 && paths[j]!.slice(0, level + 1).join('/') === p.slice(0, level + 1).join('/')) j++;
      const th = h('th', { scope: 'col' }, p[level]);
      if (j - i > 1) th.colSpan = j - i;
      if (isLeaf && depth - level > 1) th.rowSpan = depth - level;
      trs[level]!.append(th);
      i = j;
    }
  }
  return trs;
}

/** Table 3's groups: 三、本年度办理结果 holds the others (（三）不予公开…). */
const T3_OUTER = 'results';

/** Table 3: three label columns (办理结果 › 不予公开 › 1.属于国家秘密), seven applicant columns. */
function table3(ctx: ViewContext, def: TableDef, record: TableRecord): HTMLElement {
  const rows = record.rows as unknown as Rows;
  const LABEL_COLUMNS = 3;
  const note = def.headers[0] ? `（${def.headers[0].replace(/:/gu, '：').replace(/,/gu, '，')}）` : '';
  const corner = h('th', { class: 'corner', colspan: LABEL_COLUMNS }, note);
  const table = h('table', { class: 'tpl t3' });
  const thead = h('thead', {}, ...pathHeaders(def.columns, corner));
  table.append(thead);

  // Which rows to draw: a group printed as one row (（六）其他处理) replaces its leaves when only it was found.
  const substitutes = def.rows.filter((r) => r.substitutesFor);
  const drawn: Array<{ r: RowDef; chain: string[] }> = [];
  for (const r of def.rows) {
    const sub = substitutes.find((s) => s.substitutesFor!.includes(r.key));
    const useSub = (s: RowDef) => !!rows[s.key] && s.substitutesFor!.every((k) => !rows[k]);
    if (sub && useSub(sub)) continue;
    if (r.substitutesFor && !useSub(r)) continue;
    const chain = !r.group ? [] : r.group === T3_OUTER ? [T3_OUTER] : [T3_OUTER, r.group];
    drawn.push({ r, chain });
  }
  const tbody = h('tbody');
  drawn.forEach(({ r, chain }, i) => {
    const found = rows[r.key];
    const tr = h('tr', { class: found ? null : 'missing' });
    chain.forEach((g, level) => {
      const prev = drawn[i - 1];
      if (prev && prev.chain[level] === g) return; // covered by the rowspan above
      let n = 1;
      while (drawn[i + n]?.chain[level] === g) n++;
      const label = def.groups.find((x) => x.key === g)?.label ?? g;
      tr.append(h('th', { class: 'gl', rowspan: n > 1 ? n : null, scope: 'rowgroup' }, label));
    });
    tr.append(rowHeader(ctx, r.label, found, undefined, LABEL_COLUMNS - chain.length));
    for (const c of def.columns) tr.append(valueCell(ctx, 3, def, r.key, c.key, found?.cells[c.key] ?? null, r.label));
    tbody.append(tr);
  });
  table.append(tbody);
  return table;
}

/** Table 4: one row of fifteen values under 行政复议 | 行政诉讼 › 未经复议直接起诉, 复议后起诉. */
function table4(ctx: ViewContext, def: TableDef, record: TableRecord): HTMLElement {
  const rows = record.rows as unknown as Rows;
  const columns = def.rows.flatMap((r) => {
    const group = r.group ? def.groups.find((g) => g.key === r.group)?.label : undefined;
    return def.columns.map((c) => ({ key: `${r.key}.${c.key}`, label: c.label, path: [...(group ? [group] : []), r.label, c.label] }));
  });
  const table = h('table', { class: 'tpl t4' });
  const heads = pathHeaders(columns, h('th', { class: 'corner empty' }));
  // The corner is not part of the official table 4: drop it.
  heads[0]!.firstElementChild!.remove();
  table.append(h('thead', {}, ...heads));
  const tr = h('tr');
  for (const r of def.rows) {
    const found = rows[r.key];
    const label = `${r.group ? `${def.groups.find((g) => g.key === r.group)?.label}·` : ''}${r.label}`;
    for (const c of def.columns) {
      const td = valueCell(ctx, 4, def, r.key, c.key, found?.cells[c.key] ?? null, label);
      if (!found) td.classList.add('missing');
      tr.append(td);
    }
  }
  table.append(h('tbody', {}, tr));
  return table;
}

/** Rows not in the template (unmatched, duplicates; add-ons of other tables), listed under the table. */
function extraRowsList(ctx: ViewContext, table: 2 | 3 | 4, record: TableRecord): HTMLElement | null {
  const rows = record.extraRows.filter((x) => !(table === 2 && x.reason === 'extra'));
  if (rows.length === 0) return null;
  const reason = { extra: 'reasonExtra', unmatched: 'reasonUnmatched', duplicate: 'reasonDuplicate' } as const;
  return h(
    'div',
    { class: 'extra-rows' },
    h('h4', {}, ui(ctx.lang, 'extraRows')),
    h(
      'ul',
      {},
      ...rows.map((x) =>
        h(
          'li',
          { 'data-start': x.labelSpan?.start, 'data-end': x.labelSpan?.end, title: placeText(ctx, x.labelSpan?.start) },
          h('span', { class: 'xl' }, x.label || '—'),
          ctx.lang === 'zh' ? `（${ui(ctx.lang, reason[x.reason])}）：` : ` (${ui(ctx.lang, reason[x.reason])}): `,
          x.values.map((v) => shown(v, undefined) || '□').join('　'),
        ),
      ),
    ),
  );
}

/** The failed checks of a table, in words, under it: clicking one finds it in the text. */
function failedList(ctx: ViewContext, table: 2 | 3 | 4): HTMLElement | null {
  const failed = ctx.report.messages.filter((m) => m.code === 'check-failed' && m.cells?.[0]?.table === table);
  if (failed.length === 0) return null;
  return h(
    'ul',
    { class: 'failed-list' },
    ...failed.map((m: Message) => {
      const f = failedCheckText(ctx, m);
      return h(
        'li',
        {},
        h('button', { type: 'button', class: 'link', 'data-message': ctx.index.get(m) }, `✗ ${ui(ctx.lang, 'failedRule')}${colon(ctx.lang)}${f.line}`),
        h('span', { class: 'rule' }, `${ui(ctx.lang, 'ruleLabel')}${colon(ctx.lang)}${f.rule}`),
      );
    }),
  );
}

const HEADINGS: Record<2 | 3 | 4, UiKey> = { 2: 't2Heading', 3: 't3Heading', 4: 't4Heading' };

/** One table's section: heading, the table as in the template (or "not found"), failed checks, extra rows. */
export function tableSection(ctx: ViewContext, table: 2 | 3 | 4, def: TableDef | null): HTMLElement {
  const record = ctx.report.tables[`t${table}`] as TableRecord | null;
  const section = h('section', { class: 'table-section', id: `table-${table}` });
  const heading = h('h3', {}, ui(ctx.lang, HEADINGS[table]));
  section.append(heading);
  if (!record || !def) {
    section.append(h('p', { class: 'muted' }, ui(ctx.lang, 'tableMissing')));
    return section;
  }
  if (ctx.report.template === 'mixed') heading.append(h('small', {}, ` ${ui(ctx.lang, 'tableTemplate')}${record.template}`));
  const body = table === 2 ? table2(ctx, def, record) : table === 3 ? table3(ctx, def, record) : table4(ctx, def, record);
  section.append(h('div', { class: 'table-scroll' }, body));
  const failed = failedList(ctx, table);
  if (failed) section.append(failed);
  const extra = extraRowsList(ctx, table, record);
  if (extra) section.append(extra);
  return section;
}
