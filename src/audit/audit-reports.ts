import { carryOverFindings, type CarryOptions } from './carry-over.js';
import { digestReport, type AuditInput, type ReportDigest } from './digest.js';
import type { Finding } from './finding.js';
import type { ResolvedCell } from './resolve-ambiguous.js';
import { groupReports } from './group.js';
import { similarTextFindings, type SimilarOptions } from './similar-text.js';

/**
 * Options of {@link auditReports}.
 *
 * @example
 * auditReports([{ file: 'a.txt', report, text }], { blankAsZero: true, similar: { minShare: 0.6 } }).findings; // → []
 */
export interface AuditOptions extends CarryOptions {
  /** The copied-text search; `false` skips it. */
  similar?: SimilarOptions | false;
}

/**
 * What {@link auditReports} returns: the findings, ordered by body, year and kind.
 *
 * @example
 * const { findings, resolved } = auditReports([{ file: 'a.txt', report, text }]);
 * findings.length; // → 0
 */
export interface AuditResult {
  findings: Finding[];
  /**
   * Cells the parser left ambiguous that the audit resolved by evidence (the report's prose, or the
   * same body's previous or next report), each with a `cell-resolved` finding. The reports are not
   * changed: these are the updated cells.
   */
  resolved: ResolvedCell[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Audits digests made by {@link digestReport} (the command makes them in its worker threads): groups
 * them by body and year, compares consecutive years, looks for copied text, and adds each report's
 * own prose findings.
 *
 * @example
 * const { findings } = auditDigests([digestReport({ file: 'a.txt', report, text }), digestReport({ file: 'b.txt', report, text })]);
 * findings.map((f) => f.kind); // → ['duplicate-report']
 */
export function auditDigests(digests: ReportDigest[], options: AuditOptions = {}): AuditResult {
  const { groups, findings } = groupReports(digests);
  const resolved: ResolvedCell[] = [];
  for (const d of digests) {
    findings.push(...d.findings);
    resolved.push(...(d.resolved ?? []));
  }
  for (const g of groups.values()) findings.push(...carryOverFindings(g, options, resolved));
  if (options.similar !== false) findings.push(...similarTextFindings(digests, options.similar ?? {}));
  const order = new Map(digests.map((d, i) => [d.file, i]));
  const first = (f: Finding) => Math.min(...f.files.map((x) => order.get(x) ?? Infinity));
  findings.sort((a, b) => (a.body ?? '\uffff').localeCompare(b.body ?? '\uffff') || (a.years[0] ?? 0) - (b.years[0] ?? 0) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || first(a) - first(b));
  return { findings, resolved };
}

/**
 * Audits reports across each other: reports grouped by body and year (`duplicate-report`,
 * `body-lookalike`), consecutive years compared (`carry-over`, table 2's soft rules), each report's
 * prose against its own tables (`prose-table`), and copied text between reports (`similar-text`).
 * Every input needs the text its report was parsed from (spans point into it).
 *
 * @example
 * const files = ['corpus/audit/shimen-town-2022.txt', 'corpus/audit/shimen-town-2023.txt'];
 * const inputs = files.map((file) => {
 *   const text = readFileSync(file, 'utf8');
 *   return { file, report: parseReport(text), text };
 * });
 * auditReports(inputs).findings.map((f) => f.kind); // → ['carry-over']
 */
export function auditReports(inputs: readonly AuditInput[], options: AuditOptions = {}): AuditResult {
  const list: unknown = inputs;
  if (!Array.isArray(list)) throw new TypeError('auditReports: `inputs` must be an array of { file, report, text }');
  const digests = (list as unknown[]).map((input, i) => {
    if (!isAuditInput(input)) throw new TypeError(`auditReports: inputs[${i}] must be { file: string, report: Report, text: string }`);
    return digestReport(input);
  });
  return auditDigests(digests, options);
}

function isAuditInput(x: unknown): x is AuditInput {
  if (typeof x !== 'object' || x === null) return false;
  const { file, text, report } = x as Partial<Record<keyof AuditInput, unknown>>;
  return typeof file === 'string' && typeof text === 'string' && typeof report === 'object' && report !== null && typeof (report as { template?: unknown }).template === 'string';
}
