import type { CellRef } from '../messages/message.js';
import type { RowDef, TableDef, ValueKind } from '../templates/types.js';

/** Lookups over one table definition, built once per definition (the definitions are constants). */
export interface TableLookup {
  /** The first row with each key, as `table.rows.find((r) => r.key === key)` gives it. */
  rowByKey: ReadonlyMap<string, RowDef>;
  /** The index of the first row with each key, as `table.rows.findIndex((r) => r.key === key)`. */
  rowIndex: ReadonlyMap<string, number>;
  /** The keys of the table's columns, in order. */
  columnKeys: readonly string[];
  /** The value kind of each column, by key. */
  columnKind: ReadonlyMap<string, ValueKind>;
  /** An object with every row key set to null, to copy (`{ ...emptyRows }`): a copy keeps V8's fast properties. */
  emptyRows: Readonly<Record<string, null>>;
}

/**
 * An object with every key of `keys`, each set to `value`, to copy (`{ ...record }`) into records of
 * that shape. Built by JSON.parse, which gives an object with fast properties: one built key by key
 * turns into a dictionary past a dozen keys, and so would every copy of it.
 *
 * @example
 * recordOfKeys(['issued', 'repealed'], null); // → { issued: null, repealed: null }
 */
export function recordOfKeys<V>(keys: readonly string[], value: V): Record<string, V> {
  const record = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, null])))) as Record<string, V>;
  if (value !== null) for (const key of keys) record[key] = value;
  return record;
}

const cache = new WeakMap<TableDef, TableLookup>();

/**
 * The lookups of a table definition: row by key, row index by key, column keys.
 *
 * @example
 * tableLookup(TEMPLATE_2021.tables.t3).rowIndex.get('total'); // 24
 */
export function tableLookup(table: TableDef): TableLookup {
  let lookup = cache.get(table);
  if (lookup) return lookup;
  const rowByKey = new Map<string, RowDef>();
  const rowIndex = new Map<string, number>();
  table.rows.forEach((r, i) => {
    if (!rowByKey.has(r.key)) {
      rowByKey.set(r.key, r);
      rowIndex.set(r.key, i);
    }
  });
  const emptyRows = recordOfKeys(table.rows.map((r) => r.key), null);
  lookup = {
    rowByKey,
    rowIndex,
    columnKeys: table.columns.map((c) => c.key),
    columnKind: new Map(table.columns.map((c) => [c.key, c.kind ?? 'count'])),
    emptyRows,
  };
  cache.set(table, lookup);
  return lookup;
}

/** `table.rows.findIndex((r) => r.key === key)`, from the cached index. */
export function rowIndexOf(table: TableDef, key: string): number {
  return tableLookup(table).rowIndex.get(key) ?? -1;
}

/**
 * The references of every cell of row `key` (its own columns, or the table's), for a message that
 * names them.
 *
 * @example
 * import { TEMPLATE_2021 } from 'ogi-report';
 * rowCellRefs(TEMPLATE_2021.tables.t2, 'regulations').map((r) => r.column); // → ['issued', 'repealed', 'inForce']
 */
export function rowCellRefs(table: TableDef, key: string): CellRef[] {
  const lookup = tableLookup(table);
  return (lookup.rowByKey.get(key)?.columns ?? lookup.columnKeys).map((column) => ({ table: table.number, row: key, column }));
}
