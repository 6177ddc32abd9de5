import type { ColumnDef, GroupDef, RowDef, RuleDef, TableDef } from './types.js';

/** Table 3's seven data columns (the same in both templates). */
export const T3_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织', aliases: ['社会组织', '社会公益', '公益组织'] },
  { key: 'legalService', label: '法律服务机构', aliases: ['法律服务'] },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计', aliases: ['合计'] },
] as const satisfies readonly ColumnDef[];

const T3_GROUPS = [
  { key: 'results', label: '三、本年度办理结果', numbering: '三' },
  { key: 'refused', label: '（三）不予公开', numbering: '(三)' },
  { key: 'unavailable', label: '（四）无法提供', numbering: '(四)' },
  { key: 'notProcessed', label: '（五）不予处理', numbering: '(五)' },
] as const satisfies readonly GroupDef[];

const HEAD_ROWS = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', numbering: '一', aliases: ['本年新收申请数量', '本年新收'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', numbering: '二', aliases: ['上年结转申请数量', '上年结转'] },
  { key: 'disclosed', label: '（一）予以公开', numbering: '(一)', group: 'results' },
  { key: 'partiallyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', numbering: '(二)', group: 'results' },
  { key: 'refusedStateSecret', label: '1.属于国家秘密', numbering: '1', group: 'refused' },
  { key: 'refusedProhibitedByLaw', label: '2.其他法律行政法规禁止公开', numbering: '2', group: 'refused', aliases: ['其他法律法规禁止公开'] },
  { key: 'refusedThreeSecurities', label: '3.危及“三安全一稳定”', numbering: '3', group: 'refused' },
  { key: 'refusedThirdParty', label: '4.保护第三方合法权益', numbering: '4', group: 'refused' },
  { key: 'refusedInternalAffairs', label: '5.属于三类内部事务信息', numbering: '5', group: 'refused' },
  { key: 'refusedProcessInfo', label: '6.属于四类过程性信息', numbering: '6', group: 'refused' },
  { key: 'refusedEnforcementFile', label: '7.属于行政执法案卷', numbering: '7', group: 'refused' },
  { key: 'refusedQueryMatter', label: '8.属于行政查询事项', numbering: '8', group: 'refused' },
  { key: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息', numbering: '1', group: 'unavailable' },
  { key: 'unavailableNeedsCreation', label: '2.没有现成信息需要另行制作', numbering: '2', group: 'unavailable' },
  { key: 'unavailableUnclear', label: '3.补正后申请内容仍不明确', numbering: '3', group: 'unavailable' },
  { key: 'notProcessedPetition', label: '1.信访举报投诉类申请', numbering: '1', group: 'notProcessed' },
  { key: 'notProcessedDuplicate', label: '2.重复申请', numbering: '2', group: 'notProcessed' },
  { key: 'notProcessedPublication', label: '3.要求提供公开出版物', numbering: '3', group: 'notProcessed' },
  { key: 'notProcessedMassRepeated', label: '4.无正当理由大量反复申请', numbering: '4', group: 'notProcessed' },
  { key: 'notProcessedConfirmation', label: '5.要求行政机关确认或重新出具已获取信息', numbering: '5', group: 'notProcessed' },
] as const satisfies readonly RowDef[];

const TAIL_ROWS = [
  { key: 'total', label: '（七）总计', numbering: '(七)', group: 'results', aliases: ['总计', '合计'] },
  { key: 'carriedForward', label: '四、结转下年度继续办理', numbering: '四', aliases: ['结转下年度'] },
] as const satisfies readonly RowDef[];

const OTHER_LEAVES_2021 = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'] as const;

const T3_HEADERS = ['本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和', '申请人情况', '法人或其他组织', '数据项目', '类别', '项目', '数量'];

/** Table 3 of the 2021 template: （六）其他处理 has three leaf rows. */
export const T3_2021 = {
  number: 3,
  columns: T3_COLUMNS,
  groups: [...T3_GROUPS, { key: 'otherHandling', label: '（六）其他处理', numbering: '(六)', aliases: ['其他'] }],
  rows: [
    ...HEAD_ROWS,
    { key: 'otherNoCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', numbering: '1', group: 'otherHandling' },
    { key: 'otherUnpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', numbering: '2', group: 'otherHandling' },
    { key: 'otherOther', label: '3.其他', numbering: '3', group: 'otherHandling' },
    // Some 2021 reports print （六） as one row, as the 2019 template does: its value stands for the leaves.
    { key: 'otherHandling', label: '（六）其他处理', numbering: '(六)', group: 'results', aliases: ['其他'], substitutesFor: OTHER_LEAVES_2021 },
    ...TAIL_ROWS,
  ],
  headers: T3_HEADERS,
} as const satisfies TableDef;

/** Table 3 of the 2019 template: （六）其他处理 is a single row. */
export const T3_2019 = {
  number: 3,
  columns: T3_COLUMNS,
  groups: T3_GROUPS,
  rows: [...HEAD_ROWS, { key: 'otherHandling', label: '（六）其他处理', numbering: '(六)', group: 'results', aliases: ['其他'] }, ...TAIL_ROWS],
  headers: T3_HEADERS,
} as const satisfies TableDef;

const LEAVES_COMMON = HEAD_ROWS.filter((r) => r.key !== 'new' && r.key !== 'carriedOver').map((r) => r.key);
const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;

/** Table 3's rules for a template whose （六） leaves are `otherLeaves`. */
export function t3Rules(otherLeaves: readonly string[]): RuleDef[] {
  return [
    { id: 't3-balance', table: 3, over: 'columns', lhs: ['new', 'carriedOver'], rhs: ['total', 'carriedForward'], description: '第一项加第二项之和，等于第三项加第四项之和' },
    { id: 't3-results', table: 3, over: 'columns', lhs: ['total'], rhs: [...LEAVES_COMMON, ...otherLeaves], description: '（七）总计等于（一）至（六）各项之和' },
    { id: 't3-row-total', table: 3, over: 'rows', lhs: ['total'], rhs: APPLICANTS, description: '总计等于自然人与各类法人或其他组织之和' },
  ];
}

/** The （六） leaves of the 2021 template. */
export const T3_OTHER_LEAVES_2021 = OTHER_LEAVES_2021;
