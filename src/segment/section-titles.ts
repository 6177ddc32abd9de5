/**
 * The six sections every report has, in order: `pattern` identifies a heading's title at the start of a
 * line, `inline` the full title inside run-together text.
 */
export const SECTION_DEFS = [
  { number: 1, numeral: '一', key: 'overview', title: '总体情况', pattern: /总体情况|总体概述|基本情况|概述/u, inline: /(?:政府信息公开(?:工作)?)?总体情况|概述(?=[^,，。、的])/u },
  { number: 2, numeral: '二', key: 'proactive', title: '主动公开政府信息情况', pattern: /主动公开/u, inline: /主动公开政府信息情况/u },
  { number: 3, numeral: '三', key: 'requests', title: '收到和处理政府信息公开申请情况', pattern: /收到和处理|依申请公开|公开申请(?:情况|的情况)|申请情况/u, inline: /收到和处理政府信息公开申请情况/u },
  { number: 4, numeral: '四', key: 'reviewLitigation', title: '政府信息公开行政复议、行政诉讼情况', pattern: /行政法?复议|行政诉讼/u, inline: /(?:因政府信息公开(?:工作)?被申请)?(?:政府信息公开)?行政法?复议[、和及与]?(?:提起)?行政诉讼(?:的)?情况/u },
  { number: 5, numeral: '五', key: 'problems', title: '存在的主要问题及改进情况', pattern: /问题|改进/u, inline: /(?:政府信息公开工作)?存在的(?:主要)?问题(?:及|和|、)(?:改进(?:情况|措施)|整改(?:情况|措施)|下一步工作(?:打算|计划)|(?:明年|下一年度?)工作计划|改进情况及(?:明年|下一年度?)工作计划)/u },
  { number: 6, numeral: '六', key: 'other', title: '其他需要报告的事项', pattern: /其他需要报告|其他事项|需要报告的事项/u, inline: /其他需要报告的事项|需要说明的其他事项(?:与附表)?/u },
] as const;

/** The key of a section: `overview`, `proactive`, `requests`, `reviewLitigation`, `problems`, `other`. */
export type SectionKey = (typeof SECTION_DEFS)[number]['key'];

/** Table 3 rows that start like section headings ("三、本年度办理结果") are never sections. */
export const TABLE_ROW_TITLE = /本年新收|上年结转|本年度办理结果|办理结果|结转下年度|继续办理|申请数量/u;
