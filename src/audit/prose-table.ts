import type { Report } from '../report.js';
import { createFinding, type Finding } from './finding.js';
import type { ProseClaim } from './prose-claims.js';
import { agrees, readingsOf, readingValue } from './prose-readings.js';
import { spanOf, type ProseText } from './prose-text.js';
import { cellAt, findingCell } from './report-cells.js';

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * The `prose-table` findings of one report: a claim is a finding only when every reading the template
 * allows for it can be computed (all its cells are numbers) and none agrees with it. A claim with a
 * reading that cannot be computed, or with no reading for this template, is not a finding.
 *
 * @example
 * const prose = proseText(report, text);
 * proseTableFindings('a.txt', report, prose, proseClaims(prose, 2021), null); // → []
 */
export function proseTableFindings(file: string, report: Report, prose: ProseText, claims: ProseClaim[], body: string | null): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    const readings = readingsOf(report, claim);
    if (readings.length === 0) continue;
    const values = readings.map((r) => readingValue(report, r));
    if (values.some((v) => v === null || agrees(claim, v))) continue;
    const span = spanOf(prose, claim.start, claim.end);
    const year = report.metadata.year?.value;
    const unit = claim.unit;
    const got = readings.map((r, i) => `${r.label} = ${fmt(values[i]! / r.scale)}${r.scale !== 1 ? ' 万元' : ''}`).join('; ');
    const gotZh = readings.map((r, i) => `${r.labelZh}为${fmt(values[i]! / r.scale)}${r.scale !== 1 ? '万元' : ''}`).join('，');
    const keys = new Set<string>();
    const cells = readings
      .flatMap((r) => r.cells)
      .filter((k) => {
        const id = `${k.table}:${k.row}:${k.column}`;
        if (keys.has(id)) return false;
        keys.add(id);
        return true;
      })
      .map((k) => findingCell(file, k.table, k.row, k.column, cellAt(report, k.table, k.row, k.column)));
    findings.push(
      createFinding('prose-table', {
        message: `The prose says "${claim.text}" (${fmt(claim.value)} ${unit}), but no reading of the tables gives ${fmt(claim.value)}: ${got}.`,
        messageZh: `正文称“${claim.text}”，但表格中按各种口径都不是${fmt(claim.value)}：${gotZh}。`,
        files: [file],
        body,
        years: year === undefined ? [] : [year],
        cells,
        spans: [{ file, section: claim.section, span, text: claim.text }],
      }),
    );
  }
  return findings;
}
