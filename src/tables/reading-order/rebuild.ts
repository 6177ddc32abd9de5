import type { RuleDef, TableDef } from '../../templates/types.js';
import type { ValueToken } from './tokens.js';

/** A stretch of consecutive rows read one way: row after row, or column after column. */
export interface Block {
  /** First row (index into the rows read) and the row after the last. */
  from: number;
  to: number;
  order: 'rows' | 'columns';
  /**
   * Column by column with the columns' runs out of printed order (pdfminer groups a column with a
   * page number or a label beside it and writes it later): for each column, the index of its run.
   */
  runs?: number[];
}

/** The grid rebuilt from values in reading order. */
export interface Rebuilt {
  /** For each row, for each of its columns: the value token, or null where the readings disagree. */
  cells: Array<Array<ValueToken | null>>;
  /** The first reading's value for every cell (where `cells` has null, what that reading took). */
  first: ValueToken[][];
  /** The reading of the first solution: its blocks. */
  blocks: Block[];
  /** How many different grids the arithmetic left. */
  solutions: number;
  /**
   * What confirmed the grid: the rules over columns (a table's totals) too, only the rows' own rules,
   * or nothing (values taken in their printed order, the only reading when `byColumns` is false, though
   * the rows' rules do not hold: the checks will say where).
   */
  confirmedBy: 'columns' | 'rows' | 'none';
}

interface Partial {
  /** Token index of each cell of rows [a, R), row by row. */
  assign: number[];
  blocks: Block[];
}

/** Most grids kept while searching; beyond it the reading is given up (too many readings hold). */
const MAX_SOLUTIONS = 256;

/** Most runs out of their printed place (inversions) a column-by-column stretch is read with. */
const MAX_INVERSIONS = 3;

const permsCache = new Map<number, number[][][]>();
/**
 * The orders of `n` column runs by how far they depart from the printed order: element k lists the
 * permutations with k inversions (k ≤ MAX_INVERSIONS). Element 0 is the printed order.
 */
function runOrders(n: number): number[][][] {
  let out = permsCache.get(n);
  if (out) return out;
  out = Array.from({ length: MAX_INVERSIONS + 1 }, () => [] as number[][]);
  const walk = (prefix: number[], rest: number[], inv: number) => {
    if (inv > MAX_INVERSIONS) return;
    if (rest.length === 0) {
      out[inv]!.push(prefix);
      return;
    }
    rest.forEach((x, i) => walk([...prefix, x], [...rest.slice(0, i), ...rest.slice(i + 1)], inv + i));
  };
  walk([], Array.from({ length: n }, (_, i) => i), 0);
  permsCache.set(n, out);
  return out;
}

/**
 * Rebuilds a table from its values in reading order. `rows` are the template rows printed (in order),
 * `arity` how many values each has. The values of a stretch of consecutive rows come row after row
 * or, where the rows have as many columns each, column after column (a PDF's text layer often gives a
 * page's block of a table column by column). Every way to cut the rows into such stretches is tried;
 * a reading is kept when every row satisfies the table's rules over rows (总计 = the sum of the
 * applicants), then the readings are narrowed by the rules over columns (the table's totals, the
 * balance rule). Cells on which the remaining readings disagree are null. Returns null when the number
 * of values is not the number of cells, no reading holds, or too many do.
 *
 * @example
 * // two rows of 自然人…总计, given column by column: 1 2 | 0 0 | … | 1 2
 */
export function rebuild(
  table: TableDef,
  rules: readonly RuleDef[],
  rows: readonly string[],
  arity: readonly number[],
  values: readonly ValueToken[],
  byColumns = true,
): Rebuilt | null {
  const R = rows.length;
  const offset: number[] = [0];
  for (let r = 0; r < R; r++) offset.push(offset[r]! + arity[r]!);
  if (offset[R] !== values.length || R === 0) return null;

  const columnsOf = (r: number) => table.rows.find((d) => d.key === rows[r])?.columns ?? table.columns.map((c) => c.key);
  const rowRules = rules.filter((x) => x.table === table.number && x.over === 'rows');
  // Each row's rules as column indices, found once (the search checks rows many times).
  const rowChecks: Array<Array<{ l: number[]; h: number[] }>> = rows.map((_, r) => {
    const cols = columnsOf(r);
    const out: Array<{ l: number[]; h: number[] }> = [];
    for (const rule of rowRules) {
      const l = rule.lhs.map((k) => cols.indexOf(k));
      const h = rule.rhs.map((k) => cols.indexOf(k));
      if (!l.includes(-1) && !h.includes(-1)) out.push({ l, h });
    }
    return out;
  });
  const rowOk = (r: number, idx: number[]): boolean => {
    for (const { l, h } of rowChecks[r]!) {
      let d = 0;
      for (const k of l) d += values[idx[k]!]!.value;
      for (const k of h) d -= values[idx[k]!]!.value;
      if (Math.abs(d) > 1e-9) return false;
    }
    return true;
  };

  // Single rows read in order; stretches of two or more rows with as many columns each, column by column.
  let memo = new Map<number, Partial[] | null>();
  // First with every column's run in its printed place (pdftotext): only where no reading the table's
  // totals confirm holds are runs out of place tried (pdfminer), so text in order pays nothing more.
  let maxInv = 0;
  const solve = (a: number): Partial[] | null => {
    if (a === R) return [{ assign: [], blocks: [] }];
    const known = memo.get(a);
    if (known !== undefined) return known;
    const out = new Map<string, Partial>();
    let overflow = false;
    for (let b = a + 1; b <= R && !overflow; b++) {
      if (b - a >= 2 && (!byColumns || arity[b - 1] !== arity[a])) break;
      const order: Block['order'] = b - a === 1 ? 'rows' : 'columns';
      // Column by column: the runs in printed order, or else the fewest runs out of place that hold.
      const readings: Array<{ idx: number[]; runs?: number[] }> = [];
      const levels = order === 'rows' ? [[[]]] : runOrders(arity[a]!).slice(0, maxInv + 1);
      for (const level of levels) {
        for (const perm of level) {
          const idx: number[] = [];
          let ok = true;
          for (let r = a; r < b && ok; r++) {
            const row: number[] = [];
            for (let c = 0; c < arity[r]!; c++) row.push(order === 'rows' ? offset[r]! + c : offset[a]! + perm[c]! * (b - a) + (r - a));
            ok = rowOk(r, row);
            idx.push(...row);
          }
          if (ok) readings.push(perm.some((x, c) => x !== c) ? { idx, runs: perm } : { idx });
        }
        if (readings.length > 0) break;
      }
      if (readings.length === 0) continue;
      const rest = solve(b);
      if (rest === null) { overflow = true; break; }
      for (const { idx, runs } of readings) {
        for (const p of rest) {
          const assign = [...idx, ...p.assign];
          const key = assign.map((i) => values[i]!.text).join(' ');
          if (!out.has(key)) out.set(key, { assign, blocks: [runs ? { from: a, to: b, order, runs } : { from: a, to: b, order }, ...p.blocks] });
          if (out.size > MAX_SOLUTIONS) { overflow = true; break; }
        }
        if (overflow) break;
      }
    }
    const result = overflow ? null : [...out.values()];
    memo.set(a, result);
    return result;
  };
  // Rules over columns: sums of rows, in every column. A row printed for its leaves stands for them.
  const colRules = rules.filter((x) => x.table === table.number && x.over === 'columns');
  const present = new Set(rows);
  const standIn = (k: string): string | null => (present.has(k) ? k : (table.rows.find((d) => d.substitutesFor?.includes(k) && present.has(d.key))?.key ?? null));
  const colOk = (p: Partial): boolean => {
    for (const rule of colRules) {
      const side = (ks: readonly string[]) => {
        const out = new Set<string>();
        for (const k of ks) {
          const s = standIn(k);
          if (s === null) return null;
          out.add(s);
        }
        return [...out];
      };
      const l = side(rule.lhs);
      const h = side(rule.rhs);
      if (l === null || h === null) continue;
      const width = arity[rows.indexOf(l[0]!)]!;
      for (let c = 0; c < width; c++) {
        const sum = (ks: string[]) => ks.reduce((s, k) => s + values[p.assign[offset[rows.indexOf(k)]! + c]!]!.value, 0);
        if (Math.abs(sum(l) - sum(h)) > 1e-9) return false;
      }
    }
    return true;
  };
  let all = solve(0);
  if (byColumns && (all === null || all.length === 0 || !all.some((p) => colOk(p)))) {
    memo = new Map();
    maxInv = MAX_INVERSIONS;
    const again = solve(0);
    if (again !== null && again.length > 0 && (all === null || all.length === 0 || again.some((p) => colOk(p)))) all = again;
  }
  let unconfirmed = false;
  if (all !== null && all.length === 0 && !byColumns) {
    // Row after row is the only reading: it stands, and the checks report the rows that break a rule.
    const assign: number[] = [];
    for (let i = 0; i < values.length; i++) assign.push(i);
    all = [{ assign, blocks: rows.map((_, r) => ({ from: r, to: r + 1, order: 'rows' as const })) }];
    unconfirmed = true;
  }
  if (all === null || all.length === 0) return null;

  const confirmed = all.filter(colOk);
  const chosen = confirmed.length > 0 ? confirmed : all;
  const cells: Array<Array<ValueToken | null>> = [];
  const firstCells: ValueToken[][] = [];
  for (let r = 0; r < R; r++) {
    const row: Array<ValueToken | null> = [];
    firstCells.push(Array.from({ length: arity[r]! }, (_, c) => values[chosen[0]!.assign[offset[r]! + c]!]!));
    for (let c = 0; c < arity[r]!; c++) {
      const i = offset[r]! + c;
      const first = values[chosen[0]!.assign[i]!]!;
      row.push(chosen.every((p) => values[p.assign[i]!]!.text === first.text) ? first : null);
    }
    cells.push(row);
  }
  return { cells, first: firstCells, blocks: chosen[0]!.blocks, solutions: chosen.length, confirmedBy: unconfirmed ? 'none' : confirmed.length > 0 ? 'columns' : 'rows' };
}
