import type { FindingCell } from './finding.js';

/** The applicant columns and 总计 of table 3, in printed order. */
export const T3_ROW_COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'] as const;

/**
 * A cell left ambiguous by the parser and resolved in the audit by evidence outside its table.
 *
 * @example
 * const r: ResolvedCell = { file: 'b.txt', table: 3, row: 'carriedOver', column: 'total', value: 2, raw: '1012', status: 'ambiguous', span: null, evidence: 'carry-over', evidenceFile: 'a.txt' };
 */
export interface ResolvedCell extends FindingCell {
  /** What decided it: the report's own prose, or the same body's previous or next report. */
  evidence: 'prose' | 'carry-over';
  /** The file the evidence is in. */
  evidenceFile: string;
}

/**
 * The splits of a digit run into `arity` cells (no cell with a leading zero but '0' itself) that
 * `accept` takes, up to `max` of them: enough to tell none, one, or several.
 *
 * @example
 * splitsOf('1012', 3, () => true); // [[1, 0, 12], [10, 1, 2]]
 */
export function splitsOf(run: string, arity: number, accept: (cells: number[]) => boolean, max = 2): number[][] {
  const out: number[][] = [];
  const cells: number[] = [];
  const walk = (at: number) => {
    if (out.length >= max) return;
    const left = arity - cells.length;
    if (left === 0) {
      if (at === run.length && accept(cells)) out.push(cells.slice());
      return;
    }
    const maxLen = run.length - at - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      if (len > 1 && run[at] === '0') break;
      if (len > 9) break;
      cells.push(Number(run.slice(at, at + len)));
      walk(at + len);
      cells.pop();
    }
  };
  if (arity > 0 && run.length >= arity && /^\d+$/u.test(run)) walk(0);
  return out;
}

/** The ambiguous cells of a table 3 row (in column order) when they all come from one digit run, with its digits. */
export function ambiguousRun(row: Array<FindingCell | undefined>): { columns: number[]; digits: string } | null {
  const columns: number[] = [];
  let key: string | null = null;
  let digits = '';
  row.forEach((c, i) => {
    if (!c || c.status !== 'ambiguous') return;
    const k = `${c.span?.start}:${c.span?.end}:${c.raw}`;
    if (key === null) {
      key = k;
      digits = (c.raw ?? '').replace(/\s/gu, '');
    } else if (k !== key) key = '\u0000';
    columns.push(i);
  });
  if (columns.length === 0 || key === '\u0000' || !/^\d+$/u.test(digits)) return null;
  return { columns, digits };
}

/** Whether a full row of values holds its own rule: 总计 = the six applicant columns. */
const rowHolds = (v: number[]) => v[6] === v[0]! + v[1]! + v[2]! + v[3]! + v[4]! + v[5]!;

/**
 * Resolves a table 3 row's ambiguous cells from values known elsewhere (the same row of the carry-over
 * in the other year): accepted only when the known cells agree with them, the values of the
 * ambiguous cells, written one after the other, are the printed digits (ambiguous cells alone, or the
 * whole row when the run covers it), and the row's own rule holds. Null otherwise.
 *
 * @example
 * const cell = (column: string) => ({ file: 'a', table: 3, row: 'carriedOver', column, value: null, raw: '2000002', status: 'ambiguous', span: { start: 0, end: 7 } }) as const;
 * const row = T3_ROW_COLUMNS.map(cell);
 * resolveByValues(row, [2, 0, 0, 0, 0, 0, 2]); // → [2, 0, 0, 0, 0, 0, 2]
 */
export function resolveByValues(row: Array<FindingCell | undefined>, values: number[]): number[] | null {
  const run = ambiguousRun(row);
  if (!run || values.length !== 7 || !rowHolds(values)) return null;
  for (let i = 0; i < 7; i++) {
    const c = row[i];
    if (c && c.status === 'number' && c.value !== values[i]) return null;
  }
  const joined = run.columns.map((i) => String(values[i])).join('');
  if (joined !== run.digits && values.map(String).join('') !== run.digits) return null;
  return values;
}

/**
 * Resolves a table 3 row's ambiguous cells from its 总计 stated in the prose: the split of the printed
 * digits that gives that 总计 and holds the row's rule must be the only one. Null otherwise.
 *
 * @example
 * const cell = (column: string) => ({ file: 'a', table: 3, row: 'carriedForward', column, value: null, raw: '5100006', status: 'ambiguous', span: { start: 0, end: 7 } }) as const;
 * resolveByTotal(T3_ROW_COLUMNS.map(cell), 6); // → [5, 1, 0, 0, 0, 0, 6]
 */
export function resolveByTotal(row: Array<FindingCell | undefined>, total: number): number[] | null {
  const run = ambiguousRun(row);
  if (!run) return null;
  const known = row.map((c) => (c && c.status === 'number' ? c.value : null));
  const tryColumns = (cols: number[]) =>
    splitsOf(run.digits, cols.length, (cells) => {
      const v = known.slice();
      cols.forEach((col, k) => (v[col] = cells[k]!));
      return v.every((x): x is number => x !== null) && v[6] === total && rowHolds(v);
    }).map((cells) => {
      const v = known.slice();
      cols.forEach((col, k) => (v[col] = cells[k]!));
      return v as number[];
    });
  const found = tryColumns(run.columns);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Writes resolved values into a digest's cells (status becomes 'number'; the raw text stays the
 * run as printed) and gives the {@link ResolvedCell}s.
 *
 * @example
 * // not run: needs a digest whose row was left ambiguous
 * applyResolution(digest.cells, 'carriedOver', row, values, 'carry-over', 'a.txt');
 */
export function applyResolution(
  cells: Record<string, FindingCell>,
  rowKey: string,
  row: Array<FindingCell | undefined>,
  values: number[],
  evidence: ResolvedCell['evidence'],
  evidenceFile: string,
): ResolvedCell[] {
  const out: ResolvedCell[] = [];
  row.forEach((c, i) => {
    if (!c || c.status !== 'ambiguous') return;
    const resolved: FindingCell = { ...c, value: values[i]!, status: 'number' };
    cells[`3:${rowKey}:${T3_ROW_COLUMNS[i]}`] = resolved;
    out.push({ ...resolved, evidence, evidenceFile });
  });
  return out;
}

/** A table 3 row of a digest's cells, in column order. */
export const t3Row = (cells: Record<string, FindingCell>, rowKey: string) => T3_ROW_COLUMNS.map((c) => cells[`3:${rowKey}:${c}`]);
