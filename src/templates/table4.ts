import type { RuleDef, TableDef } from './types.js';

const outcomes = (block: readonly string[]) =>
  [
    { key: 'upheld', label: '结果维持', path: [...block, '结果维持'] },
    { key: 'corrected', label: '结果纠正', path: [...block, '结果纠正'] },
    { key: 'otherOutcome', label: '其他结果', path: [...block, '其他结果'] },
    { key: 'pending', label: '尚未审结', path: [...block, '尚未审结'] },
    { key: 'total', label: '总计', aliases: ['合计'], path: [...block, '总计'] },
  ] as const;

/** Table 4 (the same in both templates): three blocks of five outcomes. Rows are the blocks. */
export const T4 = {
  number: 4,
  columns: outcomes([]),
  groups: [{ key: 'litigation', label: '行政诉讼' }],
  rows: [
    { key: 'reconsideration', label: '行政复议' },
    { key: 'litigationDirect', label: '未经复议直接起诉', group: 'litigation', aliases: ['直接起诉'] },
    { key: 'litigationAfterReconsideration', label: '复议后起诉', group: 'litigation' },
  ],
  headers: [],
} as const satisfies TableDef;

/** The header path of a table-4 block, e.g. ['行政诉讼', '复议后起诉']. */
export const T4_BLOCK_PATHS: Record<string, readonly string[]> = {
  reconsideration: ['行政复议'],
  litigationDirect: ['行政诉讼', '未经复议直接起诉'],
  litigationAfterReconsideration: ['行政诉讼', '复议后起诉'],
};

/** Table 4's rule: in each block, 总计 is the sum of the four outcomes. */
export const T4_RULES: RuleDef[] = [
  { id: 't4-block-total', table: 4, over: 'rows', lhs: ['total'], rhs: ['upheld', 'corrected', 'otherOutcome', 'pending'], description: '总计等于结果维持、结果纠正、其他结果、尚未审结之和' },
];
