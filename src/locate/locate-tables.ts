import type { Segmented } from '../segment/segment.js';
import type { TableAnchors } from '../templates/types.js';

/** A range `[start, end)` of the normalised text. */
export interface Region {
  start: number;
  end: number;
}

/** Where each table is in the normalised text (null: not found). */
export interface TableRegions {
  t2: Region | null;
  t3: Region | null;
  t4: Region | null;
}

/** The section each table is printed in: table 2 in 二, table 3 in 三, table 4 in 四. */
const TABLES = [2, 3, 4] as const;

/**
 * The locate stage: finds each table's region. A table is its section's body (table 2 in section 二,
 * 3 in 三, 4 in 四); when that heading was lost, it starts at the line of the first match of its
 * template anchor (`anchors`, from the candidate templates) and runs to the next section heading.
 * Every region is then cut where a later table's anchor matches inside it, so that no region holds
 * the next table.
 *
 * @example
 * import { locateTables, segment, TEMPLATE_2021 } from 'ogi-report';
 * const text = '结果维持\t结果纠正\n0\t0';
 * locateTables(text, segment(text, (s, e) => ({ start: s, end: e }), false), TEMPLATE_2021.anchors).t4; // { start: 0, end: 13 }
 */
export function locateTables(text: string, segmented: Segmented, anchors: TableAnchors): TableRegions {
  const headings = segmented.headings;
  const regionOf = (n: 2 | 3 | 4): Region | null => {
    const own = headings.find((x) => x.heading.number === n);
    let start: number;
    let end: number;
    if (own) {
      start = own.heading.end;
      end = own.end;
    } else {
      const m = anchors[`t${n}`].exec(text);
      if (!m) return null;
      start = text.lastIndexOf('\n', m.index) + 1;
      end = headings.find((x) => x.heading.start > m.index)?.heading.start ?? text.length;
    }
    for (const k of TABLES) {
      if (k <= n) continue;
      const other = anchors[`t${k}`].exec(text.slice(start, end));
      if (other && other.index > 0) end = Math.min(end, start + other.index);
    }
    return { start, end };
  };
  return { t2: regionOf(2), t3: regionOf(3), t4: regionOf(4) };
}
