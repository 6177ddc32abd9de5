import { createMessage, type CellRef, type Message } from '../../messages/message.js';
import type { RuleDef, TableDef } from '../../templates/types.js';
import type { Span } from '../../types.js';
import type { RawRow } from '../assemble-rows.js';
import { namesBlockAt } from '../blocks.js';
import type { Cell } from '../cells.js';
import { solveSplits, type Equation, type SplitResult } from '../split/index.js';
import { solveLeastBroken } from '../split/least-broken.js';

/** A template row whose values are one run of digits. */
interface RunRowInfo {
  raw: RawRow;
  run: Cell;
  columns: string[];
}

/**
 * A piece of a run that the solver splits: the whole run, or — when a sign starts the signed
 * column (2019 本年增/减: "312+271506") — the part before the sign and the part from it.
 */
interface Piece {
  row: number;
  /** First column of the piece. */
  col: number;
  arity: number;
  /** The digits (and spaces) to split, and where they start in the text. */
  digits: string;
  start: number;
  /** A sign that belongs to the piece's first cell. */
  sign: string;
  /** A decimal part and unit that belong to the piece's last cell ("…32.52元"). */
  tail: string;
}

// A sign, also written as a word: "16减12" is 16 | -12 (2019 本年增/减).
const SIGNED = /[+\-增减]/u;
const ASCII_SIGN: Record<string, string> = { 增: '+', 减: '-' };
// A counter between two numbers ("政府集中采购1个246900元") is a cell boundary, like a space.
const COUNTER = /[个件项条次]/gu;

function piecesOf(table: TableDef, info: RunRowInfo, row: number): Piece[] | null {
  const text = info.run.text.replace(COUNTER, ' ');
  const unit = /(?:万元|元)$/u.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - unit.length);
  const dot = body.indexOf('.');
  const intPart = dot >= 0 ? body.slice(0, dot) : body;
  const tail = (dot >= 0 ? body.slice(dot) : '') + unit;
  const n = info.columns.length;
  const kinds = info.columns.map((k) => table.columns.find((c) => c.key === k)?.kind ?? 'count');
  if (tail.length > 0 && dot >= 0 && kinds[n - 1] !== 'amount') return null;
  const signAt = intPart.search(SIGNED);
  if (signAt < 0) {
    if (!/^[0-9 ]+$/u.test(intPart)) return null;
    return [{ row, col: 0, arity: n, digits: intPart, start: info.run.start, sign: '', tail }];
  }
  const k = kinds.indexOf('signed');
  const rest = intPart.slice(signAt + 1);
  const before = intPart.slice(0, signAt);
  if (k < 0 || SIGNED.test(rest) || !/^[0-9 ]*$/u.test(before) || !/^[0-9 ]+$/u.test(rest)) return null;
  if ((k === 0) !== (before.trim().length === 0)) return null;
  const pieces: Piece[] = [];
  if (k > 0) pieces.push({ row, col: 0, arity: k, digits: before, start: info.run.start, sign: '', tail: '' });
  pieces.push({ row, col: k, arity: n - k, digits: rest, start: info.run.start + signAt + 1, sign: intPart[signAt]!, tail });
  return pieces;
}

function rowRunInfos(table: TableDef, raw: RawRow[]): RunRowInfo[] {
  const out: RunRowInfo[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (r.key === null || seen.has(r.key)) continue;
    const runs = r.values.filter((c) => c.kind === 'run');
    if (runs.length !== 1 || r.values.some((c) => c.kind !== 'run' && c.kind !== 'blank')) continue;
    const def = table.rows.find((d) => d.key === r.key);
    if (!def || def.extra) continue;
    seen.add(r.key);
    out.push({ raw: r, run: runs[0]!, columns: [...(def.columns ?? table.columns.map((c) => c.key))] });
  }
  return out;
}

/** The rules as equations over (row, column) of whole rows. */
function equationsOf(table: TableDef, rules: readonly RuleDef[], rows: RunRowInfo[]): Equation[] {
  const at = new Map(rows.map((r, i) => [r.raw.key!, i]));
  const equations: Equation[] = [];
  for (const rule of rules) {
    if (rule.table !== table.number) continue;
    if (rule.over === 'rows') {
      rows.forEach((r, i) => {
        const lhs = rule.lhs.map((k) => r.columns.indexOf(k));
        const rhs = rule.rhs.map((k) => r.columns.indexOf(k));
        if (lhs.includes(-1) || rhs.includes(-1)) return;
        equations.push({ id: `${rule.id}:${r.raw.key}`, lhs: lhs.map((c) => [i, c]), rhs: rhs.map((c) => [i, c]) });
      });
    } else {
      const lhs = rule.lhs.map((k) => at.get(k));
      const rhs = rule.rhs.map((k) => at.get(k));
      if (lhs.includes(undefined) || rhs.includes(undefined)) continue;
      table.columns.forEach((col, c) => {
        equations.push({ id: `${rule.id}:${col.key}`, lhs: lhs.map((i) => [i!, c]), rhs: rhs.map((i) => [i!, c]) });
      });
    }
  }
  return equations;
}

/** Groups pieces that share an equation: each group is solved on its own. */
function components(count: number, equations: Equation[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const e of equations) {
    const cells = [...e.lhs, ...e.rhs];
    for (const [i] of cells) parent[find(i)] = find(cells[0]![0]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  }
  return [...groups.values()];
}

function cellsOf(piece: Piece, result: SplitResult, i: number, line: number, run: Cell): Cell[] {
  const source = run.text;
  const lineCells = piece.arity + 1;
  const n = piece.arity;
  // A sign before the first column's digits and a decimal part or unit after the last column's
  // belong to that column's cell.
  const textOf = (j: number, digits: string, ascii = false): string => (j === 0 ? (ascii ? (ASCII_SIGN[piece.sign] ?? piece.sign) : piece.sign) : '') + digits + (j === n - 1 ? piece.tail : '');
  // The cell of column j read from the digits [start, end) of the run.
  const cell = (j: number, digits: string, start: number, end: number, kind: 'number' | 'ambiguous'): Cell => {
    const first = j === 0 && piece.sign !== '';
    const last = j === n - 1 && piece.tail !== '';
    const out: Cell = {
      text: textOf(j, digits),
      start: first ? start - 1 : start,
      end: last ? end + piece.tail.length : end,
      kind,
      line,
      lineCells,
      explicit: true,
    };
    // A sign written as a word is read as its sign.
    if (first && piece.sign in ASCII_SIGN) out.valueText = textOf(j, digits, true);
    return out;
  };
  const out: Cell[] = [];
  if (result.status === 'unique') {
    const offsets = result.offsets[i]!;
    for (let j = 0; j < n; j++) {
      const [a, b] = offsets[j]!;
      out.push(cell(j, piece.digits.slice(a, b), piece.start + a, piece.start + b, 'number'));
    }
    return out;
  }
  const known = result.status === 'ambiguous' || result.status === 'budget' ? result.known[i] : undefined;
  const knownAt = result.status === 'ambiguous' || result.status === 'budget' ? result.knownOffsets[i] : undefined;
  const wholeStart = piece.start - (piece.sign ? 1 : 0);
  const wholeEnd = piece.start + piece.digits.length + piece.tail.length;
  const wholeText = piece.sign + source.slice(piece.start - run.start, piece.start - run.start + piece.digits.length) + piece.tail;
  const whole = (kind: 'number' | 'ambiguous'): Cell => ({ text: wholeText, start: wholeStart, end: wholeEnd, kind, line, lineCells, explicit: true });
  for (let j = 0; j < n; j++) {
    const v = known?.[j];
    const at = knownAt?.[j];
    if (v === null || v === undefined) out.push(whole('ambiguous'));
    // A value every split agrees on: its own digits when every split also takes the same ones,
    // else the value read from its deduced text, with the text and span of the whole run.
    else if (at) out.push(cell(j, piece.digits.slice(at[0], at[1]), piece.start + at[0], piece.start + at[1], 'number'));
    else out.push({ ...whole('number'), valueText: textOf(j, String(v), true) });
  }
  return out;
}

/**
 * Splits the digit runs of a table whose cells ran together. Runs tied by the template's rules (row
 * totals, column totals, the corner identity) are solved jointly; a run no rule touches (table 2) is
 * solved alone. A sign starts the signed column (2019 本年增/减) and a decimal part or unit stays with
 * the amount. A unique solution gives each cell its digits and span; otherwise the cells that differ
 * between solutions stay unknown (`ambiguous`), and a message says which.
 *
 * @example
 * import { assembleRows } from '../assemble-rows.js';
 * const t3 = TEMPLATE_2021.tables.t3;
 * const text = '一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000';
 * const raw = assembleRows(t3, tokenizeRunTogether(t3, text, 0, text.length)).rows;
 * splitRuns(t3, TEMPLATE_2021.rules, raw, (start, end) => ({ start, end })).map((m) => m.code); // → ['cells-recovered']
 * raw.map((r) => `${r.key}: ${r.values.map((c) => c.text).join(' ')}`); // → ['new: 23 0 0 0 0 0 23', 'carriedOver: 0 0 0 0 0 0 0']
 */
export function splitRuns(table: TableDef, rules: readonly RuleDef[], raw: RawRow[], span: (s: number, e: number) => Span): Message[] {
  const messages: Message[] = [];
  const rows = rowRunInfos(table, raw);
  const rowEquations = equationsOf(table, rules, rows);
  const pieces: Piece[] = [];
  const whole = new Map<number, number>(); // row → its piece, when the run is one piece
  const unreadable: RunRowInfo[] = [];
  rows.forEach((info, r) => {
    const ps = piecesOf(table, info, r);
    if (ps === null) unreadable.push(info);
    else {
      if (ps.length === 1) whole.set(r, pieces.length);
      pieces.push(...ps);
    }
  });
  // Rules bind whole rows; a row split at a sign has no rule in the national templates.
  const equations = rowEquations
    .filter((e) => [...e.lhs, ...e.rhs].every(([r]) => whole.has(r)))
    .map((e) => ({ ...e, lhs: e.lhs.map(([r, c]) => [whole.get(r)!, c] as [number, number]), rhs: e.rhs.map(([r, c]) => [whole.get(r)!, c] as [number, number]) }));

  for (const info of unreadable) {
    info.raw.values = info.columns.map(() => ({ ...info.run, kind: 'ambiguous' as const }));
    messages.push(createMessage('cells-unsolvable', `Table ${table.number}: "${info.run.text}" cannot be split into ${info.columns.length} cells of this row's kinds; its cells are left unknown.`, span(info.run.start, info.run.end), { actual: info.run.text, cells: info.columns.map((column) => ({ table: table.number, row: info.raw.key!, column })) }));
  }
  const cellsByRow = new Map<number, Cell[]>();
  /** Appends a piece's cells to its row's (pushed, not copied: a row has a piece per block). */
  const addCells = (row: number, cells: Cell[]): void => {
    const list = cellsByRow.get(row);
    if (list) for (const c of cells) list.push(c);
    else cellsByRow.set(row, cells);
  };
  let recovered = 0;
  for (const group of components(pieces.length, equations)) {
    const local = new Map(group.map((p, i) => [p, i]));
    const eqs = equations
      .filter((e) => local.has(e.lhs[0]![0]))
      .map((e) => ({ ...e, lhs: e.lhs.map(([p, c]) => [local.get(p)!, c] as [number, number]), rhs: e.rhs.map(([p, c]) => [local.get(p)!, c] as [number, number]) }));
    // A piece no split satisfies on its own (a stray digit) is left out of its group.
    const alone = (p: Piece, i: number) => {
      const own = eqs.filter((e) => [...e.lhs, ...e.rhs].every(([k]) => k === i)).map((e) => ({ ...e, lhs: e.lhs.map(([, c]) => [0, c] as [number, number]), rhs: e.rhs.map(([, c]) => [0, c] as [number, number]) }));
      // A run split one way only is kept whatever its own rule says: the rule is then broken by the report.
      return solveSplits({ rows: [{ run: p.digits, arity: p.arity }], equations: own }).status !== 'none' || solveSplits({ rows: [{ run: p.digits, arity: p.arity }], equations: [] }).status === 'unique';
    };
    const ok = group.filter((p, i) => alone(pieces[p]!, i));
    for (const p of group) {
      if (ok.includes(p)) continue;
      const piece = pieces[p]!;
      const info = rows[piece.row]!;
      addCells(piece.row, Array.from({ length: piece.arity }, () => ({ ...info.run, kind: 'ambiguous' as const })));
      messages.push(createMessage('cells-unsolvable', `Table ${table.number}: no split of "${info.run.text}" into ${info.columns.length} cells satisfies the row's own rule; its cells are left unknown.`, span(info.run.start, info.run.end), { actual: info.run.text, cells: info.columns.map((column) => ({ table: table.number, row: info.raw.key!, column })) }));
    }
    if (ok.length === 0) continue;
    const idx = new Map(ok.map((p, i) => [p, i]));
    const eqOk = eqs
      .map((e) => ({ ...e, lhs: e.lhs.map(([i, c]) => [idx.get(group[i]!), c]), rhs: e.rhs.map(([i, c]) => [idx.get(group[i]!), c]) }))
      .filter((e) => [...e.lhs, ...e.rhs].every(([i]) => i !== undefined)) as Equation[];
    const { result, broken, forced } = solveLeastBroken({ rows: ok.map((p) => ({ run: pieces[p]!.digits, arity: pieces[p]!.arity })), equations: eqOk });
    ok.forEach((p, i) => {
      const piece = pieces[p]!;
      addCells(piece.row, cellsOf(piece, result, i, rows[piece.row]!.run.line, rows[piece.row]!.run));
    });
    const refs = (pairs: Array<[number, number]>): CellRef[] =>
      pairs.map(([i, c]) => {
        const piece = pieces[ok[i]!]!;
        const info = rows[piece.row]!;
        return { table: table.number, row: info.raw.key!, column: info.columns[piece.col + c]! };
      });
    const where = span(pieces[ok[0]!]!.start, pieces[ok[ok.length - 1]!]!.start + pieces[ok[ok.length - 1]!]!.digits.length);
    const allCells = () => refs(ok.flatMap((p, i) => Array.from({ length: pieces[p]!.arity }, (_, c) => [i, c] as [number, number])));
    if (broken.length > 0 && result.status !== 'none') {
      // The report breaks its own arithmetic: the split that breaks the fewest rule instances was
      // used; the cells of runs that could be split another way rest on it.
      const inferred = refs(ok.flatMap((p, i) => (forced[i] ? [] : Array.from({ length: pieces[p]!.arity }, (_, c) => [i, c] as [number, number]))));
      const ids = [...new Set(broken.map((e) => e.id.split(':')[0]!))];
      messages.push(
        createMessage('cells-least-broken', `Table ${table.number}: cells ran together and no split satisfies every rule; the split that breaks the fewest rule instances (${broken.length}, of ${ids.join(', ')}) was used${result.status === 'ambiguous' ? ', and the cells such splits differ on are left unknown' : ''}. The broken rules are reported as check-failed.`, where, {
          actual: broken.map((e) => e.id),
          ...(inferred.length > 0 ? { cells: inferred } : {}),
        }),
      );
    }
    if (result.status === 'unique') recovered += ok.length;
    else if (result.status === 'ambiguous') {
      const cells = refs(result.differing);
      messages.push(
        createMessage('cells-ambiguous', `Table ${table.number}: cells ran together and ${result.candidates.length} splits of ${ok.map((p) => `"${pieces[p]!.sign}${pieces[p]!.digits}"`).join(', ')} satisfy the arithmetic; ${cells.length} cells that differ are left unknown.`, where, {
          cells,
          actual: result.candidates.slice(0, 5).map((cand) => cand.map((cells) => cells.join('|'))),
        }),
      );
    } else {
      messages.push(createMessage('cells-unsolvable', `Table ${table.number}: cells ran together and ${result.status === 'none' ? 'no split satisfies the arithmetic' : 'the search budget ran out'}; the cells are left unknown.`, where, { actual: ok.map((p) => pieces[p]!.digits), cells: allCells() }));
    }
  }
  for (const [r, cells] of cellsByRow) rows[r]!.raw.values = cells;
  if (recovered > 0) {
    messages.unshift(createMessage('cells-recovered', `Table ${table.number}: cells ran together; ${recovered} digit run${recovered > 1 ? 's were' : ' was'} split the only way every rule allows.`, null, { actual: recovered }));
  }
  return messages;
}

/** The cells of table 4 a run may hold (which blocks is decided later: any of them). */
const t4Refs = (table: TableDef, blocks: number): CellRef[] => (blocks > 0 ? table.rows.flatMap((row) => table.columns.map((column) => ({ table: table.number, row: row.key, column: column.key }))) : []);
/** Table 4's rules over rows as equations on `blocks` blocks of `width` cells laid side by side. */
function blockEquations(table: TableDef, rules: readonly RuleDef[], blocks: number): Equation[] {
  const keys = table.columns.map((c) => c.key);
  const width = keys.length;
  const equations: Equation[] = [];
  for (const rule of rules) {
    if (rule.table !== table.number || rule.over !== 'rows') continue;
    const lhs = rule.lhs.map((k) => keys.indexOf(k));
    const rhs = rule.rhs.map((k) => keys.indexOf(k));
    if (lhs.includes(-1) || rhs.includes(-1)) continue;
    for (let b = 0; b < blocks; b++) {
      equations.push({ id: `${rule.id}:${b}`, lhs: lhs.map((c) => [0, b * width + c] as [number, number]), rhs: rhs.map((c) => [0, b * width + c] as [number, number]) });
    }
  }
  return equations;
}

/**
 * Splits table 4's runs before its blocks are assembled: a run holds the blocks named before it (all
 * of them when none is named), a block's width of cells each, with the table's rules over rows (each
 * block's 总计 the sum of its four outcomes) holding in every block.
 *
 * @example
 * const t4 = TEMPLATE_2021.tables.t4;
 * const text = '0200201102000 22'; // three blocks (none named) of five numbers
 * const cells = tokenizeRunTogether(t4, text, 0, text.length);
 * splitTable4Runs(t4, TEMPLATE_2021.rules, cells, (start, end) => ({ start, end })).cells.map((c) => c.text).join(' ');
 * // → '0 2 0 0 2 0 1 1 0 2 0 0 0 2 2'
 */
export function splitTable4Runs(table: TableDef, rules: readonly RuleDef[], cells: Cell[], span: (s: number, e: number) => Span): { cells: Cell[]; messages: Message[] } {
  const width = table.columns.length;
  const out: Cell[] = [];
  const messages: Message[] = [];
  let named = new Set<string>();
  for (const c of cells) {
    if (c.kind === 'text') {
      for (const { key, label } of table.rows) {
        const at = c.text.indexOf(label);
        if (at >= 0 && namesBlockAt(table, c.text, at, label, key)) named.add(key);
      }
      out.push(c);
      continue;
    }
    if (c.kind !== 'run' || !/^[0-9 ]+$/u.test(c.text)) {
      out.push(c);
      continue;
    }
    const digits = c.text.replace(/ /gu, '').length;
    let k = Math.min(named.size > 0 ? named.size : table.rows.length, Math.floor(digits / width));
    let result: SplitResult = { status: 'none' };
    for (; k >= 1; k--) {
      result = solveSplits({ rows: [{ run: c.text, arity: width * k }], equations: blockEquations(table, rules, k) });
      if (result.status !== 'none') break;
    }
    const wanted = Math.min(named.size > 0 ? named.size : table.rows.length, Math.floor(digits / width));
    named = new Set();
    if (k < 1 && wanted >= 1 && digits === width * wanted) {
      // A digit per cell: the split is forced, and the block totals it breaks are the report's.
      result = solveSplits({ rows: [{ run: c.text, arity: width * wanted }], equations: [] });
      k = wanted;
    }
    if (k < 1) {
      messages.push(createMessage('cells-unsolvable', 'Table 4: cells ran together and no split satisfies the block totals; the cells are left unknown.', span(c.start, c.end), { actual: c.text, cells: t4Refs(table, 3) }));
      out.push({ ...c, kind: 'ambiguous' });
      continue;
    }
    const piece: Piece = { row: 0, col: 0, arity: width * k, digits: c.text, start: c.start, sign: '', tail: '' };
    out.push(...cellsOf(piece, result, 0, c.line, c));
    if (result.status === 'unique') messages.push(createMessage('cells-recovered', `Table 4: cells ran together; the only split of "${c.text}" into ${k} blocks that satisfies the block totals was used.`, span(c.start, c.end), { actual: c.text }));
    else messages.push(createMessage('cells-ambiguous', `Table 4: cells ran together and several splits of "${c.text}" satisfy the block totals; the cells that differ are left unknown.`, span(c.start, c.end), { actual: c.text, cells: t4Refs(table, k) }));
  }
  return { cells: out, messages };
}
