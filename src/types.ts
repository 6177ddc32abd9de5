/**
 * A half-open range `[start, end)` of UTF-16 offsets into the string given to `parseReport`.
 *
 * @example
 * const { sections } = parseReport(text);
 * text.slice(sections[0].titleSpan.start, sections[0].titleSpan.end); // '一、总体情况'
 */
export interface Span {
  start: number;
  end: number;
}
