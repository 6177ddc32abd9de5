import { displayWidth } from './display-width.js';

/**
 * Lays out rows as an aligned plain-text table for a terminal (CJK text counted two columns
 * wide): numbers right-aligned, everything else left-aligned, two spaces between columns.
 *
 * @example
 * textTable(['code', 'count'], [['check-failed', 3]]);
 * // 'code          count\ncheck-failed      3\n'
 */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cells = [header.map(String), ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))];
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || typeof r[i] === 'number'));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  return cells
    .map((r) =>
      r
        .map((v, i) => {
          const pad = ' '.repeat(widths[i]! - displayWidth(v));
          return numeric[i] ? pad + v : i === r.length - 1 ? v : v + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
