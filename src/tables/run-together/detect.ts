// Digits glued to a label ("申请数量230", "规章000"): the mark of text whose cell boundaries were lost.
const GLUED = /[\u4e00-\u9fff)”"][0-9]{2,}/gu;

/**
 * Whether a table region's cells ran together: several labels are glued to digit runs and the region
 * has far fewer line breaks than a table has rows.
 *
 * @example
 * isRunTogether('规章000行政规范性文件693665第二十条第(五)项…', 0, 40); // true
 */
export function isRunTogether(text: string, start: number, end: number): boolean {
  const region = text.slice(start, end);
  let glued = 0;
  GLUED.lastIndex = 0;
  while (GLUED.exec(region) !== null) glued++;
  if (glued === 0) return false;
  let lines = 0;
  const trimmed = region.trim();
  for (let i = trimmed.indexOf('\n'); i >= 0; i = trimmed.indexOf('\n', i + 1)) lines++;
  return glued >= 3 ? lines < glued * 2 : lines === 0;
}
