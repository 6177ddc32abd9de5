/**
 * Every kind of finding the audit makes, with its default severity and what it means, in English and
 * Chinese. This table is the single source: the `FindingKind` type derives from it.
 *
 * @example
 * import { FINDING_KINDS } from 'ogi-report';
 * FINDING_KINDS['carry-over'].severity; // 'error'
 */
export const FINDING_KINDS = {
  'duplicate-report': {
    severity: 'warning',
    summary: 'Two or more reports of the same body and year.',
    zh: '同一机关同一年度有两份以上报告',
  },
  'body-lookalike': {
    severity: 'info',
    summary: 'Two body names differ only by look-alike characters: a typing or OCR slip, or two bodies?',
    zh: '两个机关名称仅有形近字之差：可能是录入或识别错误，也可能是两个机关',
  },
  'report-unplaced': {
    severity: 'info',
    summary: 'A report whose body or year could not be read: it is left out of the comparisons across years.',
    zh: '未能读出报告的发布机关或年度，未参与跨年度比对',
  },
  'report-unreadable': {
    severity: 'error',
    summary: 'An input could not be read or parsed: it is not audited (the command reports it so that every input is accounted for).',
    zh: '文件无法读取或解析，未参与审查',
  },
  'carry-over': {
    severity: 'error',
    summary: "Table 3's 四、结转下年度继续办理 of year N differs from 二、上年结转政府信息公开申请数量 of year N+1.",
    zh: '上一年度表三“四、结转下年度继续办理”与下一年度“二、上年结转政府信息公开申请数量”不一致',
  },
  'carry-over-not-assessable': {
    severity: 'info',
    summary: 'The carry-over between two consecutive years could not be checked: cells are blank, missing or ambiguous.',
    zh: '相邻两年的结转数因单元格空白、缺失或无法确定，无法核对',
  },
  'documents-in-force': {
    severity: 'warning',
    summary: 'Table 2 (2021 template): 现行有效件数 of year N differs from 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N).',
    zh: '表二“现行有效件数”与上年现行有效件数加本年制发、减本年废止件数不符',
  },
  'items-carried': {
    severity: 'warning',
    summary: 'Table 2 (2019 template): 上一年项目数量 of year N differs from 上一年项目数量(N−1) + 本年增/减(N−1).',
    zh: '表二“上一年项目数量”与上一年度报告的上一年项目数量加本年增/减不符',
  },
  'prose-table': {
    severity: 'warning',
    summary: "A number the report's prose states about its own tables matches no reading of the table's cells.",
    zh: '正文所述数字与本报告表格中的数据不符（按模板允许的各种口径都对不上）',
  },
  'similar-text': {
    severity: 'warning',
    summary: 'Two reports share passages of text beyond the template wording (copied text, 内容雷同).',
    zh: '两份报告有大段相同文字（模板用语除外），疑似内容雷同或照搬',
  },
  'cell-resolved': {
    severity: 'warning',
    summary: 'A cell left ambiguous by the parser was resolved by evidence outside its table (the prose, or the next or previous year).',
    zh: '解析时无法确定的单元格，已依据表外证据（正文或相邻年度报告）确定',
  },
} as const;

/** A finding kind: a key of {@link FINDING_KINDS}. */
export type FindingKind = keyof typeof FINDING_KINDS;
