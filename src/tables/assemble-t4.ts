import type { TableDef } from '../templates/types.js';
import type { RawRow } from './assemble-rows.js';
import { blockMembers, blockOf, blocksIn } from './blocks.js';
import type { Cell } from './cells.js';

/**
 * Reads table 4's blocks. The table is printed as header rows (行政复议 / 行政诉讼 → 未经复议直接起诉,
 * 复议后起诉 / the five outcomes) and one row of 15 numbers, or as three small tables, or one block per
 * row. Each run of numbers goes to the blocks named since the previous run (a group names its
 * blocks), a block's width of numbers each, in the order they were named (or the template's order
 * when none was named). The block names are the definition's `markers`.
 *
 * @example
 * import { TEMPLATE_2021, splitCells } from 'ogi-report';
 * const text = '行政复议\t行政诉讼\n0\t2\t0\t0\t2\t0\t1\t1\t0\t2\t0\t0\t0\t2\t2';
 * assembleTable4(TEMPLATE_2021.tables.t4, splitCells(text, 0, text.length)).map((r) => r.key);
 * // ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']
 */
export function assembleTable4(table: TableDef, cells: Cell[], byOrder: string[] = []): RawRow[] {
  const blocks = table.rows.map((r) => r.key);
  const width = table.columns.length;
  const isGroup = (key: string) => table.groups.some((g) => g.key === key);
  const rows: RawRow[] = [];
  const filled = new Set<string>();
  let named: string[] = [];
  let labels: Cell[] = [];
  let run: Cell[] = [];

  const flush = () => {
    if (run.every((c) => c.kind === 'blank')) {
      run = [];
      return;
    }
    // In the order named; a group stands for its blocks where it is named.
    const chosen: string[] = [];
    for (const n of named) {
      for (const b of isGroup(n) ? blockMembers(table, n) : [n]) if (!chosen.includes(b) && !filled.has(b)) chosen.push(b);
    }
    while (run.length > 0 && run[run.length - 1]!.kind === 'blank' && run.length % width !== 0) run.pop();
    const want = Math.max(1, Math.min(blocks.length, Math.round(run.length / width)));
    for (const b of blocks) if (chosen.length < want && !filled.has(b) && !chosen.includes(b)) chosen.push(b);
    // Keep the order the header named them in, but the template's when the header order is unknown.
    const ordered = named.length > 0 ? chosen : blocks.filter((b) => chosen.includes(b));
    const take = ordered.slice(0, want);
    // No block named before these numbers (a header lost or broken): the template's order placed them.
    if (named.length === 0) byOrder.push(...take);
    const values = run;
    if (take.length > 0) {
      const per = Math.floor(values.length / take.length);
      const exact = values.length === take.length * width;
      take.forEach((key, k) => {
        const slice = exact || k < take.length - 1 ? values.slice(k * (exact ? width : per), (k + 1) * (exact ? width : per)) : values.slice(k * per);
        rows.push({ key, label: labels.filter((l) => blockOf(table, l.text) === key), score: 1, values: slice, groupCandidate: false });
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
      // A header row extracted as one line names several blocks ("行政复议 行政诉讼").
      const bs = blocksIn(table, c.text);
      for (const b of bs) if (!named.includes(b)) named.push(b);
      if (bs.length > 0) labels.push(c);
      continue;
    }
    if (c.kind === 'blank' && run.length === 0) continue;
    run.push(c);
  }
  if (run.length > 0) flush();
  return rows;
}
