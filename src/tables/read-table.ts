import { createMessage, type Message } from '../messages/message.js';
import { ABSENT, readCellValue, type CellValue } from '../records/cell-value.js';
import type { ExtraRow, RowRecord, TableRecord } from '../records/table-record.js';
import type { RuleDef, TableDef, ValueKind } from '../templates/types.js';
import type { Span } from '../types.js';
import { assembleTable, type AssembledTable } from './assemble-table.js';
import type { Cell } from './cells.js';
import { recordOfKeys, rowCellRefs, tableLookup } from './table-lookup.js';

const labelText = (cells: Cell[]) => (cells.length === 1 ? cells[0]!.text : cells.map((c) => c.text).join(''));


/** What a row's cells are built from: the value kind of each column, in order, and the row with every cell absent. */
interface RowColumns {
  kinds: ValueKind[];
  absent: Readonly<Record<string, CellValue>>;
}

const columnsCache = new WeakMap<readonly string[], RowColumns>();

/** The {@link RowColumns} of a column list (built once per list). */
function columnsOf(cols: readonly string[], kindOf: ReadonlyMap<string, ValueKind>): RowColumns {
  let out = columnsCache.get(cols);
  if (out === undefined) {
    columnsCache.set(cols, (out = { kinds: cols.map((key) => kindOf.get(key) ?? 'count'), absent: recordOfKeys<CellValue>(cols, ABSENT) }));
  }
  return out;
}

/**
 * Reports an assembled table: the typed record (template rows by key, unmatched, duplicate and
 * add-on rows in `extraRows`) and a message for everything that was not read exactly — an
 * approximate label, a repaired row, an inferred cell position, a row with too few cells, an invalid
 * value, a missing row, repeated headers, text that matched nothing.
 *
 * @example
 * import { TEMPLATE_2021, splitCells } from 'ogi-report';
 * const text = '规章\t0\t1\t5';
 * const span = (s: number, e: number) => ({ start: s, end: e });
 * const { table } = assembleTable(TEMPLATE_2021.tables.t2, TEMPLATE_2021.rules, splitCells(text, 0, text.length), span);
 * recordTable(TEMPLATE_2021.tables.t2, '2021', table!, span, { start: 0, end: text.length }).record.rows.regulations?.cells.inForce.value; // 5
 */
export function recordTable<T extends TableDef, Id extends string>(
  table: T,
  templateId: Id,
  assembled: AssembledTable,
  span: (start: number, end: number) => Span,
  region: { start: number; end: number },
): { record: TableRecord<T, Id>; messages: Message[] } {
  const ctx = { span, messages: [] as Message[] };
  const raw = assembled.rows;
  const fittedRows = assembled.fitted;
  const placed = assembled.placed;
  const lookup = tableLookup(table);
  const rows: Record<string, RowRecord | null> = { ...lookup.emptyRows };
  const extraRows: ExtraRow[] = [];
  const kindOf = lookup.columnKind;
  const valuesOf = (cells: Cell[]): CellValue[] => cells.map((c) => readCellValue(c, 'count', ctx.span));

  if (assembled.byOrder.length > 0) {
    const first = raw.find((r) => r.key === assembled.byOrder[0])?.values[0];
    ctx.messages.push(
      createMessage('cell-position-inferred', `Table 4: no block (行政复议, 未经复议直接起诉, 复议后起诉) is named before its numbers; they were read in the template's order.`, first ? ctx.span(first.start, first.end) : null, {
        actual: assembled.byOrder,
        cells: assembled.byOrder.flatMap((row) => rowCellRefs(table, row)),
      }),
    );
  }
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
    const { kinds, absent } = columnsOf(cols, kindOf);
    const fitted = fittedRows.get(def.key)!;
    // A copy of the row with every cell absent has the row's shape from the start: filling it in
    // changes no object's shape (adding the columns one by one would, at every cell).
    const cellsOut: Record<string, CellValue> = { ...absent };
    let invalid: number[] | null = null;
    for (let j = 0; j < cols.length; j++) {
      const c = fitted.cells[j];
      if (!c) continue;
      const v = readCellValue(c, kinds[j]!, ctx.span);
      cellsOut[cols[j]!] = v;
      if (v.status === 'invalid') (invalid ??= []).push(j);
    }
    rows[def.key] = { label, labelSpan, cells: cellsOut };
    const rowSpan = r.values.length > 0 ? ctx.span(r.values[0]!.start, r.values[r.values.length - 1]!.end) : labelSpan;
    if (r.score < 1 && r.label.length > 0) {
      ctx.messages.push(createMessage('label-approximate', `Table ${table.number}: "${label}" was read as "${def.label}".`, labelSpan, { actual: label, expected: def.label, cells: rowCellRefs(table, def.key) }));
    }
    if (fitted.outcome === 'repaired') {
      const x = fitted.removed[0]!;
      ctx.messages.push(
        createMessage('row-repaired', `Table ${table.number}, row "${def.label}": ${r.values.filter((c) => c.kind !== 'blank').length} cells for ${cols.length} columns; removing the extra "${x.text}" is the only repair the row's arithmetic accepts.`, ctx.span(x.start, x.end), {
          actual: r.values.map((c) => c.text),
          expected: fitted.cells.map((c) => c?.text ?? null),
          cells: rowCellRefs(table, def.key),
        }),
      );
    } else if (assembled.orphan !== null && assembled.orphan.key === def.key) {
      const orphan = assembled.orphan;
      ctx.messages.push(
        createMessage('cell-position-inferred', `Table ${table.number}, row "${def.label}": ${cols.length - 1} cells for ${cols.length} columns; "${orphan.orphan.text}", printed apart from the table with its note, was read as its "${table.columns.find((c) => c.key === cols[orphan.column])?.label ?? cols[orphan.column]}".`, ctx.span(orphan.orphan.start, orphan.orphan.end), {
          actual: [orphan.orphan.text, ...r.values.map((c) => c.text)],
          cells: rowCellRefs(table, def.key),
        }),
      );
    } else if (placed.has(def.key)) {
      const gap = fitted.cells.findIndex((c) => c === null);
      ctx.messages.push(
        createMessage('cell-position-inferred', `Table ${table.number}, row "${def.label}": ${cols.length - 1} cells for ${cols.length} columns; only an empty "${table.columns.find((c) => c.key === cols[gap])?.label ?? cols[gap]}" cell satisfies the column sums.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          cells: rowCellRefs(table, def.key),
        }),
      );
    } else if (fitted.outcome === 'inferred') {
      ctx.messages.push(
        createMessage('cell-position-inferred', `Table ${table.number}, row "${def.label}": ${r.values.length} cells for ${cols.length} columns; the last is the sum of the others, so they were read as the first columns and the total.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          cells: rowCellRefs(table, def.key),
        }),
      );
    } else if (fitted.outcome === 'short' || fitted.outcome === 'unresolved') {
      const text = fitted.outcome === 'short' ? 'the missing cells are left empty' : 'no unique repair: the row is left unread';
      ctx.messages.push(
        createMessage('row-cell-count', `Table ${table.number}, row "${def.label}": ${r.values.filter((c) => c.kind !== 'blank').length} cells for ${cols.length} columns; ${text}.`, rowSpan, {
          actual: r.values.map((c) => c.text),
          expected: cols.length,
          cells: rowCellRefs(table, def.key),
        }),
      );
    }
    for (const j of invalid ?? []) {
      const key = cols[j]!;
      const v = cellsOut[key]!;
      ctx.messages.push(createMessage('cell-invalid', `Table ${table.number}, row "${def.label}": "${v.raw}" is not a valid ${kinds[j]}.`, v.span, { actual: v.raw, expected: kinds[j], cells: [{ table: table.number, row: def.key, column: key }] }));
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
  const record = { template: templateId, span: ctx.span(region.start, region.end), rows, extraRows } as unknown as TableRecord<T, Id>;
  return { record, messages: ctx.messages };
}

/**
 * Reads one table from its cells into a typed record: {@link assembleTable} (rows matched by label —
 * table 4 by block —, value cells fitted to columns, repairs only when the arithmetic confirms them)
 * then {@link recordTable} (the record, and a message for everything that was not read exactly).
 * The record is null when no row of the template was found.
 *
 * @example
 * import { TEMPLATE_2021, splitCells } from 'ogi-report';
 * const text = '规章\t0\t1\t5';
 * const span = (s: number, e: number) => ({ start: s, end: e });
 * readTable(TEMPLATE_2021.tables.t2, '2021', TEMPLATE_2021.rules, splitCells(text, 0, text.length), span, { start: 0, end: text.length }).record?.rows.regulations?.cells.issued.value; // 0
 */
export function readTable<T extends TableDef, Id extends string>(
  table: T,
  templateId: Id,
  rules: readonly RuleDef[],
  cells: Cell[],
  span: (start: number, end: number) => Span,
  region: { start: number; end: number },
): { record: TableRecord<T, Id> | null; messages: Message[] } {
  const assembled = assembleTable(table, rules, cells, span);
  if (assembled.table === null) return { record: null, messages: assembled.messages };
  const reported = recordTable(table, templateId, assembled.table, span, region);
  return { record: reported.record, messages: assembled.messages.concat(reported.messages) };
}
