import type { PlacedHeading } from '../segment/segment.js';
import type { Span } from '../types.js';

// What a converter writes where it dropped a table: pandoc's plain writer (2.x) for a table with
// merged cells it cannot draw.
const PLACEHOLDER = '[TABLE]';

/**
 * Where, in the section of table `table` (二 → 2, 三 → 3, 四 → 4), the text has a placeholder for a
 * table the tool that made the text dropped (`[TABLE]`), or null. Called only for a table not found:
 * no cost on a report whose tables were read.
 *
 * @example
 * import { segment } from 'ogi-report';
 * const text = '三、收到和处理政府信息公开申请情况\n\n[TABLE]\n\n四、政府信息公开行政复议、行政诉讼情况\n';
 * droppedTable(text, segment(text, (s, e) => ({ start: s, end: e }), false).headings, 3); // { start: 19, end: 26 }
 */
export function droppedTable(text: string, headings: readonly PlacedHeading[], table: 2 | 3 | 4): Span | null {
  const h = headings.find((p) => p.heading.number === table);
  if (h === undefined) return null;
  const at = text.indexOf(PLACEHOLDER, h.heading.start);
  return at >= 0 && at < h.end ? { start: at, end: at + PLACEHOLDER.length } : null;
}
