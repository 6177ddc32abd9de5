// Digits glued to a label ("申请数量230", "规章000"): the mark of text whose cell boundaries were lost.
const GLUED = /[\u4e00-\u9fff)”"][0-9]{2,}/gu;
// A label, at most one space, then seven or more digits: a table 3 row's seven cells run together
// (PDF text extractors such as pypdf write "申请数量 210000021").
const ROW_RUN = /[\u4e00-\u9fff)”"] ?[0-9]{7,}/gu;

/**
 * Whether a table region's cells ran together: several labels are glued to digit runs and the region
 * has far fewer line breaks than a table has rows, or ten rows or more end in a run of seven digits
 * or more (a table 3 row's cells run together, whatever the line breaks).
 *
 * @example
 * isRunTogether('规章000行政规范性文件693665第二十条第(五)项…', 0, 40); // true
 */
export function isRunTogether(text: string, start: number, end: number): boolean {
  const region = text.slice(start, end);
  let glued = 0;
  GLUED.lastIndex = 0;
  while (GLUED.exec(region) !== null) glued++;
  let rows = 0;
  ROW_RUN.lastIndex = 0;
  while (ROW_RUN.exec(region) !== null) rows++;
  // Ten rows or more run together: whatever the line breaks (labels broken over lines), the region is.
  if (rows >= 10) return true;
  if (glued === 0) return false;
  let lines = 0;
  const trimmed = region.trim();
  for (let i = trimmed.indexOf('\n'); i >= 0; i = trimmed.indexOf('\n', i + 1)) lines++;
  return glued >= 3 ? lines < glued * 2 : lines === 0;
}
