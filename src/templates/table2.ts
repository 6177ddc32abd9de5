import type { TableDef } from './types.js';

const CAPTIONS = [
  { key: 'art20_1', label: '第二十条第（一）项' },
  { key: 'art20_5', label: '第二十条第（五）项' },
  { key: 'art20_6', label: '第二十条第（六）项' },
  { key: 'art20_8', label: '第二十条第（八）项' },
] as const;

/** Table 2 of the 2021 template: four captioned sub-tables. The fee is an amount in 万元. */
export const T2_2021 = {
  number: 2,
  columns: [
    { key: 'issued', label: '本年制发件数', aliases: ['本年发件', '本年发件数'] },
    { key: 'repealed', label: '本年废止件数' },
    { key: 'inForce', label: '现行有效件数', aliases: ['先行有效件数'] },
    { key: 'decisions', label: '本年处理决定数量' },
    { key: 'feeAmount', label: '本年收费金额（单位：万元）', kind: 'amount' },
  ],
  groups: CAPTIONS,
  rows: [
    { key: 'regulations', label: '规章', group: 'art20_1', columns: ['issued', 'repealed', 'inForce'] },
    { key: 'normativeDocuments', label: '行政规范性文件', group: 'art20_1', columns: ['issued', 'repealed', 'inForce'], aliases: ['规范性文件'] },
    { key: 'licensing', label: '行政许可', group: 'art20_5', columns: ['decisions'] },
    { key: 'punishment', label: '行政处罚', group: 'art20_6', columns: ['decisions'] },
    { key: 'enforcement', label: '行政强制', group: 'art20_6', columns: ['decisions'] },
    { key: 'fees', label: '行政事业性收费', group: 'art20_8', columns: ['feeAmount'], aliases: ['行政事业型收费'] },
    { key: 'otherDocuments', label: '其他主动公开文件', group: 'art20_1', columns: ['issued', 'repealed', 'inForce'], extra: true },
  ],
  headers: ['信息内容'],
} as const satisfies TableDef;

/** Table 2 of the 2019 template: five captioned sub-tables; the fee row counts items. */
export const T2_2019 = {
  number: 2,
  columns: [
    { key: 'created', label: '本年新制作数量' },
    { key: 'published', label: '本年新公开数量' },
    { key: 'totalPublished', label: '对外公开总数量' },
    { key: 'previousItems', label: '上一年项目数量' },
    { key: 'change', label: '本年增/减', kind: 'signed' },
    { key: 'decisions', label: '处理决定数量' },
    { key: 'procurementItems', label: '采购项目数量' },
    { key: 'procurementAmount', label: '采购总金额', kind: 'amount' },
  ],
  groups: [...CAPTIONS, { key: 'art20_9', label: '第二十条第（九）项' }],
  rows: [
    { key: 'regulations', label: '规章', group: 'art20_1', columns: ['created', 'published', 'totalPublished'] },
    { key: 'normativeDocuments', label: '规范性文件', group: 'art20_1', columns: ['created', 'published', 'totalPublished'] },
    { key: 'licensing', label: '行政许可', group: 'art20_5', columns: ['previousItems', 'change', 'decisions'] },
    { key: 'otherServices', label: '其他对外管理服务事项', group: 'art20_5', columns: ['previousItems', 'change', 'decisions'] },
    { key: 'punishment', label: '行政处罚', group: 'art20_6', columns: ['previousItems', 'change', 'decisions'] },
    { key: 'enforcement', label: '行政强制', group: 'art20_6', columns: ['previousItems', 'change', 'decisions'] },
    { key: 'fees', label: '行政事业性收费', group: 'art20_8', columns: ['previousItems', 'change'], aliases: ['行政事业型收费'] },
    { key: 'procurement', label: '政府集中采购', group: 'art20_9', columns: ['procurementItems', 'procurementAmount'], aliases: ['政府集中采购（元）', '政府集中采购（万元）'] },
    { key: 'otherDocuments', label: '其他主动公开文件', group: 'art20_1', columns: ['created', 'published', 'totalPublished'], extra: true },
  ],
  headers: ['信息内容'],
} as const satisfies TableDef;
