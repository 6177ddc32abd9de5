import { createMessage, type CellRef, type Message } from '../messages/message.js';
import type { CellValue } from '../records/cell-value.js';
import type { TableRecord } from '../records/table-record.js';
import type { RuleDef, TableDef } from '../templates/types.js';
import type { Span } from '../types.js';

/** Options of the checks stage. */
export interface CheckOptions {
  /** Count blank and dash cells ("", "/", "-", "无") as 0 in the checks. Default false: such checks are not assessable. */
  blankAsZero?: boolean;
}

/** A table to check: its definition and its record (null when not found). */
export interface CheckedTable {
  def: TableDef;
  record: TableRecord | null;
}

type Rows = Record<string, { cells: Record<string, CellValue> } | null | undefined>;

function valueOf(c: CellValue | null, blankAsZero: boolean): number | null {
  if (c === null) return null;
  if (c.value !== null && c.status === 'number') return c.value;
  if (blankAsZero && (c.status === 'blank' || c.status === 'dash')) return 0;
  return null;
}

/**
 * Replaces absent leaf rows by the found row that stands for them (（六）其他处理 printed as one row).
 * Returns `keys` itself when nothing is replaced.
 */
function substitute(def: TableDef, record: TableRecord, keys: readonly string[]): readonly string[] {
  const rows = record.rows as Record<string, unknown>;
  let i = 0;
  while (i < keys.length && rows[keys[i]!] !== null && rows[keys[i]!] !== undefined) i++;
  if (i === keys.length) return keys;
  const out: string[] = [];
  const used = new Set<string>();
  for (const k of keys) {
    if (rows[k] !== null && rows[k] !== undefined) {
      out.push(k);
      continue;
    }
    const sub = def.rows.find((d) => d.substitutesFor?.includes(k) && rows[d.key] !== null && rows[d.key] !== undefined);
    if (sub && !sub.substitutesFor!.some((leaf) => rows[leaf] !== null && rows[leaf] !== undefined)) {
      if (!used.has(sub.key)) out.push(sub.key);
      used.add(sub.key);
    } else out.push(k);
  }
  return out;
}

/**
 * One instance of a rule: the terms are `lhs` then `rhs`, keys that name rows (with `fixed` the column)
 * for a rule over columns, or columns (with `fixed` the row) for a rule over rows.
 */
interface Instance {
  where: string;
  lhs: readonly string[];
  rhs: readonly string[];
  fixed: string;
  byColumn: boolean;
}

/** A rule's instances on every row (or column) of a table, whatever a report holds: built once per rule and table. */
const instanceCache = new WeakMap<RuleDef, WeakMap<TableDef, Instance[]>>();

function allInstances(rule: RuleDef, def: TableDef): Instance[] {
  let byDef = instanceCache.get(rule);
  if (!byDef) instanceCache.set(rule, (byDef = new WeakMap()));
  let out = byDef.get(def);
  if (out) return out;
  out = [];
  if (rule.over === 'columns') {
    for (const c of def.columns) out.push({ where: c.label, lhs: rule.lhs, rhs: rule.rhs, fixed: c.key, byColumn: true });
  } else {
    const allColumns = def.columns.map((c) => c.key);
    for (const d of def.rows) {
      const cols = d.columns ?? allColumns;
      if (!rule.lhs.every((k) => cols.includes(k)) || !rule.rhs.every((k) => cols.includes(k))) continue;
      out.push({ where: d.label, lhs: rule.lhs, rhs: rule.rhs, fixed: d.key, byColumn: false });
    }
  }
  byDef.set(def, out);
  return out;
}

function instances(rule: RuleDef, def: TableDef, record: TableRecord): Instance[] {
  const rows = record.rows as Rows;
  const all = allInstances(rule, def);
  if (rule.over === 'columns') {
    const lhs = substitute(def, record, rule.lhs);
    const rhs = substitute(def, record, rule.rhs);
    if (lhs === rule.lhs && rhs === rule.rhs) return all;
    return all.map((inst) => ({ ...inst, lhs, rhs }));
  }
  return all.filter((inst) => rows[inst.fixed] !== null && rows[inst.fixed] !== undefined);
}

type Cells = Record<string, CellValue>;

/** The cells of the rows named by a term list (`lhs` then `rhs`), kept while instances share it. */
interface TermRows {
  lhs: readonly string[] | null;
  rhs: readonly string[] | null;
  rows: (Cells | null)[];
}

/**
 * Reads the cells of an instance's terms (`lhs` then `rhs`; null where the row or cell is missing)
 * into `out[0 … n)` (entries past the instance's terms are stale: read only its own). For a rule
 * over columns the terms' rows are looked up once per rule (`termRows`, kept while the instances
 * share their term lists), not once per column.
 */
function readTerms(rows: Rows, inst: Instance, termRows: TermRows, out: (CellValue | null)[]): void {
  const nl = inst.lhs.length;
  const n = nl + inst.rhs.length;
  if (inst.byColumn) {
    if (termRows.lhs !== inst.lhs || termRows.rhs !== inst.rhs) {
      termRows.lhs = inst.lhs;
      termRows.rhs = inst.rhs;
      for (let i = 0; i < n; i++) termRows.rows[i] = rows[i < nl ? inst.lhs[i]! : inst.rhs[i - nl]!]?.cells ?? null;
    }
    for (let i = 0; i < n; i++) out[i] = termRows.rows[i]?.[inst.fixed] ?? null;
    return;
  }
  const cells = rows[inst.fixed]?.cells;
  for (let i = 0; i < n; i++) out[i] = cells?.[i < nl ? inst.lhs[i]! : inst.rhs[i - nl]!] ?? null;
}

function refOf(table: 2 | 3 | 4, inst: Instance, i: number): CellRef {
  const key = i < inst.lhs.length ? inst.lhs[i]! : inst.rhs[i - inst.lhs.length]!;
  return inst.byColumn ? { table, row: key, column: inst.fixed } : { table, row: inst.fixed, column: key };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The checks stage: evaluates every exact rule of the template (勾稽关系) on the parsed tables. A
 * breach is a `check-failed` error naming the rule, the cells, the expected sum (left side) and the
 * actual sum (right side). Rules over blank or missing cells are not assessable (one info message per
 * rule), unless `blankAsZero` is set.
 *
 * @example
 * const { t2, t3, t4 } = TEMPLATE_2021.tables;
 * const read = parseReport(text).tables;
 * const tables = { 2: { def: t2, record: read.t2 }, 3: { def: t3, record: read.t3 }, 4: { def: t4, record: read.t4 } };
 * runChecks(TEMPLATE_2021.rules, tables).filter((m) => m.code === 'check-failed'); // → []
 */
export function runChecks(rules: readonly RuleDef[], tables: Record<2 | 3 | 4, CheckedTable>, options: CheckOptions = {}): Message[] {
  const messages: Message[] = [];
  const blankAsZero = options.blankAsZero ?? false;
  const terms: (CellValue | null)[] = [];
  for (const rule of rules) {
    const { def, record } = tables[rule.table];
    if (record === null || def.number !== rule.table) continue;
    const notAssessable: string[] = [];
    const notAssessableCells: CellRef[] = [];
    const rows = record.rows as Rows;
    const termRows: TermRows = { lhs: null, rhs: null, rows: [] };
    for (const inst of instances(rule, def, record)) {
      const n = inst.lhs.length + inst.rhs.length;
      // One read of each term's cell; the sums in the same walk.
      readTerms(rows, inst, termRows, terms);
      let present = false;
      let expectedSum = 0;
      let actualSum = 0;
      let assessable = true;
      for (let i = 0; i < n; i++) {
        const c = terms[i]!;
        if (c !== null && c.status !== 'absent') present = true;
        const v = valueOf(c, blankAsZero);
        if (v === null) assessable = false;
        else if (i < inst.lhs.length) expectedSum += v;
        else actualSum += v;
      }
      if (!present) continue;
      if (!assessable) {
        notAssessable.push(inst.where);
        for (let i = 0; i < n; i++) if (valueOf(terms[i]!, blankAsZero) === null) notAssessableCells.push(refOf(rule.table, inst, i));
        continue;
      }
      const expected = round(expectedSum);
      const actual = round(actualSum);
      if (expected === actual) continue;
      let anchor: Span | null = null;
      for (let i = 0; i < n && anchor === null; i++) {
        const span = terms[i]?.span;
        if (span) anchor = span;
      }
      const cells: CellRef[] = [];
      for (let i = 0; i < n; i++) cells.push(refOf(rule.table, inst, i));
      messages.push(
        createMessage('check-failed', `Table ${rule.table}, ${rule.over === 'columns' ? 'column' : 'row'} "${inst.where}": ${expected} ≠ ${actual} (${rule.description}).`, anchor, {
          rule: rule.id,
          expected,
          actual,
          cells,
        }),
      );
    }
    if (notAssessable.length > 0) {
      messages.push(
        createMessage('check-not-assessable', `Table ${rule.table}: rule ${rule.id} (${rule.description}) could not be assessed for ${notAssessable.length} ${rule.over === 'columns' ? 'column' : 'row'}${notAssessable.length > 1 ? 's' : ''} with blank or missing cells: ${notAssessable.join('; ')}.`, null, {
          rule: rule.id,
          cells: notAssessableCells,
        }),
      );
    }
  }
  return messages;
}
