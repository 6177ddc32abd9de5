/**
 * Tables whose text came in reading order (a PDF's text layer without layout: `pdftotext` without
 * `-layout`, pdfminer, pdfplumber): the labels in a run, then a block's numbers column by column or
 * row by row. The grid is rebuilt from the template and confirmed by the arithmetic.
 */
import { createMessage, type Message } from '../../messages/message.js';
import type { RuleDef, TableDef } from '../../templates/types.js';
import type { Span } from '../../types.js';
import { cellKind, type Cell } from '../cells.js';
import { rebuild, type Block } from './rebuild.js';
import { regionValues, type ValueToken } from './tokens.js';
import { hasValueLines } from './value-lines.js';

export { rebuild, type Block, type Rebuilt } from './rebuild.js';
export { regionValues, type RegionValues, type ValueToken } from './tokens.js';

/** The rows a table may print, in order: every leaf row, or a group printed as one row instead of its leaves. */
function rowSets(table: TableDef): string[][] {
  const leaves = table.rows.filter((d) => !d.extra && !d.substitutesFor).map((d) => d.key);
  const sets = [leaves];
  const subs = table.rows.filter((d) => d.substitutesFor);
  if (subs.length > 0) {
    const out: string[] = [];
    for (const d of table.rows) {
      if (d.extra) continue;
      if (d.substitutesFor) out.push(d.key);
      else if (!subs.some((s) => s.substitutesFor!.includes(d.key))) out.push(d.key);
    }
    sets.push(out);
  }
  return sets;
}

const describe = (table: TableDef, rows: string[], blocks: Block[]) =>
  blocks
    .map((b) => {
      const first = table.rows.find((d) => d.key === rows[b.from])?.label ?? rows[b.from];
      if (b.to - b.from === 1) return `"${first}" row by row`;
      const last = table.rows.find((d) => d.key === rows[b.to - 1])?.label ?? rows[b.to - 1];
      const moved = b.runs ? ` (columns' runs out of printed order: ${b.runs.map((r, c) => (r === c ? null : `${table.columns[c]?.label ?? c} from run ${r + 1}`)).filter(Boolean).join(', ')})` : '';
      return `"${first}" to "${last}" column by column${moved}`;
    })
    .join('; ');

const widestCache = new WeakMap<TableDef, number>();

/** How many columns the widest row of a table has (once per table). */
function widestRow(table: TableDef): number {
  let widest = widestCache.get(table);
  if (widest === undefined) widestCache.set(table, (widest = Math.max(...table.rows.map((d) => d.columns?.length ?? table.columns.length))));
  return widest;
}

/**
 * Rebuilds table `table` from `text[region]` when its numbers come in reading order rather than row
 * by row beside their labels: values stand one per line and more of them run on without a label
 * than a row has. The rows printed are the template's (every leaf, or （六） as one row), told
 * apart by how many values there are; the order of the values is found by {@link rebuild}. Returns
 * the table as cells, one line per row (group label, row label, values), ready for `readTable`,
 * and a `reading-order` warning that says which reading was used and names every cell it placed
 * (cells the readings disagree on are `ambiguous`). Null when the text is not in reading order, or
 * no reading of it holds.
 *
 * @example
 * // Rows that carry their values beside their labels are not in reading order:
 * const text = '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1';
 * const span = (start: number, end: number) => ({ start, end });
 * readReadingOrder(TEMPLATE_2021.tables.t3, TEMPLATE_2021.rules, text, { start: 0, end: text.length }, span); // → null
 */
export function readReadingOrder(
  table: TableDef,
  rules: readonly RuleDef[],
  text: string,
  region: { start: number; end: number },
  span: (start: number, end: number) => Span,
): { cells: Cell[]; messages: Message[] } | null {
  const widest = widestRow(table);
  // In reading order, more values than the widest row has run on (longestRun > widest) and nine in ten
  // stand alone on their line: at least 0.9 × (widest + 1) lines of one value. Most tables have none.
  if (!hasValueLines(text, region.start, region.end, Math.floor(0.9 * (widest + 1)))) return null;
  const found = regionValues(text, region.start, region.end);
  if (found.longestRun <= widest || found.alone < found.values.length * 0.9) return null;
  // Table 4 is printed as one row: its values in one run are already in order, for the line reader.
  if (table.number === 4 && found.longestRun === found.values.length) return null;
  const columnsOf = (key: string) => table.rows.find((d) => d.key === key)?.columns ?? table.columns.map((c) => c.key);
  for (const rows of rowSets(table)) {
    const arity = rows.map((k) => columnsOf(k).length);
    if (arity.reduce((s, n) => s + n, 0) !== found.values.length) continue;
    // Table 4 is printed as one row of blocks: its values come in their printed order.
    const rebuilt = rebuild(table, rules, rows, arity, found.values, table.number !== 4);
    if (rebuilt === null) continue;
    const cells: Cell[] = [];
    const all = found.values;
    const whole = { start: all[0]!.start, end: all[all.length - 1]!.end };
    let group: string | undefined;
    const refs: Array<{ table: 2 | 3 | 4; row: string; column: string }> = [];
    const ambiguous: Array<{ table: 2 | 3 | 4; row: string; column: string }> = [];
    rows.forEach((key, r) => {
      const def = table.rows.find((d) => d.key === key)!;
      const at = rebuilt.cells[r]!.find((v): v is ValueToken => v !== null)?.start ?? whole.start;
      const push = (t: string, kind: Cell['kind'], start: number, end: number) =>
        cells.push({ text: t, start, end, kind, line: r, lineCells: 0, explicit: true });
      if (def.group !== group) {
        group = def.group;
        const g = table.groups.find((x) => x.key === group);
        if (g && g.key !== 'results') push(g.label, 'text', at, at);
      }
      // The label without its bracketed note, as the label matcher reads printed labels.
      push(def.label.replace(/（[^（）]*）$/u, ''), 'text', at, at);
      columnsOf(key).forEach((column, c) => {
        const v = rebuilt.cells[r]![c];
        refs.push({ table: table.number, row: key, column });
        if (v) push(v.text, cellKind(v.text), v.start, v.end);
        else {
          // Where the first reading found it, marked unknown (the readings disagree on it).
          const first = rebuilt.first[r]![c]!;
          ambiguous.push({ table: table.number, row: key, column });
          push(first.text, 'ambiguous', first.start, first.end);
        }
      });
    });
    for (const c of cells) c.lineCells = cells.filter((x) => x.line === c.line).length;
    const messages: Message[] = [];
    const how = describe(table, rows, rebuilt.blocks);
    // Table 2 has no rule in the national templates: no reading of it is confirmed by anything.
    const ruled = rules.some((r) => r.table === table.number);
    const by = !ruled
      ? `table ${table.number} has no arithmetic to confirm a reading: ${rebuilt.solutions > 1 ? 'the cells the readings disagree on are left unknown' : 'the only reading the rows’ widths allow'}`
      : rebuilt.confirmedBy === 'columns'
        ? 'confirmed by the rows’ and the table’s totals'
        : rebuilt.confirmedBy === 'rows'
          ? 'confirmed by the rows’ own totals only (the table’s totals hold in no reading)'
          : 'in printed order, the only reading, though the arithmetic does not confirm it';
    messages.push(
      createMessage(
        'reading-order',
        `Table ${table.number}: the text gives the numbers in reading order, not beside their labels; the grid was rebuilt from the template (${rows.length} rows, ${found.values.length} values): ${how}; ${by}.`,
        span(whole.start, whole.end),
        { actual: { blocks: rebuilt.blocks, solutions: rebuilt.solutions }, cells: refs },
      ),
    );
    if (ambiguous.length > 0) {
      messages.push(
        createMessage('cells-ambiguous', `Table ${table.number}: ${rebuilt.solutions} readings of the numbers satisfy the arithmetic; the ${ambiguous.length} cells they disagree on are left unknown.`, span(whole.start, whole.end), { cells: ambiguous }),
      );
    }
    return { cells, messages };
  }
  return null;
}
