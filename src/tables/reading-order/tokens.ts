/** A value printed on a line of numbers: its text, its offsets in the normalised text, its number (a dash counts 0). */
export interface ValueToken {
  text: string;
  start: number;
  end: number;
  value: number;
}

/** The values of a table region in reading order, and how many of them ran on without a label between. */
export interface RegionValues {
  values: ValueToken[];
  /** The longest run of values with no text line between them (page numbers and blank lines do not break a run). */
  longestRun: number;
  /** How many values stand alone on their line. */
  alone: number;
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;
const DASH = /^(?:\/|-{1,2}|—{1,2}|无)$/u;
// The characters a NUMBER or a DASH can start with.
const CAN_START_VALUE = /^[+\-\d/—无]$/u;
// Page numbers and page markers, on a trimmed line: "-3-", "- 3 -", "—5—", "第3页", "3/12". (No two
// neighbouring parts can take the same characters: linear on any line.)
const PAGE_MARK = /^(?:[-—–] *\d{1,4} *[-—–]|第 *\d{1,4} *页(?:[,，]? *共 *\d{1,4} *页)?|\d{1,4} *\/ *\d{1,4})$/u;

/** Whether the next line with text, from `pos`, starts with a value character and is a value. */
function nextLineIsValue(text: string, pos: number, end: number): boolean {
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const t = text.slice(pos, nl).trim();
    if (t.length > 0) return NUMBER.test(t.split(/\s+/u)[0]!) || (DASH.test(t.split(/\s+/u)[0]!) && t !== '无');
    pos = nl + 1;
  }
  return false;
}

/**
 * Reads the values of `text[start, end)` in reading order: every line made only of numbers (or
 * dashes) gives its numbers; a line with any other word (a label, a running header) gives none; page
 * numbers are skipped.
 *
 * @example
 * regionValues('自然人\n30\n5\n- 3 -\n0\n总计', 0, 22).values.map((v) => v.text); // ['30', '5', '0']
 */
export function regionValues(text: string, start: number, end: number): RegionValues {
  const values: ValueToken[] = [];
  let run = 0;
  let longestRun = 0;
  let alone = 0;
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    const trimmed = line.trim();
    if (trimmed.length > 0 && !(trimmed.length <= 16 && PAGE_MARK.test(trimmed))) {
      // Most lines of a table start with a label: no word of theirs needs reading to break the run.
      if (!CAN_START_VALUE.test(trimmed[0]!)) {
        run = 0;
        pos = nl + 1;
        continue;
      }
      const words: Array<{ text: string; at: number }> = [];
      const re = /\S+/gu;
      let allValues = true;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        // The first word that is no value ends the reading of the line ("1.属于国家秘密 0 0 …").
        if (!NUMBER.test(m[0]) && !DASH.test(m[0])) {
          allValues = false;
          break;
        }
        words.push({ text: m[0], at: pos + m.index });
      }
      // "无" alone between label characters is a word of a label broken one character a line
      // ("（ 四 ） 无 法 提 供"), not a dash: a value only beside another value line.
      if (allValues && trimmed === '无' && run === 0 && !nextLineIsValue(text, nl + 1, end)) allValues = false;
      if (allValues) {
        for (const w of words) values.push({ text: w.text, start: w.at, end: w.at + w.text.length, value: NUMBER.test(w.text) ? Number(w.text) : 0 });
        run += words.length;
        if (words.length === 1) alone++;
        if (run > longestRun) longestRun = run;
      } else run = 0;
    }
    pos = nl + 1;
  }
  return { values, longestRun, alone };
}
