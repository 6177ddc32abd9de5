/**
 * Prose inside a table's region: sentences a report writes before, between or after its tables
 * ("2024年,共收到政府信息公开申请3条。"). Their numbers are not cells and their words are not labels.
 *
 * @module
 */

import { isWhiteSpace } from './white-space.js';

// What follows a number of prose: a date word (年, 月, 日), a sentence mark, or a counter (条, 件, 份,
// 篇 …) followed by a sentence mark or more words. A counter followed by a digit or nothing is a cell's
// unit ("政府集中采购1个246900元"). No template label starts with one of these (本年…, 部分公开 are not listed).
const PROSE_AFTER = /^(?:[年月日%]|[,;。;、:](?![0-9])|[条份篇件个次余项户家名场期批类天倍宗封张册套台辆所](?![0-9]|$))/u;
// Prose: a sentence mark, or a text that starts with a year ("2021年我局…"). The year is looked for
// only in a text whose first character after white space is 1 or 2; the marks by native searches (a
// pattern with both alternatives is tried at every position of every label).
const YEAR_START = /^\s*(?:19|20)[0-9]{2}\s*年(?!度?(?:新收|结转))/u;
const FIRST_SOLID = /\S/u;


/**
 * Whether the number that ends at `end` is one of prose: a counter or a sentence mark follows it.
 *
 * @example
 * isProseNumber('共收到申请3条。', 7); // true
 * isProseNumber('规章000行政规范性文件', 5); // false
 */
export function isProseNumber(text: string, end: number): boolean {
  // Most numbers in a table are followed by a label's first character or a digit: no test needed.
  const c = text.charCodeAt(end);
  if (Number.isNaN(c) || (c >= 48 && c <= 57) || c === 32) return false;
  return PROSE_AFTER.test(text.slice(end, end + 2));
}

/**
 * The offset just after the last sentence mark in `text[from, to)`, or `from`: labels that follow
 * prose start there.
 *
 * @example
 * afterLastSentence('共收到申请3条。申请人情况', 0, 13); // 8
 */
export function afterLastSentence(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 59 || c === 33 || c === 63) return i + 1; // 。 ; ! ?
  }
  return from;
}

/**
 * Whether a cell's text is prose, not a label: it holds a sentence mark or starts with a year.
 *
 * @example
 * isProse('2024年,共收到政府信息公开申请3条。'); // true
 * isProse('一、本年新收政府信息公开申请数量'); // false
 */
export function isProse(text: string): boolean {
  if (text.includes('。') || text.includes('!') || text.includes('?')) return true;
  const c = text.charCodeAt(0);
  if (c === 49 || c === 50) return YEAR_START.test(text);
  // Leading white space before the year: found only by the pattern.
  if (!isWhiteSpace(c)) return false;
  const first = FIRST_SOLID.exec(text);
  return first !== null && (first[0] === '1' || first[0] === '2') && YEAR_START.test(text);
}
