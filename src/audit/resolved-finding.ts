import { createFinding, type Finding, type FindingSpan } from './finding.js';
import type { ResolvedCell } from './resolve-ambiguous.js';

const ROW_ZH: Record<string, string> = { carriedOver: '二、上年结转政府信息公开申请数量', carriedForward: '四、结转下年度继续办理' };
const COLUMN_ZH: Record<string, string> = { naturalPerson: '自然人', commercial: '商业企业', research: '科研机构', publicInterest: '社会公益组织', legalService: '法律服务机构', other: '其他', total: '总计' };

/**
 * The `cell-resolved` finding for cells of one row resolved by one piece of evidence.
 *
 * @example
 * // not run: needs resolved cells (see applyResolution)
 * resolvedFinding(cells, '岚溪县交通运输局', 2022, [{ file: 'b.txt', section: 'overview', span, text: '上年结转2件' }]);
 */
export function resolvedFinding(cells: ResolvedCell[], body: string | null, year: number | null, spans: FindingSpan[] = []): Finding {
  const c0 = cells[0]!;
  const values = cells.map((c) => `${COLUMN_ZH[c.column]} ${c.value}`).join(', ');
  const valuesZh = cells.map((c) => `${COLUMN_ZH[c.column]}${c.value}`).join('、');
  const byProse = c0.evidence === 'prose';
  const files = byProse ? [c0.file] : [c0.file, c0.evidenceFile];
  return createFinding('cell-resolved', {
    message: `${c0.file}: table 3 row ${ROW_ZH[c0.row]} printed "${c0.raw}", digits that ran together, which the parser left unknown; ${
      byProse ? `the prose ("${spans[0]?.text ?? ''}")` : `the ${c0.row === 'carriedOver' ? 'previous' : 'next'} year's report (${c0.evidenceFile})`
    } fits exactly one split, which is used: ${values}.`,
    messageZh: `${c0.file}：表三“${ROW_ZH[c0.row]}”一行印作“${c0.raw}”，数字粘连，解析时未能确定；${
      byProse ? `正文（“${spans[0]?.text ?? ''}”）` : `${c0.row === 'carriedOver' ? '上一年度' : '下一年度'}报告（${c0.evidenceFile}）`
    }只与其中一种拆法相符，已按此读取：${valuesZh}。`,
    files,
    body,
    years: year === null ? [] : [year],
    cells,
    spans,
  });
}
