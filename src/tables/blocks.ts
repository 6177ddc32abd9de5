import { cacheKey } from '../cache-key.js';
import type { TableDef } from '../templates/types.js';

/** A block or group of blocks and the texts that name it, in the order a header is tested against them. */
interface Named {
  key: string;
  markers: readonly string[];
}

const orderCache = new WeakMap<TableDef, Named[]>();

/** Rows in a group first (the most specific names), then the groups, then the other rows. */
function namedInOrder(table: TableDef): Named[] {
  let order = orderCache.get(table);
  if (order) return order;
  const of = (x: { key: string; label: string; markers?: readonly string[] }): Named => ({ key: x.key, markers: x.markers ?? [x.label] });
  order = [...table.rows.filter((r) => r.group !== undefined).map(of), ...table.groups.map(of), ...table.rows.filter((r) => r.group === undefined).map(of)];
  orderCache.set(table, order);
  return order;
}

/**
 * Which block of table 4 a header text names — a row key (复议后起诉 → 'litigationAfterReconsideration')
 * or a group key (行政诉讼 → 'litigation', both litigation blocks) — from the definition's `markers`.
 *
 * @example
 * import { TEMPLATE_2021 } from 'ogi-report';
 * blockOf(TEMPLATE_2021.tables.t4, '未经行政复议直接起诉'); // 'litigationDirect'
 */
export function blockOf(table: TableDef, text: string): string | null {
  return remembered(blockMemo, table, text, findBlock);
}

const blockMemo = new WeakMap<TableDef, Map<string, string | null>>();
const blocksMemo = new WeakMap<TableDef, Map<string, readonly string[]>>();
const MAX_MEMO = 1024;
const MAX_MEMO_LENGTH = 60;

/**
 * `compute(table, text)`, remembered per table definition (a bounded cache; callers only read the
 * answers): table 4's header cells are the same few texts in every report.
 */
function remembered<T>(memo: WeakMap<TableDef, Map<string, T>>, table: TableDef, text: string, compute: (table: TableDef, text: string) => T): T {
  let byText = memo.get(table);
  if (byText === undefined) memo.set(table, (byText = new Map<string, T>()));
  let answer = byText.get(text);
  if (answer === undefined) {
    answer = compute(table, text);
    if (text.length <= MAX_MEMO_LENGTH) {
      if (byText.size >= MAX_MEMO) byText.clear();
      // Kept, the key must not hold on to the report the text was cut from.
      byText.set(cacheKey(text), answer);
    }
  }
  return answer;
}

function findBlock(table: TableDef, text: string): string | null {
  const t = /\s/u.test(text) ? text.replace(/\s+/gu, '') : text;
  for (const n of namedInOrder(table)) for (const m of n.markers) if (t.includes(m)) return n.key;
  return null;
}

/**
 * Every block or group of table 4 a header text names, in the order they stand in it: a header row
 * extracted as one line names several ("行政复议 行政诉讼", "审结总计未经复议直接起诉 复议后起诉"). A
 * name inside a longer one ("行政复议" in "未经行政复议直接起诉") counts once, for the longer.
 *
 * @example
 * import { TEMPLATE_2021 } from 'ogi-report';
 * blocksIn(TEMPLATE_2021.tables.t4, '行政复议 行政诉讼'); // ['reconsideration', 'litigation']
 */
export function blocksIn(table: TableDef, text: string): readonly string[] {
  return remembered(blocksMemo, table, text, findBlocks);
}

function findBlocks(table: TableDef, text: string): string[] {
  const t = text.replace(/\s+/gu, '');
  const hits: Array<{ at: number; end: number; key: string }> = [];
  for (const n of namedInOrder(table)) {
    for (const m of n.markers) {
      for (let at = t.indexOf(m); at >= 0; at = t.indexOf(m, at + 1)) hits.push({ at, end: at + m.length, key: n.key });
    }
  }
  // Longest first at each place; a hit inside one kept is dropped.
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: string[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.end <= reach) continue;
    if (h.at < reach) continue;
    reach = h.end;
    if (!out.includes(h.key)) out.push(h.key);
  }
  return out;
}

/**
 * Whether the label of block `key` found at `at` in `text` names that block, and is not part of a
 * longer name of another ("行政复议" inside "未经行政复议直接起诉").
 */
export function namesBlockAt(table: TableDef, text: string, at: number, label: string, key: string): boolean {
  return blockOf(table, text.slice(Math.max(0, at - 2), at + label.length)) === key;
}

/**
 * The blocks (row keys) a group of table 4 stands for.
 *
 * @example
 * blockMembers(TEMPLATE_2021.tables.t4, 'litigation'); // ['litigationDirect', 'litigationAfterReconsideration']
 */
export function blockMembers(table: TableDef, group: string): string[] {
  return table.rows.filter((r) => r.group === group).map((r) => r.key);
}

/**
 * The header path of a block of table 4: its group's label, then its own.
 *
 * @example
 * blockPath(TEMPLATE_2021.tables.t4, 'litigationAfterReconsideration'); // ['行政诉讼', '复议后起诉']
 */
export function blockPath(table: TableDef, key: string): string[] {
  const row = table.rows.find((r) => r.key === key);
  if (!row) return [];
  const group = row.group === undefined ? undefined : table.groups.find((g) => g.key === row.group);
  return group ? [group.label, row.label] : [row.label];
}
