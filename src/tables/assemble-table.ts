import { createMessage, type Message } from '../messages/message.js';
import type { RowDef, RuleDef, TableDef } from '../templates/types.js';
import type { Span } from '../types.js';
import { assembleRows, type RawRow } from './assemble-rows.js';
import { assembleTable4 } from './assemble-t4.js';
import type { Cell } from './cells.js';
import { fitRow, type FittedRow, type RowRule } from './fit-row.js';
import { splitGluedPair, ungluedFirstValue } from './glued-value.js';
import { placeNoteOrphans, type PlacedOrphan } from './note-orphans.js';
import { placeGaps } from './place-gaps.js';
import { splitRuns, splitTable4Runs } from './run-together/split-runs.js';
import { rowCellRefs, rowIndexOf, tableLookup } from './table-lookup.js';

/** A template row's cells fitted to its columns, with the value cells it was fitted from. */
export type FittedCells = FittedRow & { values: Cell[] };

/** A table's cells assembled into rows and fitted to the template's columns, before anything is reported. */
export interface AssembledTable {
  /** The rows as read, in order (template rows, unmatched, duplicate and add-on rows alike). */
  rows: RawRow[];
  /** The first row of each template key, fitted to its columns. */
  fitted: Map<string, FittedCells>;
  /** The rows one cell short whose gap the column sums placed. */
  placed: Set<string>;
  /** Header cells repeated inside the table (skipped). */
  repeatedHeaders: Cell[];
  /** Text cells that matched no label and led no values. */
  unmatchedText: Cell[];
  /** Table 4's blocks placed by the template's order, no block being named before their numbers. */
  byOrder: string[];
  /** A value pulled out of its row with its note and put back into the one row a cell short. */
  orphan: PlacedOrphan | null;
}

/**
 * Numbers before the first row's label, where no row can take them (the line reader drops them): a
 * PDF's text that gives each row's numbers before its label (pdftotext without -layout, where a
 * row's numbers stand a little higher than its label). Then every row holds the next row's numbers
 * and the row totals still hold: a `values-before-label` warning names every cell of the table. So
 * does a number inside the table that no row took, a row of numbers without a label among them
 * (labels stacked above their numbers: which numbers are whose is not certain). Null when fewer than two numbers (or fewer than
 * half a row's) stand before the first label and every number inside was taken.
 */
function numbersBeforeLabels(table: TableDef, cells: readonly Cell[], raw: readonly RawRow[]): Message | null {
  const first = raw.find((r) => r.key !== null && r.label.length > 0);
  if (first === undefined) return null;
  const at = first.label[0]!.start;
  let n = 0;
  for (const c of cells) {
    if (c.start >= at) break;
    if (c.kind === 'number') n++;
  }
  const lookup = tableLookup(table);
  const arity = (lookup.rowByKey.get(first.key!)?.columns ?? lookup.columnKeys).length;
  // Or a number inside the table that no row took (after a caption, before its sub-table's rows).
  let inside = 0;
  if (n < 2 || n * 2 < arity) {
    n = 0;
    // As many numbers as the rows took: none left over (counted, not collected: this runs on every table).
    for (const c of cells) if (c.kind === 'number' && c.start > at) inside++;
    // (A row of numbers with no label, that no place in the template order took, takes none.)
    for (const r of raw) if (r.key !== null || r.label.length > 0) for (const v of r.values) if (v.kind === 'number' && v.start > at) inside--;
    if (inside <= 0) return null;
  }
  const refs = raw.flatMap((r) => (r.key === null ? [] : rowCellRefs(table, r.key)));
  return createMessage(
    'values-before-label',
    n > 0
      ? `Table ${table.number}: ${n} numbers stand before the first row's label ("${first.label.map((l) => l.text).join('')}"), where no row takes them: the text may give each row's numbers before its label (a PDF's text out of order), and then every row holds the next row's numbers. Every cell of the table is named.`
      : `Table ${table.number}: ${inside} number(s) inside the table stand where no row takes them (after a caption or header, before its rows): the text may give rows' numbers before their labels (a PDF's text out of order), and then a row holds another's numbers. Every cell of the table is named.`,
    null,
    { cells: refs },
  );
}

const PAREN_NUMERAL = /[（(]([一二三四五六七八九十]{1,3})[）)]/gu;
const numeralsIn = (text: string) => [...text.matchAll(PAREN_NUMERAL)].map((m) => m[1]!);

/**
 * Rows whose numbers may be another row's: the nearest rows around a row of numbers that has no label
 * of its own (a character of a vertical label, "理": labels stacked above their numbers in a PDF's
 * layout), and a row matched approximately whose label holds another row's number ("以公开本(二)部"
 * read as （一）予以公开: the label ran into the next row's). A `rows-in-doubt` warning names them.
 */
function rowsInDoubt(table: TableDef, raw: readonly RawRow[]): Message | null {
  const lookup = tableLookup(table);
  const doubt = new Set<string>();
  const why: string[] = [];
  raw.forEach((r, i) => {
    if (r.key === null) {
      const label = r.label.map((l) => l.text).join('').replace(/[^\p{L}\p{N}]+/gu, '');
      if (label.length > 2 || !r.values.some((v) => v.kind === 'number')) return;
      let before = i - 1;
      while (before >= 0 && raw[before]!.key === null) before--;
      let after = i + 1;
      while (after < raw.length && raw[after]!.key === null) after++;
      for (const k of [raw[before]?.key, raw[after]?.key]) if (k) doubt.add(k);
      why.push(`a row of numbers with no label of its own ("${label || '—'}")`);
      return;
    }
    if (r.score >= 1) return;
    const def = lookup.rowByKey.get(r.key);
    if (def === undefined) return;
    const group = def.group === undefined ? '' : (table.groups.find((g) => g.key === def.group)?.label ?? '');
    const own = new Set([...numeralsIn(def.label), ...numeralsIn(group)]);
    const text = r.label.map((l) => l.text).join('');
    const other = numeralsIn(text).find((n) => !own.has(n));
    if (other !== undefined) {
      doubt.add(r.key);
      why.push(`the label "${text}" read as "${def.label}" holds （${other}）`);
    }
  });
  if (doubt.size === 0) return null;
  const refs = [...doubt].flatMap((row) => rowCellRefs(table, row));
  return createMessage('rows-in-doubt', `Table ${table.number}: which numbers are whose is not certain for ${doubt.size} row(s): ${why.join('; ')}. The rows are named.`, null, { cells: refs });
}

const rowRulesCache = new WeakMap<TableDef, WeakMap<readonly RuleDef[], Map<RowDef, RowRule[]>>>();

/** The rules over rows that apply to `row`, as column indices of the row (built once per row and rules). */
function rowRules(table: TableDef, row: RowDef, rules: readonly RuleDef[]): RowRule[] {
  let byRules = rowRulesCache.get(table);
  if (!byRules) rowRulesCache.set(table, (byRules = new WeakMap()));
  let byRow = byRules.get(rules);
  if (!byRow) byRules.set(rules, (byRow = new Map<RowDef, RowRule[]>()));
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

/** Gives unlabelled rows the one template row missing between their labelled neighbours. */
function inferLabels(table: TableDef, raw: RawRow[], span: (start: number, end: number) => Span, messages: Message[]): void {
  // Most tables have a label on every row: nothing to infer.
  if (!raw.some((r) => r.key === null && r.label.length === 0)) return;
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
    messages.push(
      createMessage('row-label-inferred', `A row with no label sits where the template has "${gap[0]!.label}"; it was read as that row.`, span(first.start, first.end), {
        expected: gap[0]!.label,
        actual: r.values.map((c) => c.text),
        cells: rowCellRefs(table, r.key),
      }),
    );
  }
}

/**
 * Assembles one table's cells into rows and fits them to the template: table 4 by block, the others
 * by label ({@link assembleRows}); digit runs split by the rules; unlabelled rows given the one row
 * missing between their neighbours; every template row's cells fitted to its columns ({@link fitRow}),
 * then dropped cells placed by the column sums ({@link placeGaps}). Returns null when no row of the
 * template was found. `messages` say what assembling did that a reader must know: runs split, labels
 * inferred.
 *
 * @example
 * import { TEMPLATE_2021, splitCells } from 'ogi-report';
 * const text = '规章\t0\t1\t5';
 * assembleTable(TEMPLATE_2021.tables.t2, TEMPLATE_2021.rules, splitCells(text, 0, text.length), (s, e) => ({ start: s, end: e })).table?.fitted.get('regulations')?.outcome; // 'exact'
 */
export function assembleTable(table: TableDef, rules: readonly RuleDef[], cells: Cell[], span: (start: number, end: number) => Span): { table: AssembledTable | null; messages: Message[] } {
  const messages: Message[] = [];
  const runTogether = cells.some((c) => c.kind === 'run');
  let input = cells;
  if (runTogether && table.number === 4) {
    const split = splitTable4Runs(table, rules, cells, span);
    input = split.cells;
    messages.push(...split.messages);
  }
  const byOrder: string[] = [];
  const assembled = table.number === 4 ? { rows: assembleTable4(table, input, byOrder), unmatchedText: [] as Cell[], repeatedHeaders: [] as Cell[] } : assembleRows(table, input, { labelOnlyIsBlank: runTogether });
  const raw = assembled.rows;
  if (!raw.some((r) => r.key !== null)) return { table: null, messages };
  if (runTogether && table.number !== 4) messages.push(...splitRuns(table, rules, raw, span));
  inferLabels(table, raw, span, messages);
  if (table.number !== 4 && !runTogether) {
    const lead = numbersBeforeLabels(table, input, raw);
    if (lead !== null) messages.push(lead);
    else {
      const doubt = rowsInDoubt(table, raw);
      if (doubt !== null) messages.push(doubt);
    }
  }

  // Phase 1: fit every template row's cells; phase 2: place dropped cells by the column sums.
  const lookup = tableLookup(table);
  const fitted = new Map<string, FittedCells>();
  const unglued: string[] = [];
  for (const r of raw) {
    const def = r.key === null ? undefined : lookup.rowByKey.get(r.key);
    if (def === undefined || def.extra || fitted.has(def.key)) continue;
    const cols = def.columns ?? lookup.columnKeys;
    const f = fitRow(r.values, cols.length, rowRules(table, def, rules));
    // One value short: the first may be glued to the label's last line (only where that is rare work).
    const short = f.outcome === 'short' || f.outcome === 'inferred';
    const g = short ? (ungluedFirstValue(r.label, r.values, cols.length, rowRules(table, def, rules)) ?? splitGluedPair(r.values, cols.length, rowRules(table, def, rules))) : null;
    if (g !== null) {
      fitted.set(def.key, { cells: g.fitted.cells, outcome: g.fitted.outcome, removed: g.fitted.removed, values: g.values });
      unglued.push(def.key);
      continue;
    }
    fitted.set(def.key, { cells: f.cells, outcome: f.outcome, removed: f.removed, values: r.values });
  }
  if (unglued.length > 0) {
    const labels = unglued.map((k) => lookup.rowByKey.get(k)!.label);
    const refs = unglued.flatMap((k) => rowCellRefs(table, k));
    messages.push(createMessage('cells-recovered', `Table ${table.number}: ${unglued.length} row(s) had two cells run together (a first number on the end of its label, or two neighbouring numbers with no space between): ${labels.join('; ')}; split the only way the row's total holds.`, null, { cells: refs }));
  }
  const placed = placeGaps(table, rules, fitted);
  // A value pulled out of its row with its note (markdown from a PDF), put back where one cell is missing.
  const orphan = placeNoteOrphans(assembled.unmatchedText, fitted);
  const unmatchedText = orphan === null ? assembled.unmatchedText : assembled.unmatchedText.filter((c) => c !== orphan.orphan);
  return { table: { rows: raw, fitted, placed, repeatedHeaders: assembled.repeatedHeaders, unmatchedText, byOrder, orphan }, messages };
}
