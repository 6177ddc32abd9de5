import type { RuleDef, TableDef } from './types.js';

/**
 * Table 4 (the same in both templates): three blocks of five outcomes. Rows are the blocks; a block's
 * header path is its group's label and its own (行政诉讼 / 复议后起诉), and its `markers` are the texts
 * that name it in a header cell.
 */
export const T4 = {
  number: 4,
  columns: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'otherOutcome', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计', aliases: ['合计'] },
  ],
  groups: [{ key: 'litigation', label: '行政诉讼', markers: ['行政诉讼'] }],
  rows: [
    { key: 'reconsideration', label: '行政复议', markers: ['行政复议'] },
    { key: 'litigationDirect', label: '未经复议直接起诉', group: 'litigation', aliases: ['直接起诉'], markers: ['未经复议', '直接起诉', '未经行政复议'] },
    { key: 'litigationAfterReconsideration', label: '复议后起诉', group: 'litigation', markers: ['复议后起诉', '经复议后', '复议后'] },
  ],
  headers: [],
} as const satisfies TableDef;

/** Table 4's rule: in each block, 总计 is the sum of the four outcomes. */
export const T4_RULES: RuleDef[] = [
  { id: 't4-block-total', table: 4, over: 'rows', lhs: ['total'], rhs: ['upheld', 'corrected', 'otherOutcome', 'pending'], description: '总计等于结果维持、结果纠正、其他结果、尚未审结之和' },
];
