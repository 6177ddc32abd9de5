import { NATIONAL_TITLE } from '../templates/national-vocabulary.js';
import type { TitleVocabulary } from '../templates/types.js';

/** A value found in the normalised text, with its offsets there (`Located` is the same mapped to the input). */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

/** The report's title line and what it says. */
export interface TitleInfo {
  title: Found<string> | null;
  body: Found<string> | null;
  year: Found<number> | null;
}

const YEAR = /((?:19|20)\d{2})\s*年/u;
// A line that names a body: it ends like the name of a government, an office or a bureau.
const BODY_LINE = /(?:政府|办公室|办公厅|委员会|局|厅|委|办|中心|街道办事处|街道|镇|乡|院|署|管委会|公司)$/u;
// Breadcrumbs and navigation lines that name the report type but are not its title.
const NOT_A_TITLE = /[>›»]|当前位置|您的位置|当前的位置|首页/u;
const BODY_TRAIL = /(?:关于|的|\s)+$/u;
const BODY_LEAD = /^(?:[#*>\s]|关于)+/u;

/**
 * Reads the title (the first line before the first section that names the report), the issuing
 * body and the year. "漯河回族自治县人民政府2021年政府信息公开工作年度报告" gives body
 * "漯河回族自治县人民政府" and year 2021; a title with the year first ("2021年XX县…") also works.
 * The words of a title are the template's `title` vocabulary (default: the national templates').
 *
 * @example
 * readTitle('青禾县人民政府2021年政府信息公开工作年度报告\n一、总体情况', 24).body?.value; // '青禾县人民政府'
 */
export function readTitle(text: string, limit: number, vocabulary: TitleVocabulary = NATIONAL_TITLE): TitleInfo {
  const head = text.slice(0, Math.min(limit, 4000));
  let title: Found<string> | null = null;
  // The line before the title, when the title was broken over two lines ("洪泽区人民政府" / "2023年…").
  let previous: Found<string> | null = null;
  let bestScore = -Infinity;
  let last: Found<string> | null = null;
  let offset = 0;
  for (const line of head.split('\n')) {
    const lead = /^[#*>\s]*(?:(?:名\s*称|标\s*题|题\s*目)\s*[:：]\s*)?/u.exec(line)![0].length;
    let trimmed = line.slice(lead).trimEnd();
    // A title run together with the text after it: keep it up to "…年度报告".
    if (trimmed.length > 80) trimmed = vocabulary.prefix.exec(trimmed)?.[0] ?? '';
    if (trimmed.length > 0 && !NOT_A_TITLE.test(trimmed) && vocabulary.words.test(trimmed)) {
      const y = YEAR.exec(trimmed);
      const score = (y ? 2 : 0) + (y && y.index >= 2 ? 1 : 0) - (trimmed.length < 8 ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        title = { value: trimmed, start: offset + lead, end: offset + lead + trimmed.length };
        previous = last;
      }
    }
    if (trimmed.length > 0) last = { value: trimmed, start: offset + lead, end: offset + lead + trimmed.length };
    offset += line.length + 1;
  }
  let body: Found<string> | null = null;
  let year: Found<number> | null = null;
  if (title) {
    const t = title.value;
    const y = YEAR.exec(t);
    if (y) {
      year = { value: Number(y[1]), start: title.start + y.index, end: title.start + y.index + y[1]!.length };
      const before = t.slice(0, y.index).replace(BODY_TRAIL, '');
      if (before.length >= 2) {
        const lead = BODY_LEAD.exec(before)?.[0].length ?? 0;
        body = { value: before.slice(lead), start: title.start + lead, end: title.start + before.length };
      } else {
        const after = t.slice(y.index + y[0].length).replace(/^度/u, '');
        const m = vocabulary.bodyAfterYear.exec(after.trimStart());
        if (m) {
          const s = title.start + t.indexOf(m[1]!, y.index + y[0].length);
          body = { value: m[1]!, start: s, end: s + m[1]!.length };
        } else if (previous && previous.value.length <= 40 && BODY_LINE.test(previous.value) && !/[。，,;；:：]/u.test(previous.value)) {
          body = previous;
        }
      }
    } else {
      const m = vocabulary.bodyWithoutYear.exec(t);
      if (m) body = { value: m[1]!, start: title.start, end: title.start + m[1]!.length };
    }
  }
  if (!year) {
    const m = vocabulary.yearInText.exec(text.slice(0, 6000));
    if (m) {
      const digits = (m[1] ?? m[2])!;
      const at = m.index + m[0].indexOf(digits);
      year = { value: Number(digits), start: at, end: at + 4 };
    }
  }
  return { title, body, year };
}
