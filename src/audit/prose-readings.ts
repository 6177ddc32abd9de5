import type { Report } from '../report.js';
import type { ProseClaim } from './prose-claims.js';
import { cellAt } from './report-cells.js';

/** A cell named by table, row and column. */
export interface CellKey {
  table: 2 | 3 | 4;
  row: string;
  column: string;
}

/**
 * One way the template allows a prose number to be read: the sum of some cells, in the claim's unit
 * after `scale` (a fee in 元 against a cell in 万元).
 */
export interface Reading {
  /** What the reading is, in English and Chinese (e.g. '一 (new)', '一＋二'). */
  label: string;
  labelZh: string;
  cells: CellKey[];
  scale: number;
}

const ORG_COLUMNS = ['commercial', 'research', 'publicInterest', 'legalService', 'other'];
const t3 = (row: string, column: string): CellKey => ({ table: 3, row, column });
const sum = (rows: string[], columns: string[]): CellKey[] => rows.flatMap((r) => columns.map((c) => t3(r, c)));

function requestReadings(columns: string[], topic: ProseClaim['topic']): Reading[] {
  const newR: Reading = { label: 'T3 一 (new)', labelZh: '表三“一、本年新收”', cells: sum(['new'], columns), scale: 1 };
  const both: Reading = { label: 'T3 一＋二 (new + carried over)', labelZh: '表三“一、本年新收”加“二、上年结转”', cells: sum(['new', 'carriedOver'], columns), scale: 1 };
  const total: Reading = { label: 'T3 （七）总计 (completed)', labelZh: '表三“（七）总计”', cells: sum(['total'], columns), scale: 1 };
  const carriedOver: Reading = { label: 'T3 二 (carried over)', labelZh: '表三“二、上年结转”', cells: sum(['carriedOver'], columns), scale: 1 };
  const forward: Reading = { label: 'T3 四 (carried forward)', labelZh: '表三“四、结转下年度继续办理”', cells: sum(['carriedForward'], columns), scale: 1 };
  switch (topic) {
    case 'received':
    case 'new':
    case 'applicant':
      return [newR, both, total];
    case 'completed':
      return [total, newR, both];
    case 'carriedOver':
      return [carriedOver];
    case 'carriedForward':
      return [forward];
    default:
      return [];
  }
}

/**
 * Every reading the template allows for a claim, given the report's template: "收到申请75件" may be
 * 一 or 一＋二 (or the （七）总计 some bodies call received); "办结" is （七）总计 (or 一, 一＋二);
 * 结转 is 二 or 四; 行政诉讼 is either litigation block or both; fees compare in 万元; 规范性文件
 * counts are the template's own columns.
 *
 * @example
 * const claim = { topic: 'carriedForward', value: 0, unit: '件', decimals: 0, text: '', start: 0, end: 0, section: 'overview' } as const;
 * readingsOf(report, claim).map((r) => r.label); // → ['T3 四 (carried forward)']
 */
export function readingsOf(report: Report, claim: ProseClaim): Reading[] {
  switch (claim.topic) {
    case 'received':
    case 'new':
    case 'completed':
    case 'carriedOver':
    case 'carriedForward':
      return requestReadings(['total'], claim.topic);
    case 'applicant':
      return requestReadings(claim.column === 'organisations' ? ORG_COLUMNS : [claim.column!], claim.topic);
    case 'reconsideration':
      return [{ label: 'T4 行政复议 总计', labelZh: '表四“行政复议”总计', cells: [{ table: 4, row: 'reconsideration', column: 'total' }], scale: 1 }];
    case 'litigation': {
      const direct: Reading = { label: 'T4 未经复议直接起诉 总计', labelZh: '表四“未经复议直接起诉”总计', cells: [{ table: 4, row: 'litigationDirect', column: 'total' }], scale: 1 };
      const after: Reading = { label: 'T4 复议后起诉 总计', labelZh: '表四“复议后起诉”总计', cells: [{ table: 4, row: 'litigationAfterReconsideration', column: 'total' }], scale: 1 };
      return [{ label: 'T4 行政诉讼 总计 (both blocks)', labelZh: '表四“行政诉讼”两项总计之和', cells: [...direct.cells, ...after.cells], scale: 1 }, direct, after];
    }
    case 'fees': {
      const t2 = report.tables.t2;
      if (!t2 || t2.template !== '2021') return [];
      return [{ label: 'T2 行政事业性收费 (万元)', labelZh: '表二“行政事业性收费”本年收费金额（万元）', cells: [{ table: 2, row: 'fees', column: 'feeAmount' }], scale: claim.unit === '元' ? 10000 : 1 }];
    }
    default:
      return documentReadings(report, claim.topic);
  }
}

function documentReadings(report: Report, topic: ProseClaim['topic']): Reading[] {
  const t2 = report.tables.t2;
  if (!t2) return [];
  const cell = (column: string, label: string): Reading => ({ label: `T2 规范性文件 ${label}`, labelZh: `表二“规范性文件”${label}`, cells: [{ table: 2, row: 'normativeDocuments', column }], scale: 1 });
  if (t2.template === '2021') {
    const issued = cell('issued', '本年制发件数');
    const repealed = cell('repealed', '本年废止件数');
    const inForce = cell('inForce', '现行有效件数');
    if (topic === 'documentsIssued') return [issued];
    if (topic === 'documentsRepealed') return [repealed];
    if (topic === 'documentsInForce') return [inForce];
    return [issued, inForce];
  }
  const created = cell('created', '本年新制作数量');
  const published = cell('published', '本年新公开数量');
  const total = cell('totalPublished', '对外公开总数量');
  if (topic === 'documentsIssued') return [created, published];
  if (topic === 'documentsInForce') return [total];
  if (topic === 'documentsPublished') return [created, published, total];
  return [];
}

/**
 * The value of a reading, or null when one of its cells holds no number (blank, dash, ambiguous,
 * absent): then the reading cannot rule the claim out.
 *
 * @example
 * readingValue(report, { label: '', labelZh: '', cells: [{ table: 3, row: 'total', column: 'total' }], scale: 1 }); // → 11
 */
export function readingValue(report: Report, reading: Reading): number | null {
  let total = 0;
  for (const k of reading.cells) {
    const c = cellAt(report, k.table, k.row, k.column);
    if (!c || c.status !== 'number' || c.value === null) return null;
    total += c.value;
  }
  return total * reading.scale;
}

/**
 * Whether a claimed number agrees with a reading's value: exactly for counts; for amounts, after
 * rounding the cell to the decimals the prose prints (143.07万元 agrees with 143.0685).
 *
 * @example
 * agrees({ value: 143.07, decimals: 2, unit: '万元' } as ProseClaim, 143.0685); // → true
 */
export function agrees(claim: ProseClaim, value: number): boolean {
  if (claim.unit === '件') return claim.value === value;
  const f = 10 ** claim.decimals;
  return Math.abs(Math.round(value * f) / f - claim.value) < 0.5 / f / 1000 + 1e-9 || Math.abs(value - claim.value) < 1e-9;
}
