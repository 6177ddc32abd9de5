import { createMessage, type CellRef, type Message } from '../../messages/message.js';
import type { RuleDef, TableDef } from '../../templates/types.js';
import type { Span } from '../../types.js';
import type { RawRow } from '../assemble-rows.js';
import type { Cell } from '../cells.js';
import { solveSplits, type Equation, type SplitResult } from '../split/index.js';

interface Problem {
  /** The row each problem row stands for, with its run cell and arity. */
  rows: Array<{ raw: RawRow; run: Cell; arity: number; columns: string[] }>;
  equations: Equation[];
}

function buildProblem(table: TableDef, rules: readonly RuleDef[], raw: RawRow[]): Problem {
  const rows: Problem['rows'] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (r.key === null || seen.has(r.key)) continue;
    const runs = r.values.filter((c) => c.kind === 'run');
    if (runs.length !== 1 || r.values.some((c) => c.kind !== 'run' && c.kind !== 'blank')) continue;
    const def = table.rows.find((d) => d.key === r.key);
    if (!def || def.extra) continue;
    seen.add(r.key);
    const columns = [...(def.columns ?? table.columns.map((c) => c.key))];
    rows.push({ raw: r, run: runs[0]!, arity: columns.length, columns });
  }
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
  return { rows, equations };
}

const digitsOnly = (run: string) => /^[0-9 ]+$/u.test(run);

/** Turns a solver result row into cells. */
function cellsOf(run: Cell, result: SplitResult, i: number, arity: number): Cell[] {
  const base = { line: run.line, lineCells: arity + 1, explicit: true } as const;
  if (result.status === 'unique') {
    return result.offsets[i]!.map(([a, b]) => ({ ...base, text: run.text.slice(a, b), start: run.start + a, end: run.start + b, kind: 'number' as const }));
  }
  const known = result.status === 'ambiguous' || result.status === 'budget' ? result.known[i] : undefined;
  return Array.from({ length: arity }, (_, j) => {
    const v = known?.[j];
    return v === null || v === undefined
      ? { ...base, text: run.text, start: run.start, end: run.end, kind: 'ambiguous' as const }
      : { ...base, text: String(v), start: run.start, end: run.end, kind: 'number' as const };
  });
}

/**
 * Splits the digit runs of a table whose cells ran together, solving every run of the table jointly
 * against the template's rules (row totals, column totals, the corner identity). A unique solution
 * gives each cell its digits and span; otherwise the cells that differ between solutions stay
 * unknown (`ambiguous`), and a message says which.
 *
 * @example
 * splitRuns(T3, rules, rawRows, span); // rawRows' run cells replaced by one cell per column
 */
export function splitRuns(table: TableDef, rules: readonly RuleDef[], raw: RawRow[], span: (s: number, e: number) => Span): Message[] {
  const problem = buildProblem(table, rules, raw);
  const messages: Message[] = [];
  // Runs with decimals or units are single numbers, never split.
  const solvable = problem.rows.filter((r) => digitsOnly(r.run.text) || r.arity === 1);
  for (const r of problem.rows) {
    if (r.arity === 1) r.raw.values = [{ ...r.run, text: r.run.text.replace(/ /gu, ''), kind: /^[0-9]/u.test(r.run.text) ? 'number' : 'text' }];
  }
  let multi = solvable.filter((r) => r.arity > 1 && digitsOnly(r.run.text));
  // A row that no split satisfies on its own (a stray digit) is left out of the joint problem.
  const rowOnly = (r: (typeof multi)[number]) => {
    const i = problem.rows.indexOf(r);
    const eqs = problem.equations.filter((e) => [...e.lhs, ...e.rhs].every(([k]) => k === i)).map((e) => ({ ...e, lhs: e.lhs.map(([, c]) => [0, c]), rhs: e.rhs.map(([, c]) => [0, c]) })) as Equation[];
    return solveSplits({ rows: [{ run: r.run.text, arity: r.arity }], equations: eqs }).status !== 'none';
  };
  const broken = multi.filter((r) => !rowOnly(r));
  for (const r of broken) {
    r.raw.values = Array.from({ length: r.arity }, () => ({ ...r.run, kind: 'ambiguous' as const }));
    messages.push(createMessage('cells-unsolvable', `Table ${table.number}: no split of "${r.run.text}" into ${r.arity} cells satisfies the row's own rule; its cells are left unknown.`, span(r.run.start, r.run.end), { actual: r.run.text, cells: r.columns.map((column) => ({ table: table.number, row: r.raw.key!, column })) }));
  }
  multi = multi.filter((r) => !broken.includes(r));
  if (multi.length === 0) return messages;
  const index = new Map(multi.map((r, i) => [r, i]));
  const remap = new Map(problem.rows.map((r, i) => [i, index.get(r)]));
  const equations = problem.equations
    .map((e) => ({ ...e, lhs: e.lhs.map(([i, c]) => [remap.get(i), c]), rhs: e.rhs.map(([i, c]) => [remap.get(i), c]) }))
    .filter((e) => [...e.lhs, ...e.rhs].every(([i]) => i !== undefined)) as Equation[];
  const result = solveSplits({ rows: multi.map((r) => ({ run: r.run.text, arity: r.arity })), equations });
  multi.forEach((r, i) => {
    r.raw.values = cellsOf(r.run, result, i, r.arity);
  });
  const where = span(multi[0]!.run.start, multi[multi.length - 1]!.run.end);
  if (result.status === 'unique') {
    messages.push(createMessage('cells-recovered', `Table ${table.number}: cells ran together; the only split of ${multi.length} digit runs that satisfies every rule was used.`, where, { actual: multi.map((r) => r.run.text) }));
  } else if (result.status === 'ambiguous') {
    const cells: CellRef[] = result.differing.map(([i, c]) => ({ table: table.number, row: multi[i]!.raw.key!, column: multi[i]!.columns[c]! }));
    messages.push(
      createMessage('cells-ambiguous', `Table ${table.number}: cells ran together and ${result.candidates.length} splits satisfy the arithmetic; ${cells.length} cells that differ are left unknown.`, where, {
        cells,
        actual: result.candidates.slice(0, 3).map((cand) => Object.fromEntries(multi.map((r, i) => [r.raw.key!, cand[i]]))),
      }),
    );
  } else {
    messages.push(createMessage('cells-unsolvable', `Table ${table.number}: cells ran together and ${result.status === 'none' ? 'no split satisfies the arithmetic' : 'the search budget ran out'}; the cells are left unknown.`, where, { actual: multi.map((r) => r.run.text) }));
  }
  return messages;
}

/**
 * Splits table 4's runs before its blocks are assembled: a run holds the blocks named before it
 * (three when none is named), five cells each, with each block's 总计 the sum of its four outcomes.
 *
 * @example
 * splitTable4Runs(cells, span); // '0200201102000 22' → 15 number cells
 */
export function splitTable4Runs(cells: Cell[], span: (s: number, e: number) => Span): { cells: Cell[]; messages: Message[] } {
  const out: Cell[] = [];
  const messages: Message[] = [];
  let named = new Set<string>();
  for (const c of cells) {
    if (c.kind === 'text') {
      for (const b of ['行政复议', '未经复议直接起诉', '复议后起诉']) if (c.text.includes(b) && !(b === '行政复议' && c.text.includes('未经'))) named.add(b);
      out.push(c);
      continue;
    }
    if (c.kind !== 'run' || !digitsOnly(c.text)) {
      out.push(c);
      continue;
    }
    const digits = c.text.replace(/ /gu, '').length;
    let k = Math.min(named.size > 0 ? named.size : 3, Math.floor(digits / 5));
    let result: SplitResult = { status: 'none' };
    for (; k >= 1; k--) {
      const equations: Equation[] = Array.from({ length: k }, (_, b) => ({ id: `t4-block-total:${b}`, lhs: [[0, b * 5 + 4]], rhs: [0, 1, 2, 3].map((j) => [0, b * 5 + j] as [number, number]) }));
      result = solveSplits({ rows: [{ run: c.text, arity: 5 * k }], equations });
      if (result.status !== 'none') break;
    }
    named = new Set();
    if (k < 1) {
      messages.push(createMessage('cells-unsolvable', 'Table 4: cells ran together and no split satisfies the block totals; the cells are left unknown.', span(c.start, c.end), { actual: c.text }));
      out.push({ ...c, kind: 'ambiguous' });
      continue;
    }
    out.push(...cellsOf(c, result, 0, 5 * k));
    if (result.status === 'unique') messages.push(createMessage('cells-recovered', `Table 4: cells ran together; the only split of "${c.text}" into ${k} blocks that satisfies the block totals was used.`, span(c.start, c.end), { actual: c.text }));
    else messages.push(createMessage('cells-ambiguous', `Table 4: cells ran together and several splits of "${c.text}" satisfy the block totals; the cells that differ are left unknown.`, span(c.start, c.end), { actual: c.text }));
  }
  return { cells: out, messages };
}
