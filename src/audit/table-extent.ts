import type { Report } from '../report.js';
import type { TableRecord } from '../records/table-record.js';
import type { Span } from '../types.js';

/**
 * Where a table's labels and cells actually are: from the first label or cell read to the last.
 * (A table's own `span` is the region searched, often the rest of its section, prose included.)
 * Null when nothing of the table was located.
 *
 * @example
 * tableExtent(report.tables.t3).start > report.tables.t3.span.start; // → true
 */
export function tableExtent(table: TableRecord | null): Span | null {
  if (table === null) return null;
  let start = Infinity;
  let end = -Infinity;
  const take = (s: Span | null) => {
    if (s === null) return;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  };
  for (const key in table.rows) {
    const row = (table.rows as Record<string, { labelSpan: Span | null; cells: Record<string, { span: Span | null }> } | null>)[key];
    if (!row) continue;
    take(row.labelSpan);
    for (const c in row.cells) take(row.cells[c]!.span);
  }
  for (const x of table.extraRows) {
    take(x.labelSpan);
    for (const v of x.values) take(v.span);
  }
  return start === Infinity ? null : { start, end };
}

/**
 * The extents of a report's tables ({@link tableExtent}), sorted by start.
 *
 * @example
 * tableExtents(report).map((s) => text.slice(s.start, s.end));
 */
export function tableExtents(report: Report): Span[] {
  const { t2, t3, t4 } = report.tables;
  return [t2, t3, t4].map((t) => tableExtent(t as TableRecord | null)).filter((s): s is Span => s !== null).sort((a, b) => a.start - b.start);
}
