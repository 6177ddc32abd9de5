import type { TableAnchors, TitleVocabulary } from './types.js';

/**
 * The title words of the national templates: 政府信息公开 / 政务公开 / 信息公开 … 年度报告 (年报,
 * 工作报告, 情况报告).
 *
 * @example
 * NATIONAL_TITLE.words.test('青禾县人民政府2021年政府信息公开工作年度报告'); // true
 */
export const NATIONAL_TITLE: TitleVocabulary = {
  words: /(?:政府信息公开|政务公开|信息公开)[^\n]{0,12}(?:年度报告|年报|工作报告|情况报告)|年度报告/u,
  prefix: /^.{0,60}?(?:19|20)\d{2}\s*年.{0,30}?(?:年度报告|年报)/u,
  yearInText: /((?:19|20)\d{2})\s*年度?\s*(?:政府信息公开|政务公开|信息公开)|统计期限?(?:为|是)?(?:自|从)?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/u,
  bodyAfterYear: /^(?!政府信息公开|政务公开|信息公开)(.{2,40}?)(?:关于)?(?:政府信息公开|政务公开|信息公开)/u,
  bodyWithoutYear: /^(.{2,40}?)(?:关于)?(?:政府信息公开|政务公开|信息公开)/u,
};

/**
 * Where the national templates' tables start when their section heading was lost: table 2 at its
 * caption or 信息内容, table 3 at its corner note, 申请人情况 or its first row, table 4 at 结果维持.
 *
 * @example
 * NATIONAL_ANCHORS.t4.test('结果维持'); // true
 */
export const NATIONAL_ANCHORS: TableAnchors = {
  t2: /第二十条第\(一\)项|信息内容/u,
  t3: /本列数据的勾稽关系|申请人情况|本年新收政府信息公开申请数量/u,
  t4: /结果维持/u,
};

/**
 * Labels only the national templates' tables print: a web page's table holding one is data, not layout.
 *
 * @example
 * NATIONAL_LABEL_HINTS.test('自然人'); // true
 */
export const NATIONAL_LABEL_HINTS = /自然人|商业企业|行政复议|行政诉讼|信息内容|予以公开|不予公开|本年新收|办理结果|结果维持/;
