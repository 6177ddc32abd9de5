import { isLookalike } from '../normalise/lookalike.js';
import type { ReportDigest } from './digest.js';
import { createFinding, type Finding } from './finding.js';

/**
 * The reports of one body, by year: each year's distinct versions (copies of one file, with equal
 * text, are one version; its `files` lists them all).
 */
export interface BodyGroup {
  bodyKey: string;
  body: string;
  years: Map<number, Version[]>;
}

/** One distinct report of a body and year, and every file that holds it. */
export interface Version {
  digest: ReportDigest;
  files: string[];
}

/**
 * Groups digests by body and year. Reports without a body or a year get a `report-unplaced` finding;
 * two distinct reports of one body and year get a `duplicate-report` finding (files with equal text
 * count as one report, and are listed together).
 *
 * @example
 * const { groups, findings } = groupReports([digestReport({ file: 'a.txt', report, text })]);
 * groups.get('漯河回族自治县人民政府')?.years.get(2021)?.length; // → 1
 */
export function groupReports(digests: ReportDigest[]): { groups: Map<string, BodyGroup>; findings: Finding[] } {
  const groups = new Map<string, BodyGroup>();
  const findings: Finding[] = [];
  for (const d of digests) {
    if (d.bodyKey === null || d.bodyKey === '' || d.year === null) {
      const what = d.bodyKey ? 'year' : d.year === null ? 'body and year' : 'body';
      const whatZh = d.bodyKey ? '年度' : d.year === null ? '发布机关和年度' : '发布机关';
      findings.push(
        createFinding('report-unplaced', {
          message: `${d.file}: the report's ${what} could not be read; it is not compared with other years.`,
          messageZh: `${d.file}：未能读出报告的${whatZh}，未与其他年度比对。`,
          files: [d.file],
          body: d.bodyKey,
          years: d.year === null ? [] : [d.year],
        }),
      );
      continue;
    }
    let g = groups.get(d.bodyKey);
    if (!g) groups.set(d.bodyKey, (g = { bodyKey: d.bodyKey, body: d.body ?? d.bodyKey, years: new Map() }));
    let versions = g.years.get(d.year);
    if (!versions) g.years.set(d.year, (versions = []));
    const same = versions.find((v) => v.digest.textHash === d.textHash);
    if (same) same.files.push(d.file);
    else versions.push({ digest: d, files: [d.file] });
  }
  for (const g of groups.values()) {
    for (const [year, versions] of g.years) {
      const files = versions.flatMap((v) => v.files);
      if (files.length < 2) continue;
      const copies = versions.length === 1 ? ' (the same text)' : versions.length < files.length ? ` (${versions.length} different texts)` : '';
      const copiesZh = versions.length === 1 ? '（内容相同）' : versions.length < files.length ? `（其中${versions.length}种不同文本）` : '';
      findings.push(
        createFinding('duplicate-report', {
          message: `${files.length} reports of ${g.body} for ${year}${copies}: ${preview(files)}.`,
          messageZh: `${g.body}${year}年度有${files.length}份报告${copiesZh}：${preview(files)}。`,
          files,
          body: g.bodyKey,
          years: [year],
        }),
      );
    }
  }
  findings.push(...lookalikeBodies(groups));
  return { groups, findings };
}

const preview = (files: string[]) => (files.length <= 4 ? files.join(', ') : `${files.slice(0, 3).join(', ')} … (${files.length - 3} more)`);

/**
 * `body-lookalike` findings: body names that differ in one character, the two characters look-alikes
 * (same radical). Names are bucketed with each position masked in turn, so the search is linear.
 */
function lookalikeBodies(groups: Map<string, BodyGroup>): Finding[] {
  const buckets = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const chars = [...key];
    for (let i = 0; i < chars.length; i++) {
      const masked = `${i}:${chars.slice(0, i).join('')}\u0000${chars.slice(i + 1).join('')}`;
      let b = buckets.get(masked);
      if (!b) buckets.set(masked, (b = []));
      b.push(key);
    }
  }
  const findings: Finding[] = [];
  for (const [masked, keys] of buckets) {
    if (keys.length < 2) continue;
    const i = Number(masked.slice(0, masked.indexOf(':')));
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        const ca = [...keys[a]!][i]!;
        const cb = [...keys[b]!][i]!;
        if (!isLookalike(ca, cb)) continue;
        const ga = groups.get(keys[a]!)!;
        const gb = groups.get(keys[b]!)!;
        const files = [...ga.years.values(), ...gb.years.values()].flat().flatMap((v) => v.files);
        const years = [...new Set([...ga.years.keys(), ...gb.years.keys()])].sort((x, y) => x - y);
        findings.push(
          createFinding('body-lookalike', {
            message: `"${ga.body}" and "${gb.body}" differ only in ${ca}/${cb}, look-alike characters: one body misspelt, or two bodies? They are kept apart.`,
            messageZh: `“${ga.body}”与“${gb.body}”仅差${ca}/${cb}一个形近字：是同一机关名称写错，还是两个机关？现按两个机关分别比对。`,
            files,
            body: null,
            years,
          }),
        );
      }
    }
  }
  return findings;
}
