import { createMessage, type CellRef, type Message } from '../messages/message.js';
import type { CellValue } from '../records/cell-value.js';
import type { TableRecord } from '../records/table-record.js';
import type { RuleDef, TableDef } from '../templates/types.js';

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

interface Term {
  ref: CellRef;
  cell: CellValue | null;
}

function valueOf(t: Term, blankAsZero: boolean): number | null {
  const c = t.cell;
  if (c === null) return null;
  if (c.value !== null && c.status === 'number') return c.value;
  if (blankAsZero && (c.status === 'blank' || c.status === 'dash')) return 0;
  return null;
}

/** Replaces absent leaf rows by the found row that stands for them (（六）其他处理 printed as one row). */
function substitute(def: TableDef, record: TableRecord, keys: readonly string[]): string[] {
  const rows = record.rows as Record<string, unknown>;
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

function instances(rule: RuleDef, def: TableDef, record: TableRecord): Array<{ where: string; lhs: Term[]; rhs: Term[] }> {
  const rows = record.rows as Record<string, { cells: Record<string, CellValue> } | null>;
  const term = (row: string, column: string): Term => ({ ref: { table: def.number, row, column }, cell: rows[row]?.cells[column] ?? null });
  const out: Array<{ where: string; lhs: Term[]; rhs: Term[] }> = [];
  if (rule.over === 'columns') {
    const lhsRows = substitute(def, record, rule.lhs);
    const rhsRows = substitute(def, record, rule.rhs);
    for (const c of def.columns) {
      out.push({ where: c.label, lhs: lhsRows.map((r) => term(r, c.key)), rhs: rhsRows.map((r) => term(r, c.key)) });
    }
  } else {
    for (const d of def.rows) {
      if (rows[d.key] === null || rows[d.key] === undefined) continue;
      const cols = d.columns ?? def.columns.map((c) => c.key);
      if (![...rule.lhs, ...rule.rhs].every((k) => cols.includes(k))) continue;
      out.push({ where: d.label, lhs: rule.lhs.map((k) => term(d.key, k)), rhs: rule.rhs.map((k) => term(d.key, k)) });
    }
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The checks stage: evaluates every exact rule of the template (勾稽关系) on the parsed tables. A
 * breach is a `check-failed` error naming the rule, the cells, the expected sum (left side) and the
 * actual sum (right side). Rules over blank or missing cells are not assessable (one info message per
 * rule), unless `blankAsZero` is set.
 *
 * @example
 * runChecks(TEMPLATE_2021.rules, tables).filter((m) => m.code === 'check-failed');
 */
export function runChecks(rules: readonly RuleDef[], tables: Record<2 | 3 | 4, CheckedTable>, options: CheckOptions = {}): Message[] {
  const messages: Message[] = [];
  const blankAsZero = options.blankAsZero ?? false;
  for (const rule of rules) {
    const { def, record } = tables[rule.table];
    if (record === null || def.number !== rule.table) continue;
    const notAssessable: string[] = [];
    const notAssessableCells: CellRef[] = [];
    for (const inst of instances(rule, def, record)) {
      const all = [...inst.lhs, ...inst.rhs];
      if (all.every((t) => t.cell === null || t.cell.status === 'absent')) continue;
      const lv = inst.lhs.map((t) => valueOf(t, blankAsZero));
      const rv = inst.rhs.map((t) => valueOf(t, blankAsZero));
      if (lv.includes(null) || rv.includes(null)) {
        notAssessable.push(inst.where);
        all.forEach((t, i) => {
          if ((i < lv.length ? lv[i] : rv[i - lv.length]) === null) notAssessableCells.push(t.ref);
        });
        continue;
      }
      const expected = round(sum(lv as number[]));
      const actual = round(sum(rv as number[]));
      if (expected === actual) continue;
      const anchor = all.find((t) => t.cell?.span)?.cell?.span ?? null;
      messages.push(
        createMessage('check-failed', `Table ${rule.table}, ${rule.over === 'columns' ? 'column' : 'row'} "${inst.where}": ${expected} ≠ ${actual} (${rule.description}).`, anchor, {
          rule: rule.id,
          expected,
          actual,
          cells: all.map((t) => t.ref),
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
