// Digits glued to a label ("申请数量230", "规章000"): the mark of text whose cell boundaries were lost.
const GLUED = /[\u4e00-\u9fff)”"][0-9]{2,}/gu;
// A label, at most one space, then seven or more digits: a table 3 row's seven cells run together
// (PDF text extractors such as pypdf write "申请数量 210000021").
const ROW_RUN = /[\u4e00-\u9fff)”"] ?[0-9]{7,}/gu;
// A label, one space, a number or a slash ("规章 0 0 0", "数量 / / /"): cells separated by single spaces.
const SPACED = /[\u4e00-\u9fff)”"] [0-9/]/gu;

/**
 * Whether a table region's cells ran together: several labels are glued to digit runs (or followed
 * by numbers after one space, as a crawler renders a table on one line) and the region has far
 * fewer line breaks than a table has rows, or ten rows or more end in a run of seven digits or more
 * (a table 3 row's cells run together, whatever the line breaks).
 *
 * @example
 * const glued = '规章000行政规范性文件693665第二十条第(五)项';
 * isRunTogether(glued, 0, glued.length); // → true
 * const spaced = '规章 0 0 0 行政规范性文件 6 9 665 行政许可 5';
 * isRunTogether(spaced, 0, spaced.length); // → true
 * const tabs = '规章\t0\t0\t0\n行政规范性文件\t6\t9\t665\n';
 * isRunTogether(tabs, 0, tabs.length); // → false
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
  let spaced = 0;
  SPACED.lastIndex = 0;
  while (SPACED.exec(region) !== null) spaced++;
  if (glued + spaced === 0) return false;
  let lines = 0;
  const trimmed = region.trim();
  for (let i = trimmed.indexOf('\n'); i >= 0; i = trimmed.indexOf('\n', i + 1)) lines++;
  if (glued >= 3) return lines < glued * 2;
  // Single spaces between cells: only a region (nearly) on one line, with many such labels.
  return glued > 0 ? lines === 0 : spaced >= 3 && lines * 4 < spaced;
}
