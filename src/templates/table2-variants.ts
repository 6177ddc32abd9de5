import { T2_2019, T2_2021 } from './table2.js';
import type { TableDef } from './types.js';

/** The 2021 table-2 captions that a report may print with the 2019 columns (上一年项目数量, 本年增/减, 处理决定数量). */
export const T2_ITEM_BLOCKS = ['art20_5', 'art20_6'] as const;

/** A 2021 table-2 caption printed with the 2019 columns. */
export type T2ItemBlock = (typeof T2_ITEM_BLOCKS)[number];

const ITEM_COLUMNS = ['previousItems', 'change', 'decisions'] as const;
const variants = new Map<string, TableDef>();

/**
 * Table 2 of the 2021 template with some captions' rows printed the 2019 way (a 2021 report that
 * kept the 2019 columns for （五） and （六）): those rows read 上一年项目数量, 本年增/减 and 处理决定数量,
 * and their 处理决定数量 is the 2021 本年处理决定数量. One definition per set of captions, built once.
 *
 * @example
 * t2With2019Items(['art20_6']).rows.find((r) => r.key === 'punishment')?.columns; // ['previousItems', 'change', 'decisions']
 */
export function t2With2019Items(blocks: readonly T2ItemBlock[]): TableDef {
  if (blocks.length === 0) return T2_2021;
  const id = [...blocks].sort().join(',');
  let def = variants.get(id);
  if (def) return def;
  const extra = T2_2019.columns.filter((c) => c.key === 'previousItems' || c.key === 'change');
  def = {
    ...T2_2021,
    columns: [...T2_2021.columns, ...extra],
    rows: T2_2021.rows.map((r) => (r.group !== undefined && (blocks as readonly string[]).includes(r.group) ? { ...r, columns: ITEM_COLUMNS } : r)),
  };
  variants.set(id, def);
  return def;
}
