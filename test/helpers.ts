import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, toCells, type Report } from '../src/index.js';

export const corpusDir = join(import.meta.dirname, '..', 'corpus');

/** Reads a corpus file as UTF-8. */
export function corpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

/** The values of one table row, in column order ('' for blank, null for absent). */
export function rowValues(report: Report, table: 2 | 3 | 4, row: string): (number | string | null)[] {
  return toCells(report)
    .filter((c) => c.table === table && c.row === row)
    .map((c) => (c.value !== null ? c.value : c.raw === null ? null : c.raw));
}

export function parseCorpus(name: string): Report {
  return parseReport(corpus(name));
}

/** The six section headings as the 2021 template writes them. */
export const SIX_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
