import type { Report } from '../report.js';
import { wordingCover } from './boilerplate.js';
import { bodyKey } from './body-key.js';
import type { Finding, FindingCell } from './finding.js';
import { proseClaims } from './prose-claims.js';
import { resolvedFinding } from './resolved-finding.js';
import { applyResolution, resolveByTotal, t3Row, type ResolvedCell } from './resolve-ambiguous.js';
import { proseTableFindings } from './prose-table.js';
import { proseText, spanOf } from './prose-text.js';
import { cellAt, findingCell } from './report-cells.js';
import { forEachShingle, mix32, reduceText, sampled, SHINGLE_SIZE } from './shingles.js';

/**
 * A report to audit: its file name (or any id), the report, and the text its spans point into.
 *
 * @example
 * const input: AuditInput = { file: 'a.txt', report: parseReport(text), text };
 */
export interface AuditInput {
  file: string;
  report: Report;
  text: string;
}

/** What the comparison of copied text keeps of one section: its sampled shingles and where they are. */
export interface SectionSketch {
  key: string;
  /** The section's prose (tables cut out) from its first character to its last, in the report's text. */
  span: { start: number; end: number };
  /** Shingles in the section outside the template wording (all, not only the sampled ones). */
  shingles: number;
  /** A hash of the reduced section text: equal sections have equal hashes. */
  contentHash: number;
  /**
   * The sampled shingles, in text order: hash, index in the reduced text, span in the report's text.
   * Arrays as made; {@link compactDigest} turns them into typed arrays to hold many digests.
   */
  hashes: ArrayLike<number>;
  index: ArrayLike<number>;
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/**
 * All the audit needs of one report, small and serialisable (the command makes it in its worker
 * threads): identity, the cells compared across years, the report's own prose findings and the
 * sketches of its sections.
 *
 * @example
 * const digest = digestReport({ file: 'a.txt', report, text });
 * digest.bodyKey; // → '漯河回族自治县人民政府'
 */
export interface ReportDigest {
  file: string;
  body: string | null;
  bodyKey: string | null;
  year: number | null;
  template: Report['template'];
  /** A hash of the whole text: copies of one file have equal hashes. */
  textHash: number;
  /** The cells compared across years, by `table:row:column`. */
  cells: Record<string, FindingCell>;
  /** The report's own findings (prose against its tables, cells resolved by the prose). */
  findings: Finding[];
  /** Ambiguous cells of table 3's 二 and 四 resolved by the prose (already written into `cells`). */
  resolved: ResolvedCell[];
  sections: SectionSketch[];
}

/** The cells compared across years. */
const ACROSS_YEARS: Array<[2 | 3, string, string[]]> = [
  [3, 'carriedOver', ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total']],
  [3, 'carriedForward', ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total']],
  [2, 'regulations', ['issued', 'repealed', 'inForce']],
  [2, 'normativeDocuments', ['issued', 'repealed', 'inForce']],
  [2, 'licensing', ['previousItems', 'change']],
  [2, 'otherServices', ['previousItems', 'change']],
  [2, 'punishment', ['previousItems', 'change']],
  [2, 'enforcement', ['previousItems', 'change']],
  [2, 'fees', ['previousItems', 'change']],
];

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/**
 * Reduces one report to its {@link ReportDigest}: reads the prose (sections without tables), checks
 * the numbers it states against the tables, and sketches each section for the copied-text search.
 *
 * @example
 * digestReport({ file: 'a.txt', report: parseReport(text), text }).findings; // prose-table findings
 */
export function digestReport(input: AuditInput): ReportDigest {
  const { file, report, text } = input;
  const body = report.metadata.body?.value ?? null;
  const key = body === null ? null : bodyKey(body);
  const year = report.metadata.year?.value ?? null;
  const cells: Record<string, FindingCell> = {};
  for (const [table, row, columns] of ACROSS_YEARS) {
    for (const column of columns) {
      const c = cellAt(report, table, row, column);
      if (c !== undefined) cells[`${table}:${row}:${column}`] = findingCell(file, table, row, column, c);
    }
  }
  const prose = proseText(report, text);
  const claims = proseClaims(prose, year);
  const findings = proseTableFindings(file, report, prose, claims, key);
  const resolved: ResolvedCell[] = [];
  for (const claim of claims) {
    if (claim.topic !== 'carriedOver' && claim.topic !== 'carriedForward') continue;
    const row = t3Row(cells, claim.topic);
    const values = resolveByTotal(row, claim.value);
    if (!values) continue;
    const done = applyResolution(cells, claim.topic, row, values, 'prose', file);
    resolved.push(...done);
    findings.push(resolvedFinding(done, key, year, [{ file, section: claim.section, span: spanOf(prose, claim.start, claim.end), text: claim.text }]));
  }
  const sections: SectionSketch[] = [];
  for (const s of prose.sections) {
    const reduced = reduceText(prose.text, s.start, s.end);
    const hashes: number[] = [];
    const index: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const sketch: SectionSketch = { key: s.key, span: spanOf(prose, s.start, Math.max(s.start, s.end)), shingles: 0, contentHash: hashString(reduced.text), hashes, index, start: starts, end: ends };
    // Uncovered characters before each position: a shingle with none is template wording.
    const cover = wordingCover(reduced.text);
    const open = new Int32Array(cover.length + 1);
    for (let i = 0; i < cover.length; i++) open[i + 1] = open[i]! + (cover[i] ? 0 : 1);
    forEachShingle(reduced.text, (h, i) => {
      if (open[i + SHINGLE_SIZE] === open[i]) return;
      sketch.shingles++;
      if (!sampled(h)) return;
      const span = spanOf(prose, reduced.at[i]!, reduced.at[i + SHINGLE_SIZE - 1]! + 1);
      hashes.push(h);
      index.push(i);
      starts.push(span.start);
      ends.push(span.end);
    });
    sections.push(sketch);
  }
  return { file, body, bodyKey: key, year, template: report.template, textHash: hashString(text), cells, findings, resolved, sections };
}

/**
 * A digest with its section sketches in typed arrays (a quarter of the memory of plain arrays): for
 * holding the digests of a large corpus, as the command does after reading each from its worker.
 *
 * @example
 * const digest = compactDigest(digestReport({ file: 'a.txt', report, text }));
 * digest.sections[0].hashes instanceof Uint32Array; // → true
 */
export function compactDigest(digest: ReportDigest): ReportDigest {
  for (const s of digest.sections) {
    s.hashes = Uint32Array.from(s.hashes);
    s.index = Int32Array.from(s.index);
    s.start = Int32Array.from(s.start);
    s.end = Int32Array.from(s.end);
  }
  return digest;
}
