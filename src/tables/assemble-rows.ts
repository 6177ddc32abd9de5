import type { RowDef, TableDef } from '../templates/types.js';
import type { Cell } from './cells.js';
import { isProse } from './prose.js';
import { labelIndex, matchLabel, type LabelMatch, type Target } from './label-index.js';
import { rowIndexOf, tableLookup } from './table-lookup.js';

/** A table row as read: its label cells, the template row it matched, and its value cells. */
export interface RawRow {
  /** The template row key, or null when the label matched nothing (or was lost). */
  key: string | null;
  label: Cell[];
  /** The best label match (score 1 = exact). */
  score: number;
  values: Cell[];
  /** True when this row was opened by a group label that may also be a row (（六）其他处理). */
  groupCandidate: boolean;
}

/** What assembling a table's cells found. */
export interface AssembledRows {
  rows: RawRow[];
  /** Text cells that matched nothing and led no values. */
  unmatchedText: Cell[];
  /** Rows whose label repeated one already read, with no values: skipped header rows. */
  repeatedHeaders: Cell[];
}

function arityOf(table: TableDef, row: RowDef | undefined): number {
  return row?.columns?.length ?? table.columns.length;
}

function nonBlank(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (c.kind !== 'blank') n++;
  return n;
}

/** How to read rows. */
export interface AssembleOptions {
  /**
   * A row label followed directly by the next label is a row printed with no value (its cells are
   * blank). True for text whose cells ran together, where every value follows its label; elsewhere a
   * label may stand apart from its values (a label wrapped onto its own line in PDF text).
   */
  labelOnlyIsBlank?: boolean;
}

/** The empty cells of a row printed with no value: where its label ends, explicit (printed as nothing). */
function blankCells(label: Cell, n: number): Cell[] {
  return Array.from({ length: n }, () => ({ text: '', start: label.end, end: label.end, kind: 'blank' as const, line: label.line, lineCells: n + 1, explicit: true }));
}

/** Picks one target among equally good matches, using numbering, the current group and template order. */
function choose(
  table: TableDef,
  matches: LabelMatch[],
  ctx: { group: string | null; inRows: boolean; lastRowIndex: number },
): Target | null {
  if (matches.length === 0) return null;
  // A single candidate is chosen whatever the context (every rule below keeps a pool of one).
  if (matches.length === 1) return matches[0]!.target;
  const numbering = matches[0]!.numbering;
  let pool = matches.map((m) => m.target);
  if (numbering !== null) {
    const same = pool.filter((t) => t.numbering === numbering);
    if (same.length > 0) pool = same;
  }
  if (!ctx.inRows) {
    const head = pool.filter((t) => t.type === 'column' || t.type === 'header');
    if (head.length > 0 && numbering === null) return head[0]!;
  }
  if (pool.length === 1) return pool[0]!;
  const rowIndex = (t: Target) => rowIndexOf(table, t.key);
  const rows = pool.filter((t) => t.type === 'row');
  const groups = pool.filter((t) => t.type === 'group');
  if (groups.length > 0 && rows.some((r) => groups.some((g) => g.key === r.key))) return groups[0]!;
  if (rows.length > 0) {
    const inGroup = rows.filter((t) => table.rows[rowIndex(t)]?.group === ctx.group);
    const pick = inGroup.length > 0 ? inGroup : rows;
    const ahead = pick.filter((t) => rowIndex(t) > ctx.lastRowIndex);
    return (ahead.length > 0 ? ahead : pick)[0]!;
  }
  return pool[0]!;
}

// A label that starts with a row's own number: "3.", "3．", "3、" (not "3.5", a value).
const ROW_NUMBER_START = /^\s*\d{1,2}\s*[.．、](?!\d)/u;

/**
 * Walks a table's cells and groups them into rows: a label cell that matches a template row opens a
 * row, the value cells after it are its values; group labels set the context for the leaf labels
 * that follow ("1." under （三） is a different row from "1." under （四）); header cells are noted;
 * blank cells before a label on its line are label padding; values that start a new line after a
 * complete row open an unlabelled row. Rows are matched by meaning, not by position.
 *
 * @example
 * assembleRows(TEMPLATE_2021.tables.t2, splitCells('规章\t0\t0\t0', 0, 8)).rows[0].key; // → 'regulations'
 */
export function assembleRows(table: TableDef, cells: Cell[], options: AssembleOptions = {}): AssembledRows {
  const index = labelIndex(table);
  const rows: RawRow[] = [];
  const unmatchedText: Cell[] = [];
  const repeatedHeaders: Cell[] = [];
  const filled = new Set<string>();
  let open: RawRow | null = null;
  let group: string | null = null;
  let lastRowIndex = -1;
  let inRows = false;
  let pending: Cell[] = [];

  const lookup = tableLookup(table);
  const isHeaderLabel = (label: Cell[]) => label.some((l) => matchLabel(index, l.text).some((m) => m.target.type === 'column' || m.target.type === 'header'));
  const rowDef = (key: string | null) => (key === null ? undefined : lookup.rowByKey.get(key));
  const close = (followed = false) => {
    if (open === null) return;
    // A group label followed only by empty cells is a group, not a row.
    if (open.groupCandidate && open.values.every((v) => v.kind === 'blank')) open.values = [];
    // A row printed with its label and no value, before the next label: its cells are blank.
    // (Not a label that is also a column's, as 其他 and 总计 in a header row repeated inside table 3.)
    if (followed && options.labelOnlyIsBlank && open.score >= 1 && open.values.length === 0 && open.key !== null && !open.groupCandidate && !filled.has(open.key) && open.label.length > 0 && !isHeaderLabel(open.label)) {
      const def = rowDef(open.key);
      if (def !== undefined && !def.extra) open.values = blankCells(open.label[open.label.length - 1]!, arityOf(table, def));
    }
    if (open.values.length > 0) {
      rows.push(open);
      if (open.key !== null) filled.add(open.key);
    } else if (open.key === null) {
      for (const l of open.label) if (l.text.length <= 40) unmatchedText.push(l);
    } else if (filled.has(open.key) && !open.groupCandidate) {
      repeatedHeaders.push(...open.label);
    }
    open = null;
  };
  const openRow = (key: string | null, label: Cell[], score: number, groupCandidate = false) => {
    close(key !== null);
    open = { key, label, score, values: [], groupCandidate };
    if (key !== null) {
      const i = lookup.rowIndex.get(key) ?? -1;
      if (i >= 0 && !groupCandidate) lastRowIndex = i;
      inRows = true;
    }
  };

  let curLine = -1;
  let seenOnLine = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.line !== curLine) {
      curLine = c.line;
      seenOnLine = false;
    }
    if (c.kind === 'blank') {
      pending.push(c);
      continue;
    }
    const firstOnLine = !seenOnLine;
    seenOnLine = true;
    if (c.kind === 'text') {
      // Blanks earlier on this line pad the label columns; blanks from earlier lines trail the open row.
      if (open !== null) for (const p of pending) if (p.line !== c.line) (open as RawRow).values.push(p);
      if (pending.length > 0) pending = [];
      // A sentence is prose, never a row nor a label: its values are not the table's.
      if (isProse(c.text)) {
        close();
        if (c.text.length <= 40) unmatchedText.push(c);
        continue;
      }
      // A label wrapped over two cells: the second part continues the open row when the joined
      // label matches that row at least as well as the first part alone.
      const cur0 = open as RawRow | null;
      // (Not a part that starts with a row's own number, "3.补正后…": that is the next row's label.)
      if (cur0 !== null && cur0.key !== null && !cur0.groupCandidate && cur0.label.length > 0 && cur0.score < 1 && !ROW_NUMBER_START.test(c.text)) {
        const joined = matchLabel(index, cur0.label.map((l) => l.text).join('') + c.text);
        const better = cur0.values.length === 0 ? (m: LabelMatch) => m.score >= cur0.score : (m: LabelMatch) => m.score > cur0.score;
        if (joined.some((m) => m.target.key === cur0.key && better(m))) {
          cur0.label.push(c);
          cur0.score = joined.find((m) => m.target.key === cur0.key)!.score;
          continue;
        }
      }
      const matches = matchLabel(index, c.text);
      const target = choose(table, matches, { group, inRows, lastRowIndex });
      const score = target ? (matches[0]?.score ?? 0) : 0;
      if (target === null) {
        const cur = open as RawRow | null;
        if (cur !== null && cur.values.length === 0 && inRows && !(cur.key !== null && ROW_NUMBER_START.test(c.text))) {
          // A label wrapped over two cells: join and try again.
          cur.label.push(c);
          if (cur.key === null) {
            const joined = cur.label.map((l) => l.text).join('');
            const again = choose(table, matchLabel(index, joined), { group, inRows, lastRowIndex });
            if (again?.type === 'row') {
              cur.key = again.key;
              cur.score = 0.9;
            }
          }
        } else if (inRows) openRow(null, [c], 0);
        else if (c.text.length <= 40) unmatchedText.push(c);
        continue;
      }
      if (target.type === 'column' || target.type === 'header') {
        if (inRows) {
          close();
          repeatedHeaders.push(c);
        }
        continue;
      }
      if (target.type === 'group') {
        group = target.key;
        // A table-2 caption starts a sub-table with its own header row.
        if (table.number === 2) {
          close(true);
          inRows = false;
          continue;
        }
        const asRow = rowDef(target.key);
        if (asRow) openRow(target.key, [c], score, true);
        else close();
        continue;
      }
      const def = rowDef(target.key);
      if (def?.group !== undefined && table.groups.some((g) => g.key === def.group)) group = def.group;
      openRow(target.key, [c], score);
      continue;
    }
    // A value cell.
    const cur = open as RawRow | null;
    if (cur === null) {
      if (inRows) openRow(null, [], 0);
      else {
        if (pending.length > 0) pending = [];
        continue;
      }
    } else if (firstOnLine && c.lineCells > 1 && cur.label.length > 0 && cur.label[0]!.line !== c.line && nonBlank(cur.values) >= arityOf(table, rowDef(cur.key))) {
      openRow(null, [], 0);
    }
    const row = open as unknown as RawRow;
    if (row.groupCandidate) {
      row.groupCandidate = false;
      const i2 = row.key === null ? -1 : (lookup.rowIndex.get(row.key) ?? -1);
      if (i2 >= 0) lastRowIndex = i2;
    }
    for (const p of pending) row.values.push(p);
    if (pending.length > 0) pending = [];
    row.values.push(c);
  }
  if (open !== null) for (const p of pending) (open as RawRow).values.push(p);
  close();
  return { rows, unmatchedText, repeatedHeaders };
}
