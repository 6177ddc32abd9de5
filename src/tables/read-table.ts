import { createMessage, type Message } from '../messages/message.js';
import { ABSENT, readCellValue, type CellValue } from '../records/cell-value.js';
import type { ExtraRow, RowRecord, TableRecord } from '../records/table-record.js';
import type { RowDef, RuleDef, TableDef } from '../templates/types.js';
import type { Span } from '../types.js';
import { assembleRows, type RawRow } from './assemble-rows.js';
import { assembleTable4 } from './assemble-t4.js';
import type { Cell } from './cells.js';
import { fitRow, type FittedRow, type RowRule } from './fit-row.js';
import { placeGaps } from './place-gaps.js';
import { splitRuns, splitTable4Runs } from './run-together/split-runs.js';
import { rowIndexOf, tableLookup } from './table-lookup.js';

/** What a table stage needs from the pipeline. */
export interface TableContext {
  /** Maps offsets in the normalised text to a span in the input. */
  span: (start: number, end: number) => Span;
  messages: Message[];
}

const rowRulesCache = new WeakMap<TableDef, WeakMap<readonly RuleDef[], Map<RowDef, RowRule[]>>>();

function rowRules(table: TableDef, row: RowDef, rules: readonly RuleDef[]): RowRule[] {
  let byRules = rowRulesCache.get(table);
  if (!byRules) rowRulesCache.set(table, (byRules = new WeakMap()));
  let byRow = byRules.get(rules);
  if (!byRow) byRules.set(rules, (byRow = new Map()));
  let out = byRow.get(row);
  if (!out) byRow.set(row, (out = computeRowRules(table, row, rules)));
  return out;
}

function computeRowRules(table: TableDef, row: RowDef, rules: readonly RuleDef[]): RowRule[] {
  const cols = row.columns ?? tableLookup(table).columnKeys;
  const out: RowRule[] = [];
  for (const r of rules) {
    if (r.table !== table.number || r.over !== 'rows') continue;
    const lhs = r.lhs.map((k) => cols.indexOf(k));
    const rhs = r.rhs.map((k) => cols.indexOf(k));
    if (lhs.includes(-1) || rhs.includes(-1)) continue;
    out.push({ lhs, rhs });
  }
  return out;
}

const labelText = (cells: Cell[]) => (cells.length === 1 ? cells[0]!.text : cells.map((c) => c.text).join(''));

/** A row's cell references, for the messages that name them (built only when one does). */
const refsOf = (table: TableDef, row: string, cols: readonly string[]) => cols.map((column) => ({ table: table.number, row, column }));

/** Gives unlabelled rows the one template row missing between their labelled neighbours. */
function inferLabels(table: TableDef, raw: RawRow[], ctx: TableContext): void {
  const order = (key: string | null) => (key === null ? -1 : rowIndexOf(table, key));
  const taken = new Set(raw.filter((r) => r.key !== null).map((r) => r.key));
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r.key !== null || r.label.length > 0) continue;
    let p = -1;
    for (let k = i - 1; k >= 0; k--) if (raw[k]!.key !== null) { p = order(raw[k]!.key); break; }
    let q = table.rows.length;
    for (let k = i + 1; k < raw.length; k++) if (raw[k]!.key !== null) { q = order(raw[k]!.key); break; }
    const gap = table.rows.slice(p + 1, q).filter((d) => !d.extra && !d.substitutesFor && !taken.has(d.key));
    if (gap.length !== 1) continue;
    r.key = gap[0]!.key;
    taken.add(r.key);
    const first = r.values.find((c) => c.kind !== 'blank') ?? r.values[0]!;
    ctx.messages.push(
      createMessage('row-label-inferred', `A row with no label sits where the template has "${gap[0]!.label}"; it was read as that row.`, ctx.span(first.start, first.end), {
        expected: gap[0]!.label,
        actual: r.values.map((c) => c.text),
      }),
    );
  }
}

/**
 * Reads one table from its cells into a typed record: rows matched by label (table 4 by block),
 * value cells fitted to columns (repairs only when the arithmetic confirms them), unmatched rows kept
 * in `extraRows`, and a message for everything that was not read exactly.
 *
 * @example
 * const text = '规章\t0\t0\t0\n行政规范性文件\t2\t0\t9\n行政许可\t15';
 * const ctx: TableContext = { span: (start, end) => ({ start, end }), messages: [] };
 * const t2 = readTable(TEMPLATE_2021.tables.t2, '2021', TEMPLATE_2021.rules, splitCells(text, 0, text.length), ctx, { start: 0, end: text.length });
 * t2?.rows.normativeDocuments?.cells.inForce; // → { value: 9, raw: '9', span: { start: 21, end: 22 }, status: 'number' }
 * ctx.messages.map((m) => m.code); // → ['row-missing', …]
 */
export function readTable<T extends TableDef, Id extends string>(
  table: T,
  templateId: Id,
  rules: readonly RuleDef[],
  cells: Cell[],
  ctx: TableContext,
  region: { start: number; end: number },
): TableRecord<T, Id> | null {
  const runTogether = cells.some((c) => c.kind === 'run');
  let input = cells;
  if (runTogether && table.number === 4) {
    const split = splitTable4Runs(cells, ctx.span);
    input = split.cells;
    ctx.messages.push(...split.messages);
  }
  const assembled = table.number === 4 ? { rows: assembleTable4(input).rows, unmatchedText: [] as Cell[], repeatedHeaders: [] as Cell[] } : assembleRows(table, input);
  const raw = assembled.rows;
  if (!raw.some((r) => r.key !== null)) return null;
  if (runTogether && table.number !== 4) ctx.messages.push(...splitRuns(table, rules, raw, ctx.span));
  inferLabels(table, raw, ctx);

  const lookup = tableLookup(table);
  const rows: Record<string, RowRecord | null> = { ...lookup.emptyRows };
  const extraRows: ExtraRow[] = [];
  const kindOf = lookup.columnKind;
  const valuesOf = (cells: Cell[]): CellValue[] => cells.map((c) => readCellValue(c, 'count', ctx.span));

  // Phase 1: fit every template row's cells; phase 2: place dropped cells by the column sums.
  const fittedRows = new Map<string, FittedRow & { values: Cell[] }>();
  const seen = new Set<string>();
  for (const r of raw) {
    const def = r.key === null ? undefined : lookup.rowByKey.get(r.key);
    if (def === undefined || def.extra || seen.has(def.key)) continue;
    seen.add(def.key);
    const cols = def.columns ?? lookup.columnKeys;
    const fitted = fitRow(r.values, cols.length, rowRules(table, def, rules));
    fittedRows.set(def.key, { cells: fitted.cells, outcome: fitted.outcome, removed: fitted.removed, values: r.values });
  }
  const placed = placeGaps(table, rules, fittedRows);

  for (const r of raw) {
    const def = r.key === null ? undefined : lookup.rowByKey.get(r.key);
    const label = labelText(r.label);
    const labelSpan = r.label.length > 0 ? ctx.span(r.label[0]!.start, r.label[r.label.length - 1]!.end) : null;
    if (def === undefined || def.extra || rows[def.key] !== null) {
      const reason = def === undefined ? 'unmatched' : def.extra ? 'extra' : 'duplicate';
      extraRows.push({ key: def?.key ?? null, label, labelSpan, reason, values: valuesOf(r.values.filter((c) => c.kind !== 'blank')) });
      const code = reason === 'unmatched' ? 'row-unmatched' : reason === 'extra' ? 'row-extra' : 'row-duplicate';
      const where = labelSpan ?? (r.values[0] ? ctx.span(r.values[0].start, r.values[0].end) : null);
      ctx.messages.push(
        createMessage(code, `Table ${table.number}: the row "${label || '(no label)'}" ${reason === 'unmatched' ? 'matches no row of the template' : reason === 'extra' ? 'is a provincial add-on' : 'appears again'}; it is kept in extraRows.`, where, {
          actual: r.values.map((c) => c.text),
        }),
      );
      continue;
    }
    const cols = def.columns ?? lookup.columnKeys;
    const fitted = fittedRows.get(def.key)!;
    const cellsOut: Record<string, CellValue> = {};
    for (let j = 0; j < cols.length; j++) {
      const key = cols[j]!;
      const c = fitted.cells[j];
      cellsOut[key] = c ? readCellValue(c, kindOf.get(key) ?? 'count', ctx.span) : ABSENT;
    }
    rows[def.key] = { label, labelSpan, cells: cellsOut };
    const rowSpan = r.values.length > 0 ? ctx.span(r.values[0]!.start, r.values[r.values.length - 1]!.end) : labelSpan;
    if (r.score < 1 && r.label.length > 0) {
      ctx.messages.push(createMessage('label-approximate', `Table ${table.number}: "${label}" was read as "${def.label}".`, labelSpan, { actual: label, expected: def.label }));
    }
    if (fitted.outcome === 'repaired') {
      const x = fitted.removed[0]!;
      ctx.messages.push(
        createMessage('row-repaired', `Table ${table.number}, row "${def.label}": ${r.values.filter((c) => c.kind !== 'blank').length} cells for ${cols.length} columns; removing the extra "${x.text}" is the only repair the row's arithmetic accepts.`, ctx.span(x.start, x.end), {
          actual: r.values.map((c) => c.text),
          expected: fitted.cells.map((c) => c?.text ?? null),
          cells: refsOf(table, def.key, cols),
        }),
      );
    } else if (placed.has(def.key)) {
      const gap = fitted.cells.findIndex((c) => c === null);
      ctx.messages.push(
        createMessage('cell-position-inferred', `Table ${table.number}, row "${def.label}": ${cols.length - 1} cells for ${cols.length} columns; only an empty "${table.columns.find((c) => c.key === cols[gap])?.label ?? cols[gap]}" cell satisfies the column sums.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          cells: refsOf(table, def.key, cols),
        }),
      );
    } else if (fitted.outcome === 'inferred') {
      ctx.messages.push(
        createMessage('cell-position-inferred', `Table ${table.number}, row "${def.label}": ${r.values.length} cells for ${cols.length} columns; the last is the sum of the others, so they were read as the first columns and the total.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          cells: refsOf(table, def.key, cols),
        }),
      );
    } else if (fitted.outcome === 'short' || fitted.outcome === 'unresolved') {
      const text = fitted.outcome === 'short' ? 'the missing cells are left empty' : 'no unique repair: the row is left unread';
      ctx.messages.push(
        createMessage('row-cell-count', `Table ${table.number}, row "${def.label}": ${r.values.filter((c) => c.kind !== 'blank').length} cells for ${cols.length} columns; ${text}.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          expected: cols.length,
          cells: refsOf(table, def.key, cols),
        }),
      );
    }
    for (const key of cols) {
      const v = cellsOut[key]!;
      if (v.status === 'invalid') {
        ctx.messages.push(createMessage('cell-invalid', `Table ${table.number}, row "${def.label}": "${v.raw}" is not a valid ${kindOf.get(key) ?? 'count'}.`, v.span, { actual: v.raw, expected: kindOf.get(key) ?? 'count', cells: [{ table: table.number, row: def.key, column: key }] }));
      }
    }
    if (def.substitutesFor) {
      ctx.messages.push(createMessage('row-substitute', `Table ${table.number}: "${def.label}" is printed as one row; its value stands for its ${def.substitutesFor.length} leaf rows in the checks.`, labelSpan));
    }
  }

  const substituted = new Set(table.rows.filter((d) => d.substitutesFor && rows[d.key] !== null).flatMap((d) => d.substitutesFor ?? []));
  const missing = table.rows.filter((d) => !d.extra && !d.substitutesFor && rows[d.key] === null && !substituted.has(d.key));
  if (missing.length > 0) {
    ctx.messages.push(
      createMessage('row-missing', `Table ${table.number}: ${missing.length} row${missing.length > 1 ? 's' : ''} of the template not found: ${missing.map((d) => d.label).join('; ')}.`, ctx.span(region.start, region.end), {
        expected: missing.map((d) => d.key),
      }),
    );
  }
  if (assembled.repeatedHeaders.length > 0) {
    const h = assembled.repeatedHeaders;
    ctx.messages.push(createMessage('header-repeated', `Table ${table.number}: ${h.length} header cell${h.length > 1 ? 's' : ''} repeated inside the table were skipped.`, ctx.span(h[0]!.start, h[h.length - 1]!.end), { actual: h.map((c) => c.text).slice(0, 20) }));
  }
  if (assembled.unmatchedText.length > 0) {
    const u = assembled.unmatchedText;
    ctx.messages.push(createMessage('text-unmatched', `Table ${table.number}: ${u.length} text cell${u.length > 1 ? 's' : ''} match no label of the template.`, ctx.span(u[0]!.start, u[0]!.end), { actual: u.map((c) => c.text).slice(0, 20) }));
  }
  return { template: templateId, span: ctx.span(region.start, region.end), rows, extraRows } as unknown as TableRecord<T, Id>;
}
