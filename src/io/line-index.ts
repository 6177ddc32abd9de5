/**
 * A 1-based line and column.
 *
 * @example
 * const { line, column }: LineColumn = lineIndex('一、总体情况\n（一）主动公开')(9);
 * line; // → 2
 * column; // → 3
 */
export interface LineColumn {
  line: number;
  /** 1-based, counted in Unicode code points from the start of the line. */
  column: number;
}

/**
 * Indexes the line starts of a text once, then turns offsets (UTF-16, as in every `Span`) into
 * line:column in O(log lines). Lines end at '\n', '\r\n' or a lone '\r'.
 *
 * @example
 * const at = lineIndex('一、总体情况\r\n本机关…');
 * at(8); // { line: 2, column: 1 }
 */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    let column = 1;
    for (let i = starts[lo]!; i < at; i++) {
      const c = text.charCodeAt(i);
      // A surrogate pair is one code point: count its high half only.
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    return { line: lo + 1, column };
  };
}
