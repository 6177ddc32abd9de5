import type { Cell } from './cells.js';
import type { RawRow } from './assemble-rows.js';

const BLOCKS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;

/** Which block a header text names: 行政复议, 未经复议直接起诉, 复议后起诉, or 行政诉讼 (both litigation blocks). */
function blockOf(text: string): string | null {
  const t = text.replace(/\s+/gu, '');
  if (/未经复议|直接起诉/u.test(t)) return 'litigationDirect';
  if (/复议后起诉|经复议后|复议后/u.test(t)) return 'litigationAfterReconsideration';
  if (/行政诉讼/u.test(t)) return 'litigation';
  if (/行政复议/u.test(t)) return 'reconsideration';
  return null;
}

/**
 * Reads table 4's blocks. The table is printed as header rows (行政复议 / 行政诉讼 → 未经复议直接起诉,
 * 复议后起诉 / the five outcomes) and one row of 15 numbers, or as three small tables, or one block per
 * row. Each run of numbers goes to the blocks named since the previous run, five numbers a block, in
 * the order they were named (or the template's order when none was named).
 *
 * @example
 * const table = '行政复议\t行政诉讼\n0\t2\t0\t0\t2\t0\t1\t1\t0\t2\t0\t0\t0\t2\t2';
 * assembleTable4(splitCells(table, 0, table.length)).rows.map((r) => r.key);
 * // → ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']
 */
export function assembleTable4(cells: Cell[]): { rows: RawRow[]; runs: Cell[][] } {
  const rows: RawRow[] = [];
  const filled = new Set<string>();
  let named: string[] = [];
  let labels: Cell[] = [];
  let run: Cell[] = [];
  const runs: Cell[][] = [];

  const flush = () => {
    if (run.every((c) => c.kind === 'blank')) {
      run = [];
      return;
    }
    runs.push(run);
    let blocks = named.filter((b) => b !== 'litigation' && !filled.has(b));
    if (named.includes('litigation')) {
      for (const b of ['litigationDirect', 'litigationAfterReconsideration']) if (!blocks.includes(b) && !filled.has(b)) blocks.push(b);
    }
    while (run.length > 0 && run[run.length - 1]!.kind === 'blank' && run.length % 5 !== 0) run.pop();
    const want = Math.max(1, Math.min(3, Math.round(run.length / 5)));
    for (const b of BLOCKS) if (blocks.length < want && !filled.has(b) && !blocks.includes(b)) blocks.push(b);
    // Keep the order the header named them in, but the template's when the header order is unknown.
    const ordered = named.length > 0 ? blocks : BLOCKS.filter((b) => blocks.includes(b));
    const take = ordered.slice(0, want);
    const values = run;
    if (take.length > 0) {
      const per = Math.floor(values.length / take.length);
      const exact = values.length === take.length * 5;
      take.forEach((key, k) => {
        const slice = exact || k < take.length - 1 ? values.slice(k * (exact ? 5 : per), (k + 1) * (exact ? 5 : per)) : values.slice(k * per);
        rows.push({ key, label: labels.filter((l) => blockOf(l.text) === key), score: 1, values: slice, groupCandidate: false });
        filled.add(key);
      });
    }
    named = [];
    labels = [];
    run = [];
  };

  for (const c of cells) {
    if (c.kind === 'text') {
      if (run.length > 0) flush();
      const b = blockOf(c.text);
      if (b !== null) {
        if (b !== 'litigation' || !named.includes('litigation')) named.push(b);
        labels.push(c);
      }
      continue;
    }
    if (c.kind === 'blank' && run.length === 0) continue;
    run.push(c);
  }
  if (run.length > 0) flush();
  return { rows, runs };
}
